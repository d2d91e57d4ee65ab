import {readFileSync, statSync} from "node:fs";
import {relative} from "node:path";
import type {DuckDBConnection} from "@duckdb/node-api";
import {z} from "zod";
import {DataError, type DataProblem} from "./dataError.js";
import {sqlIdentifier, sqlString} from "./duckdb.js";
import {dataPath, projectRoot} from "./paths.js";

/** DuckDB column types a staged source may use. */
export type ColumnType = "VARCHAR" | "DOUBLE" | "BIGINT" | "INTEGER" | "BOOLEAN" | "DATE";

/**
 * How one raw CSV/TSV file enters DuckDB: its exact header, a zod contract for one row (fields named as in the
 * header, values arriving as strings or null for an empty cell), and the DuckDB type of every contract output.
 */
export interface CsvSpec<Row extends z.ZodType<Record<string, unknown>>> {
  /** Name of the DuckDB table the validated rows land in (`src_<source>`); staging SQL reads it. */
  table: string;
  /** File path relative to the data directory. */
  file: string;
  delimiter?: "," | "\t";
  /** The header, exactly; order does not matter, but every column must be there and no other. */
  header: readonly string[];
  /** Rows that are not data (a publisher's footnotes under the table) and are skipped, with the reason. */
  skip?: {reason: string; test: (raw: Record<string, string | null>) => boolean};
  /**
   * Header columns whose values together identify a row: a second row with the same values is a problem that
   * names both lines. Values are compared as written in the file (trimmed).
   */
  key?: readonly string[];
  /**
   * Header columns to read into memory. Defaults to the columns the contract reads (when `row` is a z.object,
   * or a z.object piped into a transform) plus the key columns, or every column when a `skip` test is set.
   * The header is always checked in full; reading fewer columns only saves time on wide or long files.
   */
  read?: readonly string[];
  row: Row;
  /** DuckDB type of each key the contract outputs. */
  types: {[K in keyof z.output<Row>]-?: ColumnType};
}

/** A spec whose row type does not matter (lists of sources, file validation). */
export type AnyCsvSpec = CsvSpec<z.ZodType<Record<string, unknown>>>;

/** The most problems one validation reports before summarising the rest. */
const MAX_PROBLEMS = 25;

/** Where a problem points: paths relative to the project read better than absolute ones. */
export function displayPath(path: string): string {
  const fromRoot = relative(projectRoot, path);
  return fromRoot.startsWith("..") ? path : fromRoot;
}

/**
 * Reads a CSV file with DuckDB (every column as text, header checked here), validates every row against the
 * contract and loads the typed rows into `spec.table`. Throws a DataError naming file, line, column, value and
 * expectation for each problem; nothing is created when any row fails.
 * @returns the number of rows loaded
 */
export async function loadCsv<Row extends z.ZodType<Record<string, unknown>>>(
  db: DuckDBConnection,
  spec: CsvSpec<Row>,
  path = dataPath(spec.file)
): Promise<number> {
  const file = displayPath(path);
  const header = checkFileAndHeader(path, file, spec);
  const columns = header.map((name) => `${sqlString(name)}: 'VARCHAR'`).join(", ");
  const delimiter = spec.delimiter ?? ",";
  const wanted = columnsToRead(spec);
  const selected = wanted === undefined ? "*" : header.filter((name) => wanted.has(name)).map(sqlIdentifier).join(", ");
  // Every column as VARCHAR: types are the contract's job, so a bad cell gets our message, not a cast error.
  const raw = await readTextRows(
    db,
    `select ${selected} from read_csv(${sqlString(path)}, header = true, auto_detect = false, delim = ${sqlString(delimiter)},
       quote = '"', escape = '"', columns = {${columns}}, strict_mode = false, null_padding = false)`
  );

  const problems: DataProblem[] = [];
  let omitted = 0;
  const report = (problem: DataProblem) => (problems.length < MAX_PROBLEMS ? problems.push(problem) : omitted++);
  const rows: Record<string, unknown>[] = [];
  const firstLineOfKey = new Map<string, number>();
  raw.forEach((cells, index) => {
    const line = index + 2; // line 1 is the header
    const strings = cells;
    if (spec.skip?.test(strings)) return;
    if (spec.key !== undefined) {
      const values = spec.key.map((name) => (strings[name] ?? "").trim());
      const id = JSON.stringify(values);
      const first = firstLineOfKey.get(id);
      if (first === undefined) firstLineOfKey.set(id, line);
      else {
        const value = values.join(", ");
        report({file, line, column: spec.key.join(", "), value, expected: `a unique ${spec.key.join(" + ")} (line ${first} has the same value)`});
      }
    }
    const parsed = spec.row.safeParse(strings);
    if (parsed.success) {
      rows.push(parsed.data);
      return;
    }
    for (const issue of parsed.error.issues) {
      const column = issue.path.length > 0 ? String(issue.path[0]) : undefined;
      const value = column === undefined ? undefined : strings[column];
      report({file, line, column, value: value ?? "(empty)", expected: issue.message});
    }
  });
  if (problems.length > 0) throw new DataError(problems, omitted);
  if (rows.length === 0) throw new DataError([{file, line: 2, expected: "at least one data row under the header"}]);

  await createTable(db, spec.table, spec.types as Record<string, ColumnType>, rows);
  return rows.length;
}

