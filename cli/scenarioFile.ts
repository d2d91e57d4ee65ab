import {parseScenario, ScenarioError, type Scenario} from "../src/model/index.js";
import {readJsonFile} from "./jsonDocument.js";
import type {CliIo} from "./io.js";

/** The issues of a ScenarioError (undefined for any other error, which is rethrown). */
export const scenarioIssues = (error: unknown) => (error instanceof ScenarioError ? error.issues : undefined);

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
  return readJsonFile(file, io, parseScenario, scenarioIssues);
}
