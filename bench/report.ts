/**
 * The benchmark report: the results object `npm run bench` writes to bench/results.json, the machine it ran on,
 * the verdict against each goal of issue 9, and the Markdown tables it prints and writes into BENCHMARKS.md
 * between the markers (the rest of that file is prose and stays as written).
 */
import {availableParallelism, cpus, loadavg, platform, release, totalmem} from "node:os";
import type {CleanBuildResult} from "./siteBuild.js";
import type {IngestResult} from "./ingest.js";
import {INGEST_GOAL} from "./ingest.js";
import type {MonteCarloSizesResult} from "./monteCarloSizes.js";
import {MONTE_CARLO_GOAL} from "./monteCarloSizes.js";
import {PAGE_WEIGHT_BUDGET, type PageWeight} from "./pageWeight.js";
import type {PostingsBenchmark} from "./postings.js";
import {POSTINGS_GOAL, scalingCpuMs, scalingMs} from "./postings.js";
import {formatBytes, formatNumber, formatTiming} from "./stats.js";

export const MARKER_START = "<!-- bench:results:start -->";
export const MARKER_END = "<!-- bench:results:end -->";

export interface Machine {
  readonly cores: number;
  readonly cpuModel: string;
  readonly memoryBytes: number;
  readonly node: string;
  readonly duckdb: string;
  readonly os: string;
  /** 1-, 5- and 15-minute load averages when the run started: above `cores`, other work competed for the CPU. */
  readonly loadAverage: readonly number[];
}

/** The result of the model engineer's 100k benchmark (bench/monteCarlo.ts), kept as it reports itself. */
export type PresetMonteCarlo = Record<string, unknown>;

export interface BenchResults {
  readonly startedAt: string;
  readonly durationMs: number;
  /** Part of durationMs spent waiting for another engineer's build or browser test (the site lock). */
  readonly lockWaitMs: number;
  readonly quick: boolean;
  readonly machine: Machine;
  readonly monteCarlo: {readonly preset: PresetMonteCarlo | null; readonly sizes: MonteCarloSizesResult};
  readonly ingest: readonly IngestResult[];
  readonly postings: PostingsBenchmark;
  /** Null when the clean build was skipped (`--quick`). */
  readonly build: CleanBuildResult | null;
  /** Page weights: from the clean build, or (quick) from the dist/ already built, or none. */
  readonly pages: readonly PageWeight[];
  readonly pagesFrom: "clean build" | "existing dist/" | "not measured";
}

/** Describes this machine (public Node APIs only). */
export function describeMachine(duckdbVersion: string): Machine {
  const model = cpus()[0]?.model.trim() ?? "unknown CPU";
  return {
    cores: availableParallelism(),
    cpuModel: model,
    memoryBytes: totalmem(),
    node: process.version,
    duckdb: duckdbVersion,
    os: `${platform()} ${release()}`,
    loadAverage: loadavg().map((v) => Math.round(v * 100) / 100)
  };
}

export interface GoalVerdict {
  readonly goal: string;
  readonly measured: string;
  readonly target: string;
  /** true met, false missed, null not measured in this run. */
  readonly met: boolean | null;
}

