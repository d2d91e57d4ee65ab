/**
 * Monte Carlo throughput at 10k, 100k and 1M draws over a 5-year horizon, each against its floor: a plain
 * loop that only draws the same random numbers (one uniform per draw and uncertain input, from the same
 * per-input streams, stored into a column) and does nothing with them. The ratio model ÷ floor says what the
 * distributions, the cash-flow model and the percentiles cost on top of bare random-number generation.
 *
 * The floor is the reference loop of bench/monteCarlo.ts (the model engineer's 100k benchmark), repeated here
 * for every size so both figures come from the same runs; the scenario is the same preset.
 */
import {readFileSync} from "node:fs";
import {createRng} from "../src/model/rng.js";
import {inputStream} from "../src/model/inputStream.js";
import {parseScenario} from "../src/model/parseScenario.js";
import {runMonteCarlo} from "../src/model/runMonteCarlo.js";
import {UNCERTAIN_INPUT_KEYS} from "../src/model/scenarioInputs.js";
import type {Scenario} from "../src/model/types.js";
import {summarizeTimings, timeRuns, type Timing} from "./stats.js";

/** DESIGN.md §8 and issue 9: 100,000 draws over 5 years in at most 50 ms in Node. */
export const MONTE_CARLO_GOAL = {draws: 100_000, horizonYears: 5, maxMs: 50} as const;

export interface MonteCarloSizeResult {
  readonly draws: number;
  readonly model: Timing;
  readonly floor: Timing;
  /** model median ÷ floor median. */
  readonly ratioToFloor: number;
  /** Draws per second at the median time. */
  readonly drawsPerSecond: number;
}

export interface MonteCarloSizesResult {
  readonly scenario: string;
  readonly horizonYears: number;
  readonly uncertainInputs: number;
  readonly sizes: readonly MonteCarloSizeResult[];
}

export interface MonteCarloSizesOptions {
  /** Scenario file relative to the repository root (default: the own-platform preset, 10 uncertain inputs). */
  readonly scenarioFile?: string;
  readonly sizes?: readonly number[];
  /** Timed runs per size; the largest size gets a third of them (at least 3). */
  readonly repeats?: number;
}

/** Reads a preset and fixes its horizon at 5 years, the horizon the goal is stated for. */
export function benchmarkScenario(scenarioFile: string): Scenario {
  const scenario = parseScenario(JSON.parse(readFileSync(new URL(`../${scenarioFile}`, import.meta.url), "utf8")), scenarioFile);
  return {...scenario, horizonYears: MONTE_CARLO_GOAL.horizonYears};
}

/**
 * The floor: for each uncertain input, `draws` uniforms from its own stream into one column (reused between
 * calls, as the model reuses its scratch buffers). Returns a checksum so the work cannot be optimised away.
 */
export function drawUniformsOnly(scenario: Scenario, draws: number, seed: number, column: Float64Array): number {
  if (column.length < draws) throw new RangeError(`drawUniformsOnly: column of ${column.length} cannot hold ${draws} draws`);
  let checksum = 0;
  for (const key of UNCERTAIN_INPUT_KEYS) {
    if (scenario.distributions[key] === undefined) continue;
    const rng = createRng(seed, inputStream(key));
    for (let i = 0; i < draws; i++) column[i] = rng.nextUniform();
    checksum += column[draws - 1] as number;
  }
  return checksum;
}

/**
 * Times `runMonteCarlo` and its floor at each size, interleaved run by run so both see the same machine load.
 *
 * @throws {Error} if the scenario has no uncertain input, or a run returns a non-finite mean
 */
export async function benchmarkMonteCarloSizes(options: MonteCarloSizesOptions = {}): Promise<MonteCarloSizesResult> {
  const scenarioFile = options.scenarioFile ?? "scenarios/own-platform-paid.json";
  const sizes = options.sizes ?? [10_000, 100_000, 1_000_000];
  const repeats = options.repeats ?? 15;
  const scenario = benchmarkScenario(scenarioFile);
  const uncertainInputs = Object.keys(scenario.distributions).length;
  if (uncertainInputs === 0) throw new Error(`benchmarkMonteCarloSizes: ${scenarioFile} has no uncertain input`);

  const results: MonteCarloSizeResult[] = [];
  for (const draws of sizes) {
    const column = new Float64Array(draws);
    const runs = draws >= 1_000_000 ? Math.max(3, Math.round(repeats / 3)) : repeats;
    const warmup = draws >= 1_000_000 ? 1 : 3;
    const modelSamples: number[] = [];
    const floorSamples: number[] = [];
    let sink = 0;
    // One timing loop for both, so a burst of load from another process hits both columns alike.
    await timeRuns(
      (run) => {
        let started = performance.now();
        const mean = runMonteCarlo(scenario, {draws, seed: 1000 + Math.max(run, 0)})?.npv.mean;
        const modelMs = performance.now() - started;
        if (mean === undefined || !Number.isFinite(mean)) throw new Error(`benchmarkMonteCarloSizes: ${draws} draws gave mean ${mean}`);
        started = performance.now();
        sink += drawUniformsOnly(scenario, draws, 1000 + Math.max(run, 0), column);
        const floorMs = performance.now() - started;
        if (run >= 0) {
          modelSamples.push(modelMs);
          floorSamples.push(floorMs);
        }
        return mean;
      },
      {warmup, repeats: runs, sink: (mean) => (sink += mean)}
    );
    if (Number.isNaN(sink)) throw new Error("benchmarkMonteCarloSizes: NaN checksum");
    const model = summarizeTimings(modelSamples);
    const floor = summarizeTimings(floorSamples);
    results.push({draws, model, floor, ratioToFloor: model.medianMs / floor.medianMs, drawsPerSecond: draws / (model.medianMs / 1000)});
  }
  return {scenario: scenarioFile, horizonYears: MONTE_CARLO_GOAL.horizonYears, uncertainInputs, sizes: results};
}
