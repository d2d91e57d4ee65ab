/**
 * Micro-credential Workbench model: the cost–revenue model of DESIGN.md §6 with Monte Carlo and
 * tornado sensitivity. Pure, browser-safe TypeScript (no Node imports), shared by pages, CLI and tests.
 *
 * ## Typical use
 * ```ts
 * import {parseJsonInput, parseScenario, modelScenario} from "./model/index.js";
 * const parsed = parseJsonInput("my-scenario.json", text);              // {json, scan} or {problems}
 * if ("problems" in parsed) throw new Error(parsed.problems.join("\n"));
 * const scenario = parseScenario(parsed.json, "my-scenario.json");       // throws ScenarioError
 * const report = modelScenario(scenario, {draws: 10_000, seed: 1});     // DESIGN.md §7 object
 * ```
 *
 * ## API
 * Scenarios
 * - `parseScenario(json: unknown, source?: string): Scenario` — validate a scenario file (zod schema
 *   `ScenarioFileSchema`), fill defaults; throws `ScenarioError` whose `issues` are
 *   `{path, keys, value, expected, message}`; unknown keys name the nearest known key.
 * - `SCENARIO_INPUTS` — the inputs table (key, label, unit, group, kind, default, citation,
 *   canBeUncertain) for methods pages and editors; `INPUT_GROUPS`, `inputSpec(key)`, `inputDomain(key)`,
 *   `IDENTITY_VERIFICATION_COSTS`, `defaultInputs(level?)`.
 *
 * Deterministic model
 * - `runDeterministic(inputs: ModelInputs, horizonYears: number): DeterministicResult` — yearly
 *   enrolments, assessed, awarded, revenue, cost, cash flow (t = 0…H), NPV, payback year, break-even
 *   first-year enrolments. Building blocks: `cashFlowTable`, `netPresentValue`, `paybackYear`,
 *   `npvLinearCoefficients`, `breakEvenFirstYearEnrolments`.
 *
 * Uncertainty
 * - `runMonteCarlo(scenario: Scenario, {draws?, seed?}): MonteCarloResult | null` — NPV mean, sd,
 *   p5…p95, P(NPV > 0), clamped draws, per-year cash-flow bands and every draw's NPV; null when
 *   nothing is uncertain or draws = 0. Defaults `DEFAULT_DRAWS` (10,000) and `DEFAULT_SEED` (1).
 * - `runTornado(scenario: Scenario): TornadoBar[]` — NPV with each uncertain input at its exact 10th
 *   and 90th percentile, sorted by swing.
 * - `modelScenario(scenario, {draws?, seed?, bands?}): ModelReport` — all three, with exactly the
 *   keys of DESIGN.md §7 (what `mcw model --format json` prints).
 *
 * Distributions and numerics
 * - `Distribution` (triangular | pert | uniform | normal | lognormal | beta), `distributionMean`,
 *   `distributionQuantile`, `distributionSupport`, `sampleDistribution`, `pertShape`.
 * - `createRng(seed, stream?)` — seeded xoshiro128** (splitmix32 seeding), identical in every engine;
 *   `inputStream(key)` — the stream of an input.
 * - `normalCdf`, `normalQuantile` (Acklam + Halley, ~1e-15), `erfc`, `logGamma`,
 *   `regularizedIncompleteBeta`, `betaQuantile`, `quantilesR7` (R-7 percentiles), `summarizeSample`.
 */

export {parseScenario} from "./parseScenario.js";
export {ScenarioError, type ScenarioIssue} from "./ScenarioError.js";
export {
  DEFAULT_CURRENCY,
  DEFAULT_HORIZON_YEARS,
  MAX_HORIZON_YEARS,
  SCENARIO_TOP_LEVEL_KEYS,
  ScenarioFileSchema,
  ScenarioInputsSchema,
  formatDomain,
  type ScenarioFile
} from "./scenarioSchema.js";
export {
  IDENTITY_VERIFICATION_COSTS,
  IDENTITY_VERIFICATION_LEVELS,
  INPUT_GROUPS,
  INPUT_KEYS,
  KIND_DOMAINS,
  SCENARIO_INPUTS,
  UNCERTAIN_INPUT_KEYS,
  inputDomain,
  inputSpec,
  type Domain,
  type IdentityVerificationLevel,
  type InputGroup,
  type InputKey,
  type InputKind,
  type InputSpec,
  type LevelInputSpec,
  type NumericInputKey,
  type NumericInputSpec,
  type UncertainInputKey
} from "./scenarioInputs.js";
export {defaultInputs} from "./defaultInputs.js";
export type {
  CashFlowBand,
  DeterministicResult,
  ModelInputs,
  MonteCarloResult,
  SampleSummary,
  Scenario,
  TornadoBar,
  UncertainInputs
} from "./types.js";

export {runDeterministic} from "./runDeterministic.js";
export {cashFlowTable, type CashFlowTable} from "./cashFlowTable.js";
export {netPresentValue} from "./netPresentValue.js";
export {paybackYear} from "./paybackYear.js";
export {breakEvenFirstYearEnrolments, npvLinearCoefficients} from "./breakEvenFirstYearEnrolments.js";

