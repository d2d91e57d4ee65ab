/**
 * The full clean build, timed as a fresh clone would run it: the working tree (without node_modules, dist/,
 * .tmp/, caches and test output) is copied to a scratch folder outside the repository, node_modules is linked in,
 * and `npm run clean` then `npm run build` run there as child processes. Then the built site is served with
 * cli/localSite.ts and each page's download weight measured in Chromium (bench/pageWeight.ts).
 *
 * Why a copy: `npm run clean` deletes .tmp/ — the shared warehouse cache and the site lock of whoever is building
 * in this checkout — and a build replaces dist/ under a running browser test. In a copy the build is exactly a
 * fresh clone's, and nobody else's work is touched.
 */
import {spawnSync} from "node:child_process";
import {cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync} from "node:fs";
import {tmpdir} from "node:os";
import {join, relative, sep} from "node:path";
import {projectRoot} from "../loaders/paths.js";
import {launchBrowser, serveSite} from "../cli/localSite.js";
import {measurePageWeight, sitePages, type PageWeight} from "./pageWeight.js";

/** Paths (relative to the repository) a fresh clone does not have: installed, built, cached or scratch. */
const NOT_IN_A_CLONE = ["node_modules", ".git", "dist", ".tmp", "test/output", "bench/output", "src/.observablehq", "src/fonts.css"];

/** Whether a path relative to the repository belongs in the copy. */
export function belongsInClone(path: string): boolean {
  const normal = path.split(sep).join("/");
  if (normal === "") return true;
  if (NOT_IN_A_CLONE.some((excluded) => normal === excluded || normal.startsWith(`${excluded}/`))) return false;
  return !/\.duckdb(\.wal)?$/.test(normal);
}

export interface CleanBuildResult {
  readonly ok: boolean;
  /** `npm run clean`, `npm run build`, and both, wall ms. */
  readonly cleanMs: number;
  readonly buildMs: number;
  readonly totalMs: number;
  /** The last lines the build printed on stderr when it failed. */
  readonly error: string | null;
  readonly distBytes: number;
  readonly distFiles: number;
  readonly pages: readonly PageWeight[];
}

/** npm as the running npm invoked it (npm sets npm_execpath), else the `npm` on PATH. */
function npm(args: string[], cwd: string): {status: number | null; stderr: string; ms: number} {
  const started = performance.now();
  const cli = process.env.npm_execpath;
  const result =
    cli !== undefined && cli.endsWith(".js")
      ? spawnSync(process.execPath, [cli, ...args], {cwd, encoding: "utf8", maxBuffer: 64 << 20})
      : spawnSync("npm", args, {cwd, encoding: "utf8", maxBuffer: 64 << 20});
  return {status: result.status, stderr: `${result.stderr ?? ""}${result.error ? String(result.error) : ""}`, ms: performance.now() - started};
}

function folderSize(dir: string): {bytes: number; files: number} {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, {withFileTypes: true, recursive: true})) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    files++;
  }
  return {bytes, files};
}

/**
 * Copies the tree, runs `npm run clean && npm run build` there, measures each page, and removes the copy.
 *
 * @param options `pages: false` skips the browser (no Chromium on the machine)
 */
export async function benchmarkCleanBuild({pages = true} = {}): Promise<CleanBuildResult> {
  const scratch = mkdtempSync(join(tmpdir(), "mcw-bench-clone-"));
  try {
    cpSync(projectRoot, scratch, {recursive: true, filter: (source) => belongsInClone(relative(projectRoot, source))});
    symlinkSync(join(projectRoot, "node_modules"), join(scratch, "node_modules"), "dir");
    const clean = npm(["run", "clean"], scratch);
    if (clean.status !== 0) return failed(clean.ms, 0, clean.stderr);
    const build = npm(["run", "build"], scratch);
    if (build.status !== 0) return failed(clean.ms, build.ms, build.stderr);
    const dist = join(scratch, "dist");
    const size = folderSize(dist);
    const weights = pages && existsSync(dist) ? await measurePages(dist) : [];
    return {ok: true, cleanMs: clean.ms, buildMs: build.ms, totalMs: clean.ms + build.ms, error: null, distBytes: size.bytes, distFiles: size.files, pages: weights};
  } finally {
    rmSync(scratch, {recursive: true, force: true});
  }
}

function failed(cleanMs: number, buildMs: number, stderr: string): CleanBuildResult {
  const tail = stderr.trim().split("\n").slice(-8).join("\n");
  return {ok: false, cleanMs, buildMs, totalMs: cleanMs + buildMs, error: tail || "(no output)", distBytes: 0, distFiles: 0, pages: []};
}

/** Serves a built site and measures every page in Chromium. */
export async function measurePages(dist: string): Promise<PageWeight[]> {
  const site = await serveSite(dist);
  const browser = await launchBrowser();
  try {
    const weights: PageWeight[] = [];
    for (const page of sitePages(dist)) weights.push(await measurePageWeight(browser, site.origin, page));
    return weights;
  } finally {
    await browser.close();
    await site.close();
  }
}
