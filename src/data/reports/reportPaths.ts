/**
 * The report pages Framework builds from src/reports/[credential].md: one per candidate of the catalogue the build
 * uses (data/user/catalogue.csv when present, else data/catalogue/candidates.csv, under MCW_DATA_DIR when set, as
 * the warehouse chooses). Read by observablehq.config.ts (`dynamicPaths`) and the report page index; the catalogue
 * itself is validated by the warehouse, which fails the build on a bad row.
 */
import {existsSync, readFileSync} from "node:fs";
import {csvParse} from "d3";
import {dataPath} from "../../../loaders/paths.js";

/**
 * The catalogue files, relative to the data directory: `catalogue.file` and `USER_CATALOGUE_FILE` of
 * loaders/sources/catalogue.ts, restated so the config does not load DuckDB (a test checks they agree).
 */
export const CATALOGUE_FILES = {shipped: "catalogue/candidates.csv", user: "user/catalogue.csv"} as const;

/** Ids that would collide with the reports folder's own pages and files. */
const RESERVED = new Set(["index", "scenario", "build"]);

/** Candidate ids of the catalogue, in file order. */
export function catalogueIds(): string[] {
  const user = dataPath(CATALOGUE_FILES.user);
  const file = existsSync(user) ? user : dataPath(CATALOGUE_FILES.shipped);
  const ids = csvParse(readFileSync(file, "utf8").replace(/^\uFEFF/, "")).map((row) => (row.id ?? "").trim());
  for (const id of ids) {
    if (RESERVED.has(id)) throw new Error(`${file}: candidate id "${id}" is reserved for a page of /reports/; rename the candidate`);
  }
  return ids.filter((id) => id !== "");
}

/** `/reports/<id>` for every candidate: Framework's `dynamicPaths` for src/reports/[credential].md. */
export function reportPaths(): string[] {
  return catalogueIds().map((id) => `/reports/${id}`);
}
