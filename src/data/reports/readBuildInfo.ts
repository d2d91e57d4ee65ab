/**
 * Node side of src/data/reports/build.json.ts (not a data loader itself): what built the site, for every report's
 * provenance block. The reports' other data are the shared candidate-scenarios, readiness-example and sources files.
 */
import {spawnSync} from "node:child_process";
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {z} from "zod";
import {projectRoot} from "../../../loaders/paths.js";
import {buildDate, type BuildInfo} from "../../model/report/index.js";

const PackageJson = z.object({name: z.string().min(1), version: z.string().min(1)});

/** Runs git in the project root; null when git or the checkout is missing. */
function git(args: readonly string[]): string | null {
  const result = spawnSync("git", ["-C", projectRoot, ...args], {encoding: "utf8"});
  return result.status === 0 ? result.stdout.trim() : null;
}

/**
 * What builds the reports: package name and version, the commit and whether tracked files differ from it, and the
 * build date from SOURCE_DATE_EPOCH or the last commit (never the clock, so two builds are identical).
 *
 * @throws {RangeError} when SOURCE_DATE_EPOCH is set to something that is not a time (see `buildDate`)
 */
export function readBuildInfo(): BuildInfo {
  const pkg = PackageJson.parse(JSON.parse(readFileSync(join(projectRoot, "package.json"), "utf8")));
  const head = git(["log", "-1", "--format=%H %ct"]);
  const [commit, seconds] = head?.match(/^([0-9a-f]{40}) ([0-9]+)$/)?.slice(1) ?? [];
  const status = commit === undefined ? null : git(["status", "--porcelain", "--untracked-files=no"]);
  const date = buildDate(process.env.SOURCE_DATE_EPOCH, seconds === undefined ? null : Number(seconds));
  return {
    software: pkg.name,
    version: pkg.version,
    commit: commit ?? null,
    uncommittedChanges: status === null ? null : status !== "",
    buildDate: date.date,
    buildDateSource: date.source
  };
}
