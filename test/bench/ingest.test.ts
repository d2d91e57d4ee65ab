import {describe, expect, it} from "vitest";
import {benchmarkIngestSource, shippedSources} from "../../bench/ingest.js";
import {joltsSources} from "../../loaders/sources/jolts.js";

describe("shippedSources()", () => {
  const sources = shippedSources();
  it("lists every shipped CSV contract once, largest file first", () => {
    expect(new Set(sources.map((s) => s.spec.table)).size).toBe(sources.length);
    expect(sources.map((s) => s.bytes)).toEqual([...sources.map((s) => s.bytes)].sort((a, b) => b - a));
  });
  it("starts with the O*NET education file, the largest", () => expect(sources[0]?.spec.table).toBe("src_onet_education"));
});

describe("benchmarkIngestSource(spec)", () => {
  it("loads the same rows both ways and relates their times", async () => {
    const states = joltsSources.find((s) => s.table === "src_jolts_openings_by_state");
    if (states === undefined) throw new Error("the JOLTS state extract is missing");
    const result = await benchmarkIngestSource(states, {warmup: 0, repeats: 2});
    expect(result).toMatchObject({table: "src_jolts_openings_by_state", file: "data/raw/job_vacancies/jolts_2025-05_job_openings_rate_trail3_by_state.csv", rows: 51, columns: 13});
    expect(result.columnsRead).toBeLessThan(result.columns); // the contract does not read viz_type_text
    expect(result.loadCsv.runs).toBe(2);
    expect(result.ratio).toBeCloseTo(result.native.medianMs / result.loadCsv.medianMs, 10);
    expect(result.loadCsvRowsPerSecond).toBeCloseTo(51 / (result.loadCsv.medianMs / 1000), 6);
  });
});