/** Every goal of issue 9 against this run's figures. */
export function goalVerdicts(results: BenchResults): GoalVerdict[] {
  const verdicts: GoalVerdict[] = [];
  const mc = results.monteCarlo.sizes.sizes.find((s) => s.draws === MONTE_CARLO_GOAL.draws);
  verdicts.push({
    goal: `Monte Carlo, ${MONTE_CARLO_GOAL.draws.toLocaleString("en-US")} draws × ${MONTE_CARLO_GOAL.horizonYears} years`,
    measured: mc ? `${formatTiming(mc.model)} (${formatNumber(mc.ratioToFloor)} × the floor)` : "not run",
    target: `≤ ${MONTE_CARLO_GOAL.maxMs} ms`,
    met: mc ? mc.model.medianMs <= MONTE_CARLO_GOAL.maxMs : null
  });
  const worst = [...results.ingest].sort((a, b) => a.ratio - b.ratio)[0];
  verdicts.push({
    goal: `Ingest: loadCsv ÷ DuckDB read_csv throughput (worst of ${results.ingest.length} largest sources)`,
    measured: worst ? `${worst.ratio.toFixed(2)} (${worst.table})` : "not run",
    target: `≥ ${INGEST_GOAL.minRatio}`,
    met: worst ? worst.ratio >= INGEST_GOAL.minRatio : null
  });
  const goalRun = results.postings.runs.find((r) => r.rows === POSTINGS_GOAL.rows);
  verdicts.push({
    goal: `Postings: ${formatRows(POSTINGS_GOAL.rows)} rows generated → staging → demand mart, ${POSTINGS_GOAL.threads} threads`,
    measured: goalRun
      ? `${(goalRun.totalMs / 1000).toFixed(1)} s, peak ${formatBytes(goalRun.maxRssBytes)} (CPU ${(goalRun.cpuMs / 1000).toFixed(1)} s: ≥ ${(goalRun.cpuMs / 1000 / goalRun.threads).toFixed(1)} s on ${goalRun.threads} idle cores)`
      : "not run (quick)",
    target: `< ${POSTINGS_GOAL.maxSeconds} s, < ${formatBytes(POSTINGS_GOAL.maxBytes)}`,
    met: goalRun ? goalRun.totalMs / 1000 < POSTINGS_GOAL.maxSeconds && goalRun.maxRssBytes < POSTINGS_GOAL.maxBytes : null
  });
  const scaling = results.postings.scaling;
  verdicts.push({
    goal: "Postings: cost grows linearly with rows",
    measured: scaling
      ? `× ${scaling.cpuRatio.toFixed(1)} CPU time (× ${scaling.timeRatio.toFixed(1)} wall) for × ${formatNumber(scaling.rowsRatio)} rows`
      : "one size only",
    target: "CPU ratio ≤ 1.5 × rows ratio",
    met: scaling ? scaling.cpuRatio <= 1.5 * scaling.rowsRatio : null
  });
  const pages = results.pages;
  const over = (measure: "bytes" | "gzipBytes") => pages.filter((p) => p[measure] > PAGE_WEIGHT_BUDGET.maxBytes).length;
  verdicts.push({
    goal: "Pages: bytes downloaded per page, uncompressed (as `python3 -m http.server` sends them)",
    measured: pages.length > 0 ? `${over("bytes")} of ${pages.length} pages over; heaviest ${formatBytes(Math.max(...pages.map((p) => p.bytes)))}` : "not measured",
    target: `≤ ${formatBytes(PAGE_WEIGHT_BUDGET.maxBytes)}`,
    met: pages.length > 0 ? over("bytes") === 0 : null
  });
  verdicts.push({
    goal: "Pages: the same from a static host that gzips text",
    measured: pages.length > 0 ? `${over("gzipBytes")} of ${pages.length} pages over; heaviest ${formatBytes(Math.max(...pages.map((p) => p.gzipBytes)))}` : "not measured",
    target: `≤ ${formatBytes(PAGE_WEIGHT_BUDGET.maxBytes)}`,
    met: pages.length > 0 ? over("gzipBytes") === 0 : null
  });
  const wasm = pages.filter((p) => p.wasm.length > 0).length;
  verdicts.push({goal: "Pages that load DuckDB-WASM", measured: pages.length > 0 ? String(wasm) : "not measured", target: "0", met: pages.length > 0 ? wasm === 0 : null});
  verdicts.push({
    goal: "Full clean build (`npm run clean && npm run build`, fresh copy)",
    measured: results.build ? (results.build.ok ? `${(results.build.totalMs / 1000).toFixed(1)} s` : `failed: ${results.build.error?.split("\n").pop() ?? ""}`) : "skipped (quick)",
    target: "reported (no goal)",
    met: results.build ? (results.build.ok ? null : false) : null
  });
  return verdicts;
}

