import type {CliIo} from "../io.js";

/** A checker for one kind of file, used by `mcw validate`. */
export interface FileValidator {
  /** What it checks, shown in `mcw validate --help`, e.g. "scenario files (*.json)". */
  readonly description: string;
  /** True when this validator handles the file (usually decided by its extension). */
  readonly accepts: (file: string) => boolean;
  /** Checks the file; throws `InputFileError` listing every problem (file, line/row, key/column, value, expectation). */
  readonly validate: (file: string, io: CliIo) => void | Promise<void>;
}
