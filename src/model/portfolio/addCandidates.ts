import {parseScenario} from "../parseScenario.js";
import {ScenarioError} from "../ScenarioError.js";
import type {Portfolio, PortfolioCredential} from "./types.js";

/** A candidate credential with its default scenario file (as in `candidate-scenarios.json`). */
export interface CandidateScenarioInput {
  readonly id: string;
  readonly title: string;
  /** A scenario file (docs/scenario-format.md); validated here with `parseScenario`. */
  readonly scenario: unknown;
}

/** The portfolio with the candidates added, and the candidates that could not join it, with why. */
export interface CandidatePool {
  readonly portfolio: Portfolio;
  readonly added: readonly string[];
  readonly skipped: readonly {readonly id: string; readonly title: string; readonly reason: string}[];
}

/**
 * Widens a portfolio's pool of credentials with candidates from the catalogue, each as its own default
 * scenario, built new, with no shared modules (so it changes no other credential's figures: every credential
 * keeps its own random streams). A candidate already in the portfolio keeps the portfolio's scenario. A
 * candidate joins only if its scenario is valid and agrees with the portfolio on horizon, currency and discount
 * rate, and — with a consortium — describes the whole credential (developmentCostShare 1); otherwise it is
 * listed in `skipped` with the reason (never silently dropped).
 *
 * @param portfolio validated portfolio
 * @param candidates candidates with their scenario files, in display order
 * @returns the widened portfolio, the ids added and the ids skipped
 * @example addCandidateCredentials(portfolio, records).added; // => ids of the candidates now in the pool
 */
export function addCandidateCredentials(portfolio: Portfolio, candidates: readonly CandidateScenarioInput[]): CandidatePool {
  const credentials: PortfolioCredential[] = [...portfolio.credentials];
  const added: string[] = [];
  const skipped: {id: string; title: string; reason: string}[] = [];
  const reference = portfolio.credentials[0]?.scenario;
  for (const candidate of candidates) {
    if (credentials.some((c) => c.id === candidate.id)) continue;
    let reason: string | null = null;
    try {
      const scenario = parseScenario(candidate.scenario, `candidate ${candidate.id}`);
      const i = scenario.inputs;
      if (scenario.horizonYears !== portfolio.horizonYears) reason = `its horizon is ${scenario.horizonYears} years, the portfolio's ${portfolio.horizonYears}`;
      else if (scenario.currency !== portfolio.currency) reason = `its currency is ${scenario.currency}, the portfolio's ${portfolio.currency}`;
      else if (
        reference &&
        (i.discountRate !== reference.inputs.discountRate ||
          JSON.stringify(scenario.distributions.discountRate ?? null) !== JSON.stringify(reference.distributions.discountRate ?? null))
      ) {
        reason = `its discount rate (${i.discountRate}) differs from the portfolio's (${reference.inputs.discountRate})`;
      } else if (portfolio.consortium && (i.developmentCostShare !== 1 || scenario.distributions.developmentCostShare)) {
        reason = "its scenario bears only a share of development, but the portfolio's consortium splits the whole credential";
      }
      if (reason === null) {
        credentials.push({id: candidate.id, title: candidate.title, build: "new", sharedModules: [], scenario});
        added.push(candidate.id);
      }
    } catch (error) {
      if (!(error instanceof ScenarioError)) throw error;
      reason = `its scenario is invalid: ${error.issues.map((issue) => issue.message).join("; ")}`;
    }
    if (reason !== null) skipped.push({id: candidate.id, title: candidate.title, reason});
  }
  return {portfolio: {...portfolio, credentials}, added, skipped};
}
