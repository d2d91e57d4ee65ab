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

/**
 * Largest data file read, in bytes (32 MiB): eight times the largest shipped file (the 4 MB freeCodeCamp export).
 * Validation holds every row in memory; a 50 MB file took 51 s and 1.3 GB, so a larger file is refused at once
 * with a message instead (docs/reliability.md).
 */
export const MAX_CSV_BYTES = 32 * 1024 * 1024;

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
  let raw: TextColumns;
  try {
    raw = await readTextColumns(
      db,
      `select ${selected} from read_csv(${sqlString(path)}, header = true, auto_detect = false, delim = ${sqlString(delimiter)},
         quote = '"', escape = '"', columns = {${columns}}, strict_mode = false, null_padding = false)`
    );
  } catch (error) {
    throw csvReadError(error, file) ?? error;
  }

  const problems: DataProblem[] = [];
  let omitted = 0;
  const report = (problem: DataProblem) => (problems.length < MAX_PROBLEMS ? problems.push(problem) : omitted++);
  const rows: Record<string, unknown>[] = [];
  const firstLineOfKey = new Map<string, number>();
  const keyColumns = spec.key?.map((name) => raw.columns[name]);
  const fields = columnwiseFields(spec.row, raw.columns);
  for (let index = 0; index < raw.rowCount; index++) {
    const line = index + 2; // line 1 is the header
    if (spec.skip?.test(raw.row(index))) continue;
    if (spec.key !== undefined && keyColumns !== undefined) {
      const values = keyColumns.map((column) => (column?.[index] ?? "").trim());
      const id = keyId(values);
      const first = firstLineOfKey.get(id);
      if (first === undefined) firstLineOfKey.set(id, line);
      else {
        const value = values.join(", ");
        report({file, line, column: spec.key.join(", "), value, expected: `a unique ${spec.key.join(" + ")} (line ${first} has the same value)`});
      }
    }
    const fast = fields?.parse(index);
    if (fast !== undefined) {
      rows.push(fast);
      continue;
    }
    // The whole contract on the row as read: the exact issues of every cell, in the contract's own order.
    const strings = raw.row(index);
    const parsed = spec.row.safeParse(strings);
    if (parsed.success) {
      rows.push(parsed.data);
      continue;
    }
    for (const issue of parsed.error.issues) {
      const column = issue.path.length > 0 ? String(issue.path[0]) : undefined;
      const value = column === undefined ? undefined : strings[column];
      report({file, line, column, value: value ?? "(empty)", expected: issueExpectation(issue)});
    }
  }
  if (problems.length > 0) throw new DataError(problems, omitted);
  if (rows.length === 0) throw new DataError([{file, line: 2, expected: "at least one data row under the header"}]);

  await createTable(db, spec.table, spec.types as Record<string, ColumnType>, rows);
  return rows.length;
}

/** The text cells of a query, column by column, and a way to see one row as the contract sees it. */
interface TextColumns {
  readonly rowCount: number;
  readonly columns: Readonly<Record<string, readonly (string | null)[]>>;
  /** Row `index` as an object of column → text (null for an empty cell), built on demand. */
  row(index: number): Record<string, string | null>;
}

/**
 * Runs a query whose columns are all VARCHAR and keeps the cells column by column: converting columns is several
 * times faster than row-wise conversion on long files (O*NET: 35,000 rows), and a row object is only built when a
 * skip test or the full contract needs one.
 */
async function readTextColumns(db: DuckDBConnection, sql: string): Promise<TextColumns> {
  const reader = await db.runAndReadAll(sql);
  return textColumns(reader.getColumnsObjectJS() as Record<string, (string | null)[]>, reader.currentRowCount);
}

function textColumns(columns: Record<string, (string | null)[]>, rowCount: number): TextColumns {
  const names = Object.keys(columns);
  return {
    rowCount,
    columns,
    row(index) {
      const row: Record<string, string | null> = {};
      for (const name of names) row[name] = columns[name]?.[index] ?? null;
      return row;
    }
  };
}

/**
 * A Map key for the values of a row's key columns. One value is its own key; several are joined with NUL, which
 * no value contains in practice; if one does, JSON keeps them apart (a JSON string never holds a raw NUL, so the
 * two forms cannot collide).
 */
