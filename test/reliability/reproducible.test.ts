/**
 * Reproducible outputs: the same inputs and seed give byte-identical outputs, run as separate processes as a user
 * would run them: `mcw model` (JSON and CSV), `mcw db` (compared table by table, since a DuckDB file embeds
 * metadata of its own), and two Framework data loaders (a seeded Monte Carlo one and an Arrow one).
 */
import {spawnSync} from "node:child_process";
import {createHash} from "node:crypto";
import {mkdtempSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, describe, expect, it} from "vitest";
import {queryRows, sqlIdentifier, withDuckDB} from "../../loaders/duckdb.js";
import {projectRoot} from "../../loaders/paths.js";

const work = mkdtempSync(join(tmpdir(), "mcw-reproducible-"));
afterAll(() => rmSync(work, {recursive: true, force: true}));

/** Runs a TypeScript entry point (tsx) from the project root; returns its stdout bytes, failing on a non-zero exit. */
function run(args: readonly string[]): Buffer {
  const {MCW_DATA_DIR: _ignored, ...env} = process.env; // the shipped data
  const result = spawnSync(process.execPath, ["--import", "tsx", ...args], {cwd: projectRoot, env, maxBuffer: 256 * 1024 * 1024, timeout: 10 * 60_000});
  expect(result.status, result.stderr.toString()).toBe(0);
  return result.stdout;
}

const sha256 = (bytes: Buffer | string) => createHash("sha256").update(bytes).digest("hex");

describe("mcw model: same scenario and seed, same bytes", () => {
  const args = ["bin/mcw.js", "model", "scenarios/own-platform-paid.json", "--draws", "20000", "--bands"];

  it("prints byte-identical JSON in two processes, and other bytes for another seed", () => {
    const first = run([...args, "--seed", "7"]);
    const second = run([...args, "--seed", "7"]);
    expect(first.length).toBeGreaterThan(1000);
    expect(second.equals(first)).toBe(true);
    expect(run([...args, "--seed", "8"]).equals(first)).toBe(false);
  }, 120_000);

  it("prints byte-identical CSV in two processes", () => {
    const first = run([...args, "--seed", "7", "--format", "csv"]);
    expect(run([...args, "--seed", "7", "--format", "csv"]).equals(first)).toBe(true);
  }, 120_000);
});

/** Every table and view of a DuckDB file with a hash of its rows in a canonical order. */
async function tableContents(path: string): Promise<Record<string, {rows: number; sha256: string}>> {
  return withDuckDB(
    async (db) => {
      const relations = await queryRows(
        db,
        `select table_name as name from duckdb_tables() where not internal and schema_name = 'main'
         union all select view_name from duckdb_views() where not internal and schema_name = 'main' order by name`
      );
      const out: Record<string, {rows: number; sha256: string}> = {};
      for (const {name} of relations) {
        // getRowsJson: every DuckDB type (lists included) as JSON, with the column names and types in front
        const reader = await db.runAndReadAll(`select * from ${sqlIdentifier(String(name))} order by all`);
        const rows = reader.getRowsJson();
        out[String(name)] = {rows: rows.length, sha256: sha256(JSON.stringify([reader.columnNamesAndTypesJson(), rows]))};
      }
      return out;
    },
    path,
    {readOnly: true}
  );
}

describe("mcw db: the same data gives the same tables", () => {
  it("writes two databases whose every table and view holds the same rows", async () => {
    const a = join(work, "a.duckdb");
    const b = join(work, "b.duckdb");
    run(["bin/mcw.js", "db", "--out", a]);
    run(["bin/mcw.js", "db", "--out", b]);
    const [first, second] = [await tableContents(a), await tableContents(b)];
    expect(Object.keys(first).length).toBeGreaterThan(20);
    expect(first.candidate_market?.rows).toBeGreaterThan(0);
    expect(second).toEqual(first);
  }, 15 * 60_000);
});

describe("data loaders: the same warehouse gives the same bytes", () => {
  it.each(["src/data/candidate-verdicts.json.ts", "src/data/occupation-openings.arrow.ts"])("%s writes byte-identical output twice", (loader) => {
    const first = run([loader]);
    const second = run([loader]);
    expect(first.length).toBeGreaterThan(1000);
    expect(sha256(second)).toBe(sha256(first));
  }, 15 * 60_000);
});
