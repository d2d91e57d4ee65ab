import {describe, expect, it} from "vitest";
import {distributionMean} from "../../src/model/distributionMean.js";
import {distributionQuantile} from "../../src/model/distributionQuantile.js";
import {pertShape, type Distribution} from "../../src/model/distributions.js";
import {distributionSupport} from "../../src/model/distributionSupport.js";
import {createRng} from "../../src/model/rng.js";
import {sampleDistribution} from "../../src/model/sampleDistribution.js";

const Z90 = 1.2815515655446004;

describe("distributionMean", () => {
  it("uses the closed-form mean of each distribution", () => {
    expect(distributionMean({dist: "triangular", min: 0, mode: 3, max: 9})).toBe(4);
    expect(distributionMean({dist: "pert", min: 0, mode: 3, max: 6})).toBe(3);
    expect(distributionMean({dist: "pert", min: 100, mode: 300, max: 600})).toBeCloseTo(1900 / 6, 12);
    expect(distributionMean({dist: "uniform", min: 2, max: 4})).toBe(3);
    expect(distributionMean({dist: "normal", mean: -1, sd: 2})).toBe(-1);
    expect(distributionMean({dist: "lognormal", mu: 1, sigma: 2})).toBeCloseTo(Math.exp(3), 12);
    expect(distributionMean({dist: "beta", alpha: 2, beta: 6, min: 10, max: 18})).toBe(12);
  });
});

describe("pertShape", () => {
  it("gives α = 1 + 4(mode − min)/(max − min) and β = 1 + 4(max − mode)/(max − min)", () =>
    expect(pertShape(0, 1, 4)).toEqual({alpha: 2, beta: 4}));
});

describe("distributionSupport", () => {
  it("is [min, max] for bounded distributions, the real line for the normal and [0, ∞) for the lognormal", () => {
    expect(distributionSupport({dist: "beta", alpha: 1, beta: 1, min: 2, max: 5})).toEqual({min: 2, max: 5});
    expect(distributionSupport({dist: "normal", mean: 0, sd: 1})).toEqual({min: -Infinity, max: Infinity});
    expect(distributionSupport({dist: "lognormal", mu: 0, sigma: 1})).toEqual({min: 0, max: Infinity});
  });
});

describe("distributionQuantile", () => {
  it("is linear for the uniform", () => expect(distributionQuantile({dist: "uniform", min: 10, max: 20}, 0.9)).toBe(19));
  it("follows the two square-root branches of the triangular", () => {
    // min 0, mode 2, max 10: F(mode) = 0.2; below, x = √(p·10·2); above, x = 10 − √((1 − p)·10·8)
    const d: Distribution = {dist: "triangular", min: 0, mode: 2, max: 10};
    expect(distributionQuantile(d, 0.1)).toBeCloseTo(Math.sqrt(2), 14);
    expect(distributionQuantile(d, 0.2)).toBeCloseTo(2, 14);
    expect(distributionQuantile(d, 0.9)).toBeCloseTo(10 - Math.sqrt(8), 14);
  });
  it("scales the standard normal quantile", () => expect(distributionQuantile({dist: "normal", mean: 5, sd: 2}, 0.9)).toBeCloseTo(5 + 2 * Z90, 14));
  it("exponentiates the normal quantile for the lognormal", () =>
    expect(distributionQuantile({dist: "lognormal", mu: 1, sigma: 0.5}, 0.1)).toBeCloseTo(Math.exp(1 - 0.5 * Z90), 13));
  it("inverts the rescaled beta: Beta(2, 4) p90 = 0.583890374619529 on [0, 1] (mpmath)", () =>
    expect(distributionQuantile({dist: "beta", alpha: 2, beta: 4, min: 100, max: 200}, 0.9)).toBeCloseTo(100 + 100 * 0.583890374619529, 9));
  it("treats pert as the beta with the PERT shapes: pert(0, 1, 4) = 4 × Beta(2, 4)", () =>
    expect(distributionQuantile({dist: "pert", min: 0, mode: 1, max: 4}, 0.1)).toBeCloseTo(4 * 0.11223495854585856, 11));
  it("throws for p outside [0, 1]", () => expect(() => distributionQuantile({dist: "uniform", min: 0, max: 1}, -0.1)).toThrow(/p must be in/));
});

