import {runDeterministic} from "./runDeterministic.js";
import {runMonteCarlo, type MonteCarloOptions} from "./runMonteCarlo.js";
import {runTornado} from "./runTornado.js";
import type {CashFlowBand, SampleSummary, Scenario} from "./types.js";

/** The result object of DESIGN.md §7, exactly the keys `mcw model --format json` prints. */
export interface ModelReport {
  readonly deterministic: {
    readonly years: number[];
    readonly enrolments: number[];
    readonly revenue: number[];
    readonly cost: number[];
    readonly cashFlow: number[];
    readonly npv: number;
    readonly paybackYear: number | null;
    readonly breakEvenFirstYearEnrolments: number | null;
  };
  readonly monteCarlo: {
    readonly draws: number;
    readonly seed: number;
    readonly npv: SampleSummary;
    readonly probabilityNpvPositive: number;
    readonly clampedDraws: number;
    /** Only with `bands: true`. */
    readonly cashFlowBands?: CashFlowBand[];
  } | null;
  readonly tornado: {readonly input: string; readonly low: number; readonly high: number; readonly swing: number}[];
}

export interface ModelReportOptions extends MonteCarloOptions {
  /** Add `monteCarlo.cashFlowBands` (not among DESIGN.md §7's keys, so off by default). */
  readonly bands?: boolean;
}

/**
 * Runs the deterministic model, the Monte Carlo and the tornado of a scenario and returns them with
 * exactly the keys of DESIGN.md §7 (`monteCarlo` null when nothing is uncertain or draws = 0).
 *
 * @param scenario validated scenario
 * @param options draws (default 10,000), seed (default 1), bands (default false)
 * @returns a JSON-serialisable report
 * @throws {RangeError} for invalid draws or seed (see `runMonteCarlo`)
 * @example Object.keys(modelScenario(scenario)); // => ["deterministic", "monteCarlo", "tornado"]
 */
export function modelScenario(scenario: Scenario, options: ModelReportOptions = {}): ModelReport {
  const d = runDeterministic(scenario.inputs, scenario.horizonYears);
  const mc = runMonteCarlo(scenario, options);
  return {
    deterministic: {
      years: d.years,
      enrolments: d.enrolments,
      revenue: d.revenue,
      cost: d.cost,
      cashFlow: d.cashFlow,
      npv: d.npv,
      paybackYear: d.paybackYear,
      breakEvenFirstYearEnrolments: d.breakEvenFirstYearEnrolments
    },
    monteCarlo: mc && {
      draws: mc.draws,
      seed: mc.seed,
      npv: mc.npv,
      probabilityNpvPositive: mc.probabilityNpvPositive,
      clampedDraws: mc.clampedDraws,
      ...(options.bands ? {cashFlowBands: mc.cashFlowBands} : {})
    },
    tornado: runTornado(scenario).map(({input, low, high, swing}) => ({input, low, high, swing}))
  };
}
