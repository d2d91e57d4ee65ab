/** Largest scratch buffer a scratch keeps between calls: 4M numbers (32 MB). */
const MAX_RETAINED_LENGTH = 4 * 1024 * 1024;

/**
 * Makes a reusable working buffer, so that repeated Monte Carlo runs (a page recomputing as a
 * slider moves) do not churn the garbage collector. Each caller module makes its own scratch.
 * The returned function gives a view of exactly `length` numbers whose contents are undefined and
 * which stays valid only until that scratch's next call; callers copy out whatever they return.
 * Buffers up to 32 MB are kept; larger requests get a fresh array. (JavaScript is single-threaded
 * and no caller uses its scratch re-entrantly, so one buffer per caller is safe.)
 *
 * @returns `(length) => Float64Array`
 * @example const scratch = createScratch(); scratch(4096).length; // => 4096
 */
export function createScratch(): (length: number) => Float64Array {
  let retained = new Float64Array(0);
  return (length) => {
    if (length > MAX_RETAINED_LENGTH) return new Float64Array(length);
    if (retained.length < length) retained = new Float64Array(Math.min(MAX_RETAINED_LENGTH, Math.max(length, retained.length * 2)));
    return retained.subarray(0, length);
  };
}
