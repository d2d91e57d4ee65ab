/**
 * Timing helpers shared by the benchmarks: run a function after warm-up, several times, and summarise the
 * wall times as median and min–max (a benchmark on a shared machine is noisy; the median is the figure to
 * quote, the range says how noisy the run was).
 */

/** Median, minimum and maximum of a set of timings, ms. */
export interface Timing {
  readonly medianMs: number;
  readonly minMs: number;
  readonly maxMs: number;
  /** Number of timed runs. */
  readonly runs: number;
}

/**
 * The median of a sample: the middle value, or the mean of the two middle values of an even-sized sample.
 *
 * @param values a non-empty sample
 * @throws {RangeError} if `values` is empty or holds a non-finite value
 * @example median([3, 1, 2, 10]); // => 2.5
 */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError("median: needs at least one value");
  if (values.some((v) => !Number.isFinite(v))) throw new RangeError(`median: every value must be finite, got ${values.join(", ")}`);
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/**
 * Summarises timed runs.
 *
 * @param samples wall times, ms (at least one)
 * @throws {RangeError} if there is no sample or one is negative or not finite
 * @example summarizeTimings([12, 10, 11]); // => {medianMs: 11, minMs: 10, maxMs: 12, runs: 3}
 */
export function summarizeTimings(samples: readonly number[]): Timing {
  if (samples.some((v) => v < 0)) throw new RangeError(`summarizeTimings: a time cannot be negative, got ${samples.join(", ")}`);
  return {medianMs: median(samples), minMs: Math.min(...samples), maxMs: Math.max(...samples), runs: samples.length};
}

/**
 * Times `fn` `repeats` times after `warmup` untimed calls (JIT compilation, caches, DuckDB's first-query
 * setup happen in the warm-up). Async functions are awaited; the time includes the await.
 *
 * @param fn the work to time; its result is passed to `sink` so the engine cannot drop it
 * @param options warm-up calls (default 2) and timed repeats (default 5, at least 1)
 * @throws {RangeError} if repeats < 1 or warmup < 0
 */
export async function timeRuns<T>(
  fn: (run: number) => T | Promise<T>,
  {warmup = 2, repeats = 5, sink}: {warmup?: number; repeats?: number; sink?: (value: T) => void} = {}
): Promise<Timing> {
  if (!Number.isInteger(repeats) || repeats < 1) throw new RangeError(`timeRuns: repeats must be a whole number ≥ 1, got ${repeats}`);
  if (!Number.isInteger(warmup) || warmup < 0) throw new RangeError(`timeRuns: warmup must be a whole number ≥ 0, got ${warmup}`);
  for (let i = 0; i < warmup; i++) sink?.(await fn(-1 - i));
  const samples: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const started = performance.now();
    const value = await fn(i);
    samples.push(performance.now() - started);
    sink?.(value);
  }
  return summarizeTimings(samples);
}

/** Formats a timing as "median (min–max)" with a precision that suits its size. */
export function formatTiming(timing: Timing, unit: "ms" | "s" = "ms"): string {
  const scale = unit === "s" ? 1000 : 1;
  const f = (ms: number) => formatNumber(ms / scale);
  return timing.runs === 1 ? `${f(timing.medianMs)} ${unit}` : `${f(timing.medianMs)} ${unit} (${f(timing.minMs)}–${f(timing.maxMs)})`;
}

/** Three significant figures for small numbers, whole numbers with thousands separators for large ones. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  if (abs >= 100) return Math.round(value).toLocaleString("en-US");
  if (abs >= 10) return value.toFixed(1);
  if (abs >= 1) return value.toFixed(2);
  return value === 0 ? "0" : value.toPrecision(2);
}

/** Bytes as kB/MB/GB (1 kB = 1,000 bytes, as browsers' network panels count). */
export function formatBytes(bytes: number): string {
  if (bytes >= 1e9) return `${(bytes / 1e9).toFixed(2)} GB`;
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(2)} MB`;
  if (bytes >= 1e3) return `${(bytes / 1e3).toFixed(0)} kB`;
  return `${bytes} B`;
}
