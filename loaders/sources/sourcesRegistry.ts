import {existsSync, readdirSync} from "node:fs";
import {join, relative, sep} from "node:path";
import type {DuckDBConnection} from "@duckdb/node-api";
import {z} from "zod";
import {DataError, type DataProblem} from "../dataError.js";
import {queryRows, withDuckDB} from "../duckdb.js";
import {dataDir, dataPath} from "../paths.js";
import {cell, displayPath, loadCsv, type CsvSpec} from "../readCsv.js";

/** A path relative to the data directory: no leading slash, no "..", no backslash. */
const RELATIVE_PATH = /^(?!\/)(?!.*(^|\/)\.\.(\/|$))[^\\;]+$/;

/**
 * The machine-readable registry of datasets (data/sources.csv, one row per dataset), the companion of
 * data/SOURCES.md: id, title, publisher, url, licence, vintage, the files under the data directory that hold it
 * (`;`-separated, relative to data/), required attribution and caveats. The methods page renders it; a data test
 * checks that every file under data/raw is listed and every listed file exists.
 */
export const sourcesRegistry = {
  table: "src_sources_registry",
  file: "sources.csv",
  header: ["id", "title", "publisher", "url", "licence", "vintage", "files", "attribution", "caveats"],
  key: ["id"],
  row: z.object({
    id: z.string({error: "a kebab-case id like bls-ep-2024-34"}).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "a kebab-case id like bls-ep-2024-34"),
    title: cell.text(),
    publisher: cell.text(),
    url: z.string({error: "an http(s) URL"}).regex(/^https?:\/\/\S+$/, "an http(s) URL"),
    licence: cell.text(),
    vintage: cell.text(),
    files: z
      .string({error: "one or more paths relative to data/, separated by ;"})
      .refine((list) => list.split(";").every((path) => RELATIVE_PATH.test(path.trim()) && path.trim().length > 0), "one or more paths relative to data/, separated by ; (no leading /, no ..)"),
    attribution: cell.text(),
    caveats: z.union([z.null(), z.string()]).transform((text) => (text === null || text.trim() === "" ? null : text.trim()))
  }),
  types: {id: "VARCHAR", title: "VARCHAR", publisher: "VARCHAR", url: "VARCHAR", licence: "VARCHAR", vintage: "VARCHAR", files: "VARCHAR", attribution: "VARCHAR", caveats: "VARCHAR"}
} satisfies CsvSpec<z.ZodType<Record<string, unknown>>>;

/** One dataset of the registry, with its files as a list. */
export interface SourceEntry {
  id: string;
  title: string;
  publisher: string;
  url: string;
  licence: string;
  vintage: string;
  files: string[];
  attribution: string;
  caveats: string | null;
}

const SourceRow = z.object({
  id: z.string(),
  title: z.string(),
  publisher: z.string(),
  url: z.string(),
  licence: z.string(),
  vintage: z.string(),
  files: z.string(),
  attribution: z.string(),
  caveats: z.string().nullable()
});

/** Every file under data/raw, relative to the data directory, with "/" separators. */
export function rawDataFiles(): string[] {
  const root = join(dataDir(), "raw");
  if (!existsSync(root)) return [];
  return readdirSync(root, {withFileTypes: true, recursive: true})
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dataDir(), join(entry.parentPath, entry.name)).split(sep).join("/"))
    .sort();
}

/**
 * Problems of the registry beyond one row's contract: a listed file that does not exist, a file under data/raw
 * that no dataset lists, a file listed by two datasets.
 */
export function registryProblems(entries: readonly SourceEntry[], file = displayPath(dataPath(sourcesRegistry.file))): DataProblem[] {
  const problems: DataProblem[] = [];
  const listedBy = new Map<string, string>();
  entries.forEach((entry, index) => {
    for (const path of entry.files) {
      if (!existsSync(dataPath(path))) problems.push({file, line: index + 2, column: "files", value: path, expected: "a file that exists under the data directory"});
      const other = listedBy.get(path);
      if (other !== undefined) problems.push({file, line: index + 2, column: "files", value: path, expected: `a file listed by one dataset only (also listed by "${other}")`});
      listedBy.set(path, entry.id);
    }
  });
  for (const path of rawDataFiles()) {
    if (!listedBy.has(path)) problems.push({file, column: "files", value: path, expected: "every file under data/raw listed by a dataset (add it to the dataset it belongs to)"});
  }
  return problems;
}

/** The datasets of a registry already loaded into `db` (table `sourcesRegistry.table`), in file order. */
export async function registryEntries(db: DuckDBConnection): Promise<SourceEntry[]> {
  const rows = await queryRows(db, `select * from ${sourcesRegistry.table}`);
  return rows.map((row) => {
    const parsed = SourceRow.parse(row);
    return {...parsed, files: parsed.files.split(";").map((path) => path.trim())};
  });
}

/**
 * Reads and checks the registry: each row against `sourcesRegistry`'s contract (via `loadCsv`, so a bad cell is
 * reported with file, line, column and value), then `registryProblems`.
 *
 * @returns the datasets in file order
 * @throws {DataError} naming every problem found
 */
export async function readSourcesRegistry(): Promise<SourceEntry[]> {
  const entries = await withDuckDB(async (db) => {
    await loadCsv(db, sourcesRegistry);
    return registryEntries(db);
  });
  const problems = registryProblems(entries);
  if (problems.length > 0) throw new DataError(problems);
  return entries;
}
