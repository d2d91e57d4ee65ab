/**
 * Pure edits of a scenario draft (`ScenarioFileJson`), as the scenario editor applies them: set an input,
 * switch it to a distribution (prefilled around its current value) or back to a number, change one
 * parameter, or reset it to its documented default. Each returns a new file; the input is never mutated.
 */
import {DISTRIBUTION_PARAMETERS, type DistributionName} from "./distributions.js";
import {effectiveInput, type DistributionJson, type InputJson, type ScenarioFileJson} from "./scenarioFileJson.js";
import {inputDomain, inputSpec, type Domain, type InputKey} from "./scenarioInputs.js";
import {portableLog} from "./portableMath.js";

/** Relative half-width of a prefilled range: ±20% around the current value (a common first guess). */
export const PREFILL_SPREAD = 0.2;
/** Concentration α + β of a prefilled beta distribution on a share: mean kept, sd ≈ √(p(1−p)/21). */
export const PREFILL_BETA_CONCENTRATION = 20;
/** sigma of a prefilled lognormal: the 10th–90th percentiles lie at about ×0.73 and ×1.38 of the median. */
export const PREFILL_LOGNORMAL_SIGMA = 0.25;

/** Scale used to prefill around a value of 0, by kind of input. */
const ZERO_SCALE = {rate: 0.1, growth: 0.05, money: 100, quantity: 100, integer: 1} as const;

function withInputs(file: ScenarioFileJson, inputs: {[key: string]: InputJson}): ScenarioFileJson {
  return {...file, inputs};
}

/**
 * Sets a number (or the level word of `identityVerification`). An uncertain input keeps its distribution and
 * gets `value` set, so the deterministic result follows the number while the Monte Carlo keeps the range.
 *
 * @example withInputValue({}, "passRate", 0.9).inputs; // => {passRate: 0.9}
 */
export function withInputValue(file: ScenarioFileJson, key: InputKey, value: number | string): ScenarioFileJson {
  const current = file.inputs?.[key];
  const next: InputJson = typeof current === "object" && typeof value === "number" ? {...current, value} : value;
  return withInputs(file, {...file.inputs, [key]: next});
}

/**
 * Removes `value` from an uncertain input, so the model uses its distribution's mean (docs/scenario-format.md).
 *
 * @throws {Error} if the input is not uncertain in this file
 */
export function withoutDeterministicValue(file: ScenarioFileJson, key: InputKey): ScenarioFileJson {
  const current = file.inputs?.[key];
  if (typeof current !== "object") throw new Error(`withoutDeterministicValue: ${key} has no distribution`);
  const {value: _value, ...rest} = current;
  return withInputs(file, {...file.inputs, [key]: rest as DistributionJson});
}

/**
 * Resets an input to its documented default by leaving it out of the file (its `sources` entry is kept).
 *
 * @example withoutInput({inputs: {passRate: 0.9}}, "passRate").inputs; // => {}
 */
export function withoutInput(file: ScenarioFileJson, key: InputKey): ScenarioFileJson {
  const {[key]: _removed, ...rest} = file.inputs ?? {};
  return withInputs(file, rest);
}

/**
 * Makes an input uncertain with the named distribution, prefilled around its current value (`prefillDistribution`),
 * or certain again (`null`: the current deterministic value as a plain number). Switching between two
 * distributions prefills the new one around the same value.
 *
 * @throws {Error} if the input cannot be uncertain (`pathwayLagYears`, `identityVerification`)
 * @example withDistribution({}, "pricePerEnrolment", "triangular").inputs?.pricePerEnrolment;
 * // => {value: 500, dist: "triangular", min: 400, mode: 500, max: 600}
 */
export function withDistribution(file: ScenarioFileJson, key: InputKey, name: DistributionName | null): ScenarioFileJson {
  const spec = inputSpec(key);
  if (!spec || !spec.canBeUncertain) throw new Error(`withDistribution: ${key} cannot be uncertain`);
  const {value} = effectiveInput(file, key);
  const number = typeof value === "number" && Number.isFinite(value) ? value : (spec.default as number);
  if (name === null) return withInputs(file, {...file.inputs, [key]: number});
  return withInputs(file, {...file.inputs, [key]: prefillDistribution(name, number, inputDomain(key), spec.kind)});
}

/**
 * Sets one parameter of an uncertain input's distribution (e.g. its `max`).
 *
 * @throws {Error} if the input has no distribution or the distribution takes no such parameter
 */
export function withDistributionParameter(file: ScenarioFileJson, key: InputKey, parameter: string, value: number): ScenarioFileJson {
  const current = file.inputs?.[key];
  if (typeof current !== "object") throw new Error(`withDistributionParameter: ${key} has no distribution`);
  const {required, optional} = DISTRIBUTION_PARAMETERS[current.dist];
  if (parameter !== "value" && !required.includes(parameter) && !optional.includes(parameter)) {
    throw new Error(`withDistributionParameter: a ${current.dist} distribution has no parameter "${parameter}"`);
  }
  return withInputs(file, {...file.inputs, [key]: {...current, [parameter]: value}});
}

/**
 * A first guess at a distribution around `value`, for the editor to start from. Ranges run ±20% of the value
 * (`PREFILL_SPREAD`), clamped to the input's domain; around 0 a kind-dependent scale is used (0.1 for a share,
 * 100 for money or counts). Normal: sd = 10% of the value. Lognormal: median = value, sigma 0.25. Beta on a
 * share: mean = value with α + β = 20; on other inputs a symmetric Beta(2, 2) on the ±20% range. `value` is
 * always written, so switching an input to a distribution leaves the deterministic result unchanged.
 *
 * @param name distribution to prefill
 * @param value current deterministic value
 * @param domain the input's domain (`inputDomain`)
 * @param kind the input's kind (sets the scale around 0)
 * @returns a distribution object in the flat JSON shape of a scenario file
 * @example prefillDistribution("pert", 0.8, {min: 0, max: 1}, "rate"); // => {value: 0.8, dist: "pert", min: 0.64, mode: 0.8, max: 0.96}
 */
export function prefillDistribution(
  name: DistributionName,
  value: number,
  domain: Domain,
  kind: keyof typeof ZERO_SCALE
): DistributionJson {
  const scale = value !== 0 ? Math.abs(value) : ZERO_SCALE[kind];
  const clamp = (x: number) => round(Math.min(domain.max, Math.max(domain.min, x)));
  let min = clamp(value - PREFILL_SPREAD * scale);
  let max = clamp(value + PREFILL_SPREAD * scale);
  if (!(min < max)) [min, max] = [domain.min, domain.max];
  switch (name) {
    case "triangular":
    case "pert":
      return {value, dist: name, min, mode: value, max};
    case "uniform":
      return {value, dist: name, min, max};
    case "normal":
      return {value, dist: name, mean: value, sd: round(0.1 * scale)};
    case "lognormal":
      return {value, dist: name, mu: portableLog(value > 0 ? value : scale), sigma: PREFILL_LOGNORMAL_SIGMA};
    case "beta": {
      if (kind === "rate") {
        const mean = Math.min(0.95, Math.max(0.05, value));
        return {value, dist: name, alpha: round(PREFILL_BETA_CONCENTRATION * mean), beta: round(PREFILL_BETA_CONCENTRATION * (1 - mean))};
      }
      return {value, dist: name, alpha: 2, beta: 2, min, max};
    }
  }
}

/** Rounds away binary noise (0.8 × 0.8 = 0.6400000000000001) to 12 significant digits. */
function round(x: number): number {
  return Number(x.toPrecision(12));
}
