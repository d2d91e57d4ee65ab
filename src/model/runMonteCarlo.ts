import {clampColumn} from "./clampColumn.js";
import {createScratch} from "./createScratch.js";
import {evaluateDrawBlock, type DrawColumns} from "./evaluateDrawBlock.js";
import {inputStream} from "./inputStream.js";
import {quantilesR7} from "./quantilesR7.js";
import {distributionSupport} from "./distributionSupport.js";
import {createRng} from "./rng.js";
import {sampleDistribution} from "./sampleDistribution.js";
import {inputDomain, SCENARIO_INPUTS, UNCERTAIN_INPUT_KEYS, type UncertainInputKey} from "./scenarioInputs.js";
import {summarizeSample} from "./summarizeSample.js";
import type {CashFlowBand, MonteCarloResult, Scenario} from "./types.js";

/** Default number of Monte Carlo draws (DESIGN.md §6). */
export const DEFAULT_DRAWS = 10_000;
/** Default seed. */
export const DEFAULT_SEED = 1;
/** Draws evaluated per block: the input columns of one block stay in the CPU cache. */
const BLOCK_SIZE = 4096;
/** Per-year cash flows of every draw, needed only until the bands are computed. */
const cashFlowScratch = createScratch();
/** One column of `BLOCK_SIZE` values per numeric input. */
const columnScratch = createScratch();

export interface MonteCarloOptions {
  /** Number of draws, a whole number ≥ 0 (default 10,000); 0 means no Monte Carlo. */
  readonly draws?: number;
  /** Seed, an integer in [0, 2^32) (default 1). */
  readonly seed?: number;
}

/**
 * Monte Carlo of the cost–revenue model (DESIGN.md §6). Every uncertain input is drawn independently
 * `draws` times from its own seeded stream (`createRng(seed, inputStream(key))`), so the same seed
 * gives identical results in Node and in the browser. A draw outside the input's domain
 * (`inputDomain`: rates in [0, 1], money and quantities in [0, 1e12], growth in [−1, 10]) is clamped
 * to it; `clampedDraws` counts the clamped input values (a draw with two clamped inputs counts 2).
 * Certain inputs stay at their value; `pathwayLagYears` is never uncertain.
 *
 * Reported: NPV mean, sample sd (n − 1) and R-7 percentiles p5…p95; probabilityNpvPositive = share
 * of draws with NPV strictly > 0; cash-flow bands = R-7 p10, p50, p90 of each year's cash flow.
 * Sampling fills one Float64Array column per input and block of 4,096 draws, then
 * `evaluateDrawBlock` runs the model over the columns without allocating; the per-year cash flows
 * live in a reused scratch buffer (`createScratch`) until the bands are taken from them.
 *
 * @param scenario validated scenario
 * @param options draws (default 10,000) and seed (default 1)
 * @returns the summary, or null when no input is uncertain or draws = 0
 * @throws {RangeError} if draws is not a whole number ≥ 0 or seed not an integer in [0, 2^32)
 * @example runMonteCarlo(parseScenario(json), {draws: 10000, seed: 1})?.probabilityNpvPositive; // => share of profitable draws
 */
export function runMonteCarlo(scenario: Scenario, options: MonteCarloOptions = {}): MonteCarloResult | null {
  const draws = options.draws ?? DEFAULT_DRAWS;
  const seed = options.seed ?? DEFAULT_SEED;
  if (!Number.isSafeInteger(draws) || draws < 0) throw new RangeError(`runMonteCarlo: draws must be a whole number ≥ 0, got ${draws}`);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new RangeError(`runMonteCarlo: seed must be an integer in [0, 2^32), got ${seed}`);
  }
  const uncertain = UNCERTAIN_INPUT_KEYS.filter((key) => scenario.distributions[key] !== undefined);
  if (draws === 0 || uncertain.length === 0) return null;

  const horizon = scenario.horizonYears;
  const blockSize = Math.min(BLOCK_SIZE, draws);
  const numericSpecs = SCENARIO_INPUTS.filter((spec) => spec.kind !== "level" && spec.kind !== "integer");
  const columnStore = columnScratch(numericSpecs.length * blockSize);
  const columns: Record<string, Float64Array> = {};
  numericSpecs.forEach((spec, k) => {
    const value = scenario.inputs[spec.key as keyof typeof scenario.inputs] as number;
    columns[spec.key] = columnStore.subarray(k * blockSize, (k + 1) * blockSize).fill(value);
  });
  const samplers = uncertain.map((key) => {
    const distribution = scenario.distributions[key]!;
    const domain = inputDomain(key);
    const support = distributionSupport(distribution);
    // a distribution whose support lies inside the domain cannot produce a draw to clamp
    const mayLeaveDomain = support.min < domain.min || support.max > domain.max;
    return {key, distribution, rng: createRng(seed, inputStream(key)), column: columns[key] as Float64Array, domain, mayLeaveDomain};
  });
  const clampedByInput: {[K in UncertainInputKey]?: number} = {};
  for (const key of uncertain) clampedByInput[key] = 0;
  let clampedDraws = 0;

  const npvDraws = new Float64Array(draws);
  const cashFlowStore = cashFlowScratch((horizon + 1) * draws);
  const cashFlows = Array.from({length: horizon + 1}, (_, t) => cashFlowStore.subarray(t * draws, (t + 1) * draws));
  for (let offset = 0; offset < draws; offset += blockSize) {
    const count = Math.min(blockSize, draws - offset);
    for (const sampler of samplers) {
      sampleDistribution(sampler.distribution, sampler.rng, sampler.column, 0, count);
      const clamped = sampler.mayLeaveDomain ? clampColumn(sampler.column, count, sampler.domain.min, sampler.domain.max) : 0;
      clampedByInput[sampler.key] = (clampedByInput[sampler.key] ?? 0) + clamped;
      clampedDraws += clamped;
    }
    evaluateDrawBlock(columns as DrawColumns, count, horizon, scenario.inputs.pathwayLagYears, cashFlows, npvDraws, offset);
  }

  const positive = countPositive(npvDraws);
  const npv = summarizeSample(npvDraws);
  const cashFlowBands: CashFlowBand[] = cashFlows.map((column, year) => {
    const [p10, p50, p90] = quantilesR7(column, [0.1, 0.5, 0.9]) as [number, number, number];
    return {year, p10, p50, p90};
  });
  return {draws, seed, npv, probabilityNpvPositive: positive / draws, clampedDraws, clampedByInput, cashFlowBands, npvDraws};
}

/** Number of values strictly greater than 0. */
function countPositive(values: Float64Array): number {
  let positive = 0;
  for (let i = 0; i < values.length; i++) if ((values[i] as number) > 0) positive++;
  return positive;
}
