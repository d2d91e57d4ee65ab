/**
 * Differences between scenarios: the smallest file that states a scenario (everything equal to a documented
 * default left out, for compact share links) and the side-by-side comparison of pinned scenarios (which inputs
 * differ).
 */
import type {Distribution} from "./distributions.js";
import {DEFAULT_CURRENCY, DEFAULT_HORIZON_YEARS} from "./scenarioSchema.js";
import {defaultValueOf, type InputJson, type ScenarioFileJson} from "./scenarioFileJson.js";
import {INPUT_GROUPS, SCENARIO_INPUTS, type InputGroup, type InputKey} from "./scenarioInputs.js";
import type {Scenario} from "./types.js";

/** Name `parseScenario` gives a file without one. */
const UNTITLED = "Untitled scenario";

/**
 * The same scenario with every top-level key and input that equals its documented default left out:
 * `parseScenario(minimalScenarioFile(f))` gives the same inputs, distributions, horizon, currency, name,
 * description and sources as `parseScenario(f)` (only `defaulted` may list more keys). An input written as
 * a number equal to its default is dropped; `identityVerificationCostPerAssessment` is dropped when it equals
 * the cost of the file's verification level; distributions are always kept. Key order follows the format
 * (name, description, currency, horizonYears, inputs in table order, sources).
 *
 * @param file a scenario file (valid or not; nothing is checked)
 * @returns a new, smaller file
 * @example minimalScenarioFile({name: "A", horizonYears: 5, inputs: {passRate: 0.85, pricePerEnrolment: 450}});
 * // => {name: "A", inputs: {pricePerEnrolment: 450}}
 */
export function minimalScenarioFile(file: ScenarioFileJson): ScenarioFileJson {
  const inputs: {[key: string]: InputJson} = {};
  for (const spec of SCENARIO_INPUTS) {
    const raw = file.inputs?.[spec.key];
    if (raw === undefined) continue;
    if (typeof raw !== "object" && raw === defaultValueOf(file, spec.key)) continue;
    inputs[spec.key] = raw;
  }
  // Keys the table does not know are kept, so validation still reports them.
  for (const [key, raw] of Object.entries(file.inputs ?? {})) if (!(key in inputs) && !SCENARIO_INPUTS.some((s) => s.key === key)) inputs[key] = raw;
  const out: {-readonly [K in keyof ScenarioFileJson]: ScenarioFileJson[K]} = {};
  if (file.name !== undefined && file.name !== UNTITLED) out.name = file.name;
  if (file.description !== undefined && file.description !== "") out.description = file.description;
  if (file.currency !== undefined && file.currency !== DEFAULT_CURRENCY) out.currency = file.currency;
  if (file.horizonYears !== undefined && file.horizonYears !== DEFAULT_HORIZON_YEARS) out.horizonYears = file.horizonYears;
  if (Object.keys(inputs).length > 0) out.inputs = inputs;
  if (file.sources !== undefined && Object.keys(file.sources).length > 0) out.sources = file.sources;
  return out;
}

/** One input of one scenario as the model uses it. */
export interface ComparedInput {
  readonly value: number | string;
  readonly distribution: Distribution | null;
}

/** One row of a comparison: an input (or a scenario setting) across the compared scenarios. */
export interface ComparisonRow {
  readonly key: InputKey | "horizonYears" | "currency";
  readonly label: string;
  readonly unit: string;
  /** Display group: an input group, or "scenario" for horizon and currency. */
  readonly group: InputGroup | "scenario";
  readonly groupLabel: string;
  /** One entry per scenario, in the order given. */
  readonly values: readonly ComparedInput[];
  /** true when at least two scenarios differ in value or distribution. */
  readonly differs: boolean;
}

/**
 * Compares scenarios input by input, on what the model uses (a default and an explicitly written equal value
 * are the same; so are beta bounds written out as [0, 1] and left out). Rows: horizon and currency, then every
 * input, grouped in the order of INPUT_GROUPS (table order within a group, as the editor shows them).
 *
 * @param scenarios validated scenarios (`parseScenario`), at least one
 * @returns one row per setting and input, with `differs` set where they disagree
 * @throws {RangeError} if no scenario is given
 * @example compareScenarios([a, b]).filter((row) => row.differs).map((row) => row.key); // => ["pricePerEnrolment"]
 */
export function compareScenarios(scenarios: readonly Scenario[]): ComparisonRow[] {
  if (scenarios.length === 0) throw new RangeError("compareScenarios: needs at least one scenario");
  const groupLabel = new Map<string, string>(INPUT_GROUPS.map((g) => [g.id, g.label]));
  const differs = (values: readonly ComparedInput[]) => new Set(values.map((v) => canonical(v))).size > 1;
  const rows: ComparisonRow[] = [];
  const setting = (key: "horizonYears" | "currency", label: string, unit: string, pick: (s: Scenario) => number | string) => {
    const values = scenarios.map((s) => ({value: pick(s), distribution: null}));
    rows.push({key, label, unit, group: "scenario", groupLabel: "Scenario", values, differs: differs(values)});
  };
  setting("horizonYears", "Horizon", "years", (s) => s.horizonYears);
  setting("currency", "Currency", "ISO 4217 code", (s) => s.currency);
  const grouped = INPUT_GROUPS.flatMap((group) => SCENARIO_INPUTS.filter((spec) => spec.group === group.id));
  for (const spec of grouped) {
    const values = scenarios.map((s) => ({
      value: s.inputs[spec.key],
      distribution: (s.distributions as Record<string, Distribution | undefined>)[spec.key] ?? null
    }));
    rows.push({key: spec.key, label: spec.label, unit: spec.unit, group: spec.group, groupLabel: groupLabel.get(spec.group) ?? spec.group, values, differs: differs(values)});
  }
  return rows;
}

/** A string that is equal for two inputs exactly when the model treats them the same. */
function canonical(input: ComparedInput): string {
  if (!input.distribution) return JSON.stringify([input.value]);
  const d = input.distribution as unknown as Record<string, unknown>;
  return JSON.stringify([input.value, ...Object.keys(d).sort().map((k) => [k, d[k]])]);
}
