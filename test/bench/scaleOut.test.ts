import {existsSync, mkdtempSync, readdirSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {queryRows, withDuckDB} from "../../loaders/duckdb.js";
import {compareRelations, describeParquetSet, readPartitionedParquet, writePartitionedParquet} from "../../bench/scaleOut.js";
import {DEMAND_MART, buildDemandMart, loadGeneratorInputs, postingsSql, stagePostings} from "../../bench/syntheticPostings.js";

/**
 * The scale-out path on one machine: the same mart SQL over (a) a persistent DuckDB file and (b) the staged
 * postings written as month-partitioned Parquet gives identical rows; the mart itself round-trips through its
 * partitioned Parquet set.
 */
const ROWS = 20_000;
const dir = mkdtempSync(join(tmpdir(), "mcw-scale-out-"));
const database = join(dir, "warehouse.duckdb");
const postingsLake = join(dir, "lake", "stg_postings");
const martLake = join(dir, "lake", DEMAND_MART);

let fromFile: {rows: number; postings: number};

beforeAll(async () => {
  // (a) a persistent DuckDB file: raw postings as a table, staging as a view, the mart as a table.
  fromFile = await withDuckDB(async (db) => {
    await loadGeneratorInputs(db);
    await db.run(`create table postings as ${postingsSql({rows: ROWS, seed: 7, months: 6})}`);
    await stagePostings(db, "postings");
    const mart = await buildDemandMart(db);
    await writePartitionedParquet(db, "stg_postings", postingsLake, ["posting_month"]);
    await writePartitionedParquet(db, DEMAND_MART, martLake, ["posting_month"]);
    return mart;
  }, database);
}, 120_000);

afterAll(() => rmSync(dir, {recursive: true, force: true}));

describe("the month-partitioned Parquet layout", () => {
  it("has one folder per posting month, named column=value", () => {
    const set = describeParquetSet(postingsLake);
    expect(set.partitions).toEqual(["2024-01-01", "2024-02-01", "2024-03-01", "2024-04-01", "2024-05-01", "2024-06-01"].map((m) => `posting_month=${m}`));
    expect(set.files).toBeGreaterThanOrEqual(6);
    expect(set.bytes).toBeGreaterThan(0);
  });

  it("keeps the partition column out of the files and restores it, typed, on reading", async () => {
    const rows = await withDuckDB((db) =>
      queryRows(db, `select typeof(posting_month) as type, count(*) as n, count(distinct posting_month) as months from ${readPartitionedParquet(postingsLake, {posting_month: "DATE"})} group by 1`)
    );
    expect(rows).toEqual([{type: "DATE", n: ROWS, months: 6}]);
  });

  it("reads one month by its folder alone (partition pruning)", async () => {
    const [row] = await withDuckDB((db) =>
      queryRows(
        db,
        `select count(*) as n, min(posted_on) as first, max(posted_on) as last, count(distinct filename) as files
         from read_parquet('${join(postingsLake, "posting_month=2024-03-01", "*.parquet")}', filename = true)`
      )
    );
    expect(Number(row?.n)).toBeGreaterThan(ROWS / 6 - 500);
    expect(row?.first).toBe("2024-03-01");
    expect(row?.last).toBe("2024-03-31");
    expect(row?.files).toBe(1);
  });

  it("refuses to write without a partition column, and to read a folder that is not there", async () => {
    await withDuckDB(async (db) => {
      await expect(writePartitionedParquet(db, "x", join(dir, "nothing"), [])).rejects.toThrow(/at least one partition column/);
    });
    expect(() => readPartitionedParquet(join(dir, "missing"), {posting_month: "DATE"})).toThrow(/does not exist/);
  });
});

describe("the same mart SQL on a DuckDB file and on the Parquet set", () => {
  it("counts every posting once in the DuckDB file", () => {
    expect(fromFile.postings).toBe(ROWS);
    expect(fromFile.rows).toBeGreaterThan(1000);
  });

  it("gives identical rows from the partitioned staged postings", async () => {
    const result = await withDuckDB(async (db) => {
      await db.run(`attach '${database}' as file (read_only)`);
      await db.run(`create view stg_postings as select * from ${readPartitionedParquet(postingsLake, {posting_month: "DATE"})}`);
      const lake = await buildDemandMart(db);
      const diff = await compareRelations(db, `file.${DEMAND_MART}`, DEMAND_MART);
      return {lake, diff};
    });
    expect(result.lake).toEqual(fromFile);
    expect(result.diff).toEqual({rowsA: fromFile.rows, rowsB: fromFile.rows, onlyInA: 0, onlyInB: 0});
  });

  it("round-trips the mart through its own partitioned Parquet set", async () => {
    const diff = await withDuckDB(async (db) => {
      await db.run(`attach '${database}' as file (read_only)`);
      await db.run(`create view lake_mart as select * from ${readPartitionedParquet(martLake, {posting_month: "DATE"})}`);
      return compareRelations(db, `file.${DEMAND_MART}`, "lake_mart");
    });
    expect(diff).toEqual({rowsA: fromFile.rows, rowsB: fromFile.rows, onlyInA: 0, onlyInB: 0});
  });

  it("notices a difference: a mart missing one month is not identical", async () => {
    const diff = await withDuckDB(async (db) => {
      await db.run(`attach '${database}' as file (read_only)`);
      await db.run(`create view partial as select * from file.${DEMAND_MART} where posting_month <> date '2024-06-01'`);
      return compareRelations(db, `file.${DEMAND_MART}`, "partial");
    });
    expect(diff.onlyInA).toBeGreaterThan(0);
    expect(diff.onlyInB).toBe(0);
  });

  it("leaves no temporary folder behind", () => {
    expect(existsSync(`${postingsLake}.tmp`)).toBe(false);
    expect(readdirSync(join(dir, "lake")).sort()).toEqual([DEMAND_MART, "stg_postings"].sort());
  });
});
