import {distributionQuantile} from "../distributionQuantile.js";
import type {BetaDistribution} from "../distributions.js";
import {regularizedIncompleteBeta} from "../regularizedIncompleteBeta.js";

export interface ProbabilityBin {
  /** Lower and upper edge of the band (learners). */
  readonly x0: number;
  readonly x1: number;
  /** P(x0 ≤ N < x1), exact from the beta CDF (regularized incomplete beta function). */
  readonly probability: number;
}

/**
 * Probability of each band of equal width of a (four-parameter) beta distribution, for drawing the projection:
 * P(x0 ≤ N < x1) = I_{z₁}(α, β) − I_{z₀}(α, β) with z = (x − min)/(max − min). The bands cover the 0.5th to 99.5th
 * percentile, rounded out to a "nice" width (1, 2 or 5 × 10ᵏ) that gives about `count` bands.
 *
 * @param d beta distribution (the projection's `distribution`)
 * @param count approximate number of bands, ≥ 2 (default 25)
 * @returns bands in increasing order; their probabilities sum to about 0.99
 * @throws {RangeError} if count < 2
 * @example betaBins({dist: "beta", alpha: 1, beta: 1, min: 0, max: 100}, 10).length; // => 10 bands of 10, each 0.1 except the ends (0.5th–99.5th percentile)
 */
export function betaBins(d: BetaDistribution, count = 25): ProbabilityBin[] {
  if (!(count >= 2)) throw new RangeError(`betaBins: count is ${count}; expected at least 2`);
  const lo = distributionQuantile(d, 0.005);
  const hi = distributionQuantile(d, 0.995);
  const step = niceStep((hi - lo) / count);
  const start = Math.floor(lo / step) * step;
  const cdf = (x: number) => {
    const z = (x - d.min) / (d.max - d.min);
    return z <= 0 ? 0 : z >= 1 ? 1 : regularizedIncompleteBeta(z, d.alpha, d.beta);
  };
  const bins: ProbabilityBin[] = [];
  for (let x0 = start; x0 < hi; x0 += step) {
    const x1 = x0 + step;
    bins.push({x0, x1, probability: Math.max(0, cdf(x1) - cdf(x0))});
  }
  return bins;
}

/** The smallest of 1, 2, 5 × 10ᵏ that is ≥ raw. */
function niceStep(raw: number): number {
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  for (const multiple of [1, 2, 5, 10]) if (multiple * magnitude >= raw) return multiple * magnitude;
  return 10 * magnitude;
}
