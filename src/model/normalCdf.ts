import {erfc} from "./erfc.js";

/**
 * Standard normal cumulative distribution function Φ(z) = ½ · erfc(−z/√2), accurate to about 1e-15
 * relative in the lower tail (erfc of a positive argument is computed without cancellation).
 *
 * @param z standard score (dimensionless)
 * @returns P(Z ≤ z) in [0, 1]
 * @example normalCdf(1.2815515655446004); // => 0.9 (to 1e-15)
 */
export function normalCdf(z: number): number {
  return 0.5 * erfc(-z / Math.SQRT2);
}
