/** Shared helpers of the labour-market data tests (not a test file itself). */
import {cpSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {dirname, join, resolve} from "node:path";
import type {DuckDBConnection} from "@duckdb/node-api";
import {queryRows, withDuckDB, type SqlRow} from "../../loaders/duckdb.js";
import {labourMarket} from "../../loaders/modules/labourMarket.js";
import {projectRoot} from "../../loaders/paths.js";
import {checkMart} from "../../loaders/warehouse.js";

export const FIXTURES = resolve(projectRoot, "test", "fixtures", "data");
export const SHIPPED = resolve(projectRoot, "data");

/** Runs fn with MCW_DATA_DIR pointing at dir, restoring the previous value afterwards. */
export async function withDataDir<T>(dir: string, fn: () => Promise<T>): Promise<T> {
  const previous = process.env.MCW_DATA_DIR;
  process.env.MCW_DATA_DIR = dir;
  try {
    return await fn();
  } finally {
    if (previous === undefined) delete process.env.MCW_DATA_DIR;
    else process.env.MCW_DATA_DIR = previous;
  }
}

/**
 * Builds the labour-market module over a data directory in an in-memory DuckDB, checks every mart's contract
 * and grain, and returns the rows of each query by name.
 */
export async function buildLabourMarket(dir: string, queries: Record<string, string>): Promise<Record<string, SqlRow[]>> {
  return withDataDir(dir, () =>
    withDuckDB(async (db: DuckDBConnection) => {
      await labourMarket.build(db);
      for (const mart of labourMarket.marts) await checkMart(db, mart);
      const out: Record<string, SqlRow[]> = {};
      for (const [name, sql] of Object.entries(queries)) out[name] = await queryRows(db, sql);
      return out;
    })
  );
}

/**
 * A temporary data directory whose entries link to `source` (fixtures or shipped data), except `user/`, which is
 * a fresh folder: user files can be added without touching the source tree.
 */
export function dataDirWithUserFiles(source: string): {dir: string; user: string} {
  const dir = mkdtempSync(join(tmpdir(), "mcw-labour-"));
  for (const entry of readdirSync(source)) if (entry !== "user") symlinkSync(join(source, entry), join(dir, entry));
  const user = join(dir, "user");
  mkdirSync(join(user, "shortage"), {recursive: true});
  return {dir, user};
}

/**
 * A temporary data directory with a real copy of one shipped file (by its path under data/), the rest linked:
 * tests damage the copy, never data/raw.
 * @returns the directory and the path of the copy
 */
export function dataDirWithCopyOf(relativePath: string): {dir: string; copy: string} {
  const dir = mkdtempSync(join(tmpdir(), "mcw-damaged-"));
  const copy = join(dir, relativePath);
  mkdirSync(dirname(copy), {recursive: true});
  cpSync(join(SHIPPED, relativePath), copy);
  return {dir, copy};
}

export function writeText(path: string, text: string | Buffer): void {
  mkdirSync(dirname(path), {recursive: true});
  writeFileSync(path, text);
}

/** Rows keyed by the given columns joined with " | ". */
export function byKey(rows: readonly SqlRow[], ...columns: string[]): Map<string, SqlRow> {
  return new Map(rows.map((row) => [columns.map((c) => String(row[c])).join(" | "), row]));
}
