/**
 * One run of the postings pipeline at one size, in this process: generate the synthetic export as Parquet →
 * stage → demand mart → mart written as month-partitioned Parquet, optionally the staged postings too with the
 * mart rebuilt from that Parquet set and compared. bench/postings.ts runs it in a child process per size
 * (bench/postingsChild.ts), so each size's peak memory is its own. The data of the last run of each size stay in
 * `.tmp/bench/postings-<rows>/` (raw_postings.parquet and lake/) for inspection; `npm run clean` removes them.
 */
import {mkdirSync, rmSync, statSync} from "node:fs";
import {join} from "node:path";
import {z} from "zod";
import {queryRows, sqlString, withDuckDB} from "../loaders/duckdb.js";
import {projectRoot} from "../loaders/paths.js";
import {compareRelations, readPartitionedParquet, writePartitionedParquet} from "./scaleOut.js";
import {DEMAND_MART, POSTINGS_DEFAULTS, buildDemandMart, loadGeneratorInputs, stagePostings, writePostingsParquet} from "./syntheticPostings.js";

/** Where generated data goes: git-ignored, never data/. */
export const BENCH_TMP = join(projectRoot, ".tmp", "bench");

/** Arguments of one run (the child's command line, validated). */
export const PostingsRunArgs = z.object({
  rows: z.number({error: "a whole number of rows"}).int("a whole number of rows").min(1, "at least 1 row").max(2 ** 36, "at most 2^36 rows"),
  seed: z.number({error: "a whole-number seed"}).int("a whole-number seed").min(0, "a seed ≥ 0").max(2 ** 22 - 1, "a seed below 2^22").default(POSTINGS_DEFAULTS.seed),
  /** DuckDB worker threads: the goal is stated for 2 cores. */
  threads: z.number({error: "a whole number of threads"}).int("a whole number of threads").min(1, "at least 1 thread").max(256, "at most 256 threads").default(2),
  /** DuckDB's memory limit; it spills to .tmp/bench/spill beyond it. 3 GB leaves room for Node in a 4 GB budget. */
  memoryLimit: z.string({error: "a size like 3GB or 512MB"}).regex(/^\d+(\.\d+)?(MB|GB)$/, "a size like 3GB or 512MB").default("3GB"),
  /** Also write the staged postings as month-partitioned Parquet and rebuild the mart from them. */
  lake: z.boolean().default(false)
});
export type PostingsRunArgs = z.output<typeof PostingsRunArgs>;

/** What one run reports (the child's stdout, validated by the parent). */
export const PostingsRunResult = z.object({
  rows: z.number().int(),
  seed: z.number().int(),
  threads: z.number().int(),
  memoryLimit: z.string(),
  /** Wall times, ms. */
  startupMs: z.number().nonnegative(),
  inputsMs: z.number().nonnegative(),
  generateMs: z.number().nonnegative(),
  martMs: z.number().nonnegative(),
  writeMartMs: z.number().nonnegative(),
  checkMs: z.number().nonnegative(),
  lakeMs: z.number().nonnegative().nullable(),
  totalMs: z.number().nonnegative(),
  /** CPU time of the process (all DuckDB threads), ms: in all, and of the size-dependent steps. */
  cpuMs: z.number().nonnegative(),
  generateCpuMs: z.number().nonnegative(),
  martCpuMs: z.number().nonnegative(),
  writeMartCpuMs: z.number().nonnegative(),
  /** Peak resident set size of the process, bytes. */
  maxRssBytes: z.number().int().positive(),
  parquetBytes: z.number().int().positive(),
  stagedRows: z.number().int().nonnegative(),
  martRows: z.number().int().positive(),
  martPartitions: z.number().int().positive(),
  martParquetBytes: z.number().int().positive(),
  /** Rows differing between the mart from the DuckDB pipeline and the mart from the Parquet set (null: not run). */
  lakeDifferences: z.number().int().nonnegative().nullable(),
  occupations: z.number().int().positive(),
  regions: z.number().int().positive()
});
export type PostingsRunResult = z.infer<typeof PostingsRunResult>;

/**
 * Reads `--rows N [--seed S] [--threads T] [--memory-limit 3GB] [--lake]`.
 *
 * @throws {Error} naming the argument, the bad value and what was expected
 */
export function parsePostingsArgs(argv: readonly string[]): PostingsRunArgs {
  const raw: Record<string, unknown> = {};
  const names: Record<string, keyof PostingsRunArgs> = {"--rows": "rows", "--seed": "seed", "--threads": "threads", "--memory-limit": "memoryLimit"};
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i] as string;
    if (flag === "--lake") {
      raw.lake = true;
      continue;
    }
    const key = names[flag];
    if (key === undefined) throw new Error(`postings: unknown argument ${JSON.stringify(flag)}; expected one of ${[...Object.keys(names), "--lake"].join(", ")}`);
    const value = argv[++i];
    if (value === undefined) throw new Error(`postings: ${flag} needs a value`);
    raw[key] = key === "memoryLimit" ? value : /^\d+$/.test(value) ? Number(value) : value;
  }
  const parsed = PostingsRunArgs.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const key = String(issue?.path[0] ?? "");
    const flag = Object.entries(names).find(([, name]) => name === key)?.[0] ?? key;
    throw new Error(`postings: ${flag} ${JSON.stringify(raw[key] ?? null)}: expected ${issue?.message ?? "a valid value"}`);
  }
  return parsed.data;
}

