import {existsSync} from "node:fs";
import type {DuckDBConnection} from "@duckdb/node-api";
import {DataError} from "../dataError.js";
import {dataPath} from "../paths.js";
import {logProgress} from "../log.js";
import {displayPath, loadCsv} from "../readCsv.js";
import {registryEntries, registryProblems, sourcesRegistry} from "../sources/sourcesRegistry.js";
import type {WarehouseModule} from "../warehouseModule.js";

/**
 * Provenance: the registry of datasets (data/sources.csv) that the methods page and the reports cite. Loaded as
 * `src_sources_registry` so `mcw db` ships each table's source with the tables, and listed as a source contract so
 * `mcw validate data/sources.csv` checks an edited registry (every row, every listed file present, every raw file
 * listed) before a build does.
 */
export const provenance: WarehouseModule = {
  name: "provenance",
  sources: [sourcesRegistry],
  async checkFile(db, spec, path) {
    return spec.table === sourcesRegistry.table ? registryProblems(await registryEntries(db), displayPath(path)) : [];
  },
  marts: [],
  async build(db: DuckDBConnection) {
    // A data tree without a registry of its own (a test fixture, a user's partial tree) builds without one; the
    // pages that cite sources read it through readSourcesRegistry, which names the missing file.
    if (!existsSync(dataPath(sourcesRegistry.file))) return;
    const started = performance.now();
    const rows = await loadCsv(db, sourcesRegistry);
    const problems = registryProblems(await registryEntries(db));
    if (problems.length > 0) throw new DataError(problems);
    logProgress("sources_registry", rows, started);
  }
};
