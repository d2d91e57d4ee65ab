import type {DuckDBConnection} from "@duckdb/node-api";
import {DataError} from "../dataError.js";
import {logProgress} from "../log.js";
import {loadCsv} from "../readCsv.js";
import {readinessFilePath, readinessInstrument, readinessInstrumentProblems, readinessInstrumentRuleProblems} from "../sources/readinessInstrument.js";
import type {WarehouseModule} from "../warehouseModule.js";

/**
 * The institution's own side (issue 11): the readiness self-assessment instrument, from the data directory or, when it
 * has none, the shipped data/readiness/instrument.csv. Runs after the learners module, whose published survey figures
 * the instrument's benchmarks name (checked by `mcw validate` and by the page's data loaders). It builds no mart: the
 * instrument is loaded as `src_readiness_instrument` (so `mcw db` ships it to researchers) and read by
 * src/data/readiness-instrument.json.ts through `readReadinessInstrument`.
 */
export const institution: WarehouseModule = {
  name: "institution",
  sources: [readinessInstrument],
  async checkFile(db, spec, path) {
    return spec.table === readinessInstrument.table ? readinessInstrumentProblems(db, path) : [];
  },
  marts: [],
  async build(db: DuckDBConnection) {
    const started = performance.now();
    const path = readinessFilePath(readinessInstrument.file);
    const rows = await loadCsv(db, readinessInstrument, path);
    // The benchmarks' figures are checked where they are used (mcw validate, the page's data loaders), so a data tree
    // with other published figures (the test fixtures) still builds.
    const problems = await readinessInstrumentRuleProblems(db, path);
    if (problems.length > 0) throw new DataError(problems);
    logProgress("readiness_instrument", rows, started);
  }
};
