/**
 * `npm run bench [-- --quick] [-- --no-write]`: runs every benchmark of issue 9 (bench/runAll.ts), writes
 * bench/results.json and the tables of BENCHMARKS.md, and prints the tables. A benchmark, not a test: nothing
 * fails on a slow machine; a run exits non-zero only when a benchmark cannot run at all (a bad argument, a broken
 * input, a failed child process). `--quick` runs smaller sizes and skips the clean build.
 */
import {parseBenchArgs, runAll} from "./runAll.js";
import {renderResults} from "./report.js";

const format = (value: unknown): string =>
  typeof value === "number" ? (Number.isInteger(value) ? String(value) : value.toFixed(value < 10 ? 2 : 0)) : String(value);

try {
  const options = parseBenchArgs(process.argv.slice(2));
  const results = await runAll(options);
  console.log(`node ${process.version}, ${process.platform}/${process.arch}`);
  // The model engineer's preset benchmark (bench/monteCarlo.ts), one line as it reports itself.
  const preset = results.monteCarlo.preset ?? {};
  console.log(`monte-carlo: ${Object.entries(preset).filter(([key]) => key !== "name").map(([key, value]) => `${key}=${format(value)}`).join("  ")}`);
  console.log("");
  console.log(renderResults(results));
  if (options.write) console.log("\nWritten: bench/results.json, BENCHMARKS.md");
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
