/**
 * The scenario file as JSON (docs/scenario-format.md), as pages edit, share and save it: the exact shape
 * `mcw model` reads. `parseScenario` validates it; these types only describe its structure, so a draft
 * being edited (say with min > max for a moment) is still a `ScenarioFileJson`.
 */
import {distributionMean} from "./distributionMean.js";
import type {Distribution, DistributionName} from "./distributions.js";
import {
  IDENTITY_VERIFICATION_COSTS,
  IDENTITY_VERIFICATION_LEVELS,
  inputSpec,
  type IdentityVerificationLevel,
  type InputKey,
  type LevelInputSpec
} from "./scenarioInputs.js";
import {withDefaultBounds} from "./scenarioSchema.js";

/** The documented default verification level (`SCENARIO_INPUTS`). */
const DEFAULT_LEVEL = (inputSpec("identityVerification") as LevelInputSpec).default;

/** An uncertain input as written in a file: `{"value": 600, "dist": "triangular", "min": 400, "mode": 600, "max": 800}`. */
export interface DistributionJson {
  readonly value?: number;
  readonly dist: DistributionName;
  readonly [parameter: string]: number | string | undefined;
}

/** One input as written: a number, a level word (`identityVerification`) or a distribution object. */
export type InputJson = number | string | DistributionJson;

/** A scenario file. Every key is optional; `parseScenario` fills defaults. */
export interface ScenarioFileJson {
  readonly name?: string;
  readonly description?: string;
  readonly currency?: string;
  readonly horizonYears?: number;
  readonly inputs?: {readonly [key: string]: InputJson};
  readonly sources?: {readonly [key: string]: string};
}

/** What an input amounts to in a draft: its deterministic value, its distribution if any, and whether the file states it. */
export interface EffectiveInput {
  readonly key: InputKey;
  /** The deterministic value (the number, `value`, the distribution's mean without `value`, or the documented default). */
  readonly value: number | string;
  readonly distribution: DistributionJson | null;
  /** true when the file states the input; false when it takes its documented default. */
  readonly explicit: boolean;
}

/** The distribution of a file's uncertain input, with beta's bounds resolved (as the model uses it). */
export function modelDistribution(json: DistributionJson): Distribution {
  return withDefaultBounds(json as {dist: string} & Record<string, unknown>);
}

/**
 * The input `key` of a draft as the model will see it: an input the file leaves out takes its documented
 * default (`identityVerificationCostPerAssessment`: the cost of the file's verification level); a distribution
 * written without `value` contributes its mean. Mirrors `parseScenario` for a valid draft.
 *
 * @param file scenario file (need not be valid)
 * @param key input key
 * @returns the effective value, distribution and whether the file states it
 * @throws {Error} if `key` is not an input key
 * @example effectiveInput({inputs: {identityVerification: "none"}}, "identityVerificationCostPerAssessment").value; // => 0
 */
export function effectiveInput(file: ScenarioFileJson, key: InputKey): EffectiveInput {
  const spec = inputSpec(key);
  if (!spec) throw new Error(`effectiveInput: "${key}" is not an input key`);
  const raw = file.inputs?.[key];
  if (raw === undefined) return {key, value: defaultValueOf(file, key), distribution: null, explicit: false};
  if (typeof raw === "number" || typeof raw === "string") return {key, value: raw, distribution: null, explicit: true};
  const value = raw.value ?? safeMean(raw);
  return {key, value, distribution: raw, explicit: true};
}

/**
 * The value an input takes when the file leaves it out: its documented default, or for
 * `identityVerificationCostPerAssessment` the cost of the file's verification level.
 *
 * @example defaultValueOf({inputs: {identityVerification: "none"}}, "identityVerificationCostPerAssessment"); // => 0
 */
export function defaultValueOf(file: ScenarioFileJson, key: InputKey): number | string {
  if (key === "identityVerificationCostPerAssessment") return IDENTITY_VERIFICATION_COSTS[verificationLevel(file)].cost;
  const spec = inputSpec(key);
  if (!spec) throw new Error(`defaultValueOf: "${key}" is not an input key`);
  return spec.default;
}

/** The verification level a draft uses (its own, or the documented default). */
export function verificationLevel(file: ScenarioFileJson): IdentityVerificationLevel {
  const level = file.inputs?.identityVerification;
  const known: readonly string[] = IDENTITY_VERIFICATION_LEVELS;
  return typeof level === "string" && known.includes(level) ? (level as IdentityVerificationLevel) : DEFAULT_LEVEL;
}

/** Mean of a written distribution, or NaN while its parameters are incomplete or not numbers. */
function safeMean(json: DistributionJson): number {
  try {
    const mean = distributionMean(modelDistribution(json));
    return Number.isFinite(mean) ? mean : Number.NaN;
  } catch {
    return Number.NaN;
  }
}
