/**
 * The scale-out layout (docs/scale-out.md): staged tables and marts written as Hive-partitioned Parquet
 * (`<dir>/<column>=<value>/data_0.parquet`), read back with `read_parquet(…, hive_partitioning = true)` so the
 * same mart SQL runs on a DuckDB file, on the Parquet set, on MotherDuck or on any engine that reads the layout.
 * DuckDB's bundled parquet extension does the work offline.
 */
import {existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync} from "node:fs";
import {dirname, join} from "node:path";
import type {DuckDBConnection} from "@duckdb/node-api";
import {queryRows, sqlIdentifier, sqlString} from "../loaders/duckdb.js";
import type {ColumnType} from "../loaders/readCsv.js";

/** A partitioned Parquet set as written: how many files and bytes, and which partitions. */
export interface ParquetSet {
  readonly dir: string;
  readonly files: number;
  readonly bytes: number;
  /** Partition folders, e.g. `posting_month=2024-01-01`, sorted. */
  readonly partitions: readonly string[];
}

/** Every file under `dir`, recursively. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true, recursive: true})
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Describes a Parquet set on disk. */
export function describeParquetSet(dir: string): ParquetSet {
  const files = filesUnder(dir).filter((file) => file.endsWith(".parquet"));
  const partitions = [...new Set(files.map((file) => file.slice(dir.length + 1).split(/[\\/]/)[0] ?? ""))].filter((p) => p.includes("=")).sort();
  return {dir, files: files.length, bytes: files.reduce((sum, file) => sum + statSync(file).size, 0), partitions};
}

/**
 * Writes a relation as Hive-partitioned Parquet (zstd) into `dir`, replacing it: written to `<dir>.tmp` and
 * renamed when complete, so a reader never sees half a set.
 *
 * @param relation a table or view name, or a parenthesised query
 * @param partitionBy columns whose values name the folders (low cardinality: a month, a region — not an id)
 * @throws {RangeError} if no partition column is given
 */
export async function writePartitionedParquet(db: DuckDBConnection, relation: string, dir: string, partitionBy: readonly string[]): Promise<ParquetSet> {
  if (partitionBy.length === 0) throw new RangeError("writePartitionedParquet: name at least one partition column");
  const temporary = `${dir}.tmp`;
  rmSync(temporary, {recursive: true, force: true});
  mkdirSync(dirname(dir), {recursive: true});
  const source = relation.trim().startsWith("(") ? relation : sqlIdentifier(relation);
  await db.run(
    `copy ${source} to ${sqlString(temporary)} (format parquet, compression zstd, partition_by (${partitionBy.map(sqlIdentifier).join(", ")}))`
  );
  rmSync(dir, {recursive: true, force: true});
  renameSync(temporary, dir);
  return describeParquetSet(dir);
}

/**
 * The table function that reads a partitioned set back, with the partition columns typed as written (Hive
 * folder names are text; `hive_types` restores DATE, INTEGER…).
 *
 * @throws {Error} if `dir` does not exist
 */
export function readPartitionedParquet(dir: string, partitionTypes: Readonly<Record<string, ColumnType>>): string {
  if (!existsSync(dir)) throw new Error(`readPartitionedParquet: ${dir} does not exist`);
  const types = Object.entries(partitionTypes).map(([name, type]) => `${sqlString(name)}: ${type}`).join(", ");
  return `read_parquet(${sqlString(join(dir, "**", "*.parquet"))}, hive_partitioning = true, hive_types = {${types}})`;
}

/**
 * Rows of `a` not in `b` and of `b` not in `a`, as multisets (EXCEPT ALL both ways, over the columns of `a`).
 * Zero both ways and equal counts mean the relations hold identical rows.
 */
export async function compareRelations(db: DuckDBConnection, a: string, b: string): Promise<{rowsA: number; rowsB: number; onlyInA: number; onlyInB: number}> {
  const columns = (await queryRows(db, `select * from (describe select * from ${a})`)).map((row) => sqlIdentifier(String(row.column_name)));
  const list = columns.join(", ");
  const [row] = await queryRows(
    db,
    `select
        (select count(*) from ${a}) as rows_a,
        (select count(*) from ${b}) as rows_b,
        (select count(*) from (select ${list} from ${a} except all select ${list} from ${b})) as only_a,
        (select count(*) from (select ${list} from ${b} except all select ${list} from ${a})) as only_b`
  );
  return {rowsA: Number(row?.rows_a), rowsB: Number(row?.rows_b), onlyInA: Number(row?.only_a), onlyInB: Number(row?.only_b)};
}
