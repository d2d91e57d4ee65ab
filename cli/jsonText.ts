/**
 * Positions inside JSON text, for error messages that point at a line and column: the first syntax
 * error (JSON.parse's own message has no position for some errors in Node 20, e.g. "Unexpected
 * token '}', … is not valid JSON"), and where each key of a valid document sits.
 * A small recursive-descent scanner of RFC 8259 JSON; JSON.parse stays the parser of record.
 */

export type JsonPath = readonly (string | number)[];

export interface JsonScan {
  /** First syntax error, if any: offset into the text and a description. */
  readonly error: {readonly offset: number; readonly message: string} | null;
  /** Offset of each key (or array element, or the root) by path, keyed by `pathKey(path)`. */
  readonly positions: ReadonlyMap<string, number>;
}

/** Map key of a path. */
export function pathKey(path: JsonPath): string {
  return JSON.stringify(path);
}

class JsonSyntaxError extends Error {
  constructor(
    readonly offset: number,
    message: string
  ) {
    super(message);
  }
}

/**
 * Scans JSON text: reports the first syntax error, and records where every key sits (the opening
 * quote of the key; for array elements and the root, the first character of the value). For a
 * repeated key the last occurrence wins, as in JSON.parse.
 *
 * @param text the file's text
 * @returns the error (or null) and the positions found before it
 * @example scanJson('{"a": }').error; // => {offset: 6, message: "unexpected '}' where a value was expected"}
 */
export function scanJson(text: string): JsonScan {
  const positions = new Map<string, number>();
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
    for (;;) {
      skipWhitespace();
      if (text[i] !== '"') {
        fail(text[i] === "}" ? "trailing comma before '}'" : `expected a property name in double quotes, found ${describe(i)}`);
      }
      const keyStart = i;
      scanString();
      const key = JSON.parse(text.slice(keyStart, i)) as string;
      const keyPath = [...path, key];
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
    return {error: null, positions};
  } catch (error) {
    if (error instanceof JsonSyntaxError) return {error: {offset: error.offset, message: error.message}, positions};
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
