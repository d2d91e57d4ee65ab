import type {ScenarioFile} from "../scenarioSchema.js";
import type {MarketIndicatorRow} from "../marketNeed/indicators.js";
import type {CatalogueCandidate} from "./catalogue.js";
import {EXCHANGE_RATE_CITATION, toUsd} from "./exchangeRates.js";
import type {Projection} from "./projectFirstYearEnrolments.js";

/** Years modelled by a candidate's default scenario (DESIGN.md §6 default). */
export const CANDIDATE_HORIZON_YEARS = 5;

/**
 * Development hours per learner hour: PERT(11, 22, 43). The mode is the model's default (Chapman Alliance
 * 2010, simple instructor-led material); the upper bound is Chapman's typical 43; the lower bound halves the
 * mode for credentials that repackage existing courses (EAB: ~USD 25k to repackage against ~250k from scratch).
 */
export const DEV_HOURS_PER_LEARNER_HOUR = {
  dist: "pert",
  min: 11,
  mode: 22,
  max: 43,
  citation:
    "Chapman Alliance (2010): 22 (simple) to 43 (typical) development hours per hour of instructor-led material; down to 11 when existing course material is repackaged (EAB: ~USD 25k to repackage vs ~250k from scratch). PERT(11, 22, 43)."
} as const;

/** Verification cost per assessed learner (USD) by how the credential is assessed: DESIGN.md §6 ranges, uniform. */
export const VERIFICATION_COST_RANGES = {
  supervised: {min: 8, max: 14, citation: "Record-and-review online proctoring: USD 8–14 per assessed learner (DESIGN.md §6), uniform."},
  "supervised-id": {min: 15, max: 30, citation: "Live online proctoring with an ID check: USD 15–30 per assessed learner (DESIGN.md §6), uniform."},
  "supervised-id-on-site": {
    min: 30,
    max: 50,
    citation: "Supervised assessment with an ID check at an on-site centre (on-site participation): USD 30–50 per assessed learner (DESIGN.md §6), uniform."
  }
} as const;

/** Share of credential holders who enrol in the programme the credential stacks into: Beta(3, 27), mean 10%. */
export const PATHWAY_CONVERSION = {
  alpha: 3,
  beta: 27,
  citation:
    "Assumption: Beta(3, 27), mean 10% of holders enrol in the programme the credential stacks into (as scenarios/stackable-masters-pathway.json); OERu: 39% of enrolees worked towards a formal credential (an upper bound of interest, not of conversion)."
} as const;

/** Net contribution per pathway student (USD): triangular(5,000, 10,000, 20,000) around the model default. */
export const PATHWAY_NET_VALUE = {
  min: 5000,
  mode: 10000,
  max: 20000,
  citation:
    "Assumption: net margin of one extra student in the follow-on programme after the credit already earned, USD 5k–20k, most likely the model default of 10k."
} as const;

type ScenarioInputs = NonNullable<ScenarioFile["inputs"]>;

/**
 * The scenario input a projection produces: its distribution in the scenario file's flat shape, with
 * `value` = the projection's mean (so the Monte Carlo mean of the cost model equals its deterministic result).
 *
 * @example firstYearEnrolmentsInput(projection); // => {value: 52.8, dist: "beta", alpha: 2.8, beta: 11.0, min: 3.3, max: 246.2}
 */
export function firstYearEnrolmentsInput(projection: Projection): {value: number; dist: "beta"; alpha: number; beta: number; min: number; max: number} {
  const d = projection.distribution;
  return {value: projection.mean, dist: "beta", alpha: d.alpha, beta: d.beta, min: d.min, max: d.max};
}
type ScenarioSources = NonNullable<ScenarioFile["sources"]>;

/**
 * A candidate's default scenario file (docs/scenario-format.md) from its catalogue row and its first-year
 * projection. What the catalogue states is used as stated; what it leaves open takes the model's documented
 * default (`SCENARIO_INPUTS`), so `sources` lists only the inputs set here:
 * - notionalHours = workload_hours; identityVerification = identity_verification;
 * - identityVerificationCostPerAssessment: uniform over the DESIGN.md §6 range of the level (on-site
 *   participation with `supervised-id`: the on-site centre range); omitted for `none` (cost 0);
 * - devHoursPerLearnerHour: `DEV_HOURS_PER_LEARNER_HOUR`;
 * - pricePerEnrolment: price converted to USD (`toUsd`); omitted (model default) when the catalogue has none;
 * - pathway (when the credential stacks into a programme): `PATHWAY_CONVERSION`, `PATHWAY_NET_VALUE`;
 * - firstYearEnrolments: the projection's distribution with value = its mean (so the Monte Carlo mean matches
 *   the deterministic result); the model default when there is no projection (no market data).
 *
 * The description summarises the market evidence (openings and growth of the target occupations) when given.
 *
 * @param candidate catalogue row
 * @param market the candidate's market indicators (for the description), or null
 * @param projection first-year projection, or null when the target occupations have no data
 * @returns a scenario file that `parseScenario` accepts
 * @throws {RangeError} when the price currency has no exchange rate
 */
