/**
 * Portfolio and consortium economics (docs/portfolio-format.md): several credentials that share modules,
 * stack into a larger award, are built new or repackaged, and may be offered by a consortium. Pure and
 * browser-safe; built on the single-credential model (`cashFlowTable`, `evaluateDrawBlock`) and its
 * seeded sampling (`createScenarioSampler`).
 *
 * ## Typical use
 * ```ts
 * import {parsePortfolio, modelPortfolio} from "./model/portfolio/index.js";
 * const portfolio = parsePortfolio(JSON.parse(text), "my-portfolio.json"); // throws PortfolioError
 * const report = modelPortfolio(portfolio, {draws: 10_000, seed: 1});       // what `mcw portfolio` prints
 * ```
 *
 * ## API
 * - `parsePortfolio(json, source?): Portfolio` — validate (zod `PortfolioFileSchema`; each credential's
 *   scenario with `parseScenario`); throws `PortfolioError` with `{path, keys, value, expected, message}` issues.
 * - `runPortfolioDeterministic(portfolio, members?)` — yearly totals, NPV, payback, break-even scale, per
 *   credential / module / stack / partner figures.
 * - `createPortfolioSampler(portfolio, {draws, seed}).sample(ids?)` (lazy, cached per credential),
 *   `samplePortfolio(portfolio, {draws, seed})`, `summarizePortfolioSample(portfolio, sample, members?)`,
 *   `runPortfolioMonteCarlo(portfolio, {draws, seed}, members?)` — Monte Carlo of the total and each partner.
 * - `modelPortfolio(portfolio, {draws, seed, members?, sample?})` — the report of `mcw portfolio`.
 * - `rankCombinations(portfolio, {maxSize, pool, sample})` — every subset up to `maxSize`, best first.
 * - `consortiumSizeSweep(portfolio, {sizes, members, sample})` — each partner's NPV with 1…8 equal partners.
 * - Building blocks: `ownInputs`, `standaloneInputs`, `sharedHours`, `buildFactor`, `contentCostPerHour`,
 *   `allocationWeights`, `combineFlows`, `moduleBuilder`, `revenueShares`, `partnerCashFlows`,
 *   `consortiumCashFlow`, `deliveringInstitutions`, `discountedSum`, `credentialStreams`.
 */
export {parsePortfolio, formatPortfolioPath, SHARE_SUM_TOLERANCE} from "./parsePortfolio.js";
export {PortfolioError} from "./PortfolioError.js";
export {
  ALLOCATION_RULES,
  BUILD_KINDS,
  DEFAULT_ALLOCATION,
  DEFAULT_REPACKAGING_COST_FACTOR,
  DEFAULT_STACK_LAG_YEARS,
  ENROLMENT_MODES,
  PORTFOLIO_NUMBERS,
  PORTFOLIO_SOURCE_KEYS,
  PORTFOLIO_TOP_LEVEL_KEYS,
  PortfolioFileSchema,
  REPACKAGING_COST_FACTOR_CITATION,
  REVENUE_SPLIT_RULES,
  type AllocationRule,
  type BuildKind,
  type EnrolmentMode,
  type PortfolioFile,
  type RevenueSplitRule
} from "./portfolioSchema.js";
export type {
  Consortium,
  CredentialResult,
  Partner,
  PartnerResult,
  Portfolio,
  PortfolioCredential,
  PortfolioMonteCarloResult,
  SharedModule,
  SharedModuleResult,
  StackAward,
  StackResult,
  UncertainNumber
} from "./types.js";
export {buildFactor, contentCostPerHour, ownInputs, sharedHours, standaloneInputs} from "./portfolioInputs.js";
export {allocationWeights} from "./allocationWeights.js";
export {credentialStreams, deterministicCredentialFlows, sampleCredentialFlows, type CredentialFlows} from "./credentialFlows.js";
export {combineFlows, moduleBuilder, type ModuleFlows, type PortfolioFlows, type StackDraws, type StackFlows} from "./combineFlows.js";
export {consortiumCashFlow, deliveringInstitutions, discountedSum, partnerCashFlows, revenueShares} from "./consortiumFlows.js";
export {samplePortfolioNumber} from "./samplePortfolioNumber.js";
export {checkMembers, runPortfolioDeterministic, type PortfolioDeterministicResult} from "./runPortfolioDeterministic.js";
export {
  createPortfolioSampler,
  hasUncertainty,
  runPortfolioMonteCarlo,
  samplePortfolio,
  summarizePortfolioSample,
  type PortfolioSample,
  type PortfolioSampler
} from "./runPortfolioMonteCarlo.js";
export {modelPortfolio, type PortfolioReport, type PortfolioReportOptions} from "./modelPortfolio.js";
export {MAX_COMBINATIONS, combinationsUpTo, rankCombinations, type CombinationResult, type RankCombinationsOptions} from "./rankCombinations.js";
export {DEFAULT_CONSORTIUM_SIZES, consortiumSizeSweep, type ConsortiumSizeOptions, type ConsortiumSizeRow} from "./consortiumSizeSweep.js";
export {combinationNpvDraws, presentValueParts, type PresentValueParts} from "./presentValueParts.js";
export {addCandidateCredentials, type CandidatePool, type CandidateScenarioInput} from "./addCandidates.js";
