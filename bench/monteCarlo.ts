/**
 * Monte Carlo benchmark: 100,000 draws over a 5-year horizon of a preset scenario, compared with a
 * reference loop that only draws the same random numbers (one uniform per draw and uncertain input,
 * from the same per-input streams) and stores them. The ratio says how much the distributions, the
 * model and the percentiles cost on top of bare random-number generation.
 */
import {readFileSync} from "node:fs";
import {createRng} from "../src/model/rng.js";
import {inputStream} from "../src/model/inputStream.js";
import {parseScenario} from "../src/model/parseScenario.js";
import {runMonteCarlo} from "../src/model/runMonteCarlo.js";
import {UNCERTAIN_INPUT_KEYS} from "../src/model/scenarioInputs.js";
import type {Scenario} from "../src/model/types.js";

export interface MonteCarloBenchmarkOptions {
  /** Scenario file, relative to the repository root (default: the own-platform preset, 10 uncertain inputs). */
  readonly scenarioFile?: string;
  readonly draws?: number;
  /** Timed repetitions after warm-up; the median is reported. */
  readonly repeats?: number;
}

export interface MonteCarloBenchmarkResult {
  readonly name: string;
  readonly scenario: string;
  readonly draws: number;
  readonly horizonYears: number;
  readonly uncertainInputs: number;
  /** Median wall time of one `runMonteCarlo` call, ms. */
  readonly medianMs: number;
  readonly minMs: number;
  readonly drawsPerSecond: number;
  /** Median time of the reference loop, ms. */
  readonly referenceMs: number;
  /** medianMs / referenceMs. */
  readonly ratioToReference: number;
  /** Growth of resident memory across the timed runs, MB (indicative only). */
  readonly rssDeltaMb: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Draws the same number of uniforms per input stream as the Monte Carlo needs at minimum. */
let referenceColumn = new Float64Array(0);

function referenceLoop(scenario: Scenario, draws: number, seed: number): number {
  const keys = UNCERTAIN_INPUT_KEYS.filter((key) => scenario.distributions[key] !== undefined);
  if (referenceColumn.length !== draws) referenceColumn = new Float64Array(draws);
  const column = referenceColumn;
  let checksum = 0;
  for (const key of keys) {
    const rng = createRng(seed, inputStream(key));
    for (let i = 0; i < draws; i++) column[i] = rng.nextUniform();
    checksum += column[draws - 1] as number;
  }
  return checksum;
}

/**
 * Times `runMonteCarlo` and the reference loop.
 *
 * @param options scenario file, draws (default 100,000), repeats (default 15)
 * @returns timings in ms and draws per second
 * @throws {Error} if the scenario has no uncertain input
 */
export function benchmarkMonteCarlo(options: MonteCarloBenchmarkOptions = {}): MonteCarloBenchmarkResult {
  const scenarioFile = options.scenarioFile ?? "scenarios/own-platform-paid.json";
  const draws = options.draws ?? 100_000;
  const repeats = options.repeats ?? 15;
  const scenario = parseScenario(JSON.parse(readFileSync(new URL(`../${scenarioFile}`, import.meta.url), "utf8")), scenarioFile);
  const fiveYears: Scenario = {...scenario, horizonYears: 5};
  const uncertainInputs = Object.keys(fiveYears.distributions).length;
  if (uncertainInputs === 0) throw new Error(`benchmarkMonteCarlo: ${scenarioFile} has no uncertain input`);

  for (let i = 0; i < 3; i++) {
    runMonteCarlo(fiveYears, {draws, seed: i});
    referenceLoop(fiveYears, draws, i);
  }
  const rssBefore = process.memoryUsage().rss;
  const times: number[] = [];
  const referenceTimes: number[] = [];
  let sink = 0;
  for (let i = 0; i < repeats; i++) {
    let start = performance.now();
    sink += runMonteCarlo(fiveYears, {draws, seed: 1000 + i})?.npv.mean ?? 0;
    times.push(performance.now() - start);
    start = performance.now();
    sink += referenceLoop(fiveYears, draws, 1000 + i);
    referenceTimes.push(performance.now() - start);
  }
  if (Number.isNaN(sink)) throw new Error("benchmarkMonteCarlo: NaN result");
  const medianMs = median(times);
  const referenceMs = median(referenceTimes);
  return {
    name: "monte-carlo",
    scenario: scenarioFile,
    draws,
    horizonYears: 5,
    uncertainInputs,
    medianMs,
    minMs: Math.min(...times),
    drawsPerSecond: draws / (medianMs / 1000),
    referenceMs,
    ratioToReference: medianMs / referenceMs,
    rssDeltaMb: (process.memoryUsage().rss - rssBefore) / 1e6
  };
}
