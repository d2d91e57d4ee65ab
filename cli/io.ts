import {readFileSync} from "node:fs";

/**
 * Side effects a command may use, injected so tests can capture output and serve files from memory.
 * `out` and `err` receive whole chunks of text (include the trailing newline).
 */
export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** Reads a UTF-8 text file; throws like `fs.readFileSync` when it cannot. */
  readonly readTextFile: (path: string) => string;
}

/** The real process: stdout, stderr and the file system. */
export function nodeIo(): CliIo {
  return {
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
    readTextFile: (path) => readFileSync(path, "utf8")
  };
}
