import type {Distribution} from "./distributions.js";
import {portableExp} from "./portableMath.js";

/**
 * Expected value of a distribution:
 * triangular (min + mode + max)/3; pert (min + 4·mode + max)/6; uniform (min + max)/2; normal mean;
 * lognormal exp(mu + sigma²/2); beta min + (max − min)·alpha/(alpha + beta).
 * Used as the deterministic `value` of an uncertain input written without one.
 *
 * @param d distribution (parameters in the input's unit)
 * @returns its mean, in the input's unit
 * @example distributionMean({dist: "pert", min: 100, mode: 300, max: 600}); // => 316.6666666666667
 */
export function distributionMean(d: Distribution): number {
  switch (d.dist) {
    case "triangular":
      return (d.min + d.mode + d.max) / 3;
    case "pert":
      return (d.min + 4 * d.mode + d.max) / 6;
    case "uniform":
      return (d.min + d.max) / 2;
    case "normal":
      return d.mean;
    case "lognormal":
      return portableExp(d.mu + (d.sigma * d.sigma) / 2);
    case "beta":
      return d.min + ((d.max - d.min) * d.alpha) / (d.alpha + d.beta);
  }
}
