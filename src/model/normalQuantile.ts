import {acklamNormalQuantile} from "./acklamNormalQuantile.js";
import {erfc} from "./erfc.js";
import {portableExp} from "./portableMath.js";

/** √(2π), the inverse of the standard normal density at 0. */
const SQRT_TWO_PI = 2.5066282746310002;

/**
 * Inverse of the standard normal CDF, Φ⁻¹(p), accurate to about 1e-15 (relative) for p in
 * [1e-300, 1 − 1e-16]: Acklam's approximation followed by one Halley step against the accurate
 * Φ(z) = ½ erfc(−z/√2):
 *   e = Φ(z) − p,  u = e · √(2π) · e^(z²/2),  z ← z − u / (1 + z·u/2).
 * The step is taken in the lower tail (p ≤ ½; the upper half uses Φ⁻¹(p) = −Φ⁻¹(1 − p), where
 * 1 − p is exact), so Φ is always evaluated without cancellation.
 *
 * @param p probability, 0 ≤ p ≤ 1
 * @returns the standard score z with Φ(z) = p (±Infinity at 0 and 1)
 * @throws {RangeError} if p is not in [0, 1]
 * @example normalQuantile(0.9); // => 1.2815515655446004
 */
export function normalQuantile(p: number): number {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`normalQuantile: p must be in [0, 1], got ${p}`);
  if (p === 0) return Number.NEGATIVE_INFINITY;
  if (p === 1) return Number.POSITIVE_INFINITY;
  if (p > 0.5) return -lowerHalfQuantile(1 - p);
  return lowerHalfQuantile(p);
}

function lowerHalfQuantile(p: number): number {
  const z = acklamNormalQuantile(p);
  const e = 0.5 * erfc(-z / Math.SQRT2) - p;
  const u = e * SQRT_TWO_PI * portableExp((z * z) / 2);
  return z - u / (1 + (z * u) / 2);
}
