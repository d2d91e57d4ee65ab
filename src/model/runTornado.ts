import {cashFlowTable} from "./cashFlowTable.js";
import {distributionQuantile} from "./distributionQuantile.js";
import {netPresentValue} from "./netPresentValue.js";
import {inputDomain, UNCERTAIN_INPUT_KEYS} from "./scenarioInputs.js";
import type {ModelInputs, Scenario, TornadoBar} from "./types.js";

/** Percentiles of each input used for the two ends of a tornado bar. */
export const TORNADO_PERCENTILES = {low: 0.1, high: 0.9} as const;

/**
 * One-at-a-time sensitivity (tornado): for each uncertain input, the NPV with that input at its exact
 * 10th percentile (`low`) and at its 90th (`high`), every other input at its deterministic value;
 * swing = |high − low|. Percentiles come from `distributionQuantile` and are clamped to the input's
 * domain, as Monte Carlo draws are. Bars are sorted by swing, largest first (ties keep table order).
 * Note that `low` belongs to the input's low end: for a cost, `low` is usually the higher NPV.
 *
 * @param scenario validated scenario
 * @returns one bar per uncertain input ([] when nothing is uncertain)
 * @example runTornado(scenario)[0].input; // => the input that moves NPV most
 */
export function runTornado(scenario: Scenario): TornadoBar[] {
  const npvWith = (inputs: ModelInputs) =>
    netPresentValue(cashFlowTable(inputs, scenario.horizonYears).cashFlow, inputs.discountRate);
  const bars: TornadoBar[] = [];
  for (const key of UNCERTAIN_INPUT_KEYS) {
    const distribution = scenario.distributions[key];
    if (!distribution) continue;
    const {min, max} = inputDomain(key);
    const clamp = (x: number) => Math.min(max, Math.max(min, x));
    const inputLow = clamp(distributionQuantile(distribution, TORNADO_PERCENTILES.low));
    const inputHigh = clamp(distributionQuantile(distribution, TORNADO_PERCENTILES.high));
    const low = npvWith({...scenario.inputs, [key]: inputLow});
    const high = npvWith({...scenario.inputs, [key]: inputHigh});
    bars.push({input: key, low, high, swing: Math.abs(high - low), inputLow, inputHigh});
  }
  return bars.sort((a, b) => b.swing - a.swing);
}
