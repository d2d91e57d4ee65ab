/**
 * The shape of a warehouse module (a data family) and of its marts: what loaders/modules/* implement and
 * loaders/warehouse.ts runs, kept apart from both so neither imports the other's file.
 */
import type {DuckDBConnection} from "@duckdb/node-api";
import type {z} from "zod";
import type {DataProblem} from "./dataError.js";
import type {AnyCsvSpec} from "./readCsv.js";

/** A mart as the rest of the project relies on it: its table, its grain and the contract of one row. */
export interface MartSpec {
  name: string;
  /** "one row per …", stated once and checked by the data tests. */
  grain: string;
  /** Columns that together identify a row (the grain as a key). */
  key: readonly string[];
  row: z.ZodType<Record<string, unknown>>;
}

/** One data family: loads its sources and builds its staging views and mart tables in `db`. */
export interface WarehouseModule {
  name: string;
  /** Every CSV contract the module reads, so `validateDataFiles` (and `mcw validate`) can check a file against it. */
  sources?: readonly AnyCsvSpec[];
  /**
   * Checks beyond one file's contract for a file of `spec` that `loadCsv` has just loaded into `db` (e.g. codes
   * that must exist in another source); `validateDataFiles` calls it and reports the problems it returns.
   */
  checkFile?(db: DuckDBConnection, spec: AnyCsvSpec, path: string): Promise<DataProblem[]>;
  marts: readonly MartSpec[];
  build(db: DuckDBConnection): Promise<void>;
}
