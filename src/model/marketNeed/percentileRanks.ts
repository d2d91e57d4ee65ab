/**
 * Percentile rank of each value among the non-missing values, by the mid-rank rule:
 *
 *   PR(x) = 100 · (number of values below x + ½ · number of values equal to x) / n
 *
 * where n counts the non-null values. Ties therefore share the average of the ranks they occupy, a lone
 * value gets 50, and of 11 distinct values the lowest gets 4.5 and the highest 95.5. No present value is
 * ever ranked 0, so a rank can never be mistaken for a missing value. Nulls stay null (missing, not 0).
 * O(n log n).
 *
 * @param values indicator values; null = missing
 * @returns percentile ranks in (0, 100), null where the value is null, in input order
 * @throws {RangeError} if a value is a non-finite number (NaN or ±Infinity), naming its position
 * @example percentileRanks([10, null, 30, 20, 20]); // => [12.5, null, 87.5, 50, 50]
 */
export function percentileRanks(values: readonly (number | null)[]): (number | null)[] {
  const present: number[] = [];
  values.forEach((value, index) => {
    if (value === null) return;
    if (!Number.isFinite(value)) throw new RangeError(`percentileRanks: value at position ${index} is ${value}; expected a finite number or null`);
    present.push(value);
  });
  const sorted = Float64Array.from(present).sort();
  const n = sorted.length;
  return values.map((value) => {
    if (value === null) return null;
    const below = lowerBound(sorted, value);
    const equal = upperBound(sorted, value) - below;
    return (100 * (below + 0.5 * equal)) / n;
  });
}

/** First index whose value is ≥ x. */
function lowerBound(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index whose value is > x. */
function upperBound(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
