import type {Distribution} from "./distributions.js";

/**
 * Smallest closed interval holding all of a distribution's mass: [min, max] for the bounded ones,
 * (−∞, ∞) for the normal, [0, ∞) for the lognormal.
 *
 * @param d distribution
 * @returns {min, max}, possibly infinite
 * @example distributionSupport({dist: "lognormal", mu: 0, sigma: 1}); // => {min: 0, max: Infinity}
 */
export function distributionSupport(d: Distribution): {min: number; max: number} {
  switch (d.dist) {
    case "normal":
      return {min: Number.NEGATIVE_INFINITY, max: Number.POSITIVE_INFINITY};
    case "lognormal":
      return {min: 0, max: Number.POSITIVE_INFINITY};
    default:
      return {min: d.min, max: d.max};
  }
}
