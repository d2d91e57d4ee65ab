import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {npvLinearCoefficients} from "../../src/model/breakEvenFirstYearEnrolments.js";
import {parseScenario} from "../../src/model/parseScenario.js";
import {runDeterministic} from "../../src/model/runDeterministic.js";
import {validScenarioArbitrary} from "./arbitraries.js";

/** Rounding allowance relative to the size of the cash flows involved. */
const TOLERANCE = 1e-9;

/** Scale of a scenario's money: the largest yearly revenue or cost. */
const scaleOf = (inputs: Parameters<typeof runDeterministic>[0], horizon: number) => {
  const r = runDeterministic(inputs, horizon);
  return Math.max(1, ...r.revenue, ...r.cost);
};

describe("deterministic model properties", () => {
  it("NPV is affine in first-year enrolments: NPV(E) = a + b·E", () => {
    fc.assert(
      fc.property(validScenarioArbitrary(), fc.double({min: 0, max: 1e5, noNaN: true}), (json, enrolments) => {
        const s = parseScenario(json);
        const {a, b} = npvLinearCoefficients(s.inputs, s.horizonYears);
        const inputs = {...s.inputs, firstYearEnrolments: enrolments};
        const npv = runDeterministic(inputs, s.horizonYears).npv;
        expect(Math.abs(npv - (a + b * enrolments))).toBeLessThanOrEqual(TOLERANCE * scaleOf(inputs, s.horizonYears) * (s.horizonYears + 1));
      }),
      {numRuns: 300}
    );
  });

  it("NPV at the break-even volume is 0", () => {
    fc.assert(
      fc.property(validScenarioArbitrary(), (json) => {
        const s = parseScenario(json);
        const breakEven = runDeterministic(s.inputs, s.horizonYears).breakEvenFirstYearEnrolments;
        if (breakEven === null || breakEven === 0) return;
        const inputs = {...s.inputs, firstYearEnrolments: breakEven};
        expect(Math.abs(runDeterministic(inputs, s.horizonYears).npv)).toBeLessThanOrEqual(TOLERANCE * scaleOf(inputs, s.horizonYears) * (s.horizonYears + 1));
      }),
      {numRuns: 300}
    );
  });

  it("break-even is null exactly when an extra learner does not add NPV (or −a/b overflows)", () => {
    fc.assert(
      fc.property(validScenarioArbitrary(), (json) => {
        const s = parseScenario(json);
        const {a, b} = npvLinearCoefficients(s.inputs, s.horizonYears);
        expect(runDeterministic(s.inputs, s.horizonYears).breakEvenFirstYearEnrolments === null).toBe(!(b > 0) || !Number.isFinite(-a / b));
      }),
      {numRuns: 200}
    );
  });

  it("payback year is the first year with cumulative cash flow ≥ 0", () => {
    fc.assert(
      fc.property(validScenarioArbitrary(), (json) => {
        const s = parseScenario(json);
        const r = runDeterministic(s.inputs, s.horizonYears);
        const first = r.cumulativeCashFlow.findIndex((c) => c >= 0);
        expect(r.paybackYear).toBe(first === -1 ? null : first);
      }),
      {numRuns: 200}
    );
  });
});