function formatRows(rows: number): string {
  return rows >= 1e6 && rows % 1e6 === 0 ? `${rows / 1e6}M` : rows >= 1e3 && rows % 1e3 === 0 ? `${rows / 1e3}k` : rows.toLocaleString("en-US");
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const escape = (cell: string) => cell.replaceAll("|", "\\|");
  return [`| ${header.join(" | ")} |`, `|${header.map(() => "---").join("|")}|`, ...rows.map((row) => `| ${row.map(escape).join(" | ")} |`)].join("\n");
}

/** The Markdown that goes between the markers of BENCHMARKS.md (and is printed). */
export function renderResults(results: BenchResults): string {
  const m = results.machine;
  const out: string[] = [];
  out.push(
    `Run ${results.startedAt.slice(0, 16).replace("T", " ")} UTC${results.quick ? " (quick: smaller sizes, no clean build)" : ""}, ${(results.durationMs / 1000).toFixed(0)} s in all` +
      `${results.lockWaitMs >= 1000 ? ` (${(results.lockWaitMs / 1000).toFixed(0)} s of it waiting for another build or browser test)` : ""}. ` +
      `Machine: ${m.cores} cores (${m.cpuModel}), ${formatBytes(m.memoryBytes)} memory, ${m.os}, Node ${m.node}, DuckDB ${m.duckdb}. ` +
      `Load average at the start: ${m.loadAverage.join(", ")}${(m.loadAverage[0] ?? 0) > m.cores ? ` — above ${m.cores}: other work competed for the CPU, so times are high and noisy` : ""}.`
  );
  out.push("", "### Goals", "");
  out.push(
    table(
      ["goal", "measured", "target", "met"],
      goalVerdicts(results).map((v) => [v.goal, v.measured, v.target, v.met === null ? "—" : v.met ? "yes" : "**no**"])
    )
  );

  const mc = results.monteCarlo.sizes;
  out.push("", `### Monte Carlo (${mc.scenario}, ${mc.uncertainInputs} uncertain inputs, ${mc.horizonYears} years)`, "");
  out.push("Median (min–max) after warm-up. Floor: the same uniforms drawn into a column and nothing else.", "");
  out.push(
    table(
      ["draws", "runMonteCarlo", "floor", "model ÷ floor", "draws/s"],
      mc.sizes.map((s) => [s.draws.toLocaleString("en-US"), formatTiming(s.model), formatTiming(s.floor), formatNumber(s.ratioToFloor), formatNumber(s.drawsPerSecond)])
    )
  );

  out.push("", "### Ingest (largest shipped sources)", "");
  out.push("loadCsv = header and shape check + every row through its zod contract + typed table; native = DuckDB `read_csv` of the same columns with DuckDB's own types into a table, then `count(*)`.", "");
  out.push(
    table(
      ["source", "rows", "columns read", "loadCsv", "rows/s", "native read_csv", "rows/s", "native ÷ loadCsv"],
      results.ingest.map((r) => [
        `${r.table} (${formatBytes(r.bytes)})`,
        r.rows.toLocaleString("en-US"),
        `${r.columnsRead} of ${r.columns}`,
        formatTiming(r.loadCsv),
        formatNumber(r.loadCsvRowsPerSecond),
        formatTiming(r.native),
        formatNumber(r.nativeRowsPerSecond),
        r.ratio.toFixed(2)
      ])
    )
  );

  out.push("", "### Synthetic postings → demand mart (one child process per size)", "");
  out.push(
    table(
      ["rows", "total", "startup + inputs", "generate (Parquet)", "stage + mart", "mart → Parquet by month", "peak RSS", "CPU, all threads", "raw Parquet", "mart rows", "Parquet-lake mart = DuckDB mart"],
      results.postings.runs.map((r) => [
        r.rows.toLocaleString("en-US"),
        `${(r.totalMs / 1000).toFixed(1)} s`,
        `${((r.startupMs + r.inputsMs) / 1000).toFixed(1)} s`,
        `${(r.generateMs / 1000).toFixed(1)} s`,
        `${(r.martMs / 1000).toFixed(1)} s`,
        `${(r.writeMartMs / 1000).toFixed(1)} s`,
        formatBytes(r.maxRssBytes),
        `${(r.cpuMs / 1000).toFixed(1)} s (${(r.cpuMs / 1000 / r.threads).toFixed(1)} s per thread)`,
        formatBytes(r.parquetBytes),
        r.martRows.toLocaleString("en-US"),
        r.lakeDifferences === null ? "not run" : r.lakeDifferences === 0 ? `identical (${((r.lakeMs ?? 0) / 1000).toFixed(1)} s)` : `**${r.lakeDifferences} rows differ**`
      ])
    )
  );
  const scaling = results.postings.scaling;
  if (scaling) {
    out.push(
      "",
      `Size-dependent steps (generate + stage/mart + write): ${formatNumber(scalingMs(results.postings.runs[0]!) / 1000)} s wall and ` +
        `${formatNumber(scalingCpuMs(results.postings.runs[0]!) / 1000)} s CPU at ${formatRows(scaling.fromRows)} rows; ` +
        `× ${scaling.timeRatio.toFixed(1)} wall and × ${scaling.cpuRatio.toFixed(1)} CPU at ${formatRows(scaling.toRows)} (× ${formatNumber(scaling.rowsRatio)} rows); ` +
        `${scaling.secondsPerMillionFrom.toFixed(2)} → ${scaling.secondsPerMillionTo.toFixed(2)} s wall per million rows.`
    );
  }

  out.push("", "### Clean build and page weight", "");
  const build = results.build;
  out.push(
    build === null
      ? "Clean build skipped (`--quick`)."
      : build.ok
        ? `\`npm run clean\` ${(build.cleanMs / 1000).toFixed(1)} s + \`npm run build\` ${(build.buildMs / 1000).toFixed(1)} s = **${(build.totalMs / 1000).toFixed(1)} s** in a fresh copy of the tree; dist/ ${formatBytes(build.distBytes)} in ${build.distFiles} files.`
        : `The clean build failed: ${build.error ?? ""}`
  );
  if (results.pages.length > 0) {
    out.push("", `Pages measured from ${results.pagesFrom} in Chromium, cold cache, until the network is idle and every chart has drawn.`, "");
    out.push(
      table(
        ["page", "downloads", "gzipped", "requests", "largest files"],
        results.pages.map((p) => [
          `\`${p.page}\``,
          p.bytes > PAGE_WEIGHT_BUDGET.maxBytes ? `**${formatBytes(p.bytes)}**` : formatBytes(p.bytes),
          p.gzipBytes > PAGE_WEIGHT_BUDGET.maxBytes ? `**${formatBytes(p.gzipBytes)}**` : formatBytes(p.gzipBytes),
          String(p.requests),
          p.largest.slice(0, 3).map((f) => `${shortPath(f.path)} ${formatBytes(f.bytes)}`).join(", ")
        ])
      )
    );
  }
  return out.join("\n");
}

