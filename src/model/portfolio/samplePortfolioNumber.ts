import {clampColumn} from "../clampColumn.js";
import {inputStream} from "../inputStream.js";
import {createRng} from "../rng.js";
import {sampleDistribution} from "../sampleDistribution.js";
import {SAMPLER_BLOCK_SIZE} from "../scenarioSampler.js";
import {inputDomain} from "../scenarioInputs.js";
import type {UncertainNumber} from "./types.js";

/**
 * Draws of one portfolio-level number (the repackaging cost factor, the stack's completion rate, net value
 * per stacker or approval cost), sampled like a scenario input: `sampleDistribution` from
 * `createRng(seed, inputStream(key))` in blocks of `SAMPLER_BLOCK_SIZE`, clamped to the domain of the
 * scenario input of the same kind (`domainOf`, see `PORTFOLIO_NUMBERS`). A certain number fills the column
 * with its value.
 *
 * @param number value and distribution
 * @param key the number's path in the file, e.g. "stack.completionRate" (names its stream)
 * @param domainOf scenario input whose domain applies, e.g. "pathwayConversionRate"
 * @param seed integer in [0, 2^32)
 * @param draws number of draws ≥ 1
 * @returns the column and how many draws were clamped
 * @example samplePortfolioNumber({value: 0.1, distribution: null}, "repackagingCostFactor", "developmentCostShare", 1, 3).column; // => [0.1, 0.1, 0.1]
 */
export function samplePortfolioNumber(
  number: UncertainNumber,
  key: string,
  domainOf: string,
  seed: number,
  draws: number
): {column: Float64Array; clamped: number} {
  const column = new Float64Array(draws).fill(number.value);
  const distribution = number.distribution;
  if (!distribution) return {column, clamped: 0};
  const rng = createRng(seed, inputStream(key));
  const {min, max} = inputDomain(domainOf);
  const block = Math.min(SAMPLER_BLOCK_SIZE, draws);
  let clamped = 0;
  for (let offset = 0; offset < draws; offset += block) {
    const count = Math.min(block, draws - offset);
    const view = column.subarray(offset, offset + count);
    sampleDistribution(distribution, rng, view, 0, count);
    clamped += clampColumn(view, count, min, max);
  }
  return {column, clamped};
}
