import {DEFAULT_DRAWS, DEFAULT_SEED} from "./runMonteCarlo.js";
import type {ScenarioFileJson} from "./scenarioFileJson.js";
import type {RunSettings, SharedState, SharedStateProblem} from "./scenarioUrl.js";

/** A scenario a page can start from: the documented defaults, a preset file or a candidate credential's defaults. */
export interface ScenarioStart {
  readonly id: string;
  readonly kind: "defaults" | "preset" | "candidate";
  readonly title: string;
  readonly file: ScenarioFileJson;
}

/** The documented defaults as a starting point: a file that states nothing but its name. */
export const DEFAULTS_START: ScenarioStart = {id: "defaults", kind: "defaults", title: "Documented defaults", file: {name: "Documented defaults"}};

/** Where a page starts, and the problem with the link if it could not be followed. */
export interface ResolvedStart {
  readonly file: ScenarioFileJson;
  /** "Documented defaults", "Preset: …", "Candidate: …" or "Shared link". */
  readonly origin: string;
  /** Id of the start it came from ("" for a shared scenario). */
  readonly startId: string;
  readonly settings: RunSettings;
  readonly problem: SharedStateProblem | null;
}

/** The label of a start, as the page shows where a draft came from. */
export function startOrigin(start: ScenarioStart): string {
  return start.kind === "preset" ? `Preset: ${start.title}` : start.kind === "candidate" ? `Candidate: ${start.title}` : start.title;
}

/**
 * The scenario a page opens with, from what its URL fragment asks for (`decodeScenarioHash`): a shared scenario,
 * a preset or candidate by id, or, when it asks for nothing, `options.initial` (a start by id; the documented
 * defaults if absent or unknown). A problem with the link, or an id that names no known start, falls back to
 * the documented defaults and is returned so the page can say what was wrong.
 *
 * @param state result of `decodeScenarioHash`
 * @param starts presets and candidates on offer
 * @param options initial: the start to open when the link asks for nothing
 * @returns the file to edit, its origin, the Monte Carlo settings and the problem, if any
 * @example resolveStart({kind: "preset", id: "nope", settings}, presets).problem?.message;
 * // => '#preset: no preset "nope"; expected one of consortium-3-partners, …'
 */
export function resolveStart(
  state: SharedState | SharedStateProblem,
  starts: readonly ScenarioStart[],
  {initial}: {initial?: {kind: ScenarioStart["kind"]; id: string}} = {}
): ResolvedStart {
  const defaults = {file: DEFAULTS_START.file, origin: startOrigin(DEFAULTS_START), startId: DEFAULTS_START.id};
  const defaultSettings: RunSettings = {draws: DEFAULT_DRAWS, seed: DEFAULT_SEED};
  switch (state.kind) {
    case "problem":
      return {...defaults, settings: defaultSettings, problem: state};
    case "none": {
      const match = initial && starts.find((s) => s.kind === initial.kind && s.id === initial.id);
      if (match) return {file: match.file, origin: startOrigin(match), startId: match.id, settings: state.settings, problem: null};
      return {...defaults, settings: state.settings, problem: null};
    }
    case "scenario":
      return {file: state.file, origin: "Shared link", startId: "", settings: state.settings, problem: null};
    case "preset":
    case "candidate": {
      const match = starts.find((s) => s.kind === state.kind && s.id === state.id);
      if (match) return {file: match.file, origin: startOrigin(match), startId: match.id, settings: state.settings, problem: null};
      const known = starts.filter((s) => s.kind === state.kind).map((s) => s.id);
      const expected = known.length > 0 ? `expected one of ${known.join(", ")}` : `none are available on this site`;
      return {...defaults, settings: state.settings, problem: {kind: "problem", message: `#${state.kind}: no ${state.kind} "${state.id}"; ${expected}`, details: []}};
    }
  }
}
