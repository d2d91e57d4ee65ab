import {fileURLToPath} from "node:url";
import {dirname, resolve} from "node:path";

/** The repository root: loaders run from anywhere (tsx, vitest, the CLI) and still find `data/`. */
export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** Where the shipped inputs live; `MCW_DATA_DIR` points a build or test at another tree with the same layout. */
export function dataDir(): string {
  return resolve(process.env.MCW_DATA_DIR ?? resolve(projectRoot, "data"));
}

/** Resolves a path given relative to the data directory (as source specs name their files). */
export function dataPath(relative: string): string {
  return resolve(dataDir(), relative);
}
