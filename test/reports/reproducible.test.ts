/**
 * Reproducible reports: the report data loaders, run twice as separate processes from the same inputs, write
 * byte-identical files, and the build date comes from SOURCE_DATE_EPOCH or the last commit, never the clock.
 * (The figures drawn from them are compared in report.test.ts; candidate-verdicts.json in test/reliability.)
 */
import {spawnSync} from "node:child_process";
import {createHash} from "node:crypto";
import {describe, expect, it} from "vitest";
import {projectRoot} from "../../loaders/paths.js";

function run(args: readonly string[], env: NodeJS.ProcessEnv = {}): Buffer {
  const {MCW_DATA_DIR: _shipped, SOURCE_DATE_EPOCH: _unset, ...base} = process.env;
  const result = spawnSync(process.execPath, ["--import", "tsx", ...args], {cwd: projectRoot, env: {...base, ...env}, maxBuffer: 64 * 1024 * 1024, timeout: 5 * 60_000});
  expect(result.status, result.stderr.toString()).toBe(0);
  return result.stdout;
}
const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

describe("report data loaders: the same inputs give the same bytes", () => {
  it("candidate-scenarios.json, every report's candidate data, is byte-identical in two runs", () => {
    const args = ["src/data/candidate-scenarios.json.ts"];
    const first = run(args);
    const second = run(args);
    expect(first.length).toBeGreaterThan(10_000);
    expect(sha256(second)).toBe(sha256(first));
  }, 10 * 60_000);

  it("reports/build.json is byte-identical in two runs, and dated by SOURCE_DATE_EPOCH when it is set", () => {
    const first = run(["src/data/reports/build.json.ts"]);
    expect(run(["src/data/reports/build.json.ts"]).equals(first)).toBe(true);
    const dated = JSON.parse(run(["src/data/reports/build.json.ts"], {SOURCE_DATE_EPOCH: "1700000000"}).toString()) as {buildDate: string; buildDateSource: string};
    expect(dated).toMatchObject({buildDate: "2023-11-14T22:13:20Z", buildDateSource: "SOURCE_DATE_EPOCH"});
  }, 5 * 60_000);
});
