import {DEFAULT_DRAWS, DEFAULT_SEED, type MonteCarloOptions} from "../runMonteCarlo.js";
import type {UncertainInputKey} from "../scenarioInputs.js";
import {summarizeSample} from "../summarizeSample.js";
import {combineFlows, type PortfolioFlows, type StackDraws} from "./combineFlows.js";
import {consortiumCashFlow, discountedSum, partnerCashFlows} from "./consortiumFlows.js";
import {sampleCredentialFlows, type CredentialFlows} from "./credentialFlows.js";
import {checkMembers} from "./runPortfolioDeterministic.js";
import {samplePortfolioNumber} from "./samplePortfolioNumber.js";
import type {Portfolio, PortfolioMonteCarloResult} from "./types.js";

/** Every credential's Monte Carlo flows and the portfolio numbers' draws, for one seed and number of draws. */
export interface PortfolioSample {
  readonly draws: number;
  readonly seed: number;
  readonly flows: ReadonlyMap<string, CredentialFlows>;
  /** Clamped draws of each credential's inputs. */
  readonly clampedByCredential: ReadonlyMap<string, {readonly [K in UncertainInputKey]?: number}>;
  readonly repackagingCostFactor: {readonly column: Float64Array; readonly clamped: number};
  readonly stack: StackDraws & {readonly clamped: number};
}

/** Samples a portfolio's credentials on demand and keeps them (see `createPortfolioSampler`). */
export interface PortfolioSampler {
  readonly draws: number;
  readonly seed: number;
  /**
   * A sample holding (at least) the given credentials, sampling only those not sampled before.
   *
   * @param ids credentials needed (default: all)
   * @throws {RangeError} for an unknown id
   */
  sample(ids?: readonly string[]): PortfolioSample;
}

/**
 * Samples a portfolio lazily: the portfolio's own uncertain numbers at once (`samplePortfolioNumber`, streams named
 * by their path: "repackagingCostFactor", "stack.completionRate", "stack.netValuePerStacker",
 * "stack.approvalCost"), each credential the first time it is asked for (`sampleCredentialFlows`: the
 * single-credential sampler, one stream per credential and input, see `credentialStreams`). Because every
 * credential has its own streams, the order and timing of the requests never change a draw: a page can sample
 * the credentials a reader ticks as they are ticked and still match `mcw portfolio`.
 *
 * @param portfolio validated portfolio
 * @param options draws (default 10,000, ≥ 1 here) and seed (default 1)
 * @returns the sampler
 * @throws {RangeError} if draws is not a whole number ≥ 1 or seed not an integer in [0, 2^32)
 * @example createPortfolioSampler(portfolio, {draws: 10_000, seed: 1}).sample(["a", "b"]).flows.size; // => 2
 */
export function createPortfolioSampler(portfolio: Portfolio, options: MonteCarloOptions = {}): PortfolioSampler {
  const draws = options.draws ?? DEFAULT_DRAWS;
  const seed = options.seed ?? DEFAULT_SEED;
  if (!Number.isSafeInteger(draws) || draws < 1) throw new RangeError(`samplePortfolio: draws must be a whole number ≥ 1, got ${draws}`);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new RangeError(`samplePortfolio: seed must be an integer in [0, 2^32), got ${seed}`);
  const repackagingCostFactor = samplePortfolioNumber(portfolio.repackagingCostFactor, "repackagingCostFactor", "developmentCostShare", seed, draws);
  const zero = {value: 0, distribution: null};
  const stack = portfolio.stack;
  const completionRate = samplePortfolioNumber(stack?.completionRate ?? zero, "stack.completionRate", "pathwayConversionRate", seed, draws);
  const netValuePerStacker = samplePortfolioNumber(stack?.netValuePerStacker ?? zero, "stack.netValuePerStacker", "pathwayNetValuePerStudent", seed, draws);
  const approvalCost = samplePortfolioNumber(stack?.approvalCost ?? zero, "stack.approvalCost", "qualityAssuranceCost", seed, draws);
  const stackDraws = {
    completionRate: completionRate.column,
    netValuePerStacker: netValuePerStacker.column,
    approvalCost: approvalCost.column,
    clamped: completionRate.clamped + netValuePerStacker.clamped + approvalCost.clamped
  };
  const flows = new Map<string, CredentialFlows>();
  const clampedByCredential = new Map<string, {[K in UncertainInputKey]?: number}>();
  return {
    draws,
    seed,
    sample(ids) {
      for (const id of ids ?? portfolio.credentials.map((c) => c.id)) {
        if (flows.has(id)) continue;
        const credential = portfolio.credentials.find((c) => c.id === id);
        if (!credential) throw new RangeError(`samplePortfolio: unknown credential "${id}"`);
        const {clampedByInput, ...credentialFlows} = sampleCredentialFlows(credential, portfolio, {draws, seed, repackagingCostFactor: repackagingCostFactor.column});
        flows.set(id, credentialFlows);
        clampedByCredential.set(id, clampedByInput);
      }
      return {draws, seed, flows: new Map(flows), clampedByCredential: new Map(clampedByCredential), repackagingCostFactor, stack: stackDraws};
    }
  };
}

/**
 * Samples every credential of a portfolio once (`createPortfolioSampler(…).sample()`). Any subset of the
 * credentials can then be summarised from the same sample, and gives the same figures as a portfolio holding
 * just that subset.
 *
 * @param portfolio validated portfolio
 * @param options draws (default 10,000, ≥ 1 here) and seed (default 1)
 * @returns the sample
 * @throws {RangeError} if draws is not a whole number ≥ 1 or seed not an integer in [0, 2^32)
 * @example samplePortfolio(portfolio, {draws: 10_000, seed: 1}).flows.size; // => number of credentials
 */
