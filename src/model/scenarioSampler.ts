import {clampColumn} from "./clampColumn.js";
import type {DrawColumns} from "./evaluateDrawBlock.js";
import {inputStream} from "./inputStream.js";
import {createRng} from "./rng.js";
import {sampleDistribution} from "./sampleDistribution.js";
import {inputDomain, SCENARIO_INPUTS, UNCERTAIN_INPUT_KEYS, type UncertainInputKey} from "./scenarioInputs.js";
import type {Scenario} from "./types.js";

/**
 * Draws per block, as in `runMonteCarlo`. Beta and PERT draws depend on the block size (a block draws
 * all its G_α, then all its G_β), so this must stay equal to runMonteCarlo's block size; a test checks
 * that a sampler with the default streams reproduces `runMonteCarlo`'s draws exactly.
 */
export const SAMPLER_BLOCK_SIZE = 4096;

/** A scenario's Monte Carlo input columns, refilled block by block (see `createScenarioSampler`). */
export interface ScenarioSampler {
  /** One column of `blockSize` values per numeric input; certain inputs hold their value. */
  readonly columns: DrawColumns;
  /** Column length: min(`SAMPLER_BLOCK_SIZE`, draws). */
  readonly blockSize: number;
  /** The scenario's uncertain inputs, in table order. */
  readonly uncertain: readonly UncertainInputKey[];
  /** Draws so far that fell outside their input's domain and were clamped, by input. */
  readonly clampedByInput: {readonly [K in UncertainInputKey]?: number};
  /** Samples the next `count` draws of every uncertain input into `columns[0 … count)` and clamps them. */
  sampleBlock(count: number): void;
}

/**
 * The sampling half of `runMonteCarlo`, as a reusable object, so that a caller can evaluate several
 * scenarios per draw (a portfolio of credentials) with exactly the single-credential sampling: each
 * uncertain input is drawn with `sampleDistribution` from `createRng(seed, streamOf(key))` in blocks of
 * `SAMPLER_BLOCK_SIZE`, then clamped to its domain (`clampColumn`), and the columns are ready for
 * `evaluateDrawBlock`. With the default `streamOf = inputStream` the draws are bit-identical to
 * `runMonteCarlo`'s for the same seed; a caller that needs independent copies of one input (the same key
 * in two credentials) passes its own stream function.
 *
 * The sampler owns its columns (8 bytes × 28 inputs × block size) and fills certain ones only once, so
 * callers must not write to them: to evaluate a transformed input, pass `evaluateDrawBlock` a copy of
 * `columns` with that key pointing at the caller's own column.
 *
 * @param scenario validated scenario
 * @param seed integer in [0, 2^32)
 * @param draws total draws the caller will take (sets the block size), a whole number ≥ 1
 * @param streamOf stream number of each uncertain input (default `inputStream`, as `runMonteCarlo`)
 * @returns the sampler
 * @throws {RangeError} if draws is not a whole number ≥ 1 or seed not an integer in [0, 2^32)
 * @example
 * const sampler = createScenarioSampler(scenario, 1, 10_000);
 * sampler.sampleBlock(4096); // columns now hold draws 0…4095
 */
export function createScenarioSampler(
  scenario: Scenario,
  seed: number,
  draws: number,
  streamOf: (key: UncertainInputKey) => number = inputStream
): ScenarioSampler {
  if (!Number.isSafeInteger(draws) || draws < 1) throw new RangeError(`createScenarioSampler: draws must be a whole number ≥ 1, got ${draws}`);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new RangeError(`createScenarioSampler: seed must be an integer in [0, 2^32), got ${seed}`);
  }
  const blockSize = Math.min(SAMPLER_BLOCK_SIZE, draws);
  const columns: Record<string, Float64Array> = {};
  for (const spec of SCENARIO_INPUTS) {
    if (spec.kind === "level" || spec.kind === "integer") continue;
    columns[spec.key] = new Float64Array(blockSize).fill(scenario.inputs[spec.key]);
  }
  const uncertain = UNCERTAIN_INPUT_KEYS.filter((key) => scenario.distributions[key] !== undefined);
  const samplers = uncertain.map((key) => ({
    key,
    distribution: scenario.distributions[key]!,
    rng: createRng(seed, streamOf(key)),
    column: columns[key] as Float64Array,
    domain: inputDomain(key)
  }));
  const clampedByInput: {[K in UncertainInputKey]?: number} = {};
  for (const key of uncertain) clampedByInput[key] = 0;
  return {
    columns: columns as DrawColumns,
    blockSize,
    uncertain,
    clampedByInput,
    sampleBlock(count) {
      if (!Number.isInteger(count) || count < 1 || count > blockSize) {
        throw new RangeError(`ScenarioSampler.sampleBlock: count must be a whole number in [1, ${blockSize}], got ${count}`);
      }
      for (const sampler of samplers) {
        sampleDistribution(sampler.distribution, sampler.rng, sampler.column, 0, count);
        const clamped = clampColumn(sampler.column, count, sampler.domain.min, sampler.domain.max);
        clampedByInput[sampler.key] = (clampedByInput[sampler.key] ?? 0) + clamped;
      }
    }
  };
}
