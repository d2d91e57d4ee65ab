import {readReadinessInstrument} from "../../loaders/sources/readinessInstrument.js";
import {parseScenario} from "../../src/model/index.js";
import {parsePortfolio} from "../../src/model/portfolio/index.js";
import {parseReadinessAnswers, READINESS_ANSWERS_FORMAT} from "../../src/model/readiness/parseReadinessAnswers.js";
import {ReadinessError} from "../../src/model/readiness/ReadinessError.js";
import {portfolioIssues} from "../commands/portfolio.js";
import {parseJsonDocument, readJsonDocument} from "../jsonDocument.js";
import {scenarioIssues} from "../scenarioFile.js";
import type {FileValidator} from "./fileValidator.js";

/** The kinds of JSON file the workbench reads, told apart by their top-level keys. */
export type JsonFileKind = "scenario" | "portfolio" | "readiness answers";

/**
 * Which format a JSON file claims: readiness answers say so in `"format"`; a portfolio is the only format with a
 * `"credentials"` key; anything else is read as a scenario, whose schema then names what is wrong.
 *
 * @example jsonFileKind({credentials: []}); // => "portfolio"
 */
export function jsonFileKind(json: unknown): JsonFileKind {
  if (json === null || typeof json !== "object" || Array.isArray(json)) return "scenario";
  if (Object.hasOwn(json, "format") && (json as {format: unknown}).format === READINESS_ANSWERS_FORMAT) return "readiness answers";
  if (Object.hasOwn(json, "credentials")) return "portfolio";
  return "scenario";
}

const readinessIssues = (error: unknown) =>
  error instanceof ReadinessError ? error.issues.map((issue) => ({keys: issue.path === "" ? [] : issue.path.split("."), message: issue.message})) : undefined;

/**
 * JSON files: strict JSON (syntax, nesting depth, repeated keys), then the schema of the format the file claims —
 * scenario (docs/scenario-format.md), portfolio (docs/portfolio-format.md) or readiness answers (checked against
 * the readiness instrument in data/readiness/instrument.csv).
 */
export const jsonFileValidator: FileValidator = {
  description: `JSON files (*.json): scenarios, portfolios (a "credentials" list) and readiness answers ("format": "${READINESS_ANSWERS_FORMAT}"), each against its schema`,
  accepts: (file) => file.toLowerCase().endsWith(".json"),
  async validate(file, io) {
    const document = readJsonDocument(file, io);
    const kind = jsonFileKind(document.json);
    if (kind === "portfolio") parseJsonDocument(document, parsePortfolio, portfolioIssues);
    else if (kind === "scenario") parseJsonDocument(document, parseScenario, scenarioIssues);
    else {
      const instrument = await readReadinessInstrument();
      parseJsonDocument(document, (json, source) => parseReadinessAnswers(json, instrument, source), readinessIssues);
    }
  }
};