export {DEFAULT_DRAWS, DEFAULT_SEED, runMonteCarlo, type MonteCarloOptions} from "./runMonteCarlo.js";
export {TORNADO_PERCENTILES, runTornado} from "./runTornado.js";
export {modelScenario, type ModelReport, type ModelReportOptions} from "./modelScenario.js";
export {evaluateDrawBlock, type DrawColumns} from "./evaluateDrawBlock.js";

export {
  DISTRIBUTION_NAMES,
  DISTRIBUTION_PARAMETERS,
  PERT_LAMBDA,
  pertShape,
  type BetaDistribution,
  type Distribution,
  type DistributionName,
  type LognormalDistribution,
  type NormalDistribution,
  type PertDistribution,
  type TriangularDistribution,
  type UniformDistribution
} from "./distributions.js";
export {distributionMean} from "./distributionMean.js";
export {distributionQuantile} from "./distributionQuantile.js";
export {distributionSupport} from "./distributionSupport.js";
export {sampleDistribution} from "./sampleDistribution.js";
export {sampleGammaColumn, sampleLogGammaColumn} from "./sampleGamma.js";
export {sampleStandardNormal} from "./normalZiggurat.js";
export {clampColumn} from "./clampColumn.js";

export {Rng, createRng, mix32, splitmix32} from "./rng.js";
export {inputStream} from "./inputStream.js";

export {erfc} from "./erfc.js";
export {normalCdf} from "./normalCdf.js";
export {normalQuantile} from "./normalQuantile.js";
export {acklamNormalQuantile} from "./acklamNormalQuantile.js";
export {logGamma} from "./logGamma.js";
export {regularizedIncompleteBeta} from "./regularizedIncompleteBeta.js";
export {betaQuantile} from "./betaQuantile.js";
export {quantilesR7} from "./quantilesR7.js";
export {selectOrderStatistics} from "./selectOrderStatistics.js";
export {summarizeSample} from "./summarizeSample.js";
export {editDistance} from "./editDistance.js";
export {nearestKey} from "./nearestKey.js";

/*
 * Decision layer (issue 5): market need, candidate projections and scenarios, verdict.
 * - Market need (`./marketNeed/`): `INDICATORS`/`INDICATOR_KEYS` (indicator table with sources),
 *   `percentileRanks(values: (number|null)[]): (number|null)[]` (mid-rank, 0–100, nulls stay null),
 *   `marketNeedScore(candidates: MarketIndicatorRow[], weights): ScoredCandidate[]` (weighted mean of percentile
 *   ranks, renormalised over present indicators, coverage, per-indicator points), `rankStability(candidates,
 *   weights, {draws, concentration, k, seed})` (Dirichlet re-drawn weights: top-k share, p10/median/p90 rank),
 *   `DEFAULT_WEIGHTS` + `WEIGHT_RATIONALE`, `MarketWeightsSchema`/`checkMarketWeights`, `candidateMarket` (indicators
 *   from the marts).
 * - Candidates (`./candidates/`): `projectFirstYearEnrolments(inputs): Projection` (moment-matched lognormal of
 *   base × independent shares), `defaultProjectionInputs(openings, published, reachable?)`, `REACHABLE_SHARE`,
 *   `candidateScenario(candidate, market, projection): ScenarioFile`, `withoutPathwayRevenue`, `asConsortiumShare`,
 *   `buildCandidateRecords(marts)` (the content of src/data/candidate-scenarios.json), `toUsd`.
 * - Verdict (`./verdict/`): `verdict(input): VerdictResult` (go | pathway-only | consortium-only | no-go, reasons,
 *   checks), thresholds `PAYS_MIN_PROBABILITY`, `MIN_MARKET_COVERAGE`, `WEAK_MARKET_NEED_SCORE`,
 *   `LOW_READINESS_SCORE`, `VERDICT_RULE_TEXT`; the `VerdictReadiness` slot for issue 11;
 *   `candidateVerdicts(records, {draws, seed, partners, readiness})` (src/data/candidate-verdicts.json).
 */
export * from "./marketNeed/index.js";
export * from "./candidates/index.js";
export * from "./verdict/index.js";

/*
 * Portfolio and consortium economics (issue 8, `./portfolio/`: `parsePortfolio`, `modelPortfolio`, …) and institutional
 * readiness (issue 11, `./readiness/`: `scoreReadiness`, `readinessProfile`, …): each documented in its own index.
 * Strict JSON for every input (`./jsonText.js`): `parseJsonInput(file, text)` refuses syntax errors, nesting deeper
 * than `MAX_JSON_DEPTH` and repeated keys with line and column. Engine-independent exp/log/log1p/pow
 * (`./portableMath.js`), which the model uses so Node and every browser give the same bits.
 */
export * from "./portfolio/index.js";
export * from "./readiness/index.js";
export {MAX_JSON_DEPTH, lineColumn, locatePath, parseJsonInput, scanJson, type JsonPath, type JsonScan} from "./jsonText.js";
export {portableExp, portableLog, portableLog1p, portablePow} from "./portableMath.js";
