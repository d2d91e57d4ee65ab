import {lineColumn, locatePath, parseJsonInput, type JsonPath, type JsonScan} from "../src/model/jsonText.js";
import {InputFileError} from "./errors.js";
import {InputTextError, type CliIo} from "./io.js";

/** Byte-order mark some editors put at the start of UTF-8 files; JSON does not allow it. */
const BOM = "\uFEFF";

/** A JSON file read and parsed strictly: its text (without a BOM), the value, and where each key sits. */
export interface JsonDocument {
  readonly file: string;
  readonly text: string;
  readonly json: unknown;
  readonly scan: JsonScan;
}

/** One problem a format's parser found, with the key path that locates it in the file. */
export interface LocatableIssue {
  readonly keys: JsonPath;
  readonly message: string;
}

/**
 * Reads a JSON input file for the CLI: size and UTF-8 checked by `io`, BOM dropped, strict JSON (syntax errors,
 * nesting deeper than MAX_JSON_DEPTH and repeated keys are refused with file:line:column).
 *
 * @throws {InputFileError} naming the file (and line:column) for every problem
 */
export function readJsonDocument(file: string, io: CliIo): JsonDocument {
  let text: string;
  try {
    text = io.readTextFile(file);
  } catch (error) {
    if (error instanceof InputTextError) {
      throw new InputFileError([`${file}${error.line === undefined ? "" : `:${error.line}:${error.column}`}: ${error.message}`]);
    }
    const reason = error instanceof Error ? error.message : String(error);
    throw new InputFileError([`${file}: cannot read the file (${reason})`]);
  }
  if (text.startsWith(BOM)) text = text.slice(1);
  const parsed = parseJsonInput(file, text);
  if ("problems" in parsed) throw new InputFileError(parsed.problems);
  return {file, text, json: parsed.json, scan: parsed.scan};
}

/**
 * Turns a format's issues into CLI messages "file:line:column: message", in file order so they read top to
 * bottom like the file (an issue whose key is absent from the file, e.g. a missing key, names the file only).
 */
export function locateIssues(document: JsonDocument, issues: readonly LocatableIssue[]): InputFileError {
  const located = issues.map((issue) => ({issue, offset: locatePath(document.scan, issue.keys)}));
  located.sort((a, b) => (a.offset ?? -1) - (b.offset ?? -1));
  return new InputFileError(
    located.map(({issue, offset}) => {
      if (offset === null) return `${document.file}: ${issue.message}`;
      const {line, column} = lineColumn(document.text, offset);
      return `${document.file}:${line}:${column}: ${issue.message}`;
    })
  );
}

/**
 * Reads a JSON input file and validates it with a format's parser.
 *
 * @param parse the format's parser (e.g. parseScenario); throws an error carrying `issues` on invalid input
 * @param issuesOf the issues of an error thrown by `parse`, or undefined for an error that is not the format's
 * @throws {InputFileError} for a file that cannot be read or parsed, or breaks the format (one line per issue)
 */
export function readJsonFile<T>(file: string, io: CliIo, parse: (json: unknown, file: string) => T, issuesOf: (error: unknown) => readonly LocatableIssue[] | undefined): T {
  const document = readJsonDocument(file, io);
  return parseJsonDocument(document, parse, issuesOf);
}

/** `readJsonFile` for a document already read (e.g. to pick its format first). */
export function parseJsonDocument<T>(document: JsonDocument, parse: (json: unknown, file: string) => T, issuesOf: (error: unknown) => readonly LocatableIssue[] | undefined): T {
  try {
    return parse(document.json, document.file);
  } catch (error) {
    const issues = issuesOf(error);
    if (issues === undefined) throw error;
    throw locateIssues(document, issues);
  }
}
