import {existsSync, readdirSync} from "node:fs";
import {join, relative} from "node:path";
import {describe, expect, it} from "vitest";
import {projectRoot} from "../../loaders/paths.js";
import {BAD, BOUNDARIES, CASES, CLASSES} from "./corpus.js";

describe("the bad-input corpus (test/fixtures/bad/cases.json)", () => {
  it("has at least 40 cases, each with a unique id", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(CASES.map((c) => c.id)).size).toBe(CASES.length);
  });

  it("covers every class issue 10 names", () => {
    const covered = new Set(CASES.map((c) => c.class));
    expect(CLASSES.filter((name) => !covered.has(name))).toEqual([]);
  });

  it("has cases at every boundary, and a test file per boundary that runs them", () => {
    for (const boundary of BOUNDARIES) {
      expect(CASES.some((c) => c.boundary === boundary), boundary).toBe(true);
      expect(existsSync(join(projectRoot, "test", "reliability", `${boundary}.test.ts`)), `test/reliability/${boundary}.test.ts`).toBe(true);
    }
  });

  it("points only at fixture files that exist", () => {
    const missing = CASES.flatMap((c) => ("file" in c.input ? [c.input.file, ...(c.input.export ? [c.input.export] : [])] : [])).filter((file) => !existsSync(join(BAD, file)));
    expect(missing).toEqual([]);
  });

  it("uses every fixture file it holds (no orphan inputs)", () => {
    const used = new Set(CASES.flatMap((c) => ("file" in c.input ? [c.input.file, ...(c.input.export ? [c.input.export] : [])] : [])));
    const files = readdirSync(BAD, {recursive: true, withFileTypes: true})
      .filter((entry) => entry.isFile() && entry.name !== "cases.json")
      .map((entry) => relative(BAD, join(entry.parentPath, entry.name)).split("\\").join("/"));
    expect(files.filter((file) => !used.has(file))).toEqual([]);
  });

  it("gives every error case an exit status where the boundary has one, and every safe case its meaning", () => {
    for (const c of CASES) {
      const hasExit = ["data-csv", "survey-mapping", "scenario-json", "cli-args"].includes(c.boundary);
      expect(c.expect.exit !== undefined, `${c.id}: exit status`).toBe(hasExit);
      if (c.expect.exit !== undefined) expect(c.expect.exit, c.id).toBe(c.expect.outcome === "error" ? 1 : 0);
    }
  });
});