/** `/_node/zod@4.6.7/index.5d7d6c8c.js` → `zod@4.6.7`; data files keep their name without the hash. */
export function shortPath(path: string): string {
  const pkg = /\/_(?:node|npm)\/((?:@[^/]+\/)?[^/]+@[^/]+)\//.exec(path);
  if (pkg) return pkg[1] as string;
  const file = path.split("/").pop() ?? path;
  return file.replace(/\.[0-9a-f]{8}(\.[a-z]+)$/, "$1");
}

/**
 * Puts `content` between the markers of a document, or appends a marked section when the document has none.
 *
 * @throws {Error} if only one marker is present or the end marker comes first
 */
export function replaceBetweenMarkers(document: string, content: string): string {
  const start = document.indexOf(MARKER_START);
  const end = document.indexOf(MARKER_END);
  if (start === -1 && end === -1) return `${document.trimEnd()}\n\n${MARKER_START}\n${content}\n${MARKER_END}\n`;
  if (start === -1 || end === -1 || end < start) {
    throw new Error(`replaceBetweenMarkers: expected ${MARKER_START} before ${MARKER_END}, found ${start === -1 ? "no start" : end === -1 ? "no end" : "the end first"}`);
  }
  return `${document.slice(0, start + MARKER_START.length)}\n${content}\n${document.slice(end)}`;
}
