/**
 * Positions inside JSON text, for error messages that point at a line and column: the first syntax
 * error (JSON.parse's own message has no position for some errors in Node 20, e.g. "Unexpected
 * token '}', … is not valid JSON"), and where each key of a valid document sits.
 * A small recursive-descent scanner of RFC 8259 JSON; JSON.parse stays the parser of record.
 */

export type JsonPath = readonly (string | number)[];

/**
 * Deepest nesting of arrays and objects the scanner follows; a deeper document is refused with an error at the
 * first bracket beyond it, so hostile input (100,000 nested brackets) cannot exhaust the stack. A scenario needs 3.
 */
export const MAX_JSON_DEPTH = 64;

/** A key written twice in one object: where the repeat is and where the first one was (JSON.parse keeps the last). */
export interface JsonDuplicateKey {
  readonly path: JsonPath;
  readonly offset: number;
  readonly firstOffset: number;
}

export interface JsonScan {
  /** First syntax error, if any: offset into the text and a description. */
  readonly error: {readonly offset: number; readonly message: string} | null;
  /** True when the error is nesting deeper than MAX_JSON_DEPTH (valid JSON, refused), not a syntax error. */
  readonly tooDeep: boolean;
  /** Offset of each key (or array element, or the root) by path, keyed by `pathKey(path)`. */
  readonly positions: ReadonlyMap<string, number>;
  /** Every key that repeats within its object, in file order (up to the first error). */
  readonly duplicates: readonly JsonDuplicateKey[];
}

/** Map key of a path. */
export function pathKey(path: JsonPath): string {
  return JSON.stringify(path);
}

class JsonSyntaxError extends Error {
  constructor(
    readonly offset: number,
    message: string,
    readonly tooDeep = false
  ) {
    super(message);
  }
}

/**
 * Scans JSON text: reports the first syntax error (or nesting deeper than MAX_JSON_DEPTH), records
 * where every key sits (the opening quote of the key; for array elements and the root, the first
 * character of the value) and lists keys repeated within one object. For a repeated key the position
 * of the last occurrence is recorded, as JSON.parse keeps the last value.
 *
 * @param text the file's text
 * @returns the error (or null) and the positions found before it
 * @example scanJson('{"a": }').error; // => {offset: 6, message: "unexpected '}' where a value was expected"}
 */
export function scanJson(text: string): JsonScan {
  const positions = new Map<string, number>();
  const duplicates: JsonDuplicateKey[] = [];
  let i = 0;
  const describe = (offset: number) => (offset >= text.length ? "end of file" : `'${text[offset]}'`);
  const fail = (message: string, offset = i): never => {
    throw new JsonSyntaxError(offset, message);
  };
  const skipWhitespace = () => {
    while (i < text.length && (text[i] === " " || text[i] === "\t" || text[i] === "\n" || text[i] === "\r")) i++;
  };
  const scanString = () => {
    const start = i;
    i++; // opening quote
    for (;;) {
      if (i >= text.length) fail("unterminated string", start);
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return;
      }
      if (c < 0x20) fail("control character (such as a raw line break) inside a string; write it as an escape like \\n");
      if (c === 0x5c) {
        const next = text[i + 1];
        if (next === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail("invalid \\u escape: expected four hex digits");
          i += 6;
        } else if (next !== undefined && '"\\/bfnrt'.includes(next)) {
          i += 2;
        } else {
          fail(`invalid escape '\\${next ?? ""}' in string`);
        }
      } else {
        i++;
      }
    }
  };
  const scanNumber = () => {
    const match = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/.exec(text.slice(i, i + 400));
    if (!match || match[0] === "-" || match[0] === "") fail(`invalid number`);
    i += (match as RegExpExecArray)[0].length;
    if (i < text.length && /[0-9.eE+-]/.test(text[i] as string)) fail("invalid number");
  };
  const scanValue = (path: JsonPath) => {
    skipWhitespace();
    if (i >= text.length) fail("unexpected end of file where a value was expected");
    const c = text[i] as string;
    if ((c === "{" || c === "[") && path.length >= MAX_JSON_DEPTH) {
      throw new JsonSyntaxError(i, `arrays and objects nested more than ${MAX_JSON_DEPTH} levels deep`, true);
    }
    if (c === "{") return scanObject(path);
    if (c === "[") return scanArray(path);
    if (c === '"') return scanString();
    if (c === "-" || (c >= "0" && c <= "9")) return scanNumber();
    for (const literal of ["true", "false", "null"]) {
      if (text.startsWith(literal, i)) {
        i += literal.length;
        return;
      }
    }
    if (c === "'") fail("strings and keys must use double quotes");
    fail(`unexpected ${describe(i)} where a value was expected`);
  };
  const scanObject = (path: JsonPath) => {
    i++; // {
    skipWhitespace();
    if (text[i] === "}") {
      i++;
      return;
    }
    const firstOffsets = new Map<string, number>();
    for (;;) {
      skipWhitespace();
      if (text[i] !== '"') {
        fail(text[i] === "}" ? "trailing comma before '}'" : `expected a property name in double quotes, found ${describe(i)}`);
      }
      const keyStart = i;
      scanString();
      const key = JSON.parse(text.slice(keyStart, i)) as string;
      const keyPath = [...path, key];
      const firstOffset = firstOffsets.get(key);
      if (firstOffset === undefined) firstOffsets.set(key, keyStart);
      else duplicates.push({path: keyPath, offset: keyStart, firstOffset});
      positions.set(pathKey(keyPath), keyStart);
      skipWhitespace();
      if (text[i] !== ":") fail(`expected ':' after property name, found ${describe(i)}`);
      i++;
      scanValue(keyPath);
      skipWhitespace();
      if (text[i] === ",") {
        i++;
        continue;
      }
      if (text[i] === "}") {
        i++;
        return;
      }
      fail(`expected ',' or '}' after a property value, found ${describe(i)}`);
    }
  };
  const scanArray = (path: JsonPath) => {
    i++; // [
    skipWhitespace();
    if (text[i] === "]") {
      i++;
      return;
    }
    for (let index = 0; ; index++) {
      skipWhitespace();
      if (text[i] === "]") fail("trailing comma before ']'");
      positions.set(pathKey([...path, index]), i);
      scanValue([...path, index]);
      skipWhitespace();
      if (text[i] === ",") {
        i++;
        continue;
      }
      if (text[i] === "]") {
        i++;
        return;
      }
      fail(`expected ',' or ']' after an array element, found ${describe(i)}`);
    }
  };
  try {
    skipWhitespace();
    positions.set(pathKey([]), i);
    scanValue([]);
    skipWhitespace();
    if (i < text.length) fail(`unexpected ${describe(i)} after the end of the JSON value`);
    return {error: null, tooDeep: false, positions, duplicates};
  } catch (error) {
    if (error instanceof JsonSyntaxError) return {error: {offset: error.offset, message: error.message}, tooDeep: error.tooDeep, positions, duplicates};
    throw error;
  }
}

