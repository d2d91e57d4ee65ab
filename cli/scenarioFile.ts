import {parseScenario, ScenarioError, type Scenario} from "../src/model/index.js";
import {InputFileError} from "./errors.js";
import {InputTextError, type CliIo} from "./io.js";
import {lineColumn, locatePath, parseJsonInput} from "./jsonText.js";

/** Byte-order mark some editors put at the start of UTF-8 files; JSON does not allow it. */
const BOM = "\uFEFF";

/**
 * Reads, parses and validates a scenario JSON file.
 *
 * @param file path as given on the command line (also used in messages)
 * @param io file access
 * @returns the validated scenario
 * @throws {InputFileError} when the file cannot be read, is larger than 1 MiB or not UTF-8, is not valid
 *   JSON or repeats a key within an object (message with file:line:column), or breaks the scenario schema
 *   (one line per issue: file:line:column, key path, bad value, expectation)
 */
export function readScenarioFile(file: string, io: CliIo): Scenario {
  let text: string;
  try {
    text = io.readTextFile(file);
  } catch (error) {
    if (error instanceof InputTextError) {
      throw new InputFileError([`${file}${error.line === undefined ? "" : `:${error.line}:${error.column}`}: ${error.message}`]);
    }
    const reason = error instanceof Error ? error.message : String(error);
    throw new InputFileError([`${file}: cannot read the file (${reason})`]);
  }
  if (text.startsWith(BOM)) text = text.slice(1);
  const parsed = parseJsonInput(file, text);
  if ("problems" in parsed) throw new InputFileError(parsed.problems);
  const {json, scan} = parsed;
  try {
    return parseScenario(json, file);
  } catch (error) {
    if (!(error instanceof ScenarioError)) throw error;
    const located = error.issues.map((issue) => ({issue, offset: locatePath(scan, issue.keys)}));
    // in file order, so the messages read top to bottom like the file
    located.sort((a, b) => (a.offset ?? -1) - (b.offset ?? -1));
    throw new InputFileError(
      located.map(({issue, offset}) => {
        if (offset === null) return `${file}: ${issue.message}`;
        const {line, column} = lineColumn(text, offset);
        return `${file}:${line}:${column}: ${issue.message}`;
      })
    );
  }
}
