/**
 * Shapes runs for the scenario charts, so one run (the current scenario) and several (pinned ones) feed the same
 * components: cash-flow series, NPV samples and break-even lines.
 */
import {breakEvenCurves, type BreakEvenSeries} from "./BreakEvenChart.js";
import type {CashFlowSeries} from "./CashFlowBandsChart.js";
import type {NpvSeries} from "./NpvHistogram.js";
import type {TimedRun} from "./ScenarioRunner.js";

/** A run under a label (the scenario's name, or a pin's label). */
export interface LabelledRun {
  readonly label: string;
  readonly timed: TimedRun;
}

/** Yearly cash flow with its Monte Carlo bands (null without Monte Carlo). */
export function cashFlowSeries(runs: readonly LabelledRun[]): CashFlowSeries[] {
  return runs.map(({label, timed}) => ({
    label,
    years: timed.run.deterministic.years,
    cashFlow: timed.run.deterministic.cashFlow,
    bands: timed.run.monteCarlo?.cashFlowBands ?? null
  }));
}

/** NPV samples of the runs that have a Monte Carlo (runs without one are left out). */
export function npvSeries(runs: readonly LabelledRun[]): NpvSeries[] {
  return runs.flatMap(({label, timed}) => {
    const mc = timed.run.monteCarlo;
    return mc ? [{label, npvDraws: mc.npvDraws, summary: mc.npv, probabilityNpvPositive: mc.probabilityNpvPositive}] : [];
  });
}

/** NPV-against-enrolment lines on a shared x range. */
export function breakEvenSeries(runs: readonly LabelledRun[]) {
  const series: BreakEvenSeries[] = runs.map(({label, timed}) => ({label, inputs: timed.scenario.inputs, horizonYears: timed.scenario.horizonYears}));
  return breakEvenCurves(series);
}

/** The currency shared by all runs, or null when they differ (then charts must not overlay money). */
export function sharedCurrency(runs: readonly LabelledRun[]): string | null {
  const currencies = new Set(runs.map((r) => r.timed.scenario.currency));
  return currencies.size === 1 ? ([...currencies][0] as string) : null;
}
