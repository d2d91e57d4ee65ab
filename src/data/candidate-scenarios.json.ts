import {buildCandidateRecords} from "../model/candidates/index.js";
import {readCandidateMarts} from "./readCandidateMarts.js";

// One record per candidate: catalogue fields, market indicators (null = missing) with evidence and default
// score, first-year projection, and the default scenario file (docs/scenario-format.md).
process.stdout.write(JSON.stringify(buildCandidateRecords(await readCandidateMarts())));
