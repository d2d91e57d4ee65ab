/** Go / no-go verdict of a candidate credential (issue 5): thresholds, rules and the verdict function. Pure. */
export {
  LOW_READINESS_SCORE,
  MIN_MARKET_COVERAGE,
  PAYS_MIN_PROBABILITY,
  VERDICTS,
  VERDICT_LABELS,
  VERDICT_RULE_TEXT,
  WEAK_MARKET_NEED_SCORE,
  type Verdict
} from "./verdictRules.js";
export {
  formatMoney,
  npvSummary,
  pays,
  verdict,
  type NpvSummary,
  type VerdictCheck,
  type VerdictInput,
  type VerdictReadiness,
  type VerdictResult
} from "./verdict.js";
export {candidateVerdicts, type CandidateVerdictOptions, type CandidateVerdictRow, type CandidateVerdicts, type VariantResult} from "./candidateVerdicts.js";
