import {readFileSync} from "node:fs";
import type {CliIo} from "../../cli/io.js";

/** A CliIo that records output and serves the given in-memory files (other paths from disk). */
export function memoryIo(files: Record<string, string> = {}): CliIo & {stdout: () => string; stderr: () => string} {
  let out = "";
  let err = "";
  return {
    out: (text) => void (out += text),
    err: (text) => void (err += text),
    readTextFile: (path) => {
      if (path in files) return files[path] as string;
      return readFileSync(path, "utf8");
    },
    stdout: () => out,
    stderr: () => err
  };
}