export function candidateScenario(candidate: CatalogueCandidate, market: MarketIndicatorRow | null, projection: Projection | null): ScenarioFile {
  const inputs: ScenarioInputs = {};
  const sources: ScenarioSources = {};

  inputs.notionalHours = candidate.workload_hours;
  sources.notionalHours = `Catalogue: notional workload ${candidate.workload_hours} learner hours (${candidate.ects} ECTS), a mandatory element of EU Council Recommendation 2022/C 243/02.`;

  inputs.devHoursPerLearnerHour = {value: DEV_HOURS_PER_LEARNER_HOUR.mode, dist: "pert", min: DEV_HOURS_PER_LEARNER_HOUR.min, mode: DEV_HOURS_PER_LEARNER_HOUR.mode, max: DEV_HOURS_PER_LEARNER_HOUR.max};
  sources.devHoursPerLearnerHour = DEV_HOURS_PER_LEARNER_HOUR.citation;

  inputs.identityVerification = candidate.identity_verification;
  sources.identityVerification = `Catalogue: assessment "${candidate.assessment_type}", identity verification ${candidate.identity_verification}.`;
  if (candidate.identity_verification !== "none") {
    const range =
      candidate.identity_verification === "supervised-id" && candidate.participation_form === "on-site"
        ? VERIFICATION_COST_RANGES["supervised-id-on-site"]
        : VERIFICATION_COST_RANGES[candidate.identity_verification];
    inputs.identityVerificationCostPerAssessment = {value: (range.min + range.max) / 2, dist: "uniform", min: range.min, max: range.max};
    sources.identityVerificationCostPerAssessment = range.citation;
  }

  if (candidate.price !== null) {
    const currency = candidate.price_currency ?? "USD";
    const priceUsd = toUsd(candidate.price, currency);
    inputs.pricePerEnrolment = priceUsd;
    sources.pricePerEnrolment =
      currency === "USD"
        ? `Catalogue price USD ${candidate.price}. ${candidate.price_basis ?? ""}`.trim()
        : `Catalogue price ${currency} ${candidate.price} ≈ USD ${priceUsd.toFixed(2)} (${EXCHANGE_RATE_CITATION}) ${candidate.price_basis ?? ""}`.trim();
  }

  if (candidate.stacks_into !== null) {
    inputs.pathwayConversionRate = {value: PATHWAY_CONVERSION.alpha / (PATHWAY_CONVERSION.alpha + PATHWAY_CONVERSION.beta), dist: "beta", alpha: PATHWAY_CONVERSION.alpha, beta: PATHWAY_CONVERSION.beta};
    sources.pathwayConversionRate = `Stacks into ${candidate.stacks_into}${candidate.stack_credits_ects === null ? "" : ` (${candidate.stack_credits_ects} ECTS)`}. ${PATHWAY_CONVERSION.citation}`;
    inputs.pathwayNetValuePerStudent = {value: PATHWAY_NET_VALUE.mode, dist: "triangular", min: PATHWAY_NET_VALUE.min, mode: PATHWAY_NET_VALUE.mode, max: PATHWAY_NET_VALUE.max};
    sources.pathwayNetValuePerStudent = PATHWAY_NET_VALUE.citation;
  }

  if (projection !== null) {
    inputs.firstYearEnrolments = firstYearEnrolmentsInput(projection);
    sources.firstYearEnrolments = `Projection from market-need evidence (DESIGN.md §5): ${projection.steps.map((s) => s.label).join(" × ")}; mean ${projection.mean.toFixed(1)}, 80% interval ${projection.p10.toFixed(0)}–${projection.p90.toFixed(0)} learners (beta on the product's range with its exact mean and variance).`;
  } else {
    sources.firstYearEnrolments = "No labour-market data for the target occupations, so no projection: the model's default first-year enrolments (an assumption, not evidence).";
  }

  const stacking = candidate.stacks_into === null ? "It does not stack into a programme." : `It stacks into ${candidate.stacks_into}.`;
  const volume = projection === null ? "First-year enrolments: the model default (no market data)." : `First-year enrolments projected from market need: median ${Math.round(projection.p50)}, 80% interval ${Math.round(projection.p10)}–${Math.round(projection.p90)}.`;
  const openings = market?.indicators.annualOpenings ?? null;
  const growth = market?.indicators.employmentGrowthPct ?? null;
  const evidence =
    openings === null
      ? "No labour-market data for its target occupations."
      : `Its target occupations have ${Math.round(openings).toLocaleString("en-US")} openings a year${growth === null ? "" : ` and ${growth >= 0 ? "grow" : "shrink"} ${Math.abs(growth).toFixed(1)}% by 2034`} (BLS Employment Projections 2024–34).`;
  return {
    name: candidate.title,
    description: `${candidate.title} (${candidate.provider}, ${candidate.awarding_body}): ${candidate.workload_hours} learner hours, ${candidate.ects} ECTS, EQF level ${candidate.eqf_level}, ${candidate.participation_form}; assessed by ${lowerFirst(candidate.assessment_type)} (identity verification: ${candidate.identity_verification}). ${stacking} ${evidence} ${volume} Inputs the catalogue does not state take the model's documented defaults.`,
    currency: "USD",
    horizonYears: CANDIDATE_HORIZON_YEARS,
    inputs,
    sources
  };
}

function lowerFirst(text: string): string {
  return text.length > 0 ? text[0]!.toLowerCase() + text.slice(1) : text;
}
