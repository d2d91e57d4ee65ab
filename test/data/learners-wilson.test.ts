import {describe, expect, it} from "vitest";
import {kishEffectiveSampleSize, wilsonInterval} from "../../loaders/marts/learnerSurvey.js";

const TOLERANCE_DIGITS = 4; // hand computation to four decimals

describe("wilsonInterval(share, nEff)", () => {
  it("is symmetric around one half", () => {
    const {lower, upper} = wilsonInterval(0.5, 100);
    expect(lower).toBeCloseTo(0.4038, TOLERANCE_DIGITS);
    expect(upper).toBeCloseTo(0.5962, TOLERANCE_DIGITS);
  });
  it("keeps a zero share's lower bound at 0 and gives z²/(n+z²) above it", () => {
    const {lower, upper} = wilsonInterval(0, 10);
    expect(lower).toBe(0);
    expect(upper).toBeCloseTo(3.841459 / 13.841459, 6);
  });
  it("narrows as the effective sample size grows", () => {
    const small = wilsonInterval(0.3, 20);
    const large = wilsonInterval(0.3, 2000);
    expect(large.upper - large.lower).toBeLessThan(small.upper - small.lower);
  });
  it("throws on a share outside [0, 1]", () => expect(() => wilsonInterval(1.2, 10)).toThrow(/not in \[0, 1\]/));
  it("throws on a non-positive sample size", () => expect(() => wilsonInterval(0.2, 0)).toThrow(/must be positive/));
});

describe("kishEffectiveSampleSize(weights)", () => {
  it("equals n when every weight is the same", () => expect(kishEffectiveSampleSize([2, 2, 2, 2])).toBe(4));
  it("shrinks with unequal weights: (1 + 3)² / (1 + 9) = 1.6", () => expect(kishEffectiveSampleSize([1, 3])).toBeCloseTo(1.6, 12));
  it("throws without a positive weight", () => expect(() => kishEffectiveSampleSize([])).toThrow(/positive weight/));
});
