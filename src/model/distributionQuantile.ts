import {betaQuantile} from "./betaQuantile.js";
import {pertShape, type Distribution} from "./distributions.js";
import {normalQuantile} from "./normalQuantile.js";
import {portableExp} from "./portableMath.js";

/**
 * Quantile function (inverse CDF) of a distribution, exact to ~1e-14:
 * - uniform: min + p·(max − min)
 * - triangular: with F_c = (mode − min)/(max − min):
 *   min + √(p·(max − min)·(mode − min)) for p < F_c, else max − √((1 − p)·(max − min)·(max − mode))
 * - normal: mean + sd·Φ⁻¹(p); lognormal: exp(mu + sigma·Φ⁻¹(p)) (Φ⁻¹ by `normalQuantile`)
 * - beta and pert: min + (max − min)·I⁻¹_p(α, β) by inverting the regularized incomplete beta
 *   function (`betaQuantile`); pert uses α, β from `pertShape`.
 *
 * @param d distribution
 * @param p probability in [0, 1]
 * @returns the value x with P(X ≤ x) = p, in the input's unit
 * @throws {RangeError} if p is outside [0, 1]
 * @example distributionQuantile({dist: "normal", mean: 0, sd: 1}, 0.9); // => 1.2815515655446004
 */
export function distributionQuantile(d: Distribution, p: number): number {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`distributionQuantile: p must be in [0, 1], got ${p}`);
  switch (d.dist) {
    case "uniform":
      return d.min + p * (d.max - d.min);
    case "triangular": {
      const range = d.max - d.min;
      const modeShare = (d.mode - d.min) / range;
      if (p < modeShare) return d.min + Math.sqrt(p * range * (d.mode - d.min));
      return d.max - Math.sqrt((1 - p) * range * (d.max - d.mode));
    }
    case "normal":
      return d.mean + d.sd * normalQuantile(p);
    case "lognormal":
      return portableExp(d.mu + d.sigma * normalQuantile(p));
    case "pert": {
      const {alpha, beta} = pertShape(d.min, d.mode, d.max);
      return d.min + (d.max - d.min) * betaQuantile(p, alpha, beta);
    }
    case "beta":
      return d.min + (d.max - d.min) * betaQuantile(p, d.alpha, d.beta);
  }
}
