import {describe, expect, it} from "vitest";
import type {PostingsRunResult} from "../../bench/postingsPipeline.js";
import {postingsScaling} from "../../bench/postings.js";
import {MARKER_END, MARKER_START, goalVerdicts, renderResults, replaceBetweenMarkers, shortPath, type BenchResults} from "../../bench/report.js";

const timing = (medianMs: number) => ({medianMs, minMs: medianMs * 0.9, maxMs: medianMs * 1.2, runs: 5});

function run(rows: number, scalingSeconds: number, overrides: Partial<PostingsRunResult> = {}): PostingsRunResult {
  return {
    rows, seed: 42, threads: 2, memoryLimit: "3GB", startupMs: 500, inputsMs: 1000,
    generateMs: scalingSeconds * 500, martMs: scalingSeconds * 400, writeMartMs: scalingSeconds * 100,
    generateCpuMs: scalingSeconds * 800, martCpuMs: scalingSeconds * 600, writeMartCpuMs: scalingSeconds * 200,
    checkMs: 10, lakeMs: null, totalMs: 1500 + scalingSeconds * 1000 + 10, cpuMs: rows * 0.003, maxRssBytes: 1.5e9,
    parquetBytes: 9e6, stagedRows: rows, martRows: 316_000, martPartitions: 24, martParquetBytes: 2e6,
    lakeDifferences: null, occupations: 822, regions: 51, ...overrides
  };
}

/** A run that meets some goals and misses others, with round figures. */
function results(): BenchResults {
  const runs = [run(1_000_000, 2, {lakeDifferences: 0, lakeMs: 3000}), run(10_000_000, 21)];
  return {
    startedAt: "2026-11-29T01:00:00.000Z",
    durationMs: 150_000,
    lockWaitMs: 0,
    quick: false,
    machine: {cores: 2, cpuModel: "Test CPU", memoryBytes: 24e9, node: "v20.20.2", duckdb: "v1.5.6", os: "linux 6", loadAverage: [3.5, 3, 2]},
    monteCarlo: {
      preset: {medianMs: 80},
      sizes: {
        scenario: "scenarios/own-platform-paid.json", horizonYears: 5, uncertainInputs: 10,
        sizes: [{draws: 100_000, model: timing(40), floor: timing(5), ratioToFloor: 8, drawsPerSecond: 2_500_000}]
      }
    },
    ingest: [
      {table: "src_a", file: "a.csv", bytes: 3e6, rows: 35_000, columns: 13, columnsRead: 8, loadCsv: timing(400), native: timing(200), loadCsvRowsPerSecond: 87_500, nativeRowsPerSecond: 175_000, ratio: 0.5},
      {table: "src_b", file: "b.csv", bytes: 1e6, rows: 16_000, columns: 36, columnsRead: 14, loadCsv: timing(100), native: timing(90), loadCsvRowsPerSecond: 160_000, nativeRowsPerSecond: 177_000, ratio: 0.9}
    ],
    postings: {runs, scaling: postingsScaling(runs)},
    build: {ok: true, cleanMs: 400, buildMs: 45_600, totalMs: 46_000, error: null, distBytes: 9e6, distFiles: 120, pages: []},
    pages: [
      {page: "/", bytes: 700_000, gzipBytes: 270_000, requests: 40, largest: [{path: "/_node/@observablehq/plot@0.6.17/index.f66f3cd7.js", bytes: 204_000, gzipBytes: 60_000}], wasm: []},
      {page: "/scenarios", bytes: 1_480_000, gzipBytes: 450_000, requests: 90, largest: [{path: "/_node/zod@4.6.7/index.5d7d6c8c.js", bytes: 456_000, gzipBytes: 90_000}], wasm: []}
    ],
    pagesFrom: "clean build"
  };
}

