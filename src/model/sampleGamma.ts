import {sampleStandardNormal} from "./normalZiggurat.js";
import type {Rng} from "./rng.js";
import {portableLog} from "./portableMath.js";

/**
 * Fills out[start … end) with Gamma(k, 1) draws for a shape k ≥ 1 by Marsaglia & Tsang (2000),
 * "A simple method for generating gamma variables": with d = k − 1/3 and c = 1/√(9d), repeat
 * x ~ N(0, 1), v = (1 + c·x)³ until v > 0 and u < 1 − 0.0331·x⁴ (squeeze) or
 * ln u < x²/2 + d·(1 − v + ln v); return d·v. The normal comes from the ziggurat
 * (`sampleStandardNormal`), the pairing the paper recommends; u is a 32-bit uniform, ample for a
 * rejection step. Acceptance rate > 95% for every k ≥ 1. One tight loop per column, so the engine
 * compiles it well.
 *
 * @param rng seeded generator
 * @param shape k ≥ 1
 * @param out destination
 * @param start first index
 * @param end one past the last index
 * @throws {RangeError} if shape < 1
 * @example sampleGammaColumn(createRng(1), 2, new Float64Array(1000), 0, 1000); // 1,000 draws with mean 2
 */
export function sampleGammaColumn(rng: Rng, shape: number, out: Float64Array, start: number, end: number): void {
  if (!(shape >= 1)) throw new RangeError(`sampleGammaColumn: shape must be ≥ 1, got ${shape}`);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (let i = start; i < end; i++) {
    for (;;) {
      const x = sampleStandardNormal(rng);
      let v = 1 + c * x;
      if (v <= 0) continue;
      v = v * v * v;
      const u = rng.nextUniform32();
      const x2 = x * x;
      if (u < 1 - 0.0331 * x2 * x2 || portableLog(u) < 0.5 * x2 + d * (1 - v + portableLog(v))) {
        out[i] = d * v;
        break;
      }
    }
  }
}

/**
 * Fills out[start … end) with the natural logs of Gamma(k, 1) draws, for any shape k > 0. For k < 1
 * it uses Gamma(k) = Gamma(k + 1)·U^(1/k), in logs: ln G(k + 1) + ln(U)/k, which cannot underflow
 * to −∞ even for tiny k (where G(k) itself would round to 0).
 *
 * @param rng seeded generator
 * @param shape k > 0
 * @param out destination
 * @param start first index
 * @param end one past the last index
 * @throws {RangeError} if shape ≤ 0
 * @example sampleLogGammaColumn(createRng(1), 0.01, new Float64Array(10), 0, 10); // logs of tiny gamma draws, finite
 */
export function sampleLogGammaColumn(rng: Rng, shape: number, out: Float64Array, start: number, end: number): void {
  if (!(shape > 0)) throw new RangeError(`sampleLogGammaColumn: shape must be > 0, got ${shape}`);
  const boosted = shape < 1;
  sampleGammaColumn(rng, boosted ? shape + 1 : shape, out, start, end);
  for (let i = start; i < end; i++) {
    const logGamma = portableLog(out[i] as number);
    out[i] = boosted ? logGamma + portableLog(rng.nextUniform()) / shape : logGamma;
  }
}
