import {describe, expect, it} from "vitest";
import {formatBytes, formatNumber, formatTiming, median, summarizeTimings, timeRuns} from "../../bench/stats.js";

describe("median(values)", () => {
  it("takes the middle of an odd sample", () => expect(median([5, 1, 3])).toBe(3));
  it("averages the two middle values of an even sample", () => expect(median([3, 1, 2, 10])).toBe(2.5));
  it("does not reorder its input", () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
  it("throws on an empty sample or a non-finite value", () => {
    expect(() => median([])).toThrow(/at least one value/);
    expect(() => median([1, Number.NaN])).toThrow(/finite/);
  });
});

describe("summarizeTimings(samples)", () => {
  it("gives median, min, max and the number of runs", () => expect(summarizeTimings([12, 10, 11])).toEqual({medianMs: 11, minMs: 10, maxMs: 12, runs: 3}));
  it("refuses a negative time", () => expect(() => summarizeTimings([1, -1])).toThrow(/cannot be negative/));
});

describe("timeRuns(fn, options)", () => {
  it("calls fn for the warm-up and the timed runs, timing only the latter", async () => {
    const calls: number[] = [];
    const sunk: number[] = [];
    const timing = await timeRuns((run) => (calls.push(run), run), {warmup: 2, repeats: 3, sink: (v) => sunk.push(v)});
    expect(calls).toEqual([-1, -2, 0, 1, 2]);
    expect(sunk).toEqual([-1, -2, 0, 1, 2]);
    expect(timing.runs).toBe(3);
    expect(timing.minMs).toBeLessThanOrEqual(timing.medianMs);
    expect(timing.medianMs).toBeLessThanOrEqual(timing.maxMs);
  });
  it("awaits an async function inside the timed interval", async () => {
    const timing = await timeRuns(() => new Promise((resolve) => setTimeout(resolve, 20)), {warmup: 0, repeats: 2});
    expect(timing.minMs).toBeGreaterThanOrEqual(15);
  });
  it("throws on fewer than one repeat or a negative warm-up", async () => {
    await expect(timeRuns(() => 0, {repeats: 0})).rejects.toThrow(/repeats must be/);
    await expect(timeRuns(() => 0, {warmup: -1})).rejects.toThrow(/warmup must be/);
  });
});

describe("formatting", () => {
  it("writes a single run without a range, several with one", () => {
    expect(formatTiming({medianMs: 41.234, minMs: 40, maxMs: 52.5, runs: 5})).toBe("41.2 ms (40.0–52.5)");
    expect(formatTiming({medianMs: 21_500, minMs: 21_500, maxMs: 21_500, runs: 1}, "s")).toBe("21.5 s");
  });
  it("rounds numbers to a readable precision", () => {
    expect(formatNumber(1_203_366.48)).toBe("1,203,366");
    expect(formatNumber(13.36)).toBe("13.4");
    expect(formatNumber(2.456)).toBe("2.46");
    expect(formatNumber(0.0123)).toBe("0.012");
    expect(formatNumber(0)).toBe("0");
  });
  it("writes bytes in decimal units, as browsers count them", () => {
    expect(formatBytes(999)).toBe("999 B");
    expect(formatBytes(456_460)).toBe("456 kB");
    expect(formatBytes(1_476_160)).toBe("1.48 MB");
    expect(formatBytes(4e9)).toBe("4.00 GB");
  });
});
