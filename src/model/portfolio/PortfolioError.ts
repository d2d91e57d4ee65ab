import type {ScenarioIssue} from "../ScenarioError.js";

/**
 * Thrown by `parsePortfolio` when a portfolio file is invalid; carries every issue found, not just the first.
 * Issues have the scenario format's shape (`{path, keys, value, expected, message}`), with paths from the
 * portfolio's root: `credentials[1].scenario.inputs.passRate`.
 *
 * @example
 * try { parsePortfolio({credentials: []}); } catch (e) { (e as PortfolioError).issues[0].path; } // => "credentials"
 */
export class PortfolioError extends Error {
  readonly issues: readonly ScenarioIssue[];
  readonly source: string | undefined;

  constructor(issues: readonly ScenarioIssue[], source?: string) {
    const where = source ? `${source}: ` : "";
    super(`${where}invalid portfolio:\n${issues.map((issue) => `  ${issue.message}`).join("\n")}`);
    this.name = "PortfolioError";
    this.issues = issues;
    this.source = source;
  }
}
