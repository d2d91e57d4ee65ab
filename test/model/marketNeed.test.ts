import {describe, expect, it} from "vitest";
import {
  DEFAULT_WEIGHTS,
  INDICATORS,
  INDICATOR_KEYS,
  MarketWeightsSchema,
  checkMarketWeights,
  marketNeedScore,
  percentileRanks,
  rankOrder,
  rankStability,
  type IndicatorKey,
  type IndicatorValues,
  type MarketIndicatorRow
} from "../../src/model/marketNeed/index.js";

const TOLERANCE = 1e-9;

function row(id: string, values: Partial<IndicatorValues>): MarketIndicatorRow {
  const indicators = Object.fromEntries(INDICATOR_KEYS.map((key) => [key, values[key] ?? null])) as IndicatorValues;
  return {id, title: `Candidate ${id}`, indicators};
}

function weights(values: Partial<Record<IndicatorKey, number>>): Record<IndicatorKey, number> {
  return Object.fromEntries(INDICATOR_KEYS.map((key) => [key, values[key] ?? 0])) as Record<IndicatorKey, number>;
}

describe("percentileRanks(values)", () => {
  it("ranks by the mid-rank rule, averaging ties and keeping nulls null", () => {
    expect(percentileRanks([10, null, 30, 20, 20])).toEqual([12.5, null, 87.5, 50, 50]);
  });
  it("gives a lone value 50", () => expect(percentileRanks([null, 7])).toEqual([null, 50]));
  it("never ranks a present value 0, so a rank cannot be mistaken for a missing value", () => {
    const ranks = percentileRanks([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(ranks[0]).toBeCloseTo(4.545454545, 8);
    expect(ranks[10]).toBeCloseTo(95.454545454, 8);
  });
  it("gives all-equal values the middle rank", () => expect(percentileRanks([3, 3, 3])).toEqual([50, 50, 50]));
  it("returns nulls when every value is missing", () => expect(percentileRanks([null, null])).toEqual([null, null]));
  it("handles negative values (a shrinking occupation)", () => expect(percentileRanks([-1.7, 5.6])).toEqual([25, 75]));
  it("throws on NaN, naming the position", () => expect(() => percentileRanks([1, Number.NaN])).toThrow(/position 1 is NaN/));
});

describe("marketNeedScore(candidates, weights)", () => {
  // openings: A 100, B 300, C 200 → percentiles 16.67, 83.33, 50; wage: A 50, B missing, C 70 → 25, –, 75
  const candidates = [row("a", {annualOpenings: 100, medianWageUsd: 50}), row("b", {annualOpenings: 300}), row("c", {annualOpenings: 200, medianWageUsd: 70})];
  const scored = marketNeedScore(candidates, weights({annualOpenings: 3, medianWageUsd: 1}));
  const [a, b, c] = scored as [(typeof scored)[0], (typeof scored)[0], (typeof scored)[0]];

  it("is the weighted mean of percentile ranks: A = (3·16.67 + 1·25) / 4 = 18.75", () => expect(a.score).toBeCloseTo(18.75, 9));
  it("renormalises the weights over the indicators a candidate has: B = 83.33 from openings alone", () => {
    expect(b.score).toBeCloseTo(250 / 3, 9);
    expect(b.coverage).toBeCloseTo(0.75, 12);
  });
  it("reports a missing indicator as missing, never as 0", () => {
    expect(b.contributions.medianWageUsd).toEqual({value: null, percentile: null, weight: 0.25, effectiveWeight: null, points: null});
    expect(b.missing).toEqual(["medianWageUsd"]);
  });
  it("scores a candidate with a missing indicator above what a 0 would give", () => {
    const withZero = marketNeedScore([candidates[0]!, row("b", {annualOpenings: 300, medianWageUsd: 0}), candidates[2]!], weights({annualOpenings: 3, medianWageUsd: 1}));
    expect(withZero[1]!.score).toBeLessThan(b.score as number);
  });
  it("splits each score into per-indicator points that add up to it", () => {
    expect(a.contributions.annualOpenings.points).toBeCloseTo(12.5, 9);
    expect(a.contributions.medianWageUsd.points).toBeCloseTo(6.25, 9);
    for (const candidate of scored) {
      const total = INDICATOR_KEYS.reduce((sum, key) => sum + (candidate.contributions[key].points ?? 0), 0);
      expect(total).toBeCloseTo(candidate.score as number, 9);
    }
  });
  it("ranks by score, highest first", () => expect(scored.map((s) => s.rank)).toEqual([3, 1, 2]));
  it("does not count zero-weight indicators as missing", () => expect(c.missing).toEqual([]));
  it("gives the same scores whatever the weights' scale", () => {
    const scaled = marketNeedScore(candidates, weights({annualOpenings: 30, medianWageUsd: 10}));
    scaled.forEach((s, i) => expect(s.score).toBeCloseTo(scored[i]!.score as number, 12));
  });
  it("gives a candidate with no weighted data a null score, coverage 0 and the last rank", () => {
    const result = marketNeedScore([row("x", {}), row("y", {annualOpenings: 5})], DEFAULT_WEIGHTS);
    expect(result[0]).toMatchObject({score: null, coverage: 0, rank: 2});
    expect(result[0]!.missing).toHaveLength(INDICATOR_KEYS.length);
  });
  it("breaks score ties by coverage, then by id, independent of input order", () => {
    expect(rankOrder([{id: "b", score: 50, coverage: 1}, {id: "a", score: 50, coverage: 1}, {id: "c", score: 50, coverage: 0.5}])).toEqual([2, 1, 3]);
  });
  it("throws on an unknown weight, naming the nearest indicator", () => {
    expect(() => marketNeedScore(candidates, {...DEFAULT_WEIGHTS, medianWage: 1} as unknown as typeof DEFAULT_WEIGHTS)).toThrow(/unknown weight "medianWage" \(did you mean "medianWageUsd"\?\)/);
  });
  it("throws on a negative weight, naming it and its value", () => {
    expect(() => marketNeedScore(candidates, {...DEFAULT_WEIGHTS, supplyGapPct: -1})).toThrow(/weight "supplyGapPct" is -1; expected a finite number ≥ 0/);
  });
  it("throws when every weight is 0", () => expect(() => marketNeedScore(candidates, weights({}))).toThrow(/at least one weight > 0/));
  it("throws on duplicate ids", () => expect(() => marketNeedScore([row("a", {}), row("a", {})], DEFAULT_WEIGHTS)).toThrow(/"a" appears twice/));
});

describe("DEFAULT_WEIGHTS and INDICATORS", () => {
  it("weights sum to 1 and cover every indicator", () => {
    expect(INDICATOR_KEYS.reduce((sum, key) => sum + DEFAULT_WEIGHTS[key], 0)).toBeCloseTo(1, 12);
    expect(INDICATORS.map((s) => s.key)).toEqual([...INDICATOR_KEYS]);
  });
  it("MarketWeightsSchema accepts the defaults and rejects an unknown key", () => {
    expect(MarketWeightsSchema.safeParse(DEFAULT_WEIGHTS).success).toBe(true);
    expect(MarketWeightsSchema.safeParse({...DEFAULT_WEIGHTS, extra: 1}).success).toBe(false);
  });
  it("checkMarketWeights names a missing key", () => {
    const {learnerInterestPct: _dropped, ...rest} = DEFAULT_WEIGHTS;
    expect(() => checkMarketWeights(rest)).toThrow(/weight "learnerInterestPct" is missing/);
  });
});

describe("rankStability(candidates, weights, options)", () => {
  // X leads on openings, Y on wage. X outranks Y exactly when its openings weight w₁ > ½.
  // With weights (0.75, 0.25) and concentration 4, w₁ ~ Beta(3, 1): P(w₁ > ½) = 1 − ½³ = 0.875.
  const pair = [row("x", {annualOpenings: 2, medianWageUsd: 1}), row("y", {annualOpenings: 1, medianWageUsd: 2})];
  const w = weights({annualOpenings: 0.75, medianWageUsd: 0.25});

  it("keeps X first in the share of draws a Beta(3, 1) weight predicts: 0.875", () => {
    const result = rankStability(pair, w, {draws: 20_000, concentration: 4, k: 1, seed: 7});
    expect(result.rows[0]!.topKShare).toBeCloseTo(0.875, 1);
    expect(Math.abs(result.rows[0]!.topKShare - 0.875)).toBeLessThan(0.012);
    expect(result.rows[0]!.topKShare + result.rows[1]!.topKShare).toBeCloseTo(1, 12);
  });
  it("splits the top spot evenly when the weights are equal", () => {
    const result = rankStability(pair, weights({annualOpenings: 1, medianWageUsd: 1}), {draws: 20_000, concentration: 10, k: 1, seed: 3});
    expect(Math.abs(result.rows[0]!.topKShare - 0.5)).toBeLessThan(0.015);
  });
  it("keeps the chosen ranking when the concentration is very large", () => {
    const result = rankStability(pair, w, {draws: 2_000, concentration: 1e6, k: 1});
    expect(result.rows.map((r) => [r.topKShare, r.medianRank, r.baseRank])).toEqual([
      [1, 1, 1],
      [0, 2, 2]
    ]);
  });
  it("always keeps a candidate that leads on every indicator in the top 1", () => {
    const rows = [row("lead", {annualOpenings: 9, medianWageUsd: 9}), ...pair];
    expect(rankStability(rows, w, {draws: 1_000, concentration: 0.5, k: 1}).rows[0]!.topKShare).toBe(1);
  });
  it("reports p10 ≤ median ≤ p90 of the rank", () => {
    const rows = [row("a", {annualOpenings: 3, medianWageUsd: 1}), row("b", {annualOpenings: 2, medianWageUsd: 2}), row("c", {annualOpenings: 1, medianWageUsd: 3})];
    for (const r of rankStability(rows, w, {draws: 2_000, concentration: 2, k: 2}).rows) {
      expect(r.p10Rank!).toBeLessThanOrEqual(r.medianRank!);
      expect(r.medianRank!).toBeLessThanOrEqual(r.p90Rank!);
    }
  });
  it("is reproducible: the same seed gives the same result", () => {
    expect(rankStability(pair, w, {draws: 500, concentration: 4, seed: 11})).toEqual(rankStability(pair, w, {draws: 500, concentration: 4, seed: 11}));
  });
  it("never ranks a candidate without a score", () => {
    const result = rankStability([...pair, row("empty", {})], w, {draws: 200, k: 3});
    expect(result.rows[2]).toMatchObject({baseRank: null, topKShare: 0, medianRank: null});
  });
  it("throws on invalid options, naming them", () => {
    expect(() => rankStability(pair, w, {k: 0})).toThrow(/k is 0/);
    expect(() => rankStability(pair, w, {draws: 1.5})).toThrow(/draws is 1.5/);
    expect(() => rankStability(pair, w, {concentration: -1})).toThrow(/concentration is -1/);
    expect(() => rankStability(pair, w, {seed: -3})).toThrow(/seed is -3/);
  });
});
