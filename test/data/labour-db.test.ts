import {existsSync, mkdtempSync, readFileSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {dbCommand} from "../../cli/commands/db.js";
import {queryRows, withDuckDB} from "../../loaders/duckdb.js";
import {FIXTURES, dataDirWithUserFiles, withDataDir, writeText} from "./labour-support.js";

function capture() {
  const output = {out: "", err: ""};
  return {output, io: {out: (text: string) => void (output.out += text), err: (text: string) => void (output.err += text)}};
}

describe("mcw db [--out path]", () => {
  it("writes the warehouse with sources, staging views and marts, and lists them with row counts", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "mcw-db-")), "warehouse.duckdb");
    const {output, io} = capture();
    const status = await withDataDir(FIXTURES, () => dbCommand(["--out", out], io));
    expect(status, output.err).toBe(0);
    expect(output.out).toMatch(/^wrote .*warehouse\.duckdb in [\d.]+ s\n/);
    expect(output.out).toMatch(/ {2}mart {5}candidate_market +3 rows {2}\(one row per candidate credential\)\n/);
    expect(output.out).toMatch(/ {2}staging {2}stg_catalogue +3 rows\n/);
    expect(output.out).toMatch(/ {2}source {3}src_catalogue +3 rows\n/);
    const tables = await withDuckDB((db) => queryRows(db, "select table_name from duckdb_tables() order by 1"), out, {readOnly: true});
    expect(tables.map((t) => t.table_name)).toEqual(expect.arrayContaining(["occupation_demand", "field_demand", "vacancy_pressure", "au_shortage", "candidate_market", "src_bls_projections"]));
    const [row] = await withDuckDB((db) => queryRows(db, "select annual_openings from stg_bls_projections where soc_code = '15-1212'"), out, {readOnly: true});
    expect(row!.annual_openings).toBe(16_000); // staging views work in the written file
  });

  it("leaves an existing database untouched when an input is invalid, and says which", async () => {
    const {dir, user} = dataDirWithUserFiles(FIXTURES);
    writeText(join(user, "catalogue.csv"), "id,title\nbroken,Only two columns\n");
    const out = join(mkdtempSync(join(tmpdir(), "mcw-db-")), "warehouse.duckdb");
    writeFileSync(out, "previous database");
    const {output, io} = capture();
    const status = await withDataDir(dir, () => dbCommand(["-o", out], io));
    expect(status).toBe(1);
    expect(output.err).toMatch(/catalogue\.csv:1: column "provider": expected this column in the header \(it is missing\)/);
    expect(readFileSync(out, "utf8")).toBe("previous database");
    expect(existsSync(`${out}.${process.pid}.tmp`)).toBe(false);
  });

  it("prints its help, and rejects unknown flags and stray arguments", async () => {
    const help = capture();
    expect(await dbCommand(["--help"], help.io)).toBe(0);
    expect(help.output.out).toMatch(/^Usage: mcw db \[--out <path>\]/);
    const bad = capture();
    expect(await dbCommand(["--outt", "x.duckdb"], bad.io)).toBe(1);
    expect(bad.output.err).toMatch(/Unknown option '--outt'/);
    const stray = capture();
    expect(await dbCommand(["x.duckdb"], stray.io)).toBe(1);
    expect(stray.output.err).toMatch(/unexpected argument "x.duckdb": the output path goes after --out/);
  });

  it("accepts process-style streams as well as the CLI's io", async () => {
    const chunks: string[] = [];
    const stream = {write: (text: string) => chunks.push(text)};
    expect(await dbCommand(["-h"], {stdout: stream, stderr: stream})).toBe(0);
    expect(chunks.join("")).toContain("--out <path>");
  });
});
