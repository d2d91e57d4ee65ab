/**
 * The postings benchmark: the synthetic pipeline (bench/postingsPipeline.ts) at each size in its own child
 * process, so each size's peak resident memory (`process.resourceUsage().maxRSS` of the child) and time are its
 * own, plus the scaling between sizes.
 */
import {spawnSync} from "node:child_process";
import {z} from "zod";
import {projectRoot} from "../loaders/paths.js";
import {PostingsRunResult} from "./postingsPipeline.js";

/** Issue 9: 10M rows through staging to the demand mart in under 30 s and 4 GB on 2 cores. */
export const POSTINGS_GOAL = {rows: 10_000_000, maxSeconds: 30, maxBytes: 4e9, threads: 2} as const;

export interface PostingsSize {
  readonly rows: number;
  /** Also rebuild the mart from the month-partitioned Parquet set and compare (scale-out check). */
  readonly lake?: boolean;
}

/** How cost grows from the smallest to the largest size. */
export interface PostingsScaling {
  readonly fromRows: number;
  readonly toRows: number;
  /** Wall time of the size-dependent steps (generate + mart + write mart), largest ÷ smallest. */
  readonly timeRatio: number;
  /** CPU time of the same steps, largest ÷ smallest: the steadier measure on a busy machine. */
  readonly cpuRatio: number;
  /** toRows ÷ fromRows: a linear pipeline has timeRatio ≈ rowsRatio. */
  readonly rowsRatio: number;
  /** Seconds per million rows of the size-dependent steps, at the smallest and the largest size. */
  readonly secondsPerMillionFrom: number;
  readonly secondsPerMillionTo: number;
}

export interface PostingsBenchmark {
  readonly runs: readonly PostingsRunResult[];
  readonly scaling: PostingsScaling | null;
}

/** Wall time of the steps whose cost depends on the number of rows (startup and the reference data do not). */
export function scalingMs(run: PostingsRunResult): number {
  return run.generateMs + run.martMs + run.writeMartMs;
}

/** CPU time of the same steps. */
export function scalingCpuMs(run: PostingsRunResult): number {
  return run.generateCpuMs + run.martCpuMs + run.writeMartCpuMs;
}

/**
 * Compares the cost per row of the smallest and the largest run.
 *
 * @returns null with fewer than two distinct sizes
 */
export function postingsScaling(runs: readonly PostingsRunResult[]): PostingsScaling | null {
  const sorted = [...runs].sort((a, b) => a.rows - b.rows);
  const from = sorted[0];
  const to = sorted[sorted.length - 1];
  if (from === undefined || to === undefined || from.rows === to.rows) return null;
  const perMillion = (run: PostingsRunResult) => scalingMs(run) / 1000 / (run.rows / 1e6);
  return {
    fromRows: from.rows,
    toRows: to.rows,
    timeRatio: scalingMs(to) / scalingMs(from),
    cpuRatio: scalingCpuMs(to) / scalingCpuMs(from),
    rowsRatio: to.rows / from.rows,
    secondsPerMillionFrom: perMillion(from),
    secondsPerMillionTo: perMillion(to)
  };
}

/**
 * Runs one size in a child process and validates what it prints.
 *
 * @throws {Error} with the child's stderr if it fails or prints something that is not a result
 */
export function runPostingsChild(size: PostingsSize, {seed = 42, threads = 2, memoryLimit = "3GB"} = {}): PostingsRunResult {
  const args = ["--import", "tsx", "bench/postingsChild.ts", "--rows", String(size.rows), "--seed", String(seed), "--threads", String(threads), "--memory-limit", memoryLimit];
  if (size.lake === true) args.push("--lake");
  const child = spawnSync(process.execPath, args, {cwd: projectRoot, encoding: "utf8", maxBuffer: 1 << 20});
  if (child.status !== 0) {
    throw new Error(`postings benchmark at ${size.rows} rows failed (exit ${child.status ?? child.signal}): ${child.stderr.trim().split("\n").slice(-5).join(" | ")}`);
  }
  const line = child.stdout.trim().split("\n").pop() ?? "";
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    throw new Error(`postings benchmark at ${size.rows} rows printed ${JSON.stringify(line.slice(0, 200))}; expected one JSON line`);
  }
  const parsed = PostingsRunResult.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`postings benchmark at ${size.rows} rows: key ${issue?.path.join(".") ?? "?"}: ${issue?.message ?? "invalid"}`);
  }
  return parsed.data;
}

/** Options of the postings benchmark. */
export const PostingsBenchmarkOptions = z.object({
  sizes: z.array(z.object({rows: z.number().int().positive(), lake: z.boolean().optional()})).min(1),
  seed: z.number().int().nonnegative().default(42)
});

/** Runs every size, smallest first. */
export function benchmarkPostings(options: z.input<typeof PostingsBenchmarkOptions>): PostingsBenchmark {
  const {sizes, seed} = PostingsBenchmarkOptions.parse(options);
  const runs = [...sizes].sort((a, b) => a.rows - b.rows).map((size) => runPostingsChild(size, {seed, threads: POSTINGS_GOAL.threads}));
  return {runs, scaling: postingsScaling(runs)};
}