export function samplePortfolio(portfolio: Portfolio, options: MonteCarloOptions = {}): PortfolioSample {
  return createPortfolioSampler(portfolio, options).sample();
}

/**
 * Whether a Monte Carlo of these members would vary at all: a member has an uncertain input, or a member is
 * repackaged and the repackaging cost factor is uncertain, or the members hold the whole stack and one of its
 * numbers is uncertain.
 *
 * @param portfolio validated portfolio
 * @param members member ids
 * @returns true when some input of the members is uncertain
 * @example hasUncertainty(parsePortfolio({credentials: [{id: "a", scenario: {}}]}), ["a"]); // => false
 */
export function hasUncertainty(portfolio: Portfolio, members: readonly string[]): boolean {
  const credentials = portfolio.credentials.filter((c) => members.includes(c.id));
  if (credentials.some((c) => Object.keys(c.scenario.distributions).length > 0)) return true;
  if (portfolio.repackagingCostFactor.distribution && credentials.some((c) => c.build === "repackage")) return true;
  const stack = portfolio.stack;
  if (!stack || !stack.credentials.every((id) => members.includes(id))) return false;
  return [stack.completionRate, stack.netValuePerStacker, stack.approvalCost].some((n) => n.distribution !== null);
}

/**
 * Summarises the Monte Carlo of a set of members from a sample: the consortium's total NPV per draw
 * (`discountedSum` of `consortiumCashFlow`), its mean, sample sd and R-7 percentiles (`summarizeSample`),
 * P(NPV > 0) (share of draws strictly above 0), and the same for each partner. `clampedDraws` counts the
 * clamped input values of the members (the shared discount rate once) and of the portfolio numbers they use.
 *
 * @param portfolio validated portfolio
 * @param sample result of `samplePortfolio`
 * @param members ids of the credentials offered (default: all)
 * @returns the summary, or null when nothing the members depend on is uncertain
 * @throws {RangeError} if members is empty or names an unknown credential
 * @example summarizePortfolioSample(portfolio, sample, ["a", "b"])?.probabilityNpvPositive; // => share of draws with NPV > 0
 */
export function summarizePortfolioSample(portfolio: Portfolio, sample: PortfolioSample, members?: readonly string[]): PortfolioMonteCarloResult | null {
  const ids = checkMembers(portfolio, members);
  if (!hasUncertainty(portfolio, ids)) return null;
  const flows = combineFlows(portfolio, sample.flows, sample.stack, ids);
  const npvDraws = discountedSum(consortiumCashFlow(flows, portfolio.consortium), flows.discountRate);
  const partners = portfolio.consortium
    ? partnerCashFlows(flows, portfolio.consortium).map((columns, p) => {
        const npv = discountedSum(columns, flows.discountRate);
        return {id: portfolio.consortium!.partners[p]!.id, npv: summarizeSample(npv), probabilityNpvPositive: shareAbove(npv, 0)};
      })
    : [];
  return {
    draws: sample.draws,
    seed: sample.seed,
    npv: summarizeSample(npvDraws),
    probabilityNpvPositive: shareAbove(npvDraws, 0),
    clampedDraws: clampedDraws(portfolio, sample, flows),
    partners,
    npvDraws
  };
}

/**
 * The portfolio's Monte Carlo (see `samplePortfolio` and `summarizePortfolioSample`).
 *
 * @param portfolio validated portfolio
 * @param options draws (default 10,000; 0 = none) and seed (default 1)
 * @param members ids of the credentials offered (default: all)
 * @returns the summary, or null when draws = 0 or nothing is uncertain
 * @throws {RangeError} for invalid draws, seed or members
 * @example runPortfolioMonteCarlo(portfolio, {draws: 10_000, seed: 1})?.npv.p50; // => median NPV
 */
export function runPortfolioMonteCarlo(portfolio: Portfolio, options: MonteCarloOptions = {}, members?: readonly string[]): PortfolioMonteCarloResult | null {
  const draws = options.draws ?? DEFAULT_DRAWS;
  if (!Number.isSafeInteger(draws) || draws < 0) throw new RangeError(`runPortfolioMonteCarlo: draws must be a whole number ≥ 0, got ${draws}`);
  const ids = checkMembers(portfolio, members);
  if (draws === 0 || !hasUncertainty(portfolio, ids)) return null;
  return summarizePortfolioSample(portfolio, createPortfolioSampler(portfolio, options).sample(ids), ids);
}

function clampedDraws(portfolio: Portfolio, sample: PortfolioSample, flows: PortfolioFlows): number {
  let total = 0;
  flows.members.forEach((id, k) => {
    for (const [key, count] of Object.entries(sample.clampedByCredential.get(id) ?? {})) {
      if (key === "discountRate" && k > 0) continue; // one shared draw, counted once
      total += count ?? 0;
    }
  });
  if (portfolio.credentials.some((c) => flows.members.includes(c.id) && c.build === "repackage")) total += sample.repackagingCostFactor.clamped;
  if (flows.stack) total += sample.stack.clamped;
  return total;
}

/** Share of values strictly greater than `threshold`. */
function shareAbove(values: Float64Array, threshold: number): number {
  let count = 0;
  for (let i = 0; i < values.length; i++) if ((values[i] as number) > threshold) count++;
  return count / values.length;
}
