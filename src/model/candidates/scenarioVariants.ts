import type {ScenarioFile} from "../scenarioSchema.js";

/** Partners of the consortium variant the verdict compares with (DESIGN.md §6: developmentCostShare = 1/N). */
export const CONSORTIUM_PARTNERS = 3;

/**
 * The same scenario without pathway revenue (pathwayConversionRate = 0): what the credential earns as a
 * product of its own, so "pays only as a pathway into a degree" is detectable.
 *
 * @example parseScenario(withoutPathwayRevenue(file)).inputs.pathwayConversionRate; // => 0
 */
export function withoutPathwayRevenue(file: ScenarioFile): ScenarioFile {
  return {
    ...file,
    name: `${file.name ?? "Scenario"} — without pathway revenue`,
    inputs: {...file.inputs, pathwayConversionRate: 0},
    sources: {...file.sources, pathwayConversionRate: "Variant: no holder is counted as enrolling in a follow-on programme (pathway revenue left out)."}
  };
}

/**
 * The same scenario as one partner of an N-partner consortium: developmentCostShare = 1/N of the
 * development-type costs (content, assessment, quality assurance, maintenance). Enrolments are split, not
 * pooled: each partner recruits and teaches its own learners, so this institution keeps its own projected
 * enrolments, delivery costs and fees; only the one-off build is shared.
 *
 * @param file the stand-alone scenario
 * @param partners N ≥ 2 (default 3)
 * @throws {RangeError} if partners is not a whole number ≥ 2
 * @example parseScenario(asConsortiumShare(file)).inputs.developmentCostShare; // => 1/3
 */
export function asConsortiumShare(file: ScenarioFile, partners = CONSORTIUM_PARTNERS): ScenarioFile {
  if (!Number.isInteger(partners) || partners < 2) throw new RangeError(`asConsortiumShare: partners is ${partners}; expected a whole number ≥ 2`);
  return {
    ...file,
    name: `${file.name ?? "Scenario"} — as one of ${partners} consortium partners`,
    inputs: {...file.inputs, developmentCostShare: 1 / partners},
    sources: {
      ...file.sources,
      developmentCostShare: `Variant: one of ${partners} equal partners shares development, assessment, quality-assurance and maintenance costs (1/${partners}; DESIGN.md §6); each partner keeps its own learners.`
    }
  };
}
