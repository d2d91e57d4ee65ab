import {describe, expect, it} from "vitest";
import {breakEvenFirstYearEnrolments, npvLinearCoefficients} from "../../src/model/breakEvenFirstYearEnrolments.js";
import {cashFlowTable} from "../../src/model/cashFlowTable.js";
import {defaultInputs} from "../../src/model/defaultInputs.js";
import {netPresentValue} from "../../src/model/netPresentValue.js";
import {paybackYear} from "../../src/model/paybackYear.js";
import {runDeterministic} from "../../src/model/runDeterministic.js";
import {handInputs} from "./helpers.js";

/*
 * The hand-computed scenario (handInputs, H = 3):
 *   C = 10 h × 20 × 50 = 10,000; ω = 0.25; developmentCostShare = 0.5
 *   cost₀ = 1.25 × 0.5 × (10,000 + 2,000 + 1,000) = 8,125
 *   E = 100, 150, 225 (growth 0.5);  A = E × 0.5 = 50, 75, 112.5;  K = A × 0.8 = 40, 60, 90
 *   gross = E × 0.5 × 200 = 10,000, 15,000, 22,500; kept share 1 − 0.25 − 0.05 = 0.7 → 7,000, 10,500, 15,750
 *   subsidy = K × 25 = 1,000, 1,500, 2,250
 *   pathway (L = 1) = 0.5 × 100 × K₍ₜ₋₁₎ = 0, 2,000, 3,000
 *   revenue = 8,000, 14,000, 21,000
 *   maint = 0.5 × 0.1 × (10,000 + 2,000) = 600 from t = 2
 *   cost = 1.25 × [2 × 500 + 400 + E × 10 + A × 10 + K × 5 + maint] = 3,875, 5,687.5, 7,281.25
 *   CF = −8,125, 4,125, 8,312.5, 13,718.75
 *   NPV at 25% = −8,125 + 3,300 + 5,320 + 7,024 = 7,519;  cumulative −8,125, −4,000, 4,312.5 → payback year 2
 *   with no learners: CF = −8,125, −1,750, −2,500, −2,500 → a = −8,125 − 1,400 − 1,600 − 1,280 = −12,405
 *   b = (7,519 − a) / 100 = 199.24 → break-even 12,405 / 199.24 learners
 */
describe("cashFlowTable on the hand-computed scenario", () => {
  const table = cashFlowTable(handInputs(), 3);
  it("numbers the years 0…H", () => expect(table.years).toEqual([0, 1, 2, 3]));
  it("has no learners in the build year and grows enrolments geometrically", () => expect(table.enrolments).toEqual([0, 100, 150, 225]));
  it("assesses the uptake share of enrolled learners", () => expect(table.assessed).toEqual([0, 50, 75, 112.5]));
  it("awards the pass-rate share of assessed learners", () => expect(table.awarded).toEqual([0, 40, 60, 90]));
  it("charges the paying share the price", () => expect(table.grossRevenue).toEqual([0, 10000, 15000, 22500]));
  it("adds pathway revenue from the awards of L years earlier, none before year L + 1", () => expect(table.pathwayRevenue).toEqual([0, 0, 2000, 3000]));
  it("keeps gross minus platform and processing shares, plus subsidy and pathway", () => expect(table.revenue).toEqual([0, 8000, 14000, 21000]));
  it("charges maintenance from the second delivery year only", () => expect(table.maintenance).toEqual([0, 0, 600, 600]));
  it("costs the shared build in year 0 and fixed, per-learner and maintenance costs after, all with overhead", () =>
    expect(table.cost).toEqual([8125, 3875, 5687.5, 7281.25]));
  it("nets revenue and cost into the cash flow", () => expect(table.cashFlow).toEqual([-8125, 4125, 8312.5, 13718.75]));
  it("throws for a horizon that is not a whole number ≥ 1", () => {
    expect(() => cashFlowTable(handInputs(), 0)).toThrow(/horizonYears must be a whole number/);
    expect(() => cashFlowTable(handInputs(), 2.5)).toThrow(/horizonYears must be a whole number/);
  });
});

