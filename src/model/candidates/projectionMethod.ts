import {CANDIDATE_HORIZON_YEARS, DEV_HOURS_PER_LEARNER_HOUR, PATHWAY_CONVERSION, PATHWAY_NET_VALUE, VERIFICATION_COST_RANGES} from "./candidateScenario.js";
import {EXCHANGE_RATE_CITATION} from "./exchangeRates.js";
import {INTENT_TO_ACTION_SPREAD, REACHABLE_SHARE} from "./projectionAssumptions.js";
import {CONSORTIUM_PARTNERS} from "./scenarioVariants.js";

/** A documented assumption: what it is, its value, and its basis. */
export interface AssumptionRow {
  readonly id: string;
  readonly quantity: string;
  readonly value: string;
  readonly basis: string;
}

function percent(share: number): string {
  return `${Number((share * 100).toPrecision(3))}%`;
}

/**
 * The projection's method as text for the methods page, from the same constants the code uses.
 */
export const PROJECTION_METHOD_TEXT: readonly {id: string; rule: string}[] = [
  {
    id: "chain",
    rule: "First-year enrolments = annual openings of the target occupations × reachable share × stated intent × intent-to-action (DESIGN.md §5)."
  },
  {
    id: "factors",
    rule: `Reachable share PERT(${percent(REACHABLE_SHARE.min)}, ${percent(REACHABLE_SHARE.mode)}, ${percent(REACHABLE_SHARE.max)}) (assumption); stated intent PERT(lowest, middle, highest published intent figure); intent-to-action PERT(${1 - INTENT_TO_ACTION_SPREAD}×, 1×, ${1 + INTENT_TO_ACTION_SPREAD}×) the published rate. The factors are independent.`
  },
  {
    id: "propagation",
    rule: "Uncertainty is propagated exactly in the first two moments — E[N] = base · Π E[fᵢ], E[N²] = base² · Π E[fᵢ²] — and shaped as a beta distribution on the product's exact range [base · Π min fᵢ, base · Π max fᵢ] with that mean and variance (method of moments). Against a simulation of the product its 10th, 50th and 90th percentiles are within about 2%."
  },
  {
    id: "scenario",
    rule: "The scenario's firstYearEnrolments input is that beta with value = its mean, so the Monte Carlo mean of NPV equals the deterministic NPV (the model is linear in enrolments)."
  }
];

/** The assumptions a candidate's default scenario adds to the model's own defaults (methods page). */
export const CANDIDATE_ASSUMPTIONS: readonly AssumptionRow[] = [
  {id: "reachableShare", quantity: "Reachable share of the target occupations' annual openings", value: `PERT(${percent(REACHABLE_SHARE.min)}, ${percent(REACHABLE_SHARE.mode)}, ${percent(REACHABLE_SHARE.max)})`, basis: REACHABLE_SHARE.rationale},
  {
    id: "intentToAction",
    quantity: "Spread of the intent-to-action rate",
    value: `${percent(1 - INTENT_TO_ACTION_SPREAD)}–${percent(1 + INTENT_TO_ACTION_SPREAD)} of the published rate`,
    basis: "Assumption: measured in free MOOCs; a paid credential may convert fewer intenders (price) or more (commitment once paid)."
  },
  {id: "devHoursPerLearnerHour", quantity: "Development hours per learner hour", value: `PERT(${DEV_HOURS_PER_LEARNER_HOUR.min}, ${DEV_HOURS_PER_LEARNER_HOUR.mode}, ${DEV_HOURS_PER_LEARNER_HOUR.max})`, basis: DEV_HOURS_PER_LEARNER_HOUR.citation},
  {
    id: "verification-supervised",
    quantity: "Verification cost, supervised assessment (USD per assessed learner)",
    value: `uniform(${VERIFICATION_COST_RANGES.supervised.min}, ${VERIFICATION_COST_RANGES.supervised.max})`,
    basis: VERIFICATION_COST_RANGES.supervised.citation
  },
  {
    id: "verification-supervised-id",
    quantity: "Verification cost, supervised-id assessment online (USD per assessed learner)",
    value: `uniform(${VERIFICATION_COST_RANGES["supervised-id"].min}, ${VERIFICATION_COST_RANGES["supervised-id"].max})`,
    basis: VERIFICATION_COST_RANGES["supervised-id"].citation
  },
  {
    id: "verification-on-site",
    quantity: "Verification cost, supervised-id assessment for on-site participation (USD per assessed learner)",
    value: `uniform(${VERIFICATION_COST_RANGES["supervised-id-on-site"].min}, ${VERIFICATION_COST_RANGES["supervised-id-on-site"].max})`,
    basis: VERIFICATION_COST_RANGES["supervised-id-on-site"].citation
  },
  {id: "pathwayConversionRate", quantity: "Share of holders who enrol in the programme the credential stacks into", value: `Beta(${PATHWAY_CONVERSION.alpha}, ${PATHWAY_CONVERSION.beta}), mean ${percent(PATHWAY_CONVERSION.alpha / (PATHWAY_CONVERSION.alpha + PATHWAY_CONVERSION.beta))}`, basis: PATHWAY_CONVERSION.citation},
  {id: "pathwayNetValuePerStudent", quantity: "Net value per pathway student (USD)", value: `triangular(${PATHWAY_NET_VALUE.min.toLocaleString("en-US")}, ${PATHWAY_NET_VALUE.mode.toLocaleString("en-US")}, ${PATHWAY_NET_VALUE.max.toLocaleString("en-US")})`, basis: PATHWAY_NET_VALUE.citation},
  {id: "price", quantity: "Catalogue prices converted to USD", value: "ECB 2024 average rates", basis: EXCHANGE_RATE_CITATION},
  {id: "consortium", quantity: "Consortium variant", value: `${CONSORTIUM_PARTNERS} partners, developmentCostShare = 1/${CONSORTIUM_PARTNERS}`, basis: "DESIGN.md §6: 1/N in an N-partner consortium. Enrolments are split, not pooled: each partner keeps its own projected learners, delivery costs and fees."},
  {id: "horizon", quantity: "Horizon", value: `${CANDIDATE_HORIZON_YEARS} years after the build year`, basis: "DESIGN.md §6 default."}
];
