import type {CandidateVerdicts} from "../verdict/candidateVerdicts.js";
import {verdict, type VerdictReadiness, type VerdictResult} from "../verdict/verdict.js";

/** One candidate's verdict before and after the institution's readiness is taken into account. */
export interface ReadinessVerdictRow {
  id: string;
  title: string;
  identityVerification: CandidateVerdicts["rows"][number]["identityVerification"];
  stacksInto: string | null;
  /** The verdict on market need and finance alone (no readiness slot). */
  withoutReadiness: VerdictResult;
  /** The verdict with this readiness; equal to `withoutReadiness` when readiness is undefined. */
  withReadiness: VerdictResult;
  /** True when the verdict (not only its reasons) changed. */
  changed: boolean;
}

/**
 * Recomputes every candidate's verdict with an institution's readiness, from the build-time Monte Carlo summaries
 * in candidate-verdicts.json (no simulation runs in the browser): the decision engineer's `verdict()` is applied to
 * each candidate's market need, its four scenario summaries and its assessment level, once without and once with
 * `readiness`.
 *
 * @param verdicts the contents of src/data/candidate-verdicts.json
 * @param readiness `toVerdictReadiness(score)`, or undefined for "not assessed"
 * @returns one row per candidate, in the file's order
 * @throws {RangeError} from `verdict` on an out-of-range input (a damaged verdicts file)
 * @example readinessVerdicts(verdicts, toVerdictReadiness(score)).filter((r) => r.changed).length; // => candidates whose verdict readiness changes
 */
export function readinessVerdicts(verdicts: CandidateVerdicts, readiness: VerdictReadiness | undefined): ReadinessVerdictRow[] {
  return verdicts.rows.map((row) => {
    const input = {
      marketNeed: row.marketNeed,
      standalone: row.scenarios.standalone,
      withoutPathway: row.scenarios.withoutPathway,
      consortium: row.scenarios.consortium,
      consortiumWithoutPathway: row.scenarios.consortiumWithoutPathway,
      consortiumPartners: verdicts.consortiumPartners,
      hasPathway: row.stacksInto !== null,
      identityVerification: row.identityVerification,
      currency: verdicts.currency
    };
    const withoutReadiness = verdict(input);
    const withReadiness = readiness === undefined ? withoutReadiness : verdict({...input, readiness});
    return {
      id: row.id,
      title: row.title,
      identityVerification: row.identityVerification,
      stacksInto: row.stacksInto,
      withoutReadiness,
      withReadiness,
      changed: withReadiness.verdict !== withoutReadiness.verdict
    };
  });
}
