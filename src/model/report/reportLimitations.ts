import type {CandidateRecord} from "../candidates/candidateRecords.js";
import {INDICATORS} from "../marketNeed/indicators.js";
import type {ReportScenarioOrigin} from "./reportScenario.js";

/** What a report needs to state its limitations. */
export interface LimitationsInput {
  /** The candidate, or null for a scenario report without one. */
  readonly record: CandidateRecord | null;
  readonly origin: ReportScenarioOrigin;
  readonly monteCarlo: boolean;
  /** Whether the verdict used the shipped example readiness. */
  readonly exampleReadiness: boolean;
}

/**
 * The limitations of a report, most specific first: missing market indicators and the countries and years of the
 * data (for a candidate), a scenario that did not come from the build, then what the model itself cannot see.
 *
 * @example reportLimitations({record: null, origin: {kind: "link", label: "…"}, monteCarlo: true, exampleReadiness: false})[0];
 * // => "The scenario came from a link …"
 */
export function reportLimitations({record, origin, monteCarlo, exampleReadiness}: LimitationsInput): string[] {
  const out: string[] = [];
  if (record !== null) {
    const missing = INDICATORS.filter((spec) => record.market.indicators[spec.key] === null);
    if (missing.length > 0) {
      out.push(
        `Market need rests on ${INDICATORS.length - missing.length} of ${INDICATORS.length} indicators (${Math.round(record.market.defaultScore.coverage * 100)}% of the weight); no data for ${missing
          .map((spec) => `${spec.label.toLowerCase()} (${spec.missingWhen})`)
          .join("; ")}. A missing indicator is left out, never counted as 0.`
      );
    }
    out.push(
      `The market-need score ranks this credential among the ${record.market.defaultScore.of} candidates of the catalogue (rank ${record.market.defaultScore.rank}); it is relative, not an absolute measure of demand.`
    );
    if (record.candidate.issuer_country !== "US") {
      out.push(`The labour-market indicators are United States figures (BLS, O*NET) and Australian shortage ratings; the credential is issued in ${record.candidate.issuer_country}, so they stand in for its own labour market.`);
    }
    if (record.candidate.price_currency !== null && record.candidate.price_currency !== "USD") {
      out.push(`The catalogue price (${record.candidate.price_currency} ${record.candidate.price}) is converted to USD at 2024 annual-average ECB reference rates; exchange-rate changes are not modelled.`);
    }
    out.push(
      record.projection === null
        ? "No first-year projection: the target occupations have no openings figure, so first-year enrolments are the model's documented default."
        : "First-year enrolments are a projection (openings × reachable share × stated intent × intent-to-action), not a forecast: the reachable share is an assumption, and intent figures come from MOOC learners and the OERu, not from this institution's market."
    );
    if (record.market.indicators.learnerInterestPct !== null) {
      out.push("Learner interest comes from the freeCodeCamp 2016 New Coder Survey: self-selected learners of coding, 2016; it says little about other fields or about today's learners.");
    }
  }
  if (origin.kind === "link") out.push("The scenario came from a link, not from the build: its inputs and citations are as the link states them and have not been reviewed.");
  if (origin.kind === "preset") out.push("The scenario is a preset of the workbench (scenarios/), an illustration rather than a plan of this institution.");
  if (exampleReadiness) out.push("The readiness section uses the shipped example institution's answers, not yours: answer the self-assessment (/readiness) for your own.");
  if (monteCarlo) {
    out.push("The Monte Carlo draws every uncertain input independently; correlated inputs (a higher price with fewer learners, say) would widen or narrow the NPV range.");
  } else {
    out.push("No input is uncertain (or draws is 0): the figures are single values without a range.");
  }
  out.push("The tornado moves one input at a time to its 10th and 90th percentile; it does not show interactions between inputs.");
  out.push("NPV is in nominal terms over the scenario's horizon; revenue after the horizon, reputational value and effects on other programmes (beyond the pathway revenue the scenario states) are not counted.");
  return out;
}
