import {SCENARIO_INPUTS, type InputKey} from "../scenarioInputs.js";
import type {Scenario} from "../types.js";

/** The citation of one input of a report's scenario. */
export interface InputCitation {
  readonly key: InputKey;
  readonly label: string;
  /** The citation, or null when the scenario set the input without citing anything. */
  readonly citation: string | null;
  /** scenario: the file's `sources`; default: the documented default's citation (the input took its default). */
  readonly from: "scenario" | "default" | "none";
}

/**
 * Where every input of a scenario comes from, in the order of the inputs table: the scenario file's own citation,
 * else, for an input left at its documented default, that default's citation (docs/scenario-format.md), else none.
 *
 * @example scenarioCitations(parseScenario({})).every((c) => c.from === "default"); // => true
 */
export function scenarioCitations(scenario: Scenario): InputCitation[] {
  const defaulted = new Set<InputKey>(scenario.defaulted);
  return SCENARIO_INPUTS.map((spec) => {
    const own = scenario.sources[spec.key];
    if (own !== undefined && own.trim() !== "") return {key: spec.key, label: spec.label, citation: own, from: "scenario"};
    if (defaulted.has(spec.key)) return {key: spec.key, label: spec.label, citation: spec.citation, from: "default"};
    return {key: spec.key, label: spec.label, citation: null, from: "none"};
  });
}

/** The method references every report rests on (the literature behind the model, the verdict and readiness). */
export const METHOD_CITATIONS: readonly string[] = [
  "McGreal, R. & Olcott, D. Jr. (2022). A strategic reset: micro-credentials for higher education leaders. Smart Learning Environments 9:9. https://doi.org/10.1186/s40561-022-00190-1 (CC BY 4.0) — the warnings the verdict tests (assessment cost, revenue, stacking, consortia) and the readiness instrument.",
  "Ho, A. D., Chuang, I., Reich, J. et al. (2015). HarvardX and MITx: Two years of open online courses, fall 2012–summer 2014. HarvardX Working Paper No. 10. https://doi.org/10.2139/ssrn.2586847 — intent-to-action of the first-year projection.",
  "Selvaratnam, R. M. & Sankey, M. (2020). Survey of micro-credentialing practice in Australasian universities 2020. ACODE, as reported by McGreal & Olcott (2022) — readiness benchmarks.",
  "U.S. Office of Management and Budget (2003). Circular A-4: Regulatory Analysis — the 3% and 7% discount rates that bracket the default.",
  "Micro-credential Workbench contributors. Micro-credential Workbench (this software; CITATION.cff) — the cost–revenue model (DESIGN.md §6), Monte Carlo and verdict rules, documented on the site's methods page."
];
