/** One problem found in a scenario file. */
export interface ScenarioIssue {
  /** Dotted key path, e.g. "inputs.passRate.min"; "" for the whole file. */
  readonly path: string;
  /** The same path as a list of keys, e.g. ["inputs", "passRate", "min"]. */
  readonly keys: readonly (string | number)[];
  /** The offending value as found in the file (undefined when the key is missing). */
  readonly value: unknown;
  /** What was expected there, e.g. "a number in [0, 1]". */
  readonly expected: string;
  /** One-line message naming the path, the bad value and the expectation. */
  readonly message: string;
}

/**
 * Thrown by `parseScenario` when a scenario is invalid; carries every issue found, not just the first.
 *
 * @example
 * try { parseScenario({inputs: {passRate: 2}}); } catch (e) { (e as ScenarioError).issues[0].path; } // => "inputs.passRate"
 */
export class ScenarioError extends Error {
  readonly issues: readonly ScenarioIssue[];
  readonly source: string | undefined;

  constructor(issues: readonly ScenarioIssue[], source?: string) {
    const where = source ? `${source}: ` : "";
    super(`${where}invalid scenario:\n${issues.map((issue) => `  ${issue.message}`).join("\n")}`);
    this.name = "ScenarioError";
    this.issues = issues;
    this.source = source;
  }
}