function keyId(values: readonly string[]): string {
  if (values.length === 1) return values[0] as string;
  return values.some((value) => value.includes("\u0000")) ? JSON.stringify(values) : values.join("\u0000");
}

type Primitive = string | number | boolean | bigint | null | undefined;
type FieldResult = {ok: true; value: Primitive} | {ok: false};

/**
 * Validates a z.object contract column by column: each cell's field schema runs once per distinct value of its
 * column (a column of 35,000 cells often holds a few hundred values), and then only the object's own part — its
 * refinements and the transform after it — runs per row, on the parsed values. For a row whose every cell passes,
 * that is exactly what zod does with the whole row (an object parses each key with its field schema, then runs its
 * checks on the result); `parse` returns undefined for any other row, and the caller runs the full contract on it
 * for zod's own issues. Field results are reused only when they are primitives, so no two rows share an object.
 *
 * @returns undefined when the contract is not a z.object (optionally refined, transformed and piped) or a loose
 *   one, or reads a key the query did not select: then every row goes through the full contract
 */
function columnwiseFields(
  schema: z.ZodType,
  columns: Readonly<Record<string, readonly (string | null)[]>>
): {parse(index: number): Record<string, unknown> | undefined} | undefined {
  const split = splitObjectContract(schema);
  if (split === undefined) return undefined;
  const keys = Object.keys(split.shape);
  if (keys.some((key) => columns[key] === undefined)) return undefined;
  // A strict object refuses the key columns it does not declare: only the whole row shows that.
  if (split.strict && Object.keys(columns).some((name) => !keys.includes(name))) return undefined;
  const fields = keys.map((key) => ({key, schema: split.shape[key] as z.ZodType, cells: columns[key] as readonly (string | null)[], memo: new Map<string | null, FieldResult>()}));
  return {
    parse(index) {
      const values: Record<string, unknown> = {};
      for (const field of fields) {
        const cell = field.cells[index] ?? null;
        let result = field.memo.get(cell);
        if (result === undefined) {
          const parsed = field.schema.safeParse(cell);
          result = parsed.success ? {ok: true, value: parsed.data as Primitive} : {ok: false};
          const primitive = !parsed.success || parsed.data === null || (typeof parsed.data !== "object" && typeof parsed.data !== "function");
          if (primitive) field.memo.set(cell, result);
        }
        if (!result.ok) return undefined;
        values[field.key] = result.value;
      }
      const parsed = split.rest.safeParse(values);
      return parsed.success ? (parsed.data as Record<string, unknown>) : undefined;
    }
  };
}

/**
 * Splits `z.object({…})[.refine…][.transform(…)][.pipe(…)]` into its field schemas and the rest: the same
 * schema with every field replaced by z.any(), which keeps the object's checks and everything piped after it.
 * Undefined for any other shape (a loose object, a preprocess, a union…).
 */
function splitObjectContract(schema: z.ZodType): {shape: Record<string, z.ZodType>; rest: z.ZodType; strict: boolean} | undefined {
  if (schema instanceof z.ZodObject) {
    const catchall = schema._zod.def.catchall;
    if (catchall !== undefined && catchall._zod.def.type !== "never") return undefined;
    const shape = schema.shape as Record<string, z.ZodType>;
    const anyShape = Object.fromEntries(Object.keys(shape).map((key) => [key, z.any()]));
    return {shape, rest: schema.clone({...schema._zod.def, shape: anyShape}), strict: catchall !== undefined};
  }
  if (schema instanceof z.ZodPipe) {
    const inner = splitObjectContract(schema.in as z.ZodType);
    if (inner === undefined) return undefined;
    return {shape: inner.shape, rest: schema.clone({...schema._zod.def, in: inner.rest}), strict: inner.strict};
  }
  return undefined;
}

/** The header columns a spec needs in memory, or undefined for all of them (see CsvSpec.read). */
export function columnsToRead(spec: AnyCsvSpec): Set<string> | undefined {
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
  checkFileSize(size, file);
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
  const shapeProblems = recordShapeProblems(text, delimiter, header.length, file);
  if (shapeProblems.length > 0) throw new DataError(shapeProblems.slice(0, MAX_PROBLEMS), Math.max(0, shapeProblems.length - MAX_PROBLEMS));
  return header;
}

