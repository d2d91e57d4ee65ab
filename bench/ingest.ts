/**
 * Ingest throughput: `loadCsv` (loaders/readCsv.ts: file and header check, every row through its zod contract,
 * typed table) against DuckDB's own `read_csv` of the same file and columns into a typed table, on the largest
 * shipped sources. The ratio native ÷ loadCsv (of median times) is the share of DuckDB's own speed the
 * validated loader keeps; the goal is ≥ 0.8.
 */
import {existsSync, statSync} from "node:fs";
import type {DuckDBConnection} from "@duckdb/node-api";
import {queryRows, sqlIdentifier, sqlString, withDuckDB} from "../loaders/duckdb.js";
import {WAREHOUSE_MODULES} from "../loaders/modules/index.js";
import {dataPath} from "../loaders/paths.js";
import {columnsToRead, displayPath, loadCsv, type AnyCsvSpec} from "../loaders/readCsv.js";
import {summarizeTimings, timeRuns, type Timing} from "./stats.js";

/** Issue 9: the validated loader keeps at least 80 % of DuckDB's native read throughput. */
export const INGEST_GOAL = {minRatio: 0.8} as const;

export interface IngestResult {
  readonly table: string;
  readonly file: string;
  readonly bytes: number;
  readonly rows: number;
  /** Header columns in the file, and how many of them the contract reads. */
  readonly columns: number;
  readonly columnsRead: number;
  readonly loadCsv: Timing;
  readonly native: Timing;
  readonly loadCsvRowsPerSecond: number;
  readonly nativeRowsPerSecond: number;
  /** native median ÷ loadCsv median: 1 = as fast as DuckDB alone. */
  readonly ratio: number;
}

/** Every shipped CSV contract whose file exists, largest file first. */
export function shippedSources(): {spec: AnyCsvSpec; bytes: number}[] {
  const seen = new Set<string>();
  const sources: {spec: AnyCsvSpec; bytes: number}[] = [];
  for (const module of WAREHOUSE_MODULES) {
    for (const spec of module.sources ?? []) {
      const path = dataPath(spec.file);
      if (seen.has(spec.table) || !existsSync(path)) continue;
      seen.add(spec.table);
      sources.push({spec, bytes: statSync(path).size});
    }
  }
  return sources.sort((a, b) => b.bytes - a.bytes);
}

/** The read_csv options loadCsv uses, so the native read parses the file the same way. */
function readOptions(spec: AnyCsvSpec): string {
  return `header = true, delim = ${sqlString(spec.delimiter ?? ",")}, quote = '"', escape = '"', strict_mode = false, null_padding = false`;
}

/**
 * DuckDB's own column types for the file (its sniffer over every row), taken before timing: the native read then
 * parses with fixed types as loadCsv does, and converts the same columns to numbers, dates and booleans.
 * A file the sniffer cannot type is read as text.
 */
async function nativeColumnTypes(db: DuckDBConnection, spec: AnyCsvSpec, path: string): Promise<Record<string, string>> {
  try {
    const rows = await queryRows(db, `describe select * from read_csv(${sqlString(path)}, ${readOptions(spec)}, sample_size = -1)`);
    return Object.fromEntries(rows.map((row) => [String(row.column_name), String(row.column_type)]));
  } catch {
    return Object.fromEntries(spec.header.map((name) => [name, "VARCHAR"]));
  }
}

/**
 * Times loadCsv and the native read of one source, alternating run by run.
 *
 * @throws {DataError} if the shipped file breaks its contract
 */
export async function benchmarkIngestSource(spec: AnyCsvSpec, {warmup = 1, repeats = 5} = {}): Promise<IngestResult> {
  const path = dataPath(spec.file);
  return withDuckDB(async (db) => {
    const types = await nativeColumnTypes(db, spec, path);
    const wanted = columnsToRead(spec);
    const read = spec.header.filter((name) => wanted === undefined || wanted.has(name));
    const columns = spec.header.map((name) => `${sqlString(name)}: ${sqlString(types[name] ?? "VARCHAR")}`).join(", ");
    const nativeSql = `create or replace table bench_native as select ${read.map(sqlIdentifier).join(", ")}
      from read_csv(${sqlString(path)}, ${readOptions(spec)}, auto_detect = false, columns = {${columns}})`;
    let rows = 0;
    let nativeRows = 0;
    const loadSamples: number[] = [];
    const nativeSamples: number[] = [];
    await timeRuns(
      async (run) => {
        let started = performance.now();
        rows = await loadCsv(db, spec, path);
        const loadMs = performance.now() - started;
        started = performance.now();
        await db.run(nativeSql);
        const [count] = await queryRows(db, "select count(*) as n from bench_native");
        nativeRows = Number(count?.n);
        const nativeMs = performance.now() - started;
        if (run >= 0) {
          loadSamples.push(loadMs);
          nativeSamples.push(nativeMs);
        }
      },
      {warmup, repeats}
    );
    const loadCsvTiming = summarizeTimings(loadSamples);
    const native = summarizeTimings(nativeSamples);
    if (spec.skip === undefined && nativeRows !== rows) {
      throw new Error(`benchmarkIngestSource: ${spec.table} loaded ${rows} rows but read_csv counts ${nativeRows}`);
    }
    return {
      table: spec.table,
      file: displayPath(path),
      bytes: statSync(path).size,
      rows,
      columns: spec.header.length,
      columnsRead: read.length,
      loadCsv: loadCsvTiming,
      native,
      loadCsvRowsPerSecond: rows / (loadCsvTiming.medianMs / 1000),
      nativeRowsPerSecond: nativeRows / (native.medianMs / 1000),
      ratio: native.medianMs / loadCsvTiming.medianMs
    };
  });
}

/** The `count` largest shipped sources, each timed. */
export async function benchmarkIngest({count = 4, warmup = 1, repeats = 5} = {}): Promise<IngestResult[]> {
  const results: IngestResult[] = [];
  for (const {spec} of shippedSources().slice(0, count)) results.push(await benchmarkIngestSource(spec, {warmup, repeats}));
  return results;
}
