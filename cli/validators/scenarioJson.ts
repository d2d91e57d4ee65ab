import {readScenarioFile} from "../scenarioFile.js";
import type {FileValidator} from "./fileValidator.js";

/** Scenario files: JSON checked against the scenario schema (DESIGN.md §6, docs/scenario-format.md). */
export const scenarioJsonValidator: FileValidator = {
  description: "scenario files (*.json): JSON syntax and the scenario schema",
  accepts: (file) => file.toLowerCase().endsWith(".json"),
  validate: (file, io) => void readScenarioFile(file, io)
};