/** Runs the pipeline once and measures every step. */
export async function runPostingsPipeline(args: PostingsRunArgs): Promise<PostingsRunResult> {
  const startupMs = performance.now(); // since the process started: Node, tsx and module loading
  const cpuStart = process.cpuUsage();
  const dir = join(BENCH_TMP, `postings-${args.rows}`);
  rmSync(dir, {recursive: true, force: true});
  mkdirSync(dir, {recursive: true});
  const spill = join(BENCH_TMP, "spill");
  mkdirSync(spill, {recursive: true});
  const parquet = join(dir, "raw_postings.parquet");
  // Wall and CPU time since the previous lap; CPU time counts every DuckDB thread and is less sensitive to other
  // processes on a busy machine than wall time.
  const cpuLaps: number[] = [];
  const lap = (() => {
    let last = performance.now();
    let lastCpu = process.cpuUsage();
    return () => {
      const now = performance.now();
      const ms = now - last;
      const cpu = process.cpuUsage(lastCpu);
      cpuLaps.push((cpu.user + cpu.system) / 1000);
      last = now;
      lastCpu = process.cpuUsage();
      return ms;
    };
  })();

  const result = await withDuckDB(async (db) => {
    await db.run(`set threads = ${args.threads}`);
    await db.run(`set memory_limit = ${sqlString(args.memoryLimit)}`);
    await db.run(`set temp_directory = ${sqlString(spill)}`);
    lap();
    const inputs = await loadGeneratorInputs(db);
    const inputsMs = lap();
    const written = await writePostingsParquet(db, {rows: args.rows, seed: args.seed}, parquet);
    if (written !== args.rows) throw new Error(`postings: wrote ${written} rows, expected ${args.rows}`);
    const generateMs = lap();
    const generateCpuMs = cpuLaps.at(-1) ?? 0;
    await stagePostings(db, `read_parquet(${sqlString(parquet)})`);
    const mart = await buildDemandMart(db);
    const martMs = lap();
    const martCpuMs = cpuLaps.at(-1) ?? 0;
    const martSet = await writePartitionedParquet(db, DEMAND_MART, join(dir, "lake", DEMAND_MART), ["posting_month"]);
    const writeMartMs = lap();
    const writeMartCpuMs = cpuLaps.at(-1) ?? 0;
    // The mart counts every staged posting once, and its grain is unique.
    const [check] = await queryRows(
      db,
      `select (select count(*) from stg_postings) as staged,
              (select count(*) from (select distinct soc_code, region, posting_month from ${DEMAND_MART})) as keys`
    );
    const stagedRows = Number(check?.staged);
    if (stagedRows !== mart.postings) throw new Error(`postings: the mart counts ${mart.postings} postings, staging has ${stagedRows}`);
    if (Number(check?.keys) !== mart.rows) throw new Error(`postings: the mart has ${mart.rows} rows but ${check?.keys} distinct keys`);
    const checkMs = lap();
    let lakeMs: number | null = null;
    let lakeDifferences: number | null = null;
    if (args.lake) {
      await db.run(`create or replace table mart_from_duckdb as select * from ${DEMAND_MART}`);
      const postingsDir = join(dir, "lake", "stg_postings");
      await writePartitionedParquet(db, "stg_postings", postingsDir, ["posting_month"]);
      await db.run(`create or replace view stg_postings as select * from ${readPartitionedParquet(postingsDir, {posting_month: "DATE"})}`);
      await buildDemandMart(db);
      const diff = await compareRelations(db, "mart_from_duckdb", DEMAND_MART);
      lakeDifferences = diff.onlyInA + diff.onlyInB + Math.abs(diff.rowsA - diff.rowsB);
      lakeMs = lap();
    }
    return {inputs, inputsMs, generateMs, martMs, writeMartMs, generateCpuMs, martCpuMs, writeMartCpuMs, checkMs, lakeMs, lakeDifferences, mart, martSet, stagedRows};
  });
  const cpu = process.cpuUsage(cpuStart);
  const output: PostingsRunResult = {
    rows: args.rows,
    seed: args.seed,
    threads: args.threads,
    memoryLimit: args.memoryLimit,
    startupMs,
    inputsMs: result.inputsMs,
    generateMs: result.generateMs,
    martMs: result.martMs,
    writeMartMs: result.writeMartMs,
    checkMs: result.checkMs,
    lakeMs: result.lakeMs,
    totalMs: performance.now(),
    cpuMs: (cpu.user + cpu.system) / 1000,
    generateCpuMs: result.generateCpuMs,
    martCpuMs: result.martCpuMs,
    writeMartCpuMs: result.writeMartCpuMs,
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
    parquetBytes: statSync(parquet).size,
    stagedRows: result.stagedRows,
    martRows: result.mart.rows,
    martPartitions: result.martSet.partitions.length,
    martParquetBytes: result.martSet.bytes,
    lakeDifferences: result.lakeDifferences,
    occupations: result.inputs.occupations,
    regions: result.inputs.regions
  };
  return PostingsRunResult.parse(output);
}
