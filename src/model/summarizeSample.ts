import {quantilesR7} from "./quantilesR7.js";
import type {SampleSummary} from "./types.js";

/**
 * Mean, sample standard deviation and the 5th, 10th, 50th, 90th and 95th percentiles of a sample.
 * sd = √(Σ(x − mean)² / (n − 1)) (two passes; 0 for a single value); percentiles by R-7
 * (`quantilesR7`, linear interpolation between order statistics).
 *
 * @param values sample (not modified); no NaN
 * @returns the summary, in the sample's unit
 * @throws {RangeError} if the sample is empty
 * @example summarizeSample(new Float64Array([1, 2, 3, 4])).sd; // => 1.2909944487358056
 */
export function summarizeSample(values: Float64Array): SampleSummary {
  const n = values.length;
  if (n === 0) throw new RangeError("summarizeSample requires at least one value");
  const mean = sum(values) / n;
  const squares = sumOfSquaredDeviations(values, mean);
  const sd = n > 1 ? Math.sqrt(squares / (n - 1)) : 0;
  const [p5, p10, p50, p90, p95] = quantilesR7(values, [0.05, 0.1, 0.5, 0.9, 0.95]) as [number, number, number, number, number];
  return {mean, sd, p5, p10, p50, p90, p95};
}

// One loop per function, each returning a number (see the note in quantilesR7.ts).
function sum(values: Float64Array): number {
  let total = 0;
  for (let i = 0; i < values.length; i++) total += values[i] as number;
  return total;
}

function sumOfSquaredDeviations(values: Float64Array, mean: number): number {
  let total = 0;
  for (let i = 0; i < values.length; i++) {
    const deviation = (values[i] as number) - mean;
    total += deviation * deviation;
  }
  return total;
}
