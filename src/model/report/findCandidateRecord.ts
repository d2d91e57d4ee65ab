import type {CandidateRecord} from "../candidates/index.js";

/**
 * The record of one candidate among those of src/data/candidate-scenarios.json, as a report page finds its own.
 *
 * @throws {Error} naming the id and the known ids when the catalogue has no such candidate
 * @example findCandidateRecord(records, "clinical-coding").title; // => "Clinical Coding with ICD-10"
 */
export function findCandidateRecord(records: readonly CandidateRecord[], id: string): CandidateRecord {
  const record = records.find((r) => r.id === id);
  if (!record) throw new Error(`report: no candidate "${id}" in the catalogue; expected one of ${records.map((r) => r.id).join(", ")}`);
  return record;
}
