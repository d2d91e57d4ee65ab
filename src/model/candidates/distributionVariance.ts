import {distributionMean} from "../distributionMean.js";
import {pertShape, type Distribution} from "../distributions.js";
import {portableExp} from "../portableMath.js";

/**
 * Variance of a distribution, in closed form:
 * - uniform: (max − min)² / 12
 * - triangular: (a² + b² + c² − ab − ac − bc) / 18 with a = min, b = max, c = mode
 * - normal: sd²
 * - lognormal: (e^{σ²} − 1) · e^{2μ + σ²}
 * - beta on [min, max]: (max − min)² · αβ / ((α + β)² (α + β + 1)); pert the same with α, β from `pertShape`
 *
 * @param d distribution
 * @returns its variance, in the input's unit squared
 * @example distributionVariance({dist: "uniform", min: 0, max: 12}); // => 12
 */
export function distributionVariance(d: Distribution): number {
  switch (d.dist) {
    case "uniform":
      return (d.max - d.min) ** 2 / 12;
    case "triangular":
      return (d.min ** 2 + d.max ** 2 + d.mode ** 2 - d.min * d.max - d.min * d.mode - d.max * d.mode) / 18;
    case "normal":
      return d.sd ** 2;
    case "lognormal":
      return Math.expm1(d.sigma * d.sigma) * portableExp(2 * d.mu + d.sigma * d.sigma);
    case "beta":
      return betaVariance(d.alpha, d.beta, d.max - d.min);
    case "pert": {
      const {alpha, beta} = pertShape(d.min, d.mode, d.max);
      return betaVariance(alpha, beta, d.max - d.min);
    }
  }
}

function betaVariance(alpha: number, beta: number, range: number): number {
  const sum = alpha + beta;
  return (range * range * alpha * beta) / (sum * sum * (sum + 1));
}

/**
 * Second raw moment E[X²] = Var(X) + E[X]², used to multiply independent factors exactly.
 *
 * @example distributionSecondMoment({dist: "uniform", min: 0, max: 12}); // => 48
 */
export function distributionSecondMoment(d: Distribution): number {
  const mean = distributionMean(d);
  return distributionVariance(d) + mean * mean;
}
