/**
 * `npm run bench`: runs every benchmark and prints one line per result (a benchmark, not a test:
 * nothing fails on a slow machine). Add a benchmark by writing bench/<name>.ts and one entry below.
 */
import {benchmarkMonteCarlo} from "./monteCarlo.js";

const benchmarks: {name: string; run: () => Record<string, unknown>}[] = [
  {name: "monte-carlo", run: () => ({...benchmarkMonteCarlo()})}
];

const format = (value: unknown): string =>
  typeof value === "number" ? (Number.isInteger(value) ? String(value) : value.toFixed(value < 10 ? 2 : 0)) : String(value);

console.log(`node ${process.version}, ${process.platform}/${process.arch}`);
for (const benchmark of benchmarks) {
  const result = benchmark.run();
  console.log(`${benchmark.name}: ${Object.entries(result).filter(([key]) => key !== "name").map(([key, value]) => `${key}=${format(value)}`).join("  ")}`);
}
