/** Defaults of `rankStability`, in their own module so that documentation pages can read them without the scoring code. */

/** Default number of weight draws. */
export const DEFAULT_STABILITY_DRAWS = 10_000;
/**
 * Default Dirichlet concentration c (the sum of the α parameters). A weight with mean m then has standard
 * deviation √(m(1 − m)/(c + 1)): with c = 20, the default 0.25 on openings varies with sd ≈ 0.09 and a
 * 0.10 weight with sd ≈ 0.065, i.e. draws range from about half to about one and a half times the chosen
 * weights — the size of disagreement two planners typically have about how much an indicator matters.
 */
export const DEFAULT_CONCENTRATION = 20;
/** Default size of the shortlist whose membership is counted. */
export const DEFAULT_TOP_K = 3;
/** Default seed of the weight draws. */
export const DEFAULT_STABILITY_SEED = 1;
