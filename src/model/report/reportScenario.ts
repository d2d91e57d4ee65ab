import {parseScenario} from "../parseScenario.js";
import type {ScenarioFileJson} from "../scenarioFileJson.js";
import type {RunSettings, SharedState, SharedStateProblem} from "../scenarioUrl.js";
import type {Scenario} from "../types.js";

/** Where a report's scenario came from. */
export interface ReportScenarioOrigin {
  /** default: the credential's default scenario (or the scenario report's preset); link: `#s=v1.…`; preset: `#preset=<id>`. */
  readonly kind: "default" | "link" | "preset";
  /** A phrase for the provenance block, e.g. "the candidate's default scenario (built from the marts)". */
  readonly label: string;
}

/** The scenario a report computes with. */
export interface ReportScenario {
  readonly scenario: Scenario;
  readonly file: ScenarioFileJson;
  readonly settings: RunSettings;
  readonly origin: ReportScenarioOrigin;
  /** Why the link could not be used (the fallback is shown instead), or null. */
  readonly problem: SharedStateProblem | null;
}

/** A starting scenario a report may fall back to or name by id. */
export interface ReportStart {
  readonly id: string;
  readonly title: string;
  readonly file: ScenarioFileJson;
}

/**
 * Chooses a report's scenario from what the URL fragment asks for (`decodeScenarioHash`, the format of the scenario
 * workbench): `#s=v1.…` computes with that scenario, `#preset=<id>` with a preset from `presets`, nothing with
 * `fallback`; `seed` and `draws` apply in every case. A fragment that cannot be used (damaged, tampered, an
 * invalid scenario, an unknown preset, another candidate) falls back to `fallback` with the default settings
 * and keeps the problem, so the page can say why.
 *
 * @param shared the decoded fragment
 * @param fallback the report's own scenario (a candidate's default, or the scenario report's preset)
 * @param options presets a `#preset=` may name; the candidate id a `#candidate=` may repeat
 * @throws {ScenarioError} only when `fallback` itself is invalid (a broken build, not a broken link)
 * @example resolveReportScenario({kind: "none", settings: {draws: 10000, seed: 1}}, start).origin.kind; // => "default"
 */
export function resolveReportScenario(
  shared: SharedState | SharedStateProblem,
  fallback: ReportStart & {readonly origin: string},
  {presets = [], candidate}: {presets?: readonly ReportStart[]; candidate?: string} = {}
): ReportScenario {
  const useFallback = (settings: RunSettings, problem: SharedStateProblem | null): ReportScenario => ({
    scenario: parseScenario(fallback.file, fallback.origin),
    file: fallback.file,
    settings,
    origin: {kind: "default", label: fallback.origin},
    problem
  });
  const defaults: RunSettings = {draws: 10_000, seed: 1};
  switch (shared.kind) {
    case "problem":
      return useFallback(defaults, shared);
    case "none":
      return useFallback(shared.settings, null);
    case "scenario":
      return {scenario: shared.scenario, file: shared.file, settings: shared.settings, origin: {kind: "link", label: "a scenario from the link (#s=…), not the default"}, problem: null};
    case "preset": {
      const preset = presets.find((p) => p.id === shared.id);
      if (!preset) {
        const known = presets.length > 0 ? `expected one of ${presets.map((p) => p.id).join(", ")}` : "this report reads #s=v1.… (a scenario) with optional seed and draws";
        return useFallback(defaults, {kind: "problem", message: `#preset: no preset "${shared.id}" here; ${known}`, details: []});
      }
      if (preset.id === fallback.id) return useFallback(shared.settings, null);
      return {scenario: parseScenario(preset.file, `preset ${preset.id}`), file: preset.file, settings: shared.settings, origin: {kind: "preset", label: `the preset “${preset.title}” (scenarios/${preset.id}.json)`}, problem: null};
    }
    case "candidate":
      if (candidate !== undefined && shared.id === candidate) return useFallback(shared.settings, null);
      return useFallback(defaults, {
        kind: "problem",
        message: `#candidate: "${shared.id}" is not this report's credential; each candidate has its own report (reports/${shared.id}), and a report reads #s=v1.… for another scenario`,
        details: []
      });
  }
}
