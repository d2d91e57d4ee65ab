import {Bool, Float64, Table, Utf8, tableToIPC, vectorFromArray, type DataType, type Vector} from "apache-arrow";

type Cell = string | number | boolean | null | undefined;

/**
 * Encodes rows as an Arrow IPC file, the format FileAttachment(…).arrow() reads without DuckDB-WASM.
 * Columns keep the order of the first row, and a column that is null in every row is kept (as text) rather than
 * dropped, so a page can rely on the mart's contract: a missing indicator is shown as missing, not as absent.
 */
export function rowsToArrow(rows: readonly object[]): Uint8Array {
  const first = rows[0];
  if (first === undefined) throw new Error("rowsToArrow: no rows to encode (an empty mart means a broken input)");
  const columns: Record<string, Vector> = {};
  for (const name of Object.keys(first)) {
    const values = rows.map((row) => (row as Record<string, Cell>)[name] ?? null);
    columns[name] = vectorFromArray(values, arrowType(name, values));
  }
  return tableToIPC(new Table(columns), "file");
}

function arrowType(name: string, values: readonly Cell[]): DataType {
  const kinds = new Set(values.filter((v) => v !== null && v !== undefined).map((v) => typeof v));
  if (kinds.size > 1) throw new TypeError(`rowsToArrow: column "${name}" mixes ${[...kinds].join(" and ")} values`);
  const kind = [...kinds][0];
  if (kind === "number") return new Float64();
  if (kind === "boolean") return new Bool();
  if (kind === undefined || kind === "string") return new Utf8();
  throw new TypeError(`rowsToArrow: column "${name}" has ${kind} values`);
}
