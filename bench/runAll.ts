/**
 * Runs every benchmark of issue 9 in order (CPU-bound and short first, the clean build last), reporting progress
 * on stderr, and writes bench/results.json and the tables of BENCHMARKS.md. `npm run bench` (bench/run.ts) calls
 * it; `--quick` runs smaller sizes and skips the clean build.
 */
import {existsSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {version as duckdbVersion} from "@duckdb/node-api";
import {z} from "zod";
import {writeFileAtomic} from "../loaders/atomicWrite.js";
import {projectRoot} from "../loaders/paths.js";
import {withSiteLock} from "../scripts/siteLock.js";
import {benchmarkIngest} from "./ingest.js";
import {benchmarkMonteCarlo} from "./monteCarlo.js";
import {benchmarkMonteCarloSizes} from "./monteCarloSizes.js";
import {benchmarkPostings} from "./postings.js";
import {describeMachine, renderResults, replaceBetweenMarkers, type BenchResults} from "./report.js";
import {benchmarkCleanBuild, measurePages} from "./siteBuild.js";

export const RESULTS_FILE = join(projectRoot, "bench", "results.json");
export const BENCHMARKS_FILE = join(projectRoot, "BENCHMARKS.md");

/** Command-line options of `npm run bench`. */
export const BenchOptions = z.object({
  /** Smaller sizes, fewer repeats, no clean build (pages measured from an existing dist/, if any). */
  quick: z.boolean().default(false),
  /** Write bench/results.json and BENCHMARKS.md (off: print only). */
  write: z.boolean().default(true)
});
export type BenchOptions = z.output<typeof BenchOptions>;

/**
 * Reads `[--quick] [--no-write]`.
 *
 * @throws {Error} naming an unknown argument and the known ones
 */
export function parseBenchArgs(argv: readonly string[]): BenchOptions {
  const known: Record<string, [keyof BenchOptions, boolean]> = {"--quick": ["quick", true], "--no-write": ["write", false]};
  const raw: Partial<Record<keyof BenchOptions, boolean>> = {};
  for (const arg of argv) {
    const entry = known[arg];
    if (entry === undefined) throw new Error(`bench: unknown argument ${JSON.stringify(arg)}; expected ${Object.keys(known).join(" or ")}`);
    raw[entry[0]] = entry[1];
  }
  return BenchOptions.parse(raw);
}

function step(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

/** Runs everything and returns the results (also written, unless `write` is false). */
export async function runAll(options: BenchOptions): Promise<BenchResults> {
  const started = performance.now();
  const startedAt = new Date().toISOString();
  const machine = describeMachine(duckdbVersion());
  const {quick} = options;

  step("Monte Carlo: the preset benchmark (bench/monteCarlo.ts)…");
  const preset = {...benchmarkMonteCarlo({repeats: quick ? 7 : 15})};
  step(`Monte Carlo: ${quick ? "10k and 100k" : "10k, 100k and 1M"} draws against the floor…`);
  const sizes = await benchmarkMonteCarloSizes({sizes: quick ? [10_000, 100_000] : [10_000, 100_000, 1_000_000], repeats: quick ? 7 : 15});

  step(`Ingest: loadCsv against read_csv on the ${quick ? 2 : 4} largest sources…`);
  const ingest = await benchmarkIngest({count: quick ? 2 : 4, warmup: 1, repeats: quick ? 3 : 5});

  const postingSizes = quick ? [{rows: 100_000, lake: true}, {rows: 1_000_000}] : [{rows: 1_000_000, lake: true}, {rows: 10_000_000}];
  step(`Postings: ${postingSizes.map((s) => s.rows.toLocaleString("en-US")).join(" and ")} rows, one child process each…`);
  const postings = benchmarkPostings({sizes: postingSizes});

  let build: BenchResults["build"] = null;
  let pages: BenchResults["pages"] = [];
  let pagesFrom: BenchResults["pagesFrom"] = "not measured";
  let lockWaitMs = 0;
  if (!quick) {
    step("Clean build in a fresh copy of the tree, then page weights in Chromium…");
    build = await benchmarkCleanBuild();
    pages = build.pages;
    pagesFrom = build.ok ? "clean build" : "not measured";
  } else if (existsSync(join(projectRoot, "dist", "index.html"))) {
    step("Page weights of the existing dist/ in Chromium (under the site lock, so no build replaces it meanwhile)…");
    const asked = performance.now();
    pages = await withSiteLock(projectRoot, "npm run bench", () => {
      lockWaitMs = performance.now() - asked;
      return measurePages(join(projectRoot, "dist"));
    });
    pagesFrom = "existing dist/";
  }

  const results: BenchResults = {startedAt, durationMs: performance.now() - started, lockWaitMs, quick, machine, monteCarlo: {preset, sizes}, ingest, postings, build, pages, pagesFrom};
  if (options.write) {
    writeFileAtomic(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
    const document = existsSync(BENCHMARKS_FILE) ? readFileSync(BENCHMARKS_FILE, "utf8") : "# Benchmarks\n";
    writeFileAtomic(BENCHMARKS_FILE, replaceBetweenMarkers(document, renderResults(results)));
  }
  return results;
}
