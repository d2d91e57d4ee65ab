import {mkdtempSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {z} from "zod";
import {queryRows, sqlString, withDuckDB, type SqlRow} from "../../loaders/duckdb.js";
import {dataPath} from "../../loaders/paths.js";
import {cell, loadCsv, type AnyCsvSpec, type CsvSpec} from "../../loaders/readCsv.js";
import {ipedsCompletions2016} from "../../loaders/sources/ipeds.js";
import {joltsSources} from "../../loaders/sources/jolts.js";
import {onetEducation} from "../../loaders/sources/onet.js";

/**
 * loadCsv validates a z.object contract column by column (each field once per distinct cell value, then the
 * object's refinements and transform per row). These tests hold it to the plain reading: every row parsed whole
 * by its contract gives the same table, and a bad row the same messages.
 */

/** The table the contract gives when every row is parsed whole, in file order (the reference). */
async function rowByRow(spec: AnyCsvSpec, path: string): Promise<SqlRow[]> {
  return withDuckDB(async (db) => {
    const columns = spec.header.map((name) => `${sqlString(name)}: 'VARCHAR'`).join(", ");
    const raw = await queryRows(
      db,
      `select * from read_csv(${sqlString(path)}, header = true, auto_detect = false, delim = ${sqlString(spec.delimiter ?? ",")}, quote = '"', escape = '"', columns = {${columns}}, strict_mode = false)`
    );
    return raw.map((row) => {
      const parsed = spec.row.parse(row) as Record<string, unknown>;
      // As the table gives it back: numbers stay numbers, dates as ISO text.
      return Object.fromEntries(Object.keys(spec.types).map((key) => [key, (parsed[key] ?? null) as SqlRow[string]]));
    });
  });
}

async function loaded(spec: AnyCsvSpec, path: string): Promise<SqlRow[]> {
  return withDuckDB(async (db) => {
    await loadCsv(db, spec, path);
    return queryRows(db, `select * from ${spec.table} order by rowid`);
  });
}

const states = joltsSources.find((s) => s.table === "src_jolts_openings_by_state") as AnyCsvSpec;

describe("loadCsv on shipped files gives the table of the row-by-row reading", () => {
  it.each([
    ["O*NET education (object checks across fields, 35,723 rows)", onetEducation as AnyCsvSpec],
    ["IPEDS completions (piped numbers, 16,658 rows)", ipedsCompletions2016 as AnyCsvSpec],
    ["JOLTS by state (dates, booleans, a refinement)", states]
  ])("%s", async (_, spec) => {
    const path = dataPath(spec.file);
    expect(await loaded(spec, path)).toEqual(await rowByRow(spec, path));
  }, 120_000);
});

const dir = mkdtempSync(join(tmpdir(), "mcw-columnwise-"));
function csv(name: string, lines: string[]): string {
  const path = join(dir, name);
  writeFileSync(path, `${lines.join("\n")}\n`);
  return path;
}

/** A contract with a field check, a cross-field refinement and a transform. */
const ranges = {
  table: "src_ranges",
  file: "ranges.csv",
  header: ["code", "low", "high"],
  key: ["code"],
  row: z
    .object({code: z.string().regex(/^[A-Z]{2}$/, "a two-letter code"), low: cell.number("a low bound"), high: cell.number("a high bound")})
    .superRefine((raw, ctx) => {
      if (raw.low > raw.high) ctx.addIssue({code: "custom", path: ["high"], message: "a high bound ≥ the low bound"});
    })
    .transform((raw) => ({code: raw.code, low: raw.low, width: raw.high - raw.low})),
  types: {code: "VARCHAR", low: "DOUBLE", width: "DOUBLE"}
} satisfies CsvSpec<z.ZodType<Record<string, unknown>>>;

describe("loadCsv with repeated cell values and bad rows", () => {
  it("gives each row its own transform even when every cell repeats", async () => {
    const path = csv("repeat.csv", ["code,low,high", "AB,1,3", "CD,1,3", "EF,1,3", "GH,2,3"]);
    expect(await loaded(ranges, path)).toEqual([
      {code: "AB", low: 1, width: 2},
      {code: "CD", low: 1, width: 2},
      {code: "EF", low: 1, width: 2},
      {code: "GH", low: 2, width: 1}
    ]);
  });

  it("reports a bad cell, a failed cross-field check and a duplicate key exactly as the whole-row contract does", async () => {
    const path = csv("bad.csv", ["code,low,high", "AB,1,3", "cd,1,3", "EF,5,3", "AB,1,3", "GH,x,3", "IJ,1,3"]);
    const error = await withDuckDB((db) => loadCsv(db, ranges, path).then(() => undefined, (e: unknown) => e));
    expect(error).toBeInstanceOf(Error);
    expect(String((error as Error).message).split("\n")).toEqual([
      `${path}:3: column "code": found "cd"; expected a two-letter code`,
      `${path}:4: column "high": found "3"; expected a high bound ≥ the low bound`,
      `${path}:5: column "code": found "AB"; expected a unique code (line 2 has the same value)`,
      `${path}:6: column "low": found "x"; expected a low bound`
    ]);
  });

  it("keeps a strict object's refusal of a key column it does not declare", async () => {
    const strict = {...ranges, table: "src_strict", key: ["code", "note"], header: ["code", "low", "high", "note"], row: z.strictObject({code: z.string(), low: z.string(), high: z.string()}), types: {code: "VARCHAR", low: "VARCHAR", high: "VARCHAR"}};
    const path = csv("strict.csv", ["code,low,high,note", "AB,1,3,n"]);
    await expect(withDuckDB((db) => loadCsv(db, strict as unknown as AnyCsvSpec, path))).rejects.toThrow(/:2:.*note/);
  });

  it("does not share a field's object result between rows", async () => {
    const listed = {
      table: "src_listed",
      file: "listed.csv",
      header: ["tags"],
      row: z.object({tags: z.string().transform((s) => s.split(";"))}).transform((raw) => {
        raw.tags.push("seen"); // a transform that mutates what the field gave it
        return {tags: raw.tags.join(";")};
      }),
      types: {tags: "VARCHAR"}
    } satisfies CsvSpec<z.ZodType<Record<string, unknown>>>;
    const path = csv("listed.csv", ["tags", "a;b", "a;b", "a;b"]);
    expect(await loaded(listed, path)).toEqual([{tags: "a;b;seen"}, {tags: "a;b;seen"}, {tags: "a;b;seen"}]);
  });
});
