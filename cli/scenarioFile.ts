import {parseScenario, ScenarioError, type Scenario} from "../src/model/index.js";
import {InputFileError} from "./errors.js";
import type {CliIo} from "./io.js";
import {lineColumn, locatePath, scanJson} from "./jsonText.js";

/** Byte-order mark some editors put at the start of UTF-8 files; JSON does not allow it. */
const BOM = "\uFEFF";

/**
 * Reads, parses and validates a scenario JSON file.
 *
 * @param file path as given on the command line (also used in messages)
 * @param io file access
 * @returns the validated scenario
 * @throws {InputFileError} when the file cannot be read, is not valid JSON (message with
 *   file:line:column) or breaks the scenario schema (one line per issue: file:line:column, key
 *   path, bad value, expectation)
 */
export function readScenarioFile(file: string, io: CliIo): Scenario {
  let text: string;
  try {
    text = io.readTextFile(file);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new InputFileError([`${file}: cannot read the file (${reason})`]);
  }
  if (text.startsWith(BOM)) text = text.slice(1);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new InputFileError([jsonSyntaxMessage(file, text, error)]);
  }
  try {
    return parseScenario(json, file);
  } catch (error) {
    if (!(error instanceof ScenarioError)) throw error;
    const scan = scanJson(text);
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

/** "file:line:column: invalid JSON: …", positioned by the scanner or else by JSON.parse's "at position N". */
function jsonSyntaxMessage(file: string, text: string, error: unknown): string {
  const nativeMessage = error instanceof Error ? error.message : String(error);
  const scanned = scanJson(text).error;
  const positionMatch = /at position (\d+)/.exec(nativeMessage);
  const offset = scanned?.offset ?? (positionMatch ? Number(positionMatch[1]) : 0);
  const description = scanned?.message ?? nativeMessage;
  const {line, column} = lineColumn(text, offset);
  return `${file}:${line}:${column}: invalid JSON: ${description}`;
}
