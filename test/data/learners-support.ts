/** Shared helpers of the learners-and-enrolment data tests (not a test file itself). */
import {existsSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync} from "node:fs";
import {tmpdir} from "node:os";
import {join, resolve} from "node:path";
import type {DuckDBConnection} from "@duckdb/node-api";
import {queryRows, withDuckDB, type SqlRow} from "../../loaders/duckdb.js";
import {projectRoot} from "../../loaders/paths.js";

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

/** Opens an in-memory database over dir, runs build, and returns the rows of each query (by name). */
export async function buildAndQuery(
  dir: string,
  build: (db: DuckDBConnection) => Promise<void>,
  queries: Record<string, string>
): Promise<Record<string, SqlRow[]>> {
  return withDataDir(dir, () =>
    withDuckDB(async (db) => {
      await build(db);
      const out: Record<string, SqlRow[]> = {};
      for (const [name, sql] of Object.entries(queries)) out[name] = await queryRows(db, sql);
      return out;
    })
  );
}

/**
 * A temporary data directory that mirrors the shipped one (every top-level entry symlinked, except `user/`),
 * so a test can add user files without touching data/.
 */
export function shippedDataDirWithUserFiles(): {dir: string; user: string} {
  const dir = mkdtempSync(join(tmpdir(), "mcw-byod-"));
  for (const entry of readdirSync(SHIPPED)) {
    if (entry === "user") continue;
    symlinkSync(join(SHIPPED, entry), join(dir, entry));
  }
  const user = join(dir, "user");
  if (!existsSync(user)) mkdirSync(user);
  mkdirSync(join(user, "survey"), {recursive: true});
  return {dir, user};
}

/** Rows of a query keyed by the given columns joined with " | ". */
export function byKey(rows: readonly SqlRow[], ...columns: string[]): Map<string, SqlRow> {
  return new Map(rows.map((row) => [columns.map((c) => String(row[c])).join(" | "), row]));
}