/**
 * Runs a query whose columns are all VARCHAR and returns one object per row. Reading column-wise and assembling
 * the rows here is several times faster than row-wise conversion on long files (O*NET: 35,000 rows).
 */
async function readTextRows(db: DuckDBConnection, sql: string): Promise<Record<string, string | null>[]> {
  const reader = await db.runAndReadAll(sql);
  const columns = reader.getColumnsObjectJS() as Record<string, (string | null)[]>;
  const names = Object.keys(columns);
  const rows: Record<string, string | null>[] = [];
  for (let i = 0; i < reader.currentRowCount; i++) {
    const row: Record<string, string | null> = {};
    for (const name of names) row[name] = columns[name]?.[i] ?? null;
    rows.push(row);
  }
  return rows;
}

/** The header columns a spec needs in memory, or undefined for all of them (see CsvSpec.read). */
function columnsToRead(spec: AnyCsvSpec): Set<string> | undefined {
  if (spec.read !== undefined) return new Set([...spec.read, ...(spec.key ?? [])]);
  if (spec.skip !== undefined) return undefined; // a skip test may look at any column
  const keys = objectKeys(spec.row);
  return keys === undefined ? undefined : new Set([...keys, ...(spec.key ?? [])]);
}

/**
 * Input keys of a z.object, also through `.transform()`/`.pipe()`; undefined for any other schema, and for an
 * object that keeps unknown keys (z.looseObject, .catchall), which may read every column.
 */
function objectKeys(schema: z.ZodType): string[] | undefined {
  if (schema instanceof z.ZodObject) {
    const catchall = schema._zod.def.catchall;
    if (catchall !== undefined && catchall._zod.def.type !== "never") return undefined;
    return Object.keys(schema.shape);
  }
  if (schema instanceof z.ZodPipe) return objectKeys(schema.in as z.ZodType);
  return undefined;
}

function checkFileAndHeader(path: string, file: string, spec: CsvSpec<z.ZodType<Record<string, unknown>>>): string[] {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new DataError([{file, expected: "an existing, readable file"}]);
  }
  if (size === 0) throw new DataError([{file, line: 1, expected: `a header row: ${spec.header.join(", ")}`}]);
  const bytes = readFileSync(path);
  checkUtf8(bytes, file);
  const text = bytes.toString("utf8").replace(/^\uFEFF/, ""); // a BOM is harmless; DuckDB skips it too
  const firstLine = text.split(/\r?\n/, 1)[0] ?? "";
  const delimiter = spec.delimiter ?? ",";
  const header = splitCsvLine(firstLine, delimiter);
  const expected = new Set(spec.header);
  const found = new Set(header);
  const problems: DataProblem[] = [];
  const missing = spec.header.filter((name) => !found.has(name));
  const extra = header.filter((name) => !expected.has(name));
  if (missing.length > 0 && header.length === 1) {
    const other = delimiter === "," ? [";", "\t", "|"] : [",", ";", "|"];
    const guess = other.find((d) => firstLine.includes(d));
    problems.push({
      file,
      line: 1,
      value: firstLine,
      expected: `columns separated by ${delimiter === "," ? "commas" : "tabs"}${guess ? ` (this header looks ${JSON.stringify(guess)}-separated)` : ""}: ${spec.header.join(", ")}`
    });
  } else {
    for (const name of missing) problems.push({file, line: 1, column: name, expected: "this column in the header (it is missing)"});
    for (const name of extra) problems.push({file, line: 1, column: name, value: name, expected: `only the columns ${spec.header.join(", ")}`});
    const duplicates = header.filter((name, i) => header.indexOf(name) !== i);
    for (const name of duplicates) problems.push({file, line: 1, column: name, expected: "each column once (it appears twice)"});
  }
  if (problems.length > 0) throw new DataError(problems);
  if (!/\r?\n\s*\S/.test(text)) throw new DataError([{file, line: 2, expected: "at least one data row under the header"}]);
  return header;
}

