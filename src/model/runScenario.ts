import {runDeterministic} from "./runDeterministic.js";
import {runMonteCarlo, type MonteCarloOptions} from "./runMonteCarlo.js";
import {runTornado} from "./runTornado.js";
import type {DeterministicResult, MonteCarloResult, Scenario, TornadoBar} from "./types.js";

/** Everything the scenario page shows for one scenario: the full results behind `modelScenario`'s report. */
export interface ScenarioRun {
  readonly deterministic: DeterministicResult;
  /** null when nothing is uncertain or draws = 0. */
  readonly monteCarlo: MonteCarloResult | null;
  readonly tornado: TornadoBar[];
}

/**
 * Runs the deterministic model, the Monte Carlo and the tornado of a scenario with the same calls, in the same
 * order, as `modelScenario` (so the same seed gives the same numbers as `mcw model`), but keeps the full results:
 * every yearly figure, each draw's NPV, the cash-flow bands and the tornado's input percentiles.
 *
 * @param scenario validated scenario
 * @param options draws (default 10,000) and seed (default 1)
 * @returns the three results
 * @throws {RangeError} for invalid draws or seed (see `runMonteCarlo`)
 * @example runScenario(parseScenario({}), {draws: 1000}).monteCarlo; // => null (nothing uncertain)
 */
export function runScenario(scenario: Scenario, options: MonteCarloOptions = {}): ScenarioRun {
  const deterministic = runDeterministic(scenario.inputs, scenario.horizonYears);
  const monteCarlo = runMonteCarlo(scenario, options);
  const tornado = runTornado(scenario);
  return {deterministic, monteCarlo, tornado};
}