describe("goalVerdicts(results)", () => {
  const verdicts = goalVerdicts(results());
  const verdict = (start: string) => verdicts.find((v) => v.goal.startsWith(start));
  it("meets the Monte Carlo goal at a 40 ms median", () => expect(verdict("Monte Carlo")).toMatchObject({measured: "40.0 ms (36.0–48.0) (8.00 × the floor)", met: true}));
  it("judges ingest by the worst source", () => expect(verdict("Ingest")).toMatchObject({measured: "0.50 (src_a)", met: false}));
  it("meets the 10M-row goal at 22.5 s and 1.5 GB, and says what the CPU time alone implies", () =>
    expect(verdict("Postings: 10M")).toMatchObject({measured: "22.5 s, peak 1.50 GB (CPU 30.0 s: ≥ 15.0 s on 2 idle cores)", met: true}));
  it("calls × 10.5 CPU time for × 10 rows linear", () =>
    expect(verdict("Postings: cost")).toMatchObject({measured: "× 10.5 CPU time (× 10.5 wall) for × 10.0 rows", met: true}));
  it("calls × 21 CPU time for × 10 rows not linear, whatever the wall time", () => {
    const runs = [run(1_000_000, 2), run(10_000_000, 21, {generateCpuMs: 21 * 800 * 3})];
    const superlinear = {...results(), postings: {runs, scaling: postingsScaling(runs)}};
    expect(goalVerdicts(superlinear).find((v) => v.goal.startsWith("Postings: cost"))?.met).toBe(false);
  });
  it("counts the pages over 1 MB uncompressed, and none gzipped", () => {
    expect(verdict("Pages: bytes")).toMatchObject({measured: "1 of 2 pages over; heaviest 1.48 MB", met: false});
    expect(verdict("Pages: the same")).toMatchObject({measured: "0 of 2 pages over; heaviest 450 kB", met: true});
    expect(verdict("Pages that load")).toMatchObject({measured: "0", met: true});
  });
  it("reports the clean build without a goal", () => expect(verdict("Full clean build")).toMatchObject({measured: "46.0 s", met: null}));
  it("says what was not run in a quick run", () => {
    const quick = {...results(), quick: true, build: null, pages: [], pagesFrom: "not measured" as const, postings: {runs: [run(100_000, 0.3)], scaling: null}};
    const q = goalVerdicts(quick);
    expect(q.find((v) => v.goal.startsWith("Postings: 10M"))).toMatchObject({measured: "not run (quick)", met: null});
    expect(q.find((v) => v.goal.startsWith("Postings: cost"))).toMatchObject({measured: "one size only", met: null});
    expect(q.find((v) => v.goal.startsWith("Full clean build"))).toMatchObject({measured: "skipped (quick)", met: null});
  });
});

describe("postingsScaling(runs)", () => {
  it("compares the per-row cost of the smallest and the largest run", () => {
    const scaling = postingsScaling([run(10_000_000, 21), run(1_000_000, 2)]);
    expect(scaling).toEqual({fromRows: 1_000_000, toRows: 10_000_000, timeRatio: 10.5, cpuRatio: 10.5, rowsRatio: 10, secondsPerMillionFrom: 2, secondsPerMillionTo: 2.1});
  });
  it("needs two sizes", () => expect(postingsScaling([run(1_000_000, 2)])).toBeNull());
});

describe("renderResults(results)", () => {
  const markdown = renderResults(results());
  it("describes the machine and warns that the load was above the core count", () => {
    expect(markdown).toContain("Machine: 2 cores (Test CPU), 24.00 GB memory, linux 6, Node v20.20.2, DuckDB v1.5.6.");
    expect(markdown).toContain("above 2: other work competed for the CPU");
  });
  it("says how long the run waited for the site lock, when it did", () => {
    expect(markdown).toContain("150 s in all. Machine");
    expect(renderResults({...results(), lockWaitMs: 42_000})).toContain("150 s in all (42 s of it waiting for another build or browser test). Machine");
  });
  it("marks a missed goal in bold", () => expect(markdown).toMatch(/\| Ingest: .* \| 0\.50 \(src_a\) \| ≥ 0\.8 \| \*\*no\*\* \|/));
  it("has a row per Monte Carlo size, ingest source, postings size and page", () => {
    expect(markdown).toContain("| 100,000 | 40.0 ms (36.0–48.0) | 5.00 ms (4.50–6.00) | 8.00 | 2,500,000 |");
    expect(markdown).toContain("| src_a (3.00 MB) | 35,000 | 8 of 13 |");
    expect(markdown).toMatch(/\| 10,000,000 \| 22\.5 s \| 1\.5 s \| 10\.5 s \| 8\.4 s \| 2\.1 s \| 1\.50 GB \|/);
    expect(markdown).toContain("identical (3.0 s)");
    expect(markdown).toContain("| `/scenarios` | **1.48 MB** | 450 kB | 90 | zod@4.6.7 456 kB |");
  });
});

describe("shortPath(path)", () => {
  it("names a bundled package by name and version", () => expect(shortPath("/_node/@observablehq/plot@0.6.17/index.f66f3cd7.js")).toBe("@observablehq/plot@0.6.17"));
  it("keeps a data file's name without its content hash", () => expect(shortPath("/_file/data/occupation-demand.d90da819.arrow")).toBe("occupation-demand.arrow"));
});

describe("replaceBetweenMarkers(document, content)", () => {
  it("replaces only what lies between the markers", () => {
    const document = `# Benchmarks\n\nintro\n\n${MARKER_START}\nold table\n${MARKER_END}\n\n## Notes\nkept\n`;
    expect(replaceBetweenMarkers(document, "new table")).toBe(`# Benchmarks\n\nintro\n\n${MARKER_START}\nnew table\n${MARKER_END}\n\n## Notes\nkept\n`);
  });
  it("appends a marked section to a document without markers", () => expect(replaceBetweenMarkers("# B\n", "t")).toBe(`# B\n\n${MARKER_START}\nt\n${MARKER_END}\n`));
  it("refuses a lone marker or markers in the wrong order", () => {
    expect(() => replaceBetweenMarkers(`a ${MARKER_START} b`, "t")).toThrow(/no end/);
    expect(() => replaceBetweenMarkers(`${MARKER_END} ${MARKER_START}`, "t")).toThrow(/the end first/);
  });
});