/** Refuses a file above MAX_CSV_BYTES before reading it, naming its size. */
export function checkFileSize(size: number, file: string): void {
  if (size <= MAX_CSV_BYTES) return;
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  throw new DataError([{file, value: mb(size), expected: `a data file of at most ${mb(MAX_CSV_BYTES)} (split it, or aggregate it before loading; docs/reliability.md)`}]);
}

/**
 * Rows with more cells than the header, and a quote that is never closed, found by scanning the text the way DuckDB
 * reads it (RFC 4180 quotes, "" inside a quoted cell). DuckDB, run leniently because published files need it, would
 * drop the extra cells of a row without a word, so a stray comma would silently lose or shift a value. Empty extra
 * cells (a trailing delimiter) lose nothing and pass.
 *
 * @param text the file's text (BOM removed)
 * @param delimiter the cell delimiter
 * @param columns number of header columns
 * @param file the file as named in messages
 * @returns one problem per bad row (line of the row's start, the row's first line as value)
 */
export function recordShapeProblems(text: string, delimiter: string, columns: number, file: string): DataProblem[] {
  const problems: DataProblem[] = [];
  const QUOTE = 0x22;
  const LF = 0x0a;
  const CR = 0x0d;
  const separator = delimiter.charCodeAt(0);
  let line = 1;
  let recordLine = 1;
  let recordStart = 0;
  let cells = 1;
  let cellStart = true;
  let quoted = false;
  let quoteLine = 1;
  let extraText = false;
  const endRecord = (end: number) => {
    if (cells > columns && extraText) {
      const value = text.slice(recordStart, end).split(/\r?\n|\r/, 1)[0] ?? "";
      problems.push({file, line: recordLine, value, expected: `${columns} cells, as in the header (found ${cells}); quote a cell that contains ${JSON.stringify(delimiter)}`});
    }
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quoted) {
      if (c === QUOTE) {
        if (text.charCodeAt(i + 1) === QUOTE) i++;
        else quoted = false;
      } else if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) line++;
      continue;
    }
    if (c === separator) {
      cells++;
      cellStart = true;
      continue;
    }
    if (c === LF || c === CR) {
      endRecord(i);
      if (c === CR && text.charCodeAt(i + 1) === LF) i++;
      line++;
      recordLine = line;
      recordStart = i + 1;
      cells = 1;
      cellStart = true;
      extraText = false;
      continue;
    }
    if (cells > columns && c !== 0x20 && c !== 0x09) extraText = true;
    if (c === QUOTE && cellStart) {
      quoted = true;
      quoteLine = line;
    }
    cellStart = false;
  }
  if (quoted) problems.push({file, line: quoteLine, value: text.slice(recordStart).split(/\r?\n|\r/, 1)[0] ?? "", expected: "a closing double quote for the quoted cell that opens on this line (write a quote inside a quoted cell as \"\")"});
  else endRecord(text.length);
  return problems;
}

/**
 * A DuckDB CSV reading error (a row with too few cells, a quote that swallows the rest of the file) as a DataError
 * naming the file, the line and what was expected; undefined for any other error.
 */
export function csvReadError(error: unknown, file: string): DataError | undefined {
  const message = error instanceof Error ? error.message : String(error);
  const at = /CSV Error on Line: (\d+)/.exec(message);
  if (at === null) return undefined;
  const original = /Original Line: ?(.*)/.exec(message)?.[1];
  const counts = /Expected Number of Columns: (\d+) Found: (\d+)/.exec(message);
  const openQuote = original !== undefined && (original.match(/"/g)?.length ?? 0) % 2 === 1;
  const expected = counts
    ? `${counts[1]} cells, as in the header (found ${counts[2]})${openQuote ? "; a double quote on this line opens a cell that does not close" : ""}`
    : `a well-formed CSV row (${message.split("\n", 1)[0]})`;
  return new DataError([{file, line: Number(at[1]), value: original, expected}]);
}

/**
 * The expectation a zod issue states. A union such as "empty or a number" fails with zod's bare "Invalid input";
 * the message of the branch that got furthest (not a mere type mismatch) says what the cell should hold.
 */
function issueExpectation(issue: z.core.$ZodIssue): string {
  if (issue.code !== "invalid_union" || issue.message !== "Invalid input") return issue.message;
  const inner = issue.errors.flat().find((branch) => branch.code !== "invalid_type");
  return inner === undefined ? issue.message : issueExpectation(inner);
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