/** Rejects bytes that are not UTF-8, naming the line of the first bad byte (Latin-1 exports are the usual cause). */
function checkUtf8(bytes: Buffer, file: string): void {
  try {
    new TextDecoder("utf-8", {fatal: true}).decode(bytes);
  } catch {
    const decoder = new TextDecoder("utf-8", {fatal: true});
    let line = 1;
    let start = 0;
    for (let i = 0; i <= bytes.length; i++) {
      if (i === bytes.length || bytes[i] === 0x0a) {
        try {
          decoder.decode(bytes.subarray(start, i));
        } catch {
          const text = bytes.subarray(start, i).toString("latin1");
          throw new DataError([{file, line, value: text, expected: "UTF-8 text (re-save the file as UTF-8)"}]);
        }
        line++;
        start = i + 1;
      }
    }
    throw new DataError([{file, expected: "UTF-8 text (re-save the file as UTF-8)"}]);
  }
}

/** Splits one CSV line, honouring double quotes; used only for the header, which never spans lines. */
export function splitCsvLine(line: string, delimiter: string): string[] {
  const cells: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === delimiter) {
      cells.push(cell);
      cell = "";
    } else cell += ch;
  }
  cells.push(cell);
  return cells;
}

async function createTable(db: DuckDBConnection, table: string, types: Record<string, ColumnType>, rows: Record<string, unknown>[]) {
  const names = Object.keys(types);
  const columnList = names.map((name) => `${sqlIdentifier(name)} ${types[name]}`).join(", ");
  await db.run(`create or replace table ${sqlIdentifier(table)} (${columnList})`);
  const appender = await db.createAppender(table);
  for (const row of rows) {
    for (const name of names) appendCell(appender, types[name] as ColumnType, row[name], table, name);
    appender.endRow();
  }
  appender.closeSync();
}

type Appender = Awaited<ReturnType<DuckDBConnection["createAppender"]>>;

function appendCell(appender: Appender, type: ColumnType, value: unknown, table: string, name: string): void {
  if (value === null || value === undefined) return appender.appendNull();
  switch (type) {
    case "VARCHAR":
      return appender.appendVarchar(String(value));
    case "DOUBLE":
      return appender.appendDouble(value as number);
    case "INTEGER":
      return appender.appendInteger(value as number);
    case "BIGINT":
      return appender.appendBigInt(BigInt(value as number));
    case "BOOLEAN":
      return appender.appendBoolean(value as boolean);
    case "DATE":
      // Dates travel as ISO text; DuckDB casts on append of VARCHAR into a DATE column.
      return appender.appendVarchar(String(value));
  }
  throw new TypeError(`loadCsv: ${table}.${name} has unknown type ${String(type)}`);
}

/** zod helpers for the cells of a published table, where empty cells arrive as null. */
export const cell = {
  /** Required text. */
  text: () => z.string({error: "a non-empty text value"}).trim().min(1, "a non-empty text value"),
  /** A finite number written with optional thousands separators; `NaN`/`Infinity` are rejected. */
  number: (expected = "a finite number") =>
    z
      .string({error: expected})
      .transform((s, ctx) => {
        const n = parseNumber(s);
        if (n === undefined) {
          ctx.addIssue({code: "custom", message: expected});
          return z.NEVER;
        }
        return n;
      }),
  /** A number, or null where the publisher prints one of the given markers (e.g. "—" for not applicable). */
  numberOr: (markers: readonly string[], expected = "a finite number") =>
    z.union([z.null(), z.string()], {error: expected}).transform((s, ctx) => {
      if (s === null || markers.includes(s.trim())) return null;
      const n = parseNumber(s);
      if (n === undefined) {
        ctx.addIssue({code: "custom", message: `${expected} or one of ${markers.map((m) => JSON.stringify(m)).join(", ")}`});
        return z.NEVER;
      }
      return n;
    })
};

/** Parses "1,234.5" style numbers; anything else (words, NaN, Infinity, empty) is undefined. */
export function parseNumber(text: string): number | undefined {
  const trimmed = text.trim().replaceAll(",", "");
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(trimmed)) return undefined;
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : undefined;
}
