import {portableLog} from "./portableMath.js";

// Peter J. Acklam's rational approximation of the inverse normal CDF (relative error < 1.15e-9).
const A = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
const B = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
const C = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
const D = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
const [a1, a2, a3, a4, a5, a6] = A as [number, number, number, number, number, number];
const [b1, b2, b3, b4, b5] = B as [number, number, number, number, number];
const [c1, c2, c3, c4, c5, c6] = C as [number, number, number, number, number, number];
const [d1, d2, d3, d4] = D as [number, number, number, number];
/** Boundary between Acklam's tail and central regions. */
const P_LOW = 0.02425;

/**
 * Fast inverse of the standard normal CDF, Acklam's algorithm without refinement (|relative error|
 * < 1.15e-9): the starting point of `normalQuantile`, which adds a Halley step for exact percentiles.
 *
 * Central region (P_LOW ≤ p ≤ 1 − P_LOW): a rational function of q = p − ½ in r = q²;
 * tails: a rational function of q = √(−2 ln p) (or of 1 − p).
 *
 * @param p probability in (0, 1)
 * @returns z with Φ(z) ≈ p; −Infinity for p = 0, +Infinity for p = 1, NaN outside [0, 1]
 * @example acklamNormalQuantile(0.5); // => 0
 */
export function acklamNormalQuantile(p: number): number {
  if (p > P_LOW && p < 1 - P_LOW) {
    const q = p - 0.5;
    const r = q * q;
    return (
      ((((((a1 * r + a2) * r + a3) * r + a4) * r + a5) * r + a6) * q) /
      (((((b1 * r + b2) * r + b3) * r + b4) * r + b5) * r + 1)
    );
  }
  if (!(p >= 0 && p <= 1)) return Number.NaN;
  if (p === 0) return Number.NEGATIVE_INFINITY;
  if (p === 1) return Number.POSITIVE_INFINITY;
  if (p <= P_LOW) {
    const q = Math.sqrt(-2 * portableLog(p));
    return (((((c1 * q + c2) * q + c3) * q + c4) * q + c5) * q + c6) / ((((d1 * q + d2) * q + d3) * q + d4) * q + 1);
  }
  const q = Math.sqrt(-2 * portableLog(1 - p));
  return -(((((c1 * q + c2) * q + c3) * q + c4) * q + c5) * q + c6) / ((((d1 * q + d2) * q + d3) * q + d4) * q + 1);
}
