import {describe, expect, it} from "vitest";
import {defaultInputs} from "../../src/model/defaultInputs.js";
import {histogramBins} from "../../src/model/histogramBins.js";
import {niceCeiling, niceStep} from "../../src/model/niceNumbers.js";
import {npvEnrolmentCurve} from "../../src/model/npvEnrolmentCurve.js";
import {runDeterministic} from "../../src/model/runDeterministic.js";
import {handInputs, relativeError} from "./helpers.js";

/** Agreement of the straight line with the full model, relative to the NPV's size. */
const TOLERANCE = 1e-12;

describe("npvEnrolmentCurve(inputs, horizonYears, options)", () => {
  const inputs = handInputs();
  const curve = npvEnrolmentCurve(inputs, 3);
  it("samples the line from 0 to a round maximum with 41 points", () => {
    expect(curve.points).toHaveLength(41);
    expect(curve.points[0]?.firstYearEnrolments).toBe(0);
    expect(curve.points[40]?.firstYearEnrolments).toBe(200);
  });
  it("agrees with the full model at every point", () => {
    for (const p of curve.points) {
      const npv = runDeterministic({...inputs, firstYearEnrolments: p.firstYearEnrolments}, 3).npv;
      expect(relativeError(p.npv, npv)).toBeLessThan(TOLERANCE);
    }
  });
  it("has the model's break-even point, where NPV is 0", () => {
    expect(curve.breakEven).toBe(runDeterministic(inputs, 3).breakEvenFirstYearEnrolments);
    expect(Math.abs(curve.a + curve.b * (curve.breakEven as number))).toBeLessThan(1e-6);
  });
  it("marks the planned enrolments and their NPV", () =>
    expect(relativeError(curve.planned.npv, runDeterministic(inputs, 3).npv)).toBeLessThan(TOLERANCE));
  it("reaches past the break-even point on the default scenario", () => {
    const d = npvEnrolmentCurve(defaultInputs(), 5);
    expect(d.points[d.points.length - 1]!.firstYearEnrolments).toBeGreaterThanOrEqual(1.25 * (d.breakEven as number));
  });
  it("has no break-even when each learner loses money", () => {
    const losing = npvEnrolmentCurve({...defaultInputs(), pricePerEnrolment: 0}, 5);
    expect(losing.breakEven).toBeNull();
    expect(losing.b).toBeLessThan(0);
  });
  it("has no break-even, as the model, when it would overflow (a vanishingly small margin)", () => {
    const tiny = {...defaultInputs(), pricePerEnrolment: 1e-310, platformFeePerEnrolment: 0, supportCostPerEnrolment: 0, marketingCostPerEnrolment: 0, markingCostPerAssessment: 0, identityVerificationCostPerAssessment: 0, credentialIssueCostPerCredential: 0};
    const c = npvEnrolmentCurve(tiny, 5);
    expect(c.b).toBeGreaterThan(0);
    expect(c.breakEven).toBeNull();
    expect(c.breakEven).toBe(runDeterministic(tiny, 5).breakEvenFirstYearEnrolments);
  });
  it("honours maxEnrolments and points", () => {
    const c = npvEnrolmentCurve(inputs, 3, {maxEnrolments: 50, points: 3});
    expect(c.points.map((p) => p.firstYearEnrolments)).toEqual([0, 25, 50]);
  });
  it("throws for fewer than two points", () => expect(() => npvEnrolmentCurve(inputs, 3, {points: 1})).toThrow("points must be a whole number ≥ 2"));
  it("throws for a non-positive maxEnrolments", () => expect(() => npvEnrolmentCurve(inputs, 3, {maxEnrolments: 0})).toThrow("maxEnrolments must be > 0"));
});

describe("niceCeiling and niceStep", () => {
  it("rounds up to 1, 2, 2.5 or 5 × 10^k", () => expect([137, 200, 201, 0.3, 7, 10].map(niceCeiling)).toEqual([200, 200, 250, 0.5, 10, 10]));
  it("throws for 0", () => expect(() => niceCeiling(0)).toThrow("finite number > 0"));
  it("picks a 1-2-5 step near span/count", () => expect([niceStep(1000, 40), niceStep(1000, 10), niceStep(1, 3), niceStep(1, 2)]).toEqual([20, 100, 0.2, 0.5]));
  it("throws for a zero span", () => expect(() => niceStep(0, 10)).toThrow("span must be"));
});

describe("histogramBins(values, options)", () => {
  it("counts into round-edged bins that cover the sample", () => {
    const bins = histogramBins([0, 1, 1, 2], {count: 2});
    expect(bins.map((b) => [b.x0, b.x1, b.count])).toEqual([[0, 1, 1], [1, 2, 3]]);
  });
  it("gives shares of the whole sample", () => expect(histogramBins([0, 1, 1, 2], {count: 2}).map((b) => b.share)).toEqual([0.25, 0.75]));
  it("on a shared domain, ignores values outside and keeps shares of the whole sample", () => {
    const bins = histogramBins([-5, 0.5, 1.5, 9], {count: 2, domain: [0, 2]});
    expect(bins.map((b) => b.count)).toEqual([1, 1]);
    expect(bins.map((b) => b.share)).toEqual([0.25, 0.25]);
  });
  it("puts a constant sample in one bin", () => expect(histogramBins([3, 3, 3])).toEqual([{x0: 2.5, x1: 3.5, count: 3, share: 1}]));
  it("gives no bins for an empty sample", () => expect(histogramBins([])).toEqual([]));
  it("ignores NaN", () => expect(histogramBins([1, Number.NaN, 2], {count: 1}).reduce((n, b) => n + b.count, 0)).toBe(2));
  it("bins 100,000 draws and loses none", () => {
    const values = Float64Array.from({length: 100_000}, (_, i) => Math.sin(i) * 1e5 - 3e4);
    expect(histogramBins(values).reduce((n, b) => n + b.count, 0)).toBe(100_000);
  });
  it("throws for a bad count or domain", () => {
    expect(() => histogramBins([1], {count: 0})).toThrow("count must be");
    expect(() => histogramBins([1], {domain: [2, 1]})).toThrow("lo ≤ hi");
  });
});
