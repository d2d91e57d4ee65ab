/**
 * Atomic outputs: a build or an ingest that fails part-way leaves the previous output byte for byte as it was.
 * The input is damaged so that the failure comes mid-way: data/user/enrolments.csv is read by the second
 * warehouse module, after the labour-market module has already written its tables into the new database.
 */
import {spawnSync} from "node:child_process";
import {createHash} from "node:crypto";
import {cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {dirname, join, relative} from "node:path";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {DataError} from "../../loaders/dataError.js";
import {projectRoot} from "../../loaders/paths.js";
import {writeWarehouse} from "../../loaders/warehouse.js";
import {BAD, runMcw} from "./corpus.js";

/** A damaged copy of the shipped data: everything linked, plus a user enrolments file with NaN on line 2. */
function damagedDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "mcw-damaged-data-"));
  const shipped = join(projectRoot, "data");
  for (const entry of readdirSync(shipped)) if (entry !== "user") symlinkSync(join(shipped, entry), join(dir, entry));
  mkdirSync(join(dir, "user"));
  cpSync(join(BAD, "data", "enrolments-nan.csv"), join(dir, "user", "enrolments.csv"));
  return dir;
}

/** SHA-256 of every file under a folder, by relative path: two equal snapshots mean byte-identical trees. */
function snapshot(root: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(root, {recursive: true, withFileTypes: true})) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files[relative(root, path)] = createHash("sha256").update(readFileSync(path)).digest("hex");
  }
  return files;
}

async function withDataDir<T>(dir: string, fn: () => Promise<T>): Promise<T> {
  const previous = process.env.MCW_DATA_DIR;
  process.env.MCW_DATA_DIR = dir;
  try {
    return await fn();
  } finally {
    if (previous === undefined) delete process.env.MCW_DATA_DIR;
    else process.env.MCW_DATA_DIR = previous;
  }
}

const work = mkdtempSync(join(tmpdir(), "mcw-atomic-"));
const damaged = damagedDataDir();
afterAll(() => {
  rmSync(work, {recursive: true, force: true});
  rmSync(damaged, {recursive: true, force: true});
});

describe("a failed warehouse build leaves the previous database untouched", () => {
  const target = join(work, "warehouse.duckdb");
  let previous: Buffer;

  beforeAll(async () => {
    await writeWarehouse(target); // the shipped data: the previous, good output
    previous = readFileSync(target);
  }, 600_000);

  it("writeWarehouse rejects the damaged input, naming it, and the file keeps every byte", async () => {
    const failure = withDataDir(damaged, () => writeWarehouse(target));
    await expect(failure).rejects.toThrow(DataError);
    await expect(failure).rejects.toThrow(/enrolments\.csv:2: column "completions": found "NaN"; expected a whole number of completions/);
    expect(readFileSync(target).equals(previous)).toBe(true);
    expect(readdirSync(work).filter((name) => name !== "warehouse.duckdb")).toEqual([]); // no temporary file left behind
  }, 600_000);

  it("mcw db --out exits 1, says the warehouse was not written, and the file keeps every byte", async () => {
    const {exit, stdout, stderr} = await withDataDir(damaged, () => runMcw(["db", "--out", target]));
    expect(exit).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain("mcw db: the warehouse was not written; fix these inputs first:");
    expect(stderr).toMatch(/enrolments\.csv:2: column "completions": found "NaN"; expected a whole number of completions/);
    expect(readFileSync(target).equals(previous)).toBe(true);
    expect(readdirSync(work).filter((name) => name !== "warehouse.duckdb")).toEqual([]);
  }, 600_000);
});

describe("a failed npm run build leaves dist/ untouched", () => {
  /**
   * scripts/build.ts runs in a copy of the project (code copied now, data and node_modules linked), so the test
   * neither waits for nor disturbs other builds, dev servers or the shared warehouse cache of this checkout; the
   * copy has a dist/ from a "previous build", and MCW_DATA_DIR points at the damaged data.
   */
  it("exits 1 with the loader's message and dist/ keeps every byte", () => {
    const copy = mkdtempSync(join(tmpdir(), "mcw-build-copy-"));
    try {
      for (const entry of ["cli", "loaders", "scripts", "src", "observablehq.config.ts", "package.json", "tsconfig.json"]) {
        cpSync(join(projectRoot, entry), join(copy, entry), {recursive: true, filter: (source) => !source.includes(`${join("src", ".observablehq")}`)});
      }
      for (const entry of ["data", "scenarios", "portfolios", "node_modules"]) {
        if (existsSync(join(projectRoot, entry))) symlinkSync(join(projectRoot, entry), join(copy, entry));
      }
      const dist = join(copy, "dist");
      const previousFiles: Record<string, string> = {
        "index.html": "<!DOCTYPE html><html><head><title>Previous build</title></head><body><h1>Built yesterday</h1></body></html>\n",
        "occupations.html": "<!DOCTYPE html><html><head><title>Occupations</title></head><body></body></html>\n",
        "_file/data/candidates.0123abcd.json": '[{"id":"previous","title":"Previous build"}]\n'
      };
      for (const [path, text] of Object.entries(previousFiles)) {
        mkdirSync(dirname(join(dist, path)), {recursive: true});
        writeFileSync(join(dist, path), text);
      }
      const before = snapshot(dist);
      const mtimeBefore = statSync(join(dist, "index.html")).mtimeMs;

      const started = performance.now();
      const result = spawnSync(process.execPath, [join(projectRoot, "node_modules", "tsx", "dist", "cli.mjs"), join(copy, "scripts", "build.ts")], {
        cwd: copy,
        env: {...process.env, MCW_DATA_DIR: damaged},
        encoding: "utf8",
        timeout: 15 * 60_000
      });
      const seconds = (performance.now() - started) / 1000;
      expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(1);
      expect(result.stderr).toMatch(/enrolments\.csv:2: column "completions": found "NaN"; expected a whole number of completions/);
      expect(result.stderr).toMatch(/\[mcw\] build failed \(exit \d+\); dist\/ left as it was/);
      expect(snapshot(dist)).toEqual(before);
      expect(statSync(join(dist, "index.html")).mtimeMs).toBe(mtimeBefore);
      expect(readdirSync(join(copy, ".tmp")).filter((name) => name.startsWith("dist-"))).toEqual([]); // the staging folder is gone
      expect(seconds).toBeLessThan(15 * 60);
    } finally {
      rmSync(copy, {recursive: true, force: true});
    }
  }, 16 * 60_000);
});
