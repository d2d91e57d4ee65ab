import {readFileSync, statSync} from "node:fs";

/**
 * Largest input file the CLI reads as text (scenario and portfolio JSON), in bytes: 1 MiB, about 300 times a
 * preset scenario with all its citations. A larger file is refused before it is read (docs/reliability.md).
 */
export const MAX_INPUT_FILE_BYTES = 1_048_576;

/**
 * An input file that exists but cannot be used as text: too large, or not UTF-8. `line` and `column` (1-based)
 * point at the first byte that is not UTF-8.
 */
export class InputTextError extends Error {
  constructor(
    message: string,
    readonly line?: number,
    readonly column?: number
  ) {
    super(message);
    this.name = "InputTextError";
  }
}

/**
 * Side effects a command may use, injected so tests can capture output and serve files from memory.
 * `out` and `err` receive whole chunks of text (include the trailing newline).
 */
export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /**
   * Reads a UTF-8 text file; throws like `fs.readFileSync` when it cannot, and `InputTextError` when it is larger
   * than MAX_INPUT_FILE_BYTES or not UTF-8.
   */
  readonly readTextFile: (path: string) => string;
}

/** The real process: stdout, stderr and the file system. */
export function nodeIo(): CliIo {
  return {
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
    readTextFile
  };
}

/**
 * Reads a file as UTF-8 text, refusing one above MAX_INPUT_FILE_BYTES before reading it and one with bytes that
 * are not UTF-8 (naming the line and column of the first), where `readFileSync(path, "utf8")` would silently turn
 * them into U+FFFD.
 *
 * @throws {InputTextError} too large, or not UTF-8; otherwise as `fs.readFileSync` (ENOENT, EISDIR, …)
 */
export function readTextFile(path: string): string {
  const size = statSync(path).size;
  if (size > MAX_INPUT_FILE_BYTES) {
    throw new InputTextError(`${size.toLocaleString("en-US")} bytes; expected an input file of at most ${MAX_INPUT_FILE_BYTES.toLocaleString("en-US")} bytes`);
  }
  const bytes = readFileSync(path);
  try {
    return new TextDecoder("utf-8", {fatal: true}).decode(bytes);
  } catch {
    const {offset, line, column} = firstInvalidUtf8(bytes);
    const byte = `0x${(bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, "0")}`;
    throw new InputTextError(`found byte ${byte}, which is not UTF-8; expected UTF-8 text (re-save the file as UTF-8)`, line, column);
  }
}

/** Offset, line and column (characters decoded so far on that line, plus one) of the first byte that is not UTF-8. */
function firstInvalidUtf8(bytes: Uint8Array): {offset: number; line: number; column: number} {
  const decoder = new TextDecoder("utf-8", {fatal: true});
  let line = 1;
  let lineStart = 0;
  for (let offset = 0; offset < bytes.length; ) {
    const lead = bytes[offset] as number;
    const length = lead < 0x80 ? 1 : lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 0;
    let valid = length > 0 && offset + length <= bytes.length;
    if (valid && length > 1) {
      try {
        decoder.decode(bytes.subarray(offset, offset + length));
      } catch {
        valid = false;
      }
    }
    if (!valid) {
      const column = new TextDecoder("utf-8").decode(bytes.subarray(lineStart, offset)).length + 1;
      return {offset, line, column};
    }
    if (lead === 0x0a) {
      line++;
      lineStart = offset + 1;
    }
    offset += length;
  }
  return {offset: bytes.length, line, column: 1};
}
