/**
 * Candidate credentials: first-year enrolment projection (DESIGN.md §5) and each candidate's default scenario
 * and its variants (without pathway revenue, as a consortium share). Pure and browser-safe.
 */
export {CATALOGUE_FIELDS, catalogueFields, type CatalogueCandidate} from "./catalogue.js";
export {EXCHANGE_RATE_CITATION, USD_PER_CURRENCY_UNIT, toUsd} from "./exchangeRates.js";
export {distributionSecondMoment, distributionVariance} from "./distributionVariance.js";
export {
  projectFirstYearEnrolments,
  type Projection,
  type ProjectionBase,
  type ProjectionFactor,
  type ProjectionInputs,
  type ProjectionStep
} from "./projectFirstYearEnrolments.js";
export {
  INTENT_TO_ACTION_SPREAD,
  PROJECTION_MEASURES,
  REACHABLE_SHARE,
  defaultProjectionInputs,
  publishedFigure,
  reachableShareAround,
  type PublishedFigureInput
} from "./projectionAssumptions.js";
export {
  CANDIDATE_HORIZON_YEARS,
  DEV_HOURS_PER_LEARNER_HOUR,
  PATHWAY_CONVERSION,
  PATHWAY_NET_VALUE,
  VERIFICATION_COST_RANGES,
  candidateScenario,
  firstYearEnrolmentsInput
} from "./candidateScenario.js";
export {CONSORTIUM_PARTNERS, asConsortiumShare, withoutPathwayRevenue} from "./scenarioVariants.js";
export {
  buildCandidateRecords,
  type CandidateMarketRecord,
  type CandidateMarketRowInput,
  type CandidateMarts,
  type CandidateRecord
} from "./candidateRecords.js";
export {betaBins, type ProbabilityBin} from "./projectionBins.js";
export {CANDIDATE_ASSUMPTIONS, PROJECTION_METHOD_TEXT, type AssumptionRow} from "./projectionMethod.js";
