/**
 * Market-need score (DESIGN.md §5): indicators, percentile ranks, the weighted score with coverage, and rank
 * stability under re-drawn weights. Pure and browser-safe.
 */
export {INDICATORS, INDICATOR_KEYS, indicatorSpec, type IndicatorKey, type IndicatorSpec, type IndicatorValues, type MarketIndicatorRow} from "./indicators.js";
export {percentileRanks} from "./percentileRanks.js";
export {DEFAULT_WEIGHTS, WEIGHT_RATIONALE} from "./defaultWeights.js";
export {MarketWeightsSchema, checkMarketWeights, type MarketWeights} from "./marketWeights.js";
export {indicatorPercentiles, marketNeedScore, rankOrder, type IndicatorContribution, type ScoredCandidate} from "./marketNeedScore.js";
export {
  DEFAULT_CONCENTRATION,
  DEFAULT_STABILITY_DRAWS,
  DEFAULT_STABILITY_SEED,
  DEFAULT_TOP_K,
  rankStability,
  type RankStabilityOptions,
  type RankStabilityResult,
  type RankStabilityRow
} from "./rankStability.js";
export {
  INTEREST_QUESTION,
  SUPPLY_GAP_PIPELINE,
  candidateMarket,
  learnerInterestIndicator,
  ncsesFieldOfCip,
  splitCodes,
  supplyGapIndicator,
  type CandidateMarket,
  type CandidateMarketInput,
  type FieldGapInput,
  type FieldPrefix,
  type InterestMatch,
  type MarketEvidence,
  type SupplyGapField,
  type SurveyShareInput
} from "./marketIndicators.js";
export {SCORE_RULE_TEXT} from "./scoreRules.js";
