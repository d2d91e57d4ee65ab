import {tableFromJSON, tableToIPC} from "apache-arrow";
import type {SqlRow} from "./duckdb.js";

/** Encodes rows as an Arrow IPC file, the format FileAttachment(…).arrow() reads without DuckDB-WASM. */
export function rowsToArrow(rows: readonly SqlRow[]): Uint8Array {
  if (rows.length === 0) throw new Error("rowsToArrow: no rows to encode (an empty mart means a broken input)");
  return tableToIPC(tableFromJSON(rows as SqlRow[]), "file");
}