describe("runDeterministic on the hand-computed scenario", () => {
  const result = runDeterministic(handInputs(), 3);
  it("discounts each year's cash flow by (1 + r)^t", () => expect(result.npv).toBe(7519));
  it("pays back in the first year whose cumulative cash flow is ≥ 0", () => {
    expect(result.cumulativeCashFlow).toEqual([-8125, -4000, 4312.5, 18031.25]);
    expect(result.paybackYear).toBe(2);
  });
  it("breaks even at −a/b first-year learners", () => expect(result.breakEvenFirstYearEnrolments).toBeCloseTo(12405 / 199.24, 9));
  it("splits NPV into a = NPV without learners and b = NPV per first-year learner", () => {
    const {a, b} = npvLinearCoefficients(handInputs(), 3);
    expect(a).toBe(-12405);
    expect(b).toBeCloseTo(199.24, 10);
  });
});

describe("pathway lag", () => {
  it("uses the same year's awards when the lag is 0", () =>
    expect(cashFlowTable(handInputs({pathwayLagYears: 0}), 3).pathwayRevenue).toEqual([0, 2000, 3000, 4500]));
  it("starts in year 3 with a lag of 2", () => expect(cashFlowTable(handInputs({pathwayLagYears: 2}), 3).pathwayRevenue).toEqual([0, 0, 0, 2000]));
  it("never arrives when the lag reaches the horizon", () => expect(cashFlowTable(handInputs({pathwayLagYears: 3}), 3).pathwayRevenue).toEqual([0, 0, 0, 0]));
});

describe("edge cases", () => {
  it("keeps year-1 enrolments and drops to 0 afterwards with growth −1", () =>
    expect(cashFlowTable(handInputs({enrolmentGrowthRate: -1}), 3).enrolments).toEqual([0, 100, 0, 0]));
  it("pays back in year 0 when nothing is spent on building", () => {
    const free = handInputs({notionalHours: 0, assessmentDevelopmentCost: 0, qualityAssuranceCost: 0});
    expect(runDeterministic(free, 3).paybackYear).toBe(0);
  });
  it("never pays back when every year loses money", () => expect(runDeterministic(handInputs({pricePerEnrolment: 0, subsidyPerCredential: 0, pathwayConversionRate: 0}), 3).paybackYear).toBeNull());
  it("has no break-even when an extra learner brings no money (b ≤ 0)", () =>
    expect(breakEvenFirstYearEnrolments(handInputs({pricePerEnrolment: 0, subsidyPerCredential: 0, pathwayConversionRate: 0}), 3)).toBeNull());
  it("breaks even at 0 learners when there are no fixed costs and learners pay", () => {
    const noFixed = handInputs({notionalHours: 0, assessmentDevelopmentCost: 0, qualityAssuranceCost: 0, cohortsPerYear: 0, platformFixedCostPerYear: 0});
    expect(breakEvenFirstYearEnrolments(noFixed, 3)).toBe(0);
  });
  it("does not discount at a zero rate", () => expect(runDeterministic(handInputs({discountRate: 0}), 3).npv).toBe(-8125 + 4125 + 8312.5 + 13718.75));
});

describe("the documented defaults", () => {
  const result = runDeterministic(defaultInputs(), 5);
  it("build a USD 110,000 course: year-0 cost 1.25 × (110,000 + 15,000 + 5,000)", () => expect(result.cost[0]).toBe(162500));
  it("describe a paid course that does not pay back within five years at 100 learners", () => {
    expect(result.npv).toBeLessThan(0);
    expect(result.paybackYear).toBeNull();
    expect(result.breakEvenFirstYearEnrolments).toBeGreaterThan(100);
  });
});

describe("netPresentValue and paybackYear", () => {
  it("discounts 110 a year later at 10% to 100", () => expect(netPresentValue([-100, 110], 0.1)).toBeCloseTo(0, 12));
  it("rejects a discount rate ≤ −1", () => expect(() => netPresentValue([1], -1)).toThrow(/discountRate must be > −1/));
  it("finds the first year with cumulative cash flow ≥ 0", () => expect(paybackYear([-100, 60, 40, -5])).toBe(2));
  it("returns null when the cumulative cash flow stays negative", () => expect(paybackYear([-100, 60, 39])).toBeNull());
});