/**
 * 1-based line and column of an offset (columns count UTF-16 code units, as editors mostly do).
 *
 * @example lineColumn("{\n  \"a\": x}", 9); // => {line: 2, column: 8}
 */
export function lineColumn(text: string, offset: number): {line: number; column: number} {
  let line = 1;
  let lineStart = 0;
  for (let k = 0; k < offset && k < text.length; k++) {
    if (text[k] === "\n") {
      line++;
      lineStart = k + 1;
    }
  }
  return {line, column: offset - lineStart + 1};
}

/**
 * Offset of the deepest existing prefix of a path (a missing key points at its parent).
 *
 * @param scan result of `scanJson`
 * @param path key path
 * @returns the offset, or null when not even the root was found
 */
export function locatePath(scan: JsonScan, path: JsonPath): number | null {
  for (let length = path.length; length >= 0; length--) {
    const offset = scan.positions.get(pathKey(path.slice(0, length)));
    if (offset !== undefined) return offset;
  }
  return null;
}

/**
 * Parses the text of a JSON input file strictly, for messages that point at a line and column: the first
 * syntax error ("invalid JSON: …"), nesting deeper than MAX_JSON_DEPTH, and every key written twice in one
 * object (JSON.parse would silently keep the last value, so a pasted or mistyped repeat would change a number
 * without a word) are problems, one line each, "file:line:column: message", in file order.
 *
 * @param file the file as named in messages
 * @param text the file's text (without a byte-order mark)
 * @returns the parsed value and its scan, or the problems
 * @example parseJsonInput("a.json", '{"x": 1, "x": 2}'); // => {problems: ['a.json:1:10: x: duplicate key "x" (first at line 1, column 2); …']}
 */
export function parseJsonInput(file: string, text: string): {json: unknown; scan: JsonScan} | {problems: string[]} {
  const scan = scanJson(text);
  const at = (offset: number) => {
    const {line, column} = lineColumn(text, offset);
    return `${file}:${line}:${column}`;
  };
  if (scan.error !== null) {
    const message = scan.tooDeep
      ? `refused: ${scan.error.message}; expected at most ${MAX_JSON_DEPTH} levels (the workbench's files need 4 or fewer)`
      : `invalid JSON: ${scan.error.message}`;
    return {problems: [`${at(scan.error.offset)}: ${message}`]};
  }
  if (scan.duplicates.length > 0) {
    return {
      problems: scan.duplicates.map(({path, offset, firstOffset}) => {
        const first = lineColumn(text, firstOffset);
        const key = String(path[path.length - 1]);
        return (
          `${at(offset)}: ${path.map(String).join(".")}: duplicate key ${JSON.stringify(key)} (first at line ${first.line}, column ${first.column}); ` +
          `expected each key once in an object (JSON keeps only the last value, so the other one would be silently ignored)`
        );
      })
    };
  }
  try {
    return {json: JSON.parse(text) as unknown, scan};
  } catch (error) {
    // The scanner accepts exactly RFC 8259 JSON; this only runs if it and JSON.parse ever disagree.
    const position = /at position (\d+)/.exec(error instanceof Error ? error.message : String(error));
    return {problems: [`${at(position ? Number(position[1]) : 0)}: invalid JSON: ${error instanceof Error ? error.message : String(error)}`]};
  }
}
