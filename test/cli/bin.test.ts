import {spawnSync} from "node:child_process";
import {describe, expect, it} from "vitest";

const mcw = (...args: string[]) => spawnSync(process.execPath, ["bin/mcw.js", ...args], {encoding: "utf8"});

describe("bin/mcw.js (end to end)", () => {
  it("runs the model on a preset and prints JSON", () => {
    const result = mcw("model", "scenarios/stackable-masters-pathway.json", "--draws", "1000", "--format", "json");
    expect(result.status).toBe(0);
    expect(result.stderr).toBe("");
    const report = JSON.parse(result.stdout);
    expect(report.monteCarlo.draws).toBe(1000);
    expect(report.deterministic.paybackYear).toBe(2);
  });
  it("exits 1 with the message on stderr for a bad argument", () => {
    const result = mcw("model", "scenarios/stackable-masters-pathway.json", "--format", "yaml");
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/--format: expected one of json, csv, table/);
  });
});
