import {z} from "../zod.js";
import {nearestKey} from "../nearestKey.js";
import {INDICATOR_KEYS, type IndicatorKey} from "./indicators.js";

export type MarketWeights = Readonly<Record<IndicatorKey, number>>;

const weightValue = z
  .number({error: "a weight: a finite number ≥ 0"})
  .min(0, {error: "a weight: a finite number ≥ 0"});

/**
 * zod schema of a full set of weights (URL state, uploaded JSON): exactly the indicator keys, each a finite
 * number ≥ 0, at least one of them > 0. Weights need not sum to 1; the score normalises them.
 */
export const MarketWeightsSchema = z
  .strictObject(Object.fromEntries(INDICATOR_KEYS.map((key) => [key, weightValue])) as Record<IndicatorKey, typeof weightValue>)
  .refine((weights) => Object.values(weights).some((w) => w > 0), {message: "at least one weight > 0"});

/**
 * Checks a weights object and returns it typed. Error messages name the key, the bad value and the
 * expectation; an unknown key names the nearest indicator key.
 *
 * @param weights candidate weights, e.g. parsed from a URL or a file
 * @param caller name of the calling function, for the message
 * @returns the weights, typed
 * @throws {RangeError} on a missing, unknown or invalid key, or when every weight is 0
 * @example checkMarketWeights({...DEFAULT_WEIGHTS, medianWageUsd: 0}).medianWageUsd; // => 0
 */
export function checkMarketWeights(weights: unknown, caller = "checkMarketWeights"): MarketWeights {
  if (typeof weights !== "object" || weights === null || Array.isArray(weights)) {
    throw new RangeError(`${caller}: weights must be an object with keys ${INDICATOR_KEYS.join(", ")}; got ${JSON.stringify(weights)}`);
  }
  const problems: string[] = [];
  for (const key of Object.keys(weights)) {
    if (!(INDICATOR_KEYS as readonly string[]).includes(key)) {
      problems.push(`unknown weight "${key}" (did you mean "${nearestKey(key, INDICATOR_KEYS)}"?)`);
    }
  }
  for (const key of INDICATOR_KEYS) {
    const value = (weights as Record<string, unknown>)[key];
    if (value === undefined) problems.push(`weight "${key}" is missing; expected a finite number ≥ 0`);
    else if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
      problems.push(`weight "${key}" is ${typeof value === "number" ? String(value) : JSON.stringify(value)}; expected a finite number ≥ 0`);
    }
  }
  if (problems.length === 0 && !INDICATOR_KEYS.some((key) => ((weights as Record<string, number>)[key] as number) > 0)) {
    problems.push("every weight is 0; expected at least one weight > 0");
  }
  if (problems.length > 0) throw new RangeError(`${caller}: ${problems.join("; ")}`);
  return weights as MarketWeights;
}
