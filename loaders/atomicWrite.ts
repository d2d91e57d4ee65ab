import {mkdirSync, renameSync, rmSync, writeFileSync} from "node:fs";
import {dirname, basename, join} from "node:path";

/**
 * Writes a file under a temporary name beside its target, then renames it into place,
 * so a failure part-way never leaves half a file where a reader expects a whole one.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  mkdirSync(dirname(path), {recursive: true});
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, data);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, {force: true});
    throw error;
  }
}
