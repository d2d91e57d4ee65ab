import {describe, expect, it} from "vitest";
import {benchmarkPostings, runPostingsChild} from "../../bench/postings.js";

describe("the postings benchmark in child processes", () => {
  it("runs each size in its own process and reports its time, peak memory and scaling", () => {
    const result = benchmarkPostings({sizes: [{rows: 20_000}, {rows: 2_000, lake: true}]});
    expect(result.runs.map((r) => r.rows)).toEqual([2_000, 20_000]); // smallest first
    const [small, large] = result.runs;
    expect(small).toMatchObject({seed: 42, threads: 2, memoryLimit: "3GB", stagedRows: 2_000, occupations: 822, regions: 51, lakeDifferences: 0});
    expect(large).toMatchObject({stagedRows: 20_000, lakeDifferences: null, lakeMs: null, martPartitions: 24});
    for (const run of result.runs) {
      expect(run.maxRssBytes).toBeGreaterThan(50e6); // Node and DuckDB at least
      expect(run.totalMs).toBeGreaterThan(run.generateMs + run.martMs);
    }
    expect(result.scaling).toMatchObject({fromRows: 2_000, toRows: 20_000, rowsRatio: 10});
  }, 120_000);

  it("passes the child's error on, with its message", () => {
    expect(() => runPostingsChild({rows: 2 ** 37})).toThrow(/postings benchmark at 137438953472 rows failed \(exit 1\): postings: --rows 137438953472: expected at most 2\^36 rows/);
  }, 60_000);
});