/** Checks sample mean (within 4 standard errors) and the empirical CDF at exact quantiles. */
function checkSample(d: Distribution, sd: number, seed: number): void {
  const n = 200_000;
  const draws = new Float64Array(n);
  sampleDistribution(d, createRng(seed), draws);
  let sum = 0;
  for (const x of draws) sum += x;
  expect(Math.abs(sum / n - distributionMean(d))).toBeLessThan((4 * sd) / Math.sqrt(n));
  for (const p of [0.1, 0.5, 0.9]) {
    const q = distributionQuantile(d, p);
    let below = 0;
    for (const x of draws) if (x <= q) below++;
    // the count below the exact p-quantile is Binomial(n, p)
    expect(Math.abs(below / n - p)).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / n));
  }
}

describe("sampleDistribution", () => {
  it("draws uniforms with the right mean and quantiles", () => checkSample({dist: "uniform", min: 2, max: 8}, 6 / Math.sqrt(12), 1));
  it("draws triangulars with the right mean and quantiles", () =>
    checkSample({dist: "triangular", min: 0, mode: 2, max: 10}, Math.sqrt((0 + 4 + 100 - 0 - 0 - 20) / 18), 2));
  it("draws normals with the right mean and quantiles", () => checkSample({dist: "normal", mean: 3, sd: 2}, 2, 3));
  it("draws lognormals with the right mean and quantiles", () =>
    checkSample({dist: "lognormal", mu: 0.5, sigma: 0.4}, Math.sqrt((Math.exp(0.16) - 1) * Math.exp(1 + 0.16)), 4));
  it("draws betas with the right mean and quantiles", () =>
    checkSample({dist: "beta", alpha: 2, beta: 5, min: 10, max: 20}, 10 * Math.sqrt((2 * 5) / (49 * 8)), 5));
  it("draws betas with shapes below 1 (the log-gamma route)", () =>
    checkSample({dist: "beta", alpha: 0.3, beta: 0.6, min: 0, max: 1}, Math.sqrt((0.3 * 0.6) / (0.81 * 1.9)), 6));
  it("draws perts with the right mean and quantiles", () => {
    const {alpha, beta} = pertShape(100, 300, 600);
    const sd = 500 * Math.sqrt((alpha * beta) / ((alpha + beta) ** 2 * (alpha + beta + 1)));
    checkSample({dist: "pert", min: 100, mode: 300, max: 600}, sd, 7);
  });
  it("keeps beta draws finite and inside [min, max] for a tiny shape", () => {
    const draws = new Float64Array(10_000);
    sampleDistribution({dist: "beta", alpha: 0.001, beta: 0.002, min: 1, max: 2}, createRng(8), draws);
    for (const x of draws) if (!(x >= 1 && x <= 2)) throw new Error(`draw ${x} outside [1, 2]`);
  });
  it("fills only the requested slice", () => {
    const draws = new Float64Array([-1, -1, -1, -1]);
    sampleDistribution({dist: "uniform", min: 0, max: 1}, createRng(9), draws, 1, 2);
    expect(draws[0]).toBe(-1);
    expect(draws[3]).toBe(-1);
    expect(draws[1]).toBeGreaterThan(0);
  });
  it("is reproducible: the same seed gives the same draws", () => {
    const a = new Float64Array(1000);
    const b = new Float64Array(1000);
    sampleDistribution({dist: "pert", min: 0, mode: 1, max: 5}, createRng(11), a);
    sampleDistribution({dist: "pert", min: 0, mode: 1, max: 5}, createRng(11), b);
    expect(b).toEqual(a);
  });
  it("uses one 52-bit uniform per uniform draw (golden values of seed 0)", () => {
    const draws = new Float64Array(2);
    sampleDistribution({dist: "uniform", min: 0, max: 1}, createRng(0), draws);
    const reference = createRng(0);
    expect([...draws]).toEqual([reference.nextUniform(), reference.nextUniform()]);
  });
});
