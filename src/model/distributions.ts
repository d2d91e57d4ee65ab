/**
 * Probability distributions an uncertain input may follow (DESIGN.md §6), in the flat JSON shape
 * of a scenario file: `{"value": 300, "dist": "triangular", "min": 100, "mode": 300, "max": 600}`.
 * Inside the model the same objects are used without `value`.
 */

/** PERT weight of the mode: beta-PERT with λ = 4 gives mean (min + 4·mode + max) / 6. */
export const PERT_LAMBDA = 4;

export interface TriangularDistribution {
  readonly dist: "triangular";
  readonly min: number;
  readonly mode: number;
  readonly max: number;
}
export interface PertDistribution {
  readonly dist: "pert";
  readonly min: number;
  readonly mode: number;
  readonly max: number;
}
export interface UniformDistribution {
  readonly dist: "uniform";
  readonly min: number;
  readonly max: number;
}
export interface NormalDistribution {
  readonly dist: "normal";
  readonly mean: number;
  readonly sd: number;
}
/** Lognormal: exp(N(mu, sigma²)); mu and sigma are those of the underlying normal. */
export interface LognormalDistribution {
  readonly dist: "lognormal";
  readonly mu: number;
  readonly sigma: number;
}
/** Beta(alpha, beta) rescaled from [0, 1] to [min, max] (default 0 and 1). */
export interface BetaDistribution {
  readonly dist: "beta";
  readonly alpha: number;
  readonly beta: number;
  readonly min: number;
  readonly max: number;
}

export type Distribution =
  | TriangularDistribution
  | PertDistribution
  | UniformDistribution
  | NormalDistribution
  | LognormalDistribution
  | BetaDistribution;

export type DistributionName = Distribution["dist"];

/** Parameters of each distribution as written in a scenario file (beta's min and max are optional). */
export interface DistributionParameters {
  readonly required: readonly string[];
  readonly optional: readonly string[];
}

export const DISTRIBUTION_PARAMETERS: Readonly<Record<DistributionName, DistributionParameters>> = {
  triangular: {required: ["min", "mode", "max"], optional: []},
  pert: {required: ["min", "mode", "max"], optional: []},
  uniform: {required: ["min", "max"], optional: []},
  normal: {required: ["mean", "sd"], optional: []},
  lognormal: {required: ["mu", "sigma"], optional: []},
  beta: {required: ["alpha", "beta"], optional: ["min", "max"]}
};

/** Distribution names, in the order DESIGN.md lists them. */
export const DISTRIBUTION_NAMES = Object.keys(DISTRIBUTION_PARAMETERS) as readonly DistributionName[];

/**
 * Shape parameters of the beta-PERT distribution: α = 1 + λ(mode − min)/(max − min),
 * β = 1 + λ(max − mode)/(max − min), with λ = 4.
 *
 * @param min lower bound
 * @param mode most likely value, min ≤ mode ≤ max
 * @param max upper bound, > min
 * @returns the beta shape parameters on [min, max]
 * @example pertShape(0, 1, 4); // => {alpha: 2, beta: 4}
 */
export function pertShape(min: number, mode: number, max: number): {alpha: number; beta: number} {
  const range = max - min;
  // Divide first: λ·(mode − min) overflows for bounds near ±1.8e308, the ratio never does. λ = 4 is a power of
  // two, so for every other input both orders round to the same double.
  return {alpha: 1 + PERT_LAMBDA * ((mode - min) / range), beta: 1 + PERT_LAMBDA * ((max - mode) / range)};
}
