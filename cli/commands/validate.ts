import {parseCommandArgs} from "../args.js";
import type {Command} from "../command.js";
import {EXIT_ERROR, EXIT_OK, InputFileError, UsageError} from "../errors.js";
import {FILE_VALIDATORS} from "../validators/index.js";

const help = `Usage: mcw validate <file> [<file>…]

Checks input files without running anything. Prints "ok <file>" for each good file; for a bad one,
prints every problem to stderr (file:line:column, key path, bad value, what was expected).

Files checked:
${FILE_VALIDATORS.map((v) => `  ${v.description}`).join("\n")}
Any other file is reported as an unsupported file type.

Options:
  -h, --help   show this help

Exit status: 0 when every file is valid; 1 when any file is invalid, unreadable or unsupported,
or the arguments are wrong.
`;

/** `mcw validate <files…>`: checks each file with the first validator that accepts it. */
export const validateCommand: Command = {
  name: "validate",
  summary: "Check scenario files and data files (CSV/TSV) and report every problem",
  help,
  async run(args, io) {
    const {values, positionals} = parseCommandArgs(args, {});
    if (values.help) {
      io.out(help);
      return EXIT_OK;
    }
    if (positionals.length === 0) throw new UsageError("missing <file>: give at least one file to validate");
    let failed = 0;
    for (const file of positionals) {
      const validator = FILE_VALIDATORS.find((v) => v.accepts(file));
      if (!validator) {
        const extension = /\.[^./\\]+$/.exec(file)?.[0] ?? "(no extension)";
        const supported = FILE_VALIDATORS.map((v) => v.description).join("; ");
        io.err(`${file}: unsupported file type ${extension}; mcw validate checks ${supported}\n`);
        failed++;
        continue;
      }
      try {
        await validator.validate(file, io);
        io.out(`ok ${file}\n`);
      } catch (error) {
        if (!(error instanceof InputFileError)) throw error;
        io.err(error.lines.map((line) => `${line}\n`).join(""));
        failed++;
      }
    }
    return failed === 0 ? EXIT_OK : EXIT_ERROR;
  }
};
