import {createScratch} from "./createScratch.js";
import {pertShape, type Distribution} from "./distributions.js";
import type {Rng} from "./rng.js";
import {sampleStandardNormal} from "./normalZiggurat.js";
import {sampleGammaColumn, sampleLogGammaColumn} from "./sampleGamma.js";
import {portableExp} from "./portableMath.js";

/**
 * Fills `out[start … start + count)` with independent draws from a distribution.
 *
 * Methods (all driven by the seeded generator, so the draws depend only on seed and stream):
 * - uniform, triangular: inverse CDF (closed form) of one 52-bit uniform per draw;
 * - normal: mean + sd·z, lognormal: exp(mu + sigma·z), with z from the ziggurat
 *   (`sampleStandardNormal`);
 * - beta and pert: X = G_α / (G_α + G_β) from two gamma columns (Marsaglia–Tsang, `sampleGammaColumn`:
 *   first all G_α of the block, then all G_β); when a shape is below 1 the ratio is formed from
 *   log-gammas, X = 1 / (1 + e^(ln G_β − ln G_α)), so it cannot become 0/0; then rescaled to [min, max].
 * Draws are not clamped here; the Monte Carlo clamps them to the input's domain.
 *
 * @param d distribution
 * @param rng seeded generator (advanced by the call)
 * @param out destination column
 * @param start first index to fill, default 0
 * @param count number of draws, default out.length − start
 * @example sampleDistribution({dist: "uniform", min: 0, max: 10}, createRng(1), new Float64Array(3)); // fills 3 draws in [0, 10]
 */
export function sampleDistribution(
  d: Distribution,
  rng: Rng,
  out: Float64Array,
  start = 0,
  count = out.length - start
): void {
  // Each family has its own small loop function with plain-number parameters, so every loop is
  // compiled for one shape of data (and the distribution object is read once, not per draw).
  const end = start + count;
  switch (d.dist) {
    case "uniform":
      return fillUniform(rng, d.min, d.max, out, start, end);
    case "triangular":
      return fillTriangular(rng, d.min, d.mode, d.max, out, start, end);
    case "normal":
      return fillNormal(rng, d.mean, d.sd, out, start, end);
    case "lognormal":
      return fillLognormal(rng, d.mu, d.sigma, out, start, end);
    case "pert": {
      const {alpha, beta} = pertShape(d.min, d.mode, d.max);
      return fillScaledBeta(rng, alpha, beta, d.min, d.max, out, start, end);
    }
    case "beta":
      return fillScaledBeta(rng, d.alpha, d.beta, d.min, d.max, out, start, end);
  }
}

function fillUniform(rng: Rng, min: number, max: number, out: Float64Array, start: number, end: number): void {
  const range = max - min;
  for (let i = start; i < end; i++) out[i] = min + range * rng.nextUniform();
}

function fillTriangular(rng: Rng, min: number, mode: number, max: number, out: Float64Array, start: number, end: number): void {
  const range = max - min;
  const modeShare = (mode - min) / range;
  const lowerScale = range * (mode - min);
  const upperScale = range * (max - mode);
  for (let i = start; i < end; i++) {
    const u = rng.nextUniform();
    out[i] = u < modeShare ? min + Math.sqrt(u * lowerScale) : max - Math.sqrt((1 - u) * upperScale);
  }
}

function fillNormal(rng: Rng, mean: number, sd: number, out: Float64Array, start: number, end: number): void {
  for (let i = start; i < end; i++) out[i] = mean + sd * sampleStandardNormal(rng);
}

function fillLognormal(rng: Rng, mu: number, sigma: number, out: Float64Array, start: number, end: number): void {
  for (let i = start; i < end; i++) out[i] = portableExp(mu + sigma * sampleStandardNormal(rng));
}

/** Second gamma column of the beta sampler. */
const secondGamma = createScratch();

function fillScaledBeta(
  rng: Rng,
  alpha: number,
  beta: number,
  min: number,
  max: number,
  out: Float64Array,
  start: number,
  end: number
): void {
  const range = max - min;
  const second = secondGamma(end - start);
  if (alpha >= 1 && beta >= 1) {
    sampleGammaColumn(rng, alpha, out, start, end);
    sampleGammaColumn(rng, beta, second, 0, end - start);
    for (let i = start; i < end; i++) {
      const ga = out[i] as number;
      out[i] = min + (range * ga) / (ga + (second[i - start] as number));
    }
    return;
  }
  sampleLogGammaColumn(rng, alpha, out, start, end);
  sampleLogGammaColumn(rng, beta, second, 0, end - start);
  for (let i = start; i < end; i++) out[i] = min + range / (1 + portableExp((second[i - start] as number) - (out[i] as number)));
}
