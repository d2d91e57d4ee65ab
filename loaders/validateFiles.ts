/**
 * Validates data files against the CSV contracts of the warehouse modules, without building anything: each file
 * is matched to its spec (by its path under the data directory, or by its header), loaded with `loadCsv` into a
 * throwaway in-memory DuckDB, and every problem is collected. `mcw validate` prints the result.
 */
import {readFileSync, statSync} from "node:fs";
import {relative, resolve, sep} from "node:path";
import {DataError, type DataProblem} from "./dataError.js";
import {withDuckDB} from "./duckdb.js";
import {dataDir} from "./paths.js";
import {displayPath, loadCsv, splitCsvLine, type AnyCsvSpec} from "./readCsv.js";
import {WAREHOUSE_MODULES} from "./modules/index.js";
import type {WarehouseModule} from "./warehouseModule.js";

export interface FileValidation {
  /** The file as given (resolved against the working directory). */
  file: string;
  ok: boolean;
  problems: DataProblem[];
}

/** Below this share of shared header columns a file is reported as unknown rather than checked against a spec. */
const MIN_HEADER_SIMILARITY = 0.5;
const DELIMITERS = [",", "\t", ";", "|"] as const;

interface KnownSpec {
  spec: AnyCsvSpec;
  module: WarehouseModule;
}

/** Every CSV contract the warehouse modules declare, in module order. */
export function knownSpecs(modules: readonly WarehouseModule[] = WAREHOUSE_MODULES): KnownSpec[] {
  return modules.flatMap((module) => (module.sources ?? []).map((spec) => ({spec, module})));
}

/**
 * Checks each file against the contract that applies to it and returns one result per file, in order.
 * A file is matched by its path relative to the data directory (`MCW_DATA_DIR` or data/), else by a header
 * equal to a known spec's (a template's header is its spec's); a file that matches nothing is a problem that
 * names the closest spec, and is checked against that spec when at least half its header columns agree.
 */
export async function validateDataFiles(paths: string[], modules: readonly WarehouseModule[] = WAREHOUSE_MODULES): Promise<FileValidation[]> {
  const specs = knownSpecs(modules);
  const results: FileValidation[] = [];
  await withDuckDB(async (db) => {
    for (const given of paths) {
      const path = resolve(given);
      const file = displayPath(path);
      const match = matchSpec(path, specs);
      const problems: DataProblem[] = [];
      if (match.kind === "none") {
        problems.push({file, line: 1, expected: match.expected});
        if (match.closest === undefined) {
          results.push({file: path, ok: false, problems});
          continue;
        }
      }
      const known = match.kind === "none" ? match.closest : match.known;
      if (known === undefined) continue;
      try {
        await loadCsv(db, known.spec, path);
        if (known.module.checkFile) problems.push(...(await known.module.checkFile(db, known.spec, path)));
      } catch (error) {
        if (error instanceof DataError) problems.push(...error.problems);
        else problems.push({file, expected: `a readable data file (${error instanceof Error ? error.message : String(error)})`});
      }
      results.push({file: path, ok: problems.length === 0, problems});
    }
  });
  return results;
}

type Match =
  | {kind: "path" | "header"; known: KnownSpec}
  | {kind: "none"; closest: KnownSpec | undefined; expected: string};

function matchSpec(path: string, specs: readonly KnownSpec[]): Match {
  const relativePath = relative(dataDir(), path).split(sep).join("/");
  const byPath = specs.find(({spec}) => spec.file === relativePath);
  if (byPath) return {kind: "path", known: byPath};

  const firstLine = readFirstLine(path);
  if (firstLine === undefined) {
    return {kind: "none", closest: undefined, expected: "a CSV file with a header row that matches a known data file or template (the file is empty or unreadable)"};
  }
  const byHeader = specs.find(({spec}) => sameColumns(splitCsvLine(firstLine, spec.delimiter ?? ","), spec.header));
  if (byHeader) return {kind: "header", known: byHeader};

  // No exact match: rank specs by the share of columns in common, trying every common delimiter so a
  // semicolon-separated copy of a comma file still finds its spec (loadCsv then names the delimiter).
  let best: {known: KnownSpec; similarity: number} | undefined;
  for (const known of specs) {
    for (const delimiter of DELIMITERS) {
      const similarity = jaccard(splitCsvLine(firstLine, delimiter), known.spec.header);
      if (!best || similarity > best.similarity) best = {known, similarity};
    }
  }
  if (!best || best.similarity === 0) {
    return {kind: "none", closest: undefined, expected: "a header that matches a known data file or template (no known file shares a column with this one)"};
  }
  const {spec} = best.known;
  const share = `${Math.round(best.similarity * 100)}% of columns in common`;
  return {
    kind: "none",
    closest: best.similarity >= MIN_HEADER_SIMILARITY ? best.known : undefined,
    expected: `a header that matches a known data file or template; the closest is ${spec.file} (table ${spec.table}, ${share}): ${spec.header.join(", ")}`
  };
}

function readFirstLine(path: string): string | undefined {
  try {
    if (statSync(path).size === 0) return undefined;
    // Decoding leniently is enough to recognise the header; loadCsv reports any bytes that are not UTF-8.
    const text = readFileSync(path).subarray(0, 64 * 1024).toString("utf8").replace(/^\uFEFF/, "");
    return text.split(/\r?\n/, 1)[0];
  } catch {
    return undefined;
  }
}

function sameColumns(found: readonly string[], expected: readonly string[]): boolean {
  return found.length === expected.length && new Set(found).size === found.length && expected.every((name) => found.includes(name));
}

function jaccard(a: readonly string[], b: readonly string[]): number {
  const left = new Set(a);
  const right = new Set(b);
  const shared = [...left].filter((name) => right.has(name)).length;
  return shared / (left.size + right.size - shared);
}
