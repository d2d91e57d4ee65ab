import {formatProblem} from "../../loaders/dataError.js";
import {validateDataFiles} from "../../loaders/validateFiles.js";
import {InputFileError} from "../errors.js";
import type {FileValidator} from "./fileValidator.js";

/**
 * Data files: each CSV/TSV is matched to the contract of a shipped source or a bring-your-own-data template
 * (by its place under the data directory or by its header) and loaded as the build would load it.
 */
export const dataCsvValidator: FileValidator = {
  description: "data files (*.csv, *.tsv): matched to a source or template contract (data/templates/README.md)",
  accepts: (file) => /\.(csv|tsv)$/i.test(file),
  async validate(file) {
    const [result] = await validateDataFiles([file]);
    if (result && !result.ok) throw new InputFileError(result.problems.map(formatProblem));
  }
};
