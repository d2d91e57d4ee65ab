/** Bad command-line usage (unknown flag, bad flag value, missing argument): reported with the usage. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/**
 * Bad input file: every line names the file (and line:column where known), the key, the bad value
 * and what was expected.
 */
export class InputFileError extends Error {
  readonly lines: readonly string[];
  constructor(lines: readonly string[]) {
    super(lines.join("\n"));
    this.name = "InputFileError";
    this.lines = lines;
  }
}

/** Exit status of a successful run. */
export const EXIT_OK = 0;
/** Exit status of any error: invalid input file or bad arguments. */
export const EXIT_ERROR = 1;
