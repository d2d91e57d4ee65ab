import {describe, expect, it} from "vitest";
import {betaQuantile} from "../../src/model/betaQuantile.js";
import {logGamma} from "../../src/model/logGamma.js";
import {regularizedIncompleteBeta} from "../../src/model/regularizedIncompleteBeta.js";

/** Accuracy promised for the incomplete beta function and its inverse (mpmath references). */
const TOLERANCE = 1e-12;

describe("logGamma", () => {
  const cases: [number, number][] = [
    [0.5, 0.5723649429247001],
    [1, 0],
    [2, 0],
    [3.5, 1.2009736023470743],
    [10, 12.801827480081469],
    [100, 359.1342053695754],
    [0.001, 6.907178885383853]
  ];
  for (const [x, expected] of cases) it(`ln Γ(${x}) = ${expected}`, () => expect(Math.abs(logGamma(x) - expected)).toBeLessThan(1e-13 * Math.max(1, expected)));
  it("throws for x ≤ 0", () => expect(() => logGamma(0)).toThrow(/positive finite/));
});

describe("regularizedIncompleteBeta", () => {
  const cases: [number, number, number, number][] = [
    [0.3, 2, 3, 0.3483],
    [0.7, 0.5, 0.5, 0.6309898804344546],
    [0.25, 5, 1.5, 0.0023515793333149368],
    [0.9, 30, 4, 0.5769436641256926]
  ];
  for (const [x, a, b, expected] of cases) {
    it(`I_${x}(${a}, ${b}) = ${expected}`, () => expect(Math.abs(regularizedIncompleteBeta(x, a, b) - expected)).toBeLessThan(TOLERANCE));
  }
  it("is 0 at x = 0 and 1 at x = 1", () => {
    expect(regularizedIncompleteBeta(0, 2, 3)).toBe(0);
    expect(regularizedIncompleteBeta(1, 2, 3)).toBe(1);
  });
  it("throws for non-positive shapes", () => expect(() => regularizedIncompleteBeta(0.5, 0, 1)).toThrow(/must be > 0/));
});

describe("betaQuantile", () => {
  it("inverts closed forms: Beta(2, 1) has CDF x², Beta(1, 2) has CDF 1 − (1 − x)², Beta(1, 1) is uniform", () => {
    for (const p of [0.01, 0.1, 0.5, 0.9, 0.99]) {
      expect(betaQuantile(p, 2, 1)).toBeCloseTo(Math.sqrt(p), 13);
      expect(betaQuantile(p, 1, 2)).toBeCloseTo(1 - Math.sqrt(1 - p), 13);
      expect(betaQuantile(p, 1, 1)).toBeCloseTo(p, 13);
    }
  });
  it("inverts the arcsine law: Beta(½, ½) has quantile sin²(πp/2)", () => {
    for (const p of [0.05, 0.3, 0.7]) expect(betaQuantile(p, 0.5, 0.5)).toBeCloseTo(Math.sin((Math.PI * p) / 2) ** 2, 12);
  });
  const cases: [number, number, number, number][] = [
    [0.1, 2, 4, 0.11223495854585856],
    [0.9, 2, 4, 0.583890374619529],
    [0.1, 2.3333333333333335, 3.6666666666666665, 0.15302769367647928],
    [0.5, 3, 5, 0.36411608644808263],
    [0.9, 17, 3, 0.9405350290464111],
    [0.1, 17, 3, 0.7434930993886283]
  ];
  for (const [p, a, b, expected] of cases) {
    it(`Beta(${a}, ${b}) quantile at ${p} is ${expected}`, () => expect(Math.abs(betaQuantile(p, a, b) - expected)).toBeLessThan(TOLERANCE));
  }
  it("is the inverse of the incomplete beta function, also for small shapes", () => {
    for (const [a, b] of [[0.2, 0.3], [0.05, 2], [4, 0.4], [150, 80]] as const) {
      for (const p of [0.05, 0.5, 0.95]) expect(Math.abs(regularizedIncompleteBeta(betaQuantile(p, a, b), a, b) - p)).toBeLessThan(1e-11);
    }
  });
  it("throws for p outside [0, 1]", () => expect(() => betaQuantile(2, 1, 1)).toThrow(/p must be in/));
});
