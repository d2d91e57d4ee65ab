/**
 * The warehouse: every shipped (or user-supplied) source loaded, validated and staged, and every mart built,
 * in one DuckDB database. Built once per change of inputs into `.tmp/warehouse.duckdb` and shared by every
 * Framework data loader; `mcw db --out <path>` writes the same database for researchers.
 *
 * Sources and marts come from warehouse modules (loaders/modules/*), each owning one data family; they run in
 * the order listed, so a later module's marts may join an earlier module's tables.
 */
import {createHash} from "node:crypto";
import {existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync} from "node:fs";
import {dirname, join, relative} from "node:path";
import type {DuckDBConnection} from "@duckdb/node-api";
import type {z} from "zod";
import {DataError} from "./dataError.js";
import {withDirectoryLock} from "./directoryLock.js";
import {queryRows, sqlIdentifier, withDuckDB, type SqlRow} from "./duckdb.js";
import {dataDir, projectRoot} from "./paths.js";
import {WAREHOUSE_MODULES} from "./modules/index.js";

export type {MartSpec, WarehouseModule} from "./warehouseModule.js";
import type {MartSpec} from "./warehouseModule.js";

/**
 * Builds every module into an open database and checks every mart against its contract and grain.
 * DuckDB runs single-threaded here: a parallel sum of doubles adds in whatever order its threads finish, so two
 * builds of the same data could differ in the last bit (field_demand's openings did); one thread adds in one order.
 */
export async function buildWarehouse(db: DuckDBConnection): Promise<void> {
  await db.run("set threads = 1");
  for (const module of WAREHOUSE_MODULES) await module.build(db);
  for (const mart of allMarts()) await checkMart(db, mart);
}

export function allMarts(): MartSpec[] {
  return WAREHOUSE_MODULES.flatMap((module) => [...module.marts]);
}

/** A mart that breaks its contract or its grain fails the build, naming the row and the column. */
export async function checkMart(db: DuckDBConnection, mart: MartSpec): Promise<void> {
  const rows = await queryRows(db, `select * from ${sqlIdentifier(mart.name)}`);
  const file = `mart ${mart.name}`;
  if (rows.length === 0) throw new DataError([{file, expected: `at least one row (${mart.grain})`}]);
  const problems = [];
  const seen = new Set<string>();
  for (const [index, row] of rows.entries()) {
    const parsed = mart.row.safeParse(row);
    if (!parsed.success) {
      for (const issue of parsed.error.issues.slice(0, 3)) {
        const column = issue.path.map(String).join(".");
        problems.push({file, line: index + 1, column, value: JSON.stringify(row[column] ?? null), expected: issue.message});
      }
    }
    const key = JSON.stringify(mart.key.map((k) => row[k] ?? null));
    if (seen.has(key)) problems.push({file, line: index + 1, column: mart.key.join(", "), value: key, expected: `a unique key: ${mart.grain}`});
    seen.add(key);
    if (problems.length >= 25) break;
  }
  if (problems.length > 0) throw new DataError(problems);
}

/** Everything whose change must rebuild the warehouse: the data tree, the loaders and the SQL. */
function inputFingerprint(): string {
  const hash = createHash("sha256");
  const roots = [dataDir(), join(projectRoot, "loaders"), join(projectRoot, "data", "sql")];
  for (const root of roots) {
    if (!existsSync(root)) continue;
    for (const file of listFiles(root)) {
      const stat = statSync(file);
      hash.update(`${relative(projectRoot, file)}\0${stat.size}\0${stat.mtimeMs}\n`);
    }
  }
  return hash.digest("hex");
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true, recursive: true})
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** Writes a complete warehouse database to `path`, via a temporary file, so a failure leaves no half database. */
export async function writeWarehouse(path: string): Promise<void> {
  mkdirSync(dirname(path), {recursive: true});
  const temporary = `${path}.${process.pid}.tmp`;
  rmSync(temporary, {force: true});
  try {
    await withDuckDB(buildWarehouse, temporary);
    rmSync(`${temporary}.wal`, {force: true});
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, {force: true});
    rmSync(`${temporary}.wal`, {force: true});
    throw error;
  }
}

const CACHE = join(projectRoot, ".tmp", "warehouse");

/**
 * Opens the shared warehouse read-only, building it first when the inputs changed since it was built.
 * Framework may run several data loaders at once; a lock directory makes one of them build while the others wait.
 */
export async function withWarehouse<T>(fn: (db: DuckDBConnection) => Promise<T>): Promise<T> {
  const fingerprint = inputFingerprint();
  const database = join(CACHE, `${fingerprint.slice(0, 16)}.duckdb`);
  if (!existsSync(database)) await buildLocked(database);
  return withDuckDB(fn, database, {readOnly: true});
}

async function buildLocked(database: string): Promise<void> {
  await withDirectoryLock(
    join(CACHE, "build.lock"),
    "warehouse build",
    async () => {
      if (existsSync(database)) return; // built by the process that held the lock before us
      for (const old of readdirSync(CACHE)) if (old.endsWith(".duckdb")) rmSync(join(CACHE, old), {force: true});
      await writeWarehouse(database);
      writeFileSync(join(CACHE, "inputs.txt"), `${database}\nbuilt ${new Date().toISOString()}\n`);
    },
    {done: () => existsSync(database)}
  );
}

/** Reads a mart from the shared warehouse and parses it with its contract. */
export async function readMartRows<Row>(name: string, contract: z.ZodType<Row>): Promise<Row[]> {
  const rows: SqlRow[] = await withWarehouse((db) => queryRows(db, `select * from ${sqlIdentifier(name)}`));
  return rows.map((row, index) => {
    const parsed = contract.safeParse(row);
    if (!parsed.success) throw new DataError(parsed.error.issues.slice(0, 5).map((issue) => ({file: `mart ${name}`, line: index + 1, column: issue.path.map(String).join("."), expected: issue.message})));
    return parsed.data;
  });
}
