import {portableExp, portableLog} from "./portableMath.js";

/**
 * Partially orders `values` in place so that, for every rank k in `ranks`, values[k] is the k-th
 * smallest value (0-based order statistic), everything before it is ≤ and everything after it ≥.
 *
 * Floyd & Rivest's selection algorithm (CACM 1975, "Algorithm 489"): expected O(n) per rank, and
 * the ranks are processed by splitting the array around the middle rank, so a handful of ranks costs
 * little more than one. Used instead of a full sort for Monte Carlo percentiles (a sort of 100,000
 * numbers takes ~10 ms; selecting the few ranks a percentile needs takes ~1 ms). Handles repeated
 * values without quadratic behaviour. NaN must not occur in `values`.
 *
 * @param values numbers to reorder (modified)
 * @param ranks 0-based ranks, each in [0, values.length)
 * @throws {RangeError} if a rank is outside the array
 * @example
 * const a = new Float64Array([5, 1, 4, 2, 3]);
 * selectOrderStatistics(a, [2]); a[2]; // => 3
 */
export function selectOrderStatistics(values: Float64Array, ranks: readonly number[]): void {
  const sorted = [...new Set(ranks)].sort((a, b) => a - b);
  for (const k of sorted) {
    if (!Number.isInteger(k) || k < 0 || k >= values.length) {
      throw new RangeError(`selectOrderStatistics: rank ${k} is outside [0, ${values.length})`);
    }
  }
  selectRanks(values, sorted, 0, sorted.length - 1, 0, values.length - 1);
}

function selectRanks(values: Float64Array, ranks: number[], lowRank: number, highRank: number, left: number, right: number): void {
  if (lowRank > highRank || left >= right) return;
  const middle = (lowRank + highRank) >> 1;
  const k = ranks[middle] as number;
  floydRivest(values, k, left, right);
  selectRanks(values, ranks, lowRank, middle - 1, left, k - 1);
  selectRanks(values, ranks, middle + 1, highRank, k + 1, right);
}

function floydRivest(a: Float64Array, k: number, left: number, right: number): void {
  while (right > left) {
    if (right - left > 600) {
      // Recurse on a small sample to pick pivots that bracket k tightly.
      const n = right - left + 1;
      const m = k - left + 1;
      const z = portableLog(n);
      const s = 0.5 * portableExp((2 * z) / 3);
      const sd = 0.5 * Math.sqrt((z * s * (n - s)) / n) * (m - n / 2 < 0 ? -1 : 1);
      const newLeft = Math.max(left, Math.floor(k - (m * s) / n + sd));
      const newRight = Math.min(right, Math.floor(k + ((n - m) * s) / n + sd));
      floydRivest(a, k, newLeft, newRight);
    }
    const t = a[k] as number;
    let i = left;
    let j = right;
    swap(a, left, k);
    if ((a[right] as number) > t) swap(a, left, right);
    while (i < j) {
      swap(a, i, j);
      i++;
      j--;
      while ((a[i] as number) < t) i++;
      while ((a[j] as number) > t) j--;
    }
    if (a[left] === t) swap(a, left, j);
    else {
      j++;
      swap(a, j, right);
    }
    if (j <= k) left = j + 1;
    if (k <= j) right = j - 1;
  }
}

function swap(a: Float64Array, i: number, j: number): void {
  const tmp = a[i] as number;
  a[i] = a[j] as number;
  a[j] = tmp;
}
