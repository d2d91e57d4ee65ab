import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {quantilesR7} from "../../src/model/quantilesR7.js";
import {selectOrderStatistics} from "../../src/model/selectOrderStatistics.js";
import {summarizeSample} from "../../src/model/summarizeSample.js";

/** R-7 by full sort: the definition, for comparison. */
function referenceQuantile(values: readonly number[], p: number): number {
  const sorted = Float64Array.from(values).sort();
  const h = (sorted.length - 1) * p;
  const low = Math.floor(h);
  const high = Math.min(low + 1, sorted.length - 1);
  return (sorted[low] as number) + (h - low) * ((sorted[high] as number) - (sorted[low] as number));
}

const sampleArbitrary = fc.array(fc.oneof(fc.double({min: -1e6, max: 1e6, noNaN: true}), fc.integer({min: -3, max: 3})), {minLength: 1, maxLength: 3000});

describe("quantilesR7", () => {
  it("interpolates between order statistics like R's and numpy's default", () => {
    expect(quantilesR7(new Float64Array([1, 2, 3, 4]), [0, 0.5, 0.9, 1])).toEqual([1, 2.5, 3.7, 4]);
    expect(quantilesR7(new Float64Array([10, 0, 5]), [0.25])).toEqual([2.5]);
  });
  it("returns the single value of a one-element sample", () => expect(quantilesR7(new Float64Array([7]), [0.1, 0.9])).toEqual([7, 7]));
  it("handles a constant sample", () => expect(quantilesR7(new Float64Array(1000).fill(-3), [0.05, 0.5])).toEqual([-3, -3]));
  it("does not modify the sample", () => {
    const values = new Float64Array([5, 1, 4, 2, 3]);
    quantilesR7(values, [0.5]);
    expect([...values]).toEqual([5, 1, 4, 2, 3]);
  });
  it("agrees with the sort-based definition on any sample, duplicates and extremes included", () => {
    fc.assert(
      fc.property(sampleArbitrary, fc.array(fc.double({min: 0, max: 1, noNaN: true}), {minLength: 1, maxLength: 6}), (values, ps) => {
        const got = quantilesR7(Float64Array.from(values), ps);
        // == so that 0 and −0 count as the same value
        ps.forEach((p, i) => expect(got[i] === referenceQuantile(values, p)).toBe(true));
      }),
      {numRuns: 300}
    );
  });
  it("agrees with the definition on a large skewed sample (bucketing path)", () => {
    const values = Float64Array.from({length: 50_000}, (_, i) => Math.exp(((i * 7919) % 50_000) / 5000) - 100);
    for (const p of [0.05, 0.1, 0.5, 0.9, 0.95]) expect(quantilesR7(values, [p])[0]).toBe(referenceQuantile([...values], p));
  });
  it("throws for an empty sample or p outside [0, 1]", () => {
    expect(() => quantilesR7(new Float64Array(0), [0.5])).toThrow(/at least one value/);
    expect(() => quantilesR7(new Float64Array([1]), [1.5])).toThrow(/p must be in/);
  });
});

describe("selectOrderStatistics", () => {
  it("puts the k-th smallest value at index k, smaller ones before and larger ones after", () => {
    fc.assert(
      fc.property(sampleArbitrary, fc.array(fc.nat(), {minLength: 1, maxLength: 5}), (values, picks) => {
        const array = Float64Array.from(values);
        const ranks = picks.map((r) => r % values.length);
        selectOrderStatistics(array, ranks);
        const sorted = Float64Array.from(values).sort();
        for (const k of ranks) {
          expect(array[k] === sorted[k]).toBe(true);
          for (let i = 0; i < k; i++) expect(array[i]).toBeLessThanOrEqual(array[k] as number);
          for (let i = k + 1; i < array.length; i++) expect(array[i]).toBeGreaterThanOrEqual(array[k] as number);
        }
      }),
      {numRuns: 200}
    );
  });
  it("throws for a rank outside the array", () => expect(() => selectOrderStatistics(new Float64Array(3), [3])).toThrow(/outside/));
});

describe("summarizeSample", () => {
  it("uses the n − 1 standard deviation", () => expect(summarizeSample(new Float64Array([1, 2, 3, 4])).sd).toBeCloseTo(Math.sqrt(5 / 3), 15));
  it("gives sd 0 for a single value", () => expect(summarizeSample(new Float64Array([3])).sd).toBe(0));
  it("reports R-7 percentiles", () => {
    const s = summarizeSample(Float64Array.from({length: 101}, (_, i) => i));
    expect([s.mean, s.p5, s.p10, s.p50, s.p90, s.p95]).toEqual([50, 5, 10, 50, 90, 95]);
  });
});
