import type {FileValidator} from "./fileValidator.js";
import {dataCsvValidator} from "./dataCsv.js";
import {jsonFileValidator} from "./jsonFile.js";

export type {FileValidator} from "./fileValidator.js";

/**
 * Validators `mcw validate` tries in order; the first whose `accepts` returns true checks the file.
 * To support a new kind of file, add a module in cli/validators/ and one line here.
 */
export const FILE_VALIDATORS: readonly FileValidator[] = [jsonFileValidator, dataCsvValidator];
