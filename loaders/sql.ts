import {readFileSync} from "node:fs";
import {resolve} from "node:path";
import type {DuckDBConnection} from "@duckdb/node-api";
import {queryRows, sqlIdentifier, type SqlRow} from "./duckdb.js";
import {projectRoot} from "./paths.js";

/** SQL lives in files (data/sql/staging, data/sql/marts) so a researcher can read and rerun it as it is. */
export function readSql(layer: "staging" | "marts", name: string): string {
  return readFileSync(resolve(projectRoot, "data", "sql", layer, `${name}.sql`), "utf8");
}

/** Creates the staging view `name` from data/sql/staging/<name>.sql. */
export async function createStagingView(db: DuckDBConnection, name: string): Promise<void> {
  await db.run(`create or replace view ${sqlIdentifier(name)} as ${readSql("staging", name)}`);
}

/** Materialises the mart `name` from data/sql/marts/<name>.sql as a table of that name. */
export async function createMartTable(db: DuckDBConnection, name: string): Promise<void> {
  await db.run(`create or replace table ${sqlIdentifier(name)} as ${readSql("marts", name)}`);
}

/** Reads a mart's rows in its stated order. */
export async function readMart(db: DuckDBConnection, name: string): Promise<SqlRow[]> {
  return queryRows(db, `select * from ${sqlIdentifier(name)}`);
}
