/**
 * `mcw`, the Micro-credential Workbench command line. `bin/mcw.js` registers tsx and calls `main`.
 * Commands live in cli/commands/; to add one, write its module and add one line to COMMANDS.
 */
import {realpathSync} from "node:fs";
import {fileURLToPath} from "node:url";
import {nearestKey} from "../src/model/index.js";
import type {Command} from "./command.js";
import {dbCommandSpec} from "./commands/db.js";
import {modelCommand} from "./commands/model.js";
import {portfolioCommand} from "./commands/portfolio.js";
import {reportCommand} from "./commands/report.js";
import {validateCommand} from "./commands/validate.js";
import {EXIT_ERROR, EXIT_OK, InputFileError, UsageError} from "./errors.js";
import {nodeIo, type CliIo} from "./io.js";

/** The command registry: one line per command. */
export const COMMANDS: readonly Command[] = [modelCommand, validateCommand, dbCommandSpec, portfolioCommand, reportCommand];

/** `mcw --help` text. */
export function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length), 4);
  return `mcw — Micro-credential Workbench command line

Usage: mcw <command> [arguments] [options]

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join("\n")}
  ${"help".padEnd(width)}  Show the help of a command: mcw help <command>

Run "mcw <command> --help" for a command's arguments and options.
Exit status: 0 success; 1 error (invalid input file or bad arguments; message on stderr).
`;
}

/**
 * Runs one `mcw` invocation.
 *
 * @param argv arguments after "mcw"
 * @param io output streams and file access (default: the real process)
 * @returns the exit status: 0 success, 1 any error (printed to stderr, with the usage for bad arguments)
 */
export async function main(argv: readonly string[], io: CliIo = nodeIo()): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    io.err(`mcw: missing command\n\n${mainHelp()}`);
    return EXIT_ERROR;
  }
  if (first === "--help" || first === "-h") {
    io.out(mainHelp());
    return EXIT_OK;
  }
  if (first === "help") {
    if (rest.length === 0) {
      io.out(mainHelp());
      return EXIT_OK;
    }
    const command = findCommand(rest[0] as string, io);
    if (!command) return EXIT_ERROR;
    io.out(command.help);
    return EXIT_OK;
  }
  const command = findCommand(first, io);
  if (!command) return EXIT_ERROR;
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`mcw ${command.name}: ${error.message}\n\n${command.help}`);
      return EXIT_ERROR;
    }
    if (error instanceof InputFileError) {
      io.err(error.lines.map((line) => `${line}\n`).join(""));
      return EXIT_ERROR;
    }
    throw error;
  }
}

function findCommand(name: string, io: CliIo): Command | undefined {
  const command = COMMANDS.find((c) => c.name === name);
  if (command) return command;
  const known = [...COMMANDS.map((c) => c.name), "help"];
  const what = name.startsWith("-") ? `unknown option "${name}"` : `unknown command "${name}"; did you mean "${nearestKey(name, known)}"?`;
  io.err(`mcw: ${what}\n\n${mainHelp()}`);
  return undefined;
}

/** True when this file is the program being run (`tsx cli/main.ts …`), not an import. */
function isDirectRun(): boolean {
  const invokedPath = process.argv[1];
  if (!invokedPath) return false;
  try {
    return realpathSync(invokedPath) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

// bin/mcw.js imports `main`; running this file directly works too.
if (isDirectRun()) process.exitCode = await main(process.argv.slice(2));
