import type {CliIo} from "./io.js";

/**
 * One `mcw` command. To add a command, write cli/commands/<name>.ts exporting a `Command` and add
 * one line to the registry in cli/main.ts.
 */
export interface Command {
  /** Word typed after `mcw`. */
  readonly name: string;
  /** One line for `mcw --help`. */
  readonly summary: string;
  /** Full help text for `mcw <name> --help` (usage line, arguments, options, examples). */
  readonly help: string;
  /**
   * Runs the command. Throw `UsageError` for bad arguments and `InputFileError` for bad files;
   * main prints them to stderr and exits 1.
   *
   * @param args the arguments after the command name
   * @returns the exit status
   */
  readonly run: (args: readonly string[], io: CliIo) => number | Promise<number>;
}
