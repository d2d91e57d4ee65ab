import {parseArgs, type ParseArgsConfig} from "node:util";
import {UsageError} from "./errors.js";

type Options = NonNullable<ParseArgsConfig["options"]>;

/**
 * Parses a command's arguments strictly (unknown flags and missing flag values are usage errors);
 * every command also accepts --help / -h.
 *
 * @param args arguments after the command name
 * @param options flag definitions, as for node:util parseArgs
 * @returns flag values and positional arguments
 * @throws {UsageError} for an unknown flag, a flag without its value, or a value given to a boolean flag
 */
export function parseCommandArgs<O extends Options>(args: readonly string[], options: O) {
  try {
    return parseArgs({
      args: [...args],
      options: {...options, help: {type: "boolean", short: "h"}},
      strict: true,
      allowPositionals: true,
      allowNegative: false
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // node's messages mention "node script.js"; keep only the first sentence about the flag
    throw new UsageError(message.replace(/\. To specify a positional argument.*$/s, "").replace(/\s+$/, ""));
  }
}
