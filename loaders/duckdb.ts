import {DuckDBInstance, type DuckDBConnection} from "@duckdb/node-api";

/** Opens a DuckDB database (in memory unless a path is given), runs fn, and always closes it. */
export async function withDuckDB<T>(fn: (db: DuckDBConnection) => Promise<T>, path = ":memory:", {readOnly = false} = {}): Promise<T> {
  // Only the bundled extensions exist offline; never let DuckDB try to download one.
  const options: Record<string, string> = {autoinstall_known_extensions: "false", autoload_known_extensions: "true"};
  if (readOnly) options.access_mode = "READ_ONLY";
  const instance = await DuckDBInstance.create(path, options);
  const db = await instance.connect();
  try {
    return await fn(db);
  } finally {
    db.closeSync();
    instance.closeSync();
  }
}

export type SqlValue = string | number | boolean | null;
export type SqlRow = Record<string, SqlValue>;

/**
 * Runs a query and returns plain rows. BIGINT/HUGEINT counts become numbers (they fit: our counts are far
 * below 2^53) and DECIMALs become doubles, so zod contracts downstream see ordinary JSON values.
 */
export async function queryRows(db: DuckDBConnection, sql: string): Promise<SqlRow[]> {
  const reader = await db.runAndReadAll(sql);
  // Rows are built from arrays and column names, not getRowObjectsJS: a column named "__proto__" (a survey
  // export's header may say anything) would fall into the prototype setter there and vanish.
  const names = reader.columnNames();
  return reader.getRowsJS().map((row) => {
    const plain: SqlRow = {};
    names.forEach((key, index) => {
      const value = toPlain(row[index], key);
      if (key === "__proto__") Object.defineProperty(plain, key, {value, enumerable: true, writable: true, configurable: true});
      else plain[key] = value;
    });
    return plain;
  });
}

function toPlain(value: unknown, key: string): SqlValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "bigint") return Number(value);
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  throw new TypeError(`queryRows: column "${key}" has a value of unsupported type ${Object.prototype.toString.call(value)}`);
}

/** Quotes a string as a SQL literal. */
export function sqlString(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

/** Quotes an identifier (a column name from a CSV header, say). */
export function sqlIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
