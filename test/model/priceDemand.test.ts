import {describe, expect, it} from "vitest";
import {priceDemandCurve, priceKeepingShare, revenueCurve, revenueMaximisingPrice, shareAtPrice, type PricePoint} from "../../src/model/priceDemand.js";

const TOLERANCE = 12; // decimal places for hand-computed values

// freeCodeCamp 2016, money spent on learning, all respondents (learner_spend, shipped data; shares rounded here)
const fcc: PricePoint[] = [
  {price: 1, share: 0.5512},
  {price: 10, share: 0.5464},
  {price: 25, share: 0.5171},
  {price: 50, share: 0.4867},
  {price: 100, share: 0.4288},
  {price: 150, share: 0.3506},
  {price: 200, share: 0.3336},
  {price: 300, share: 0.2703},
  {price: 500, share: 0.2207},
  {price: 750, share: 0.1598},
  {price: 1000, share: 0.1532},
  {price: 1500, share: 0.1125},
  {price: 2000, share: 0.102},
  {price: 3000, share: 0.0813},
  {price: 5000, share: 0.0622},
  {price: 10000, share: 0.0381}
];

describe("priceDemandCurve(points)", () => {
  it("sorts the points by price", () => {
    expect(priceDemandCurve([{price: 100, share: 0.43}, {price: 1, share: 0.55}]).map((d) => d.price)).toEqual([1, 100]);
  });
  it("accepts a flat stretch (no respondent between two prices)", () => {
    expect(priceDemandCurve([{price: 1, share: 0.2}, {price: 2, share: 0.2}])).toHaveLength(2);
  });
  it("refuses a share that rises with price, naming both points", () => {
    expect(() => priceDemandCurve([{price: 1, share: 0.2}, {price: 2, share: 0.3}])).toThrow(/share rises from 0.2 at price 1 to 0.3 at price 2/);
  });
  it("refuses an empty curve, a non-positive or repeated price, a share outside [0, 1] and bounds that do not hold the share", () => {
    expect(() => priceDemandCurve([])).toThrow(/no points/);
    expect(() => priceDemandCurve([{price: 0, share: 0.5}])).toThrow(/price 0; expected a positive number/);
    expect(() => priceDemandCurve([{price: 5, share: 0.5}, {price: 5, share: 0.4}])).toThrow(/price 5 appears twice/);
    expect(() => priceDemandCurve([{price: 5, share: 1.2}])).toThrow(/share 1.2; expected a share in \[0, 1\]/);
    expect(() => priceDemandCurve([{price: 5, share: 0.5, lower: 0.6}])).toThrow(/lower bound 0.6/);
    expect(() => priceDemandCurve([{price: 5, share: 0.5, upper: 0.4}])).toThrow(/upper bound 0.4/);
  });
});

describe("shareAtPrice(curve, price)", () => {
  const curve = priceDemandCurve([{price: 100, share: 0.4}, {price: 1000, share: 0.1}]);
  it("returns a point's own share at its price", () => {
    expect(shareAtPrice(curve, 100)).toBe(0.4);
    expect(shareAtPrice(curve, 1000)).toBe(0.1);
  });
  it("interpolates in log price: halfway between 100 and 1000 in log terms is √(100·1000) ≈ 316.2", () => {
    expect(shareAtPrice(curve, Math.sqrt(100 * 1000))).toBeCloseTo(0.25, TOLERANCE);
    // a tenth of the way: 100 · 10^0.1
    expect(shareAtPrice(curve, 100 * 10 ** 0.1)).toBeCloseTo(0.4 - 0.03, TOLERANCE);
  });
  it("reads the shipped curve between its points", () => {
    // 75 USD lies between 50 (48.67%) and 100 (42.88%): t = ln(1.5)/ln(2)
    const t = Math.log(1.5) / Math.log(2);
    expect(shareAtPrice(priceDemandCurve(fcc), 75)).toBeCloseTo(0.4867 + (0.4288 - 0.4867) * t, TOLERANCE);
  });
  it("refuses a price the survey did not cover", () => {
    expect(() => shareAtPrice(curve, 50)).toThrow(/price 50 is outside the surveyed range 100–1000 USD/);
    expect(() => shareAtPrice(curve, Number.NaN)).toThrow(/outside the surveyed range/);
    expect(() => shareAtPrice([], 1)).toThrow(/no points/);
  });
});

describe("revenueCurve(curve) and revenueMaximisingPrice(curve)", () => {
  it("multiplies each price by its share", () => {
    expect(revenueCurve([{price: 50, share: 0.49}, {price: 100, share: 0.43}]).map((d) => d.revenue)).toEqual([24.5, 43]);
  });
  it("picks the price with the most revenue per respondent", () => {
    expect(revenueMaximisingPrice([{price: 50, share: 0.49}, {price: 100, share: 0.43}, {price: 1000, share: 0.02}]).price).toBe(100);
  });
  it("on the shipped survey, 10,000 USD earns most per respondent (381 USD): spending has a long tail", () => {
    const best = revenueMaximisingPrice(priceDemandCurve(fcc));
    expect(best.price).toBe(10_000);
    expect(best.revenue).toBeCloseTo(381, 9);
  });
  it("takes the lower price on a tie", () => {
    expect(revenueMaximisingPrice([{price: 10, share: 0.5}, {price: 20, share: 0.25}]).price).toBe(10);
  });
  it("refuses an empty curve", () => expect(() => revenueMaximisingPrice([])).toThrow(/no points/));
});

describe("priceKeepingShare(curve, share)", () => {
  it("finds the highest price that still keeps the share", () => {
    expect(priceKeepingShare(fcc, 0.5)).toBe(25);
    expect(priceKeepingShare(fcc, 0.25)).toBe(300);
    expect(priceKeepingShare(fcc, 0)).toBe(10_000);
  });
  it("is null when even the lowest price keeps fewer", () => expect(priceKeepingShare(fcc, 0.6)).toBeNull());
  it("refuses a share outside [0, 1]", () => expect(() => priceKeepingShare(fcc, 1.5)).toThrow(/share 1.5 is not in \[0, 1\]/));
});
