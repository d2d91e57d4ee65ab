import {buildCandidateRecords} from "../model/candidates/index.js";
import {candidateVerdicts} from "../model/verdict/index.js";
import {readCandidateMarts} from "./readCandidateMarts.js";

// The go / no-go verdict of every candidate: its default scenario and three variants (without pathway revenue,
// as one of 3 consortium partners, both) through a seeded Monte Carlo of 10,000 draws; the seed is in the output.
const records = buildCandidateRecords(await readCandidateMarts());
process.stdout.write(JSON.stringify(candidateVerdicts(records, {draws: 10_000, seed: 1})));
