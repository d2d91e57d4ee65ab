import {CANDIDATE_HORIZON_YEARS} from "../candidates/candidateScenario.js";
import {asConsortiumShare, CONSORTIUM_PARTNERS, withoutPathwayRevenue} from "../candidates/scenarioVariants.js";
import type {CandidateRecord} from "../candidates/candidateRecords.js";
import {parseScenario} from "../parseScenario.js";
import {runDeterministic} from "../runDeterministic.js";
import {DEFAULT_DRAWS, DEFAULT_SEED, runMonteCarlo} from "../runMonteCarlo.js";
import type {ScenarioFile} from "../scenarioSchema.js";
import {npvSummary, verdict, type NpvSummary, type VerdictReadiness, type VerdictResult} from "./verdict.js";
import {LOW_READINESS_SCORE, MIN_MARKET_COVERAGE, PAYS_MIN_PROBABILITY, WEAK_MARKET_NEED_SCORE} from "./verdictRules.js";

/** One scenario variant's result: the Monte Carlo summary plus the deterministic NPV and break-even volume. */
export interface VariantResult extends NpvSummary {
  readonly deterministicNpv: number;
  readonly p50Npv: number;
  readonly p90Npv: number;
  readonly breakEvenFirstYearEnrolments: number | null;
}

/** One row of `candidate-verdicts.json`: everything the overview shows for a candidate. */
export interface CandidateVerdictRow extends VerdictResult {
  readonly id: string;
  readonly title: string;
  readonly identityVerification: CandidateRecord["candidate"]["identity_verification"];
  readonly stacksInto: string | null;
  readonly marketNeed: CandidateRecord["market"]["defaultScore"];
  readonly projection: {readonly mean: number; readonly p10: number; readonly p50: number; readonly p90: number} | null;
  readonly scenarios: {
    readonly standalone: VariantResult;
    readonly withoutPathway: VariantResult;
    readonly consortium: VariantResult;
    readonly consortiumWithoutPathway: VariantResult;
  };
}

export interface CandidateVerdicts {
  readonly draws: number;
  readonly seed: number;
  readonly consortiumPartners: number;
  readonly currency: string;
  /** Years modelled by the candidates' default scenarios (t = 0…H). */
  readonly horizonYears: number;
  readonly thresholds: {
    readonly paysMinProbability: number;
    readonly minMarketCoverage: number;
    readonly weakMarketNeedScore: number;
    readonly lowReadinessScore: number;
  };
  readonly rows: readonly CandidateVerdictRow[];
}

export interface CandidateVerdictOptions {
  readonly draws?: number;
  readonly seed?: number;
  readonly partners?: number;
  readonly readiness?: VerdictReadiness;
}

/**
 * Runs each candidate's default scenario and its three variants (without pathway revenue, as a consortium
 * share, both) through the Monte Carlo with the same seed — common random numbers, so the variants differ
 * only by what was changed — and applies `verdict` to the results.
 *
 * @param records candidate records (`buildCandidateRecords`)
 * @param options draws (default 10,000), seed (default 1), consortium partners (default 3), readiness
 * @returns the verdicts with the settings used
 * @throws {ScenarioError} when a candidate's scenario is invalid (naming the candidate)
 */
export function candidateVerdicts(records: readonly CandidateRecord[], options: CandidateVerdictOptions = {}): CandidateVerdicts {
  const draws = options.draws ?? DEFAULT_DRAWS;
  const seed = options.seed ?? DEFAULT_SEED;
  const partners = options.partners ?? CONSORTIUM_PARTNERS;
  const run = (file: ScenarioFile, label: string): VariantResult => {
    const scenario = parseScenario(file, label);
    const deterministic = runDeterministic(scenario.inputs, scenario.horizonYears);
    const monteCarlo = runMonteCarlo(scenario, {draws, seed});
    return {
      ...npvSummary(monteCarlo, deterministic.npv),
      deterministicNpv: deterministic.npv,
      p50Npv: monteCarlo?.npv.p50 ?? deterministic.npv,
      p90Npv: monteCarlo?.npv.p90 ?? deterministic.npv,
      breakEvenFirstYearEnrolments: deterministic.breakEvenFirstYearEnrolments
    };
  };
  const rows = records.map((record): CandidateVerdictRow => {
    const base = record.scenario;
    const scenarios = {
      standalone: run(base, `candidate ${record.id}`),
      withoutPathway: run(withoutPathwayRevenue(base), `candidate ${record.id} without pathway`),
      consortium: run(asConsortiumShare(base, partners), `candidate ${record.id} in a consortium`),
      consortiumWithoutPathway: run(asConsortiumShare(withoutPathwayRevenue(base), partners), `candidate ${record.id} in a consortium without pathway`)
    };
    const result = verdict({
      marketNeed: record.market.defaultScore,
      standalone: scenarios.standalone,
      withoutPathway: scenarios.withoutPathway,
      consortium: scenarios.consortium,
      consortiumWithoutPathway: scenarios.consortiumWithoutPathway,
      consortiumPartners: partners,
      hasPathway: record.candidate.stacks_into !== null,
      identityVerification: record.candidate.identity_verification,
      currency: base.currency ?? "USD",
      ...(options.readiness ? {readiness: options.readiness} : {})
    });
    const p = record.projection;
    return {
      id: record.id,
      title: record.title,
      ...result,
      identityVerification: record.candidate.identity_verification,
      stacksInto: record.candidate.stacks_into,
      marketNeed: record.market.defaultScore,
      projection: p === null ? null : {mean: p.mean, p10: p.p10, p50: p.p50, p90: p.p90},
      scenarios
    };
  });
  return {
    draws,
    seed,
    consortiumPartners: partners,
    currency: "USD",
    horizonYears: records[0]?.scenario.horizonYears ?? CANDIDATE_HORIZON_YEARS,
    thresholds: {
      paysMinProbability: PAYS_MIN_PROBABILITY,
      minMarketCoverage: MIN_MARKET_COVERAGE,
      weakMarketNeedScore: WEAK_MARKET_NEED_SCORE,
      lowReadinessScore: LOW_READINESS_SCORE
    },
    rows
  };
}
