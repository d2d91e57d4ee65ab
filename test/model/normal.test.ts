import {describe, expect, it} from "vitest";
import {acklamNormalQuantile} from "../../src/model/acklamNormalQuantile.js";
import {erfc} from "../../src/model/erfc.js";
import {normalCdf} from "../../src/model/normalCdf.js";
import {normalQuantile} from "../../src/model/normalQuantile.js";

/** Relative accuracy promised for erfc, Φ and Φ⁻¹ (reference values from mpmath at 40 digits). */
const RELATIVE = 1e-14;
const closeTo = (actual: number, expected: number, relative = RELATIVE) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(relative * Math.abs(expected) + 1e-300);

describe("erfc", () => {
  const cases: [number, number][] = [
    [0, 1],
    [0.5, 0.4795001221869535],
    [1, 0.15729920705028513],
    [2, 0.004677734981047266],
    [3, 2.209049699858544e-5],
    [5, 1.537459794428035e-12],
    [10, 2.088487583762545e-45],
    [-1, 1.8427007929497148]
  ];
  for (const [x, expected] of cases) it(`erfc(${x}) = ${expected}`, () => closeTo(erfc(x), expected));
  it("underflows to 0 far in the tail and reaches 2 on the left", () => {
    expect(erfc(30)).toBe(0);
    expect(erfc(-30)).toBe(2);
  });
});

describe("normalCdf", () => {
  const cases: [number, number][] = [
    [-8, 6.220960574271784e-16],
    [-3, 0.0013498980316300946],
    [-1, 0.15865525393145705],
    [0, 0.5],
    [0.5, 0.6914624612740131],
    [1.96, 0.9750021048517795]
  ];
  for (const [z, expected] of cases) it(`Φ(${z}) = ${expected}`, () => closeTo(normalCdf(z), expected));
});

describe("normalQuantile", () => {
  it("gives the textbook 90th percentile 1.2815515655446004", () => closeTo(normalQuantile(0.9), 1.2815515655446004, 1e-15));
  const cases: [number, number][] = [
    [0.1, -1.2815515655446004],
    [0.975, 1.9599639845400543],
    [0.999, 3.0902323061678136],
    [1e-5, -4.264890793922825],
    [1e-10, -6.361340902404057]
  ];
  for (const [p, expected] of cases) it(`Φ⁻¹(${p}) = ${expected}`, () => closeTo(normalQuantile(p), expected, 1e-13));
  it("is 0 at ½ and antisymmetric", () => {
    expect(normalQuantile(0.5)).toBe(0);
    for (const p of [0.01, 0.2, 0.37]) expect(normalQuantile(1 - p)).toBeCloseTo(-normalQuantile(p), 13);
  });
  it("inverts normalCdf to 1e-12", () => {
    for (const p of [1e-12, 1e-6, 0.003, 0.02425, 0.3, 0.5, 0.8, 0.97575, 0.9999]) {
      expect(Math.abs(normalCdf(normalQuantile(p)) - p)).toBeLessThan(1e-12 * Math.min(p, 1 - p) + 1e-16);
    }
  });
  it("is −∞ at 0 and +∞ at 1", () => {
    expect(normalQuantile(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(normalQuantile(1)).toBe(Number.POSITIVE_INFINITY);
  });
  it("throws for a probability outside [0, 1]", () => {
    expect(() => normalQuantile(1.1)).toThrow(/p must be in \[0, 1\]/);
    expect(() => normalQuantile(Number.NaN)).toThrow(/p must be in \[0, 1\]/);
  });
  it("improves on Acklam's approximation, which is good to 1.15e-9", () => {
    const p = 0.9;
    expect(Math.abs(acklamNormalQuantile(p) - 1.2815515655446004)).toBeLessThan(1.15e-9 * 1.29);
    expect(Math.abs(normalQuantile(p) - 1.2815515655446004)).toBeLessThan(1e-15);
  });
});
