import type {Scenario} from "../types.js";
import {canonicalJson} from "./canonicalJson.js";
import {sha256Hex} from "./sha256.js";

/**
 * What a report's numbers depend on in a scenario, as plain data: currency, horizon, the value of every input
 * (documented defaults filled in) and the distribution of every uncertain one. Name, description and citations
 * are left out: they change no number, so renaming a scenario keeps its hash.
 *
 * @example canonicalScenario(parseScenario({})).horizonYears; // => 5
 */
export function canonicalScenario(scenario: Scenario): {currency: string; horizonYears: number; inputs: Scenario["inputs"]; distributions: Scenario["distributions"]} {
  return {currency: scenario.currency, horizonYears: scenario.horizonYears, inputs: scenario.inputs, distributions: scenario.distributions};
}

/**
 * The scenario hash of a report's provenance: SHA-256 of the canonical JSON (`canonicalJson`, RFC 8785 style) of
 * `canonicalScenario(scenario)`. Two scenario files that mean the same model (keys in another order, a default
 * written out or left out, another name) get the same hash; with the same seed, draws and software version they
 * give the same figures.
 *
 * @param scenario a validated scenario (`parseScenario`)
 * @returns 64 hex digits
 * @example scenarioHash(parseScenario({name: "A"})) === scenarioHash(parseScenario({name: "B"})); // => true
 */
export function scenarioHash(scenario: Scenario): string {
  return sha256Hex(canonicalJson(canonicalScenario(scenario)));
}
