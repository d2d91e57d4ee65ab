import * as Plot from "@observablehq/plot";
import type {CashFlowBand} from "../model/types.js";
import {formatMoney, SCENARIO_COLOURS, SCENARIO_DASHES} from "./scenarioFormat.js";

/** One scenario's yearly cash flow: deterministic, and Monte Carlo p10/p50/p90 bands when there are any. */
export interface CashFlowSeries {
  readonly label: string;
  readonly years: readonly number[];
  readonly cashFlow: readonly number[];
  readonly bands: readonly CashFlowBand[] | null;
}

/** One row of the data behind the chart (its CSV download). */
export interface CashFlowRow {
  scenario: string;
  year: number;
  cash_flow: number;
  cumulative_cash_flow: number;
  p10: number | null;
  p50: number | null;
  p90: number | null;
}

export interface CashFlowBandsChartOptions {
  currency?: string;
  width?: number;
  height?: number;
  document?: Document;
}

/** The rows behind the chart: one per scenario and year, with the cumulative cash flow. */
export function cashFlowRows(series: readonly CashFlowSeries[]): CashFlowRow[] {
  return series.flatMap((s) => {
    const bands = new Map((s.bands ?? []).map((b) => [b.year, b]));
    let cumulative = 0;
    return s.years.map((year, t) => {
      const cashFlow = s.cashFlow[t] ?? 0;
      cumulative += cashFlow;
      const band = bands.get(year);
      return {scenario: s.label, year, cash_flow: cashFlow, cumulative_cash_flow: cumulative, p10: band?.p10 ?? null, p50: band?.p50 ?? null, p90: band?.p90 ?? null};
    });
  });
}

/**
 * The finding: for one scenario, the build cost, the range of yearly cash flows and whether they repay it within
 * the horizon; for several, which ends the horizon with the highest cumulative cash flow.
 *
 * @example cashFlowFinding([{label: "A", years: [0, 1, 2], cashFlow: [-100, 60, 60], bands: null}], "USD");
 * // => "A USD 100 build in year 0; yearly cash flow of USD 60 repays it in year 2"
 */
export function cashFlowFinding(series: readonly CashFlowSeries[], currency = "USD"): string {
  const money = (x: number) => formatMoney(x, currency);
  if (series.length === 1) {
    const s = series[0] as CashFlowSeries;
    const build = -(s.cashFlow[0] ?? 0);
    const later = s.cashFlow.slice(1);
    const lo = Math.min(...later);
    const hi = Math.max(...later);
    const yearly = lo === hi || money(lo) === money(hi) ? money(lo) : `${money(lo)} to ${money(hi)}`;
    const horizon = s.years.length - 1;
    let cumulative = 0;
    const payback = s.cashFlow.findIndex((cf) => (cumulative += cf) >= 0);
    const outcome = payback >= 0 ? `repays it in year ${payback}` : `does not repay it within ${horizon} years`;
    return `A ${money(build)} build in year 0; yearly cash flow of ${yearly} ${outcome}`;
  }
  const totals = series.map((s) => ({label: s.label, total: s.cashFlow.reduce((a, b) => a + b, 0)}));
  const best = totals.reduce((a, b) => (b.total > a.total ? b : a));
  return `“${best.label}” ends the horizon with the highest cumulative cash flow, ${money(best.total)}`;
}

/**
 * Cash flow by year: the deterministic cash flow (line and dots) with the Monte Carlo p10–p90 band (shaded) and
 * median (dashed) of each year, for one or several overlaid scenarios (colour and dash pattern per scenario).
 * Year 0 is the build year. Every dot has a tooltip with the year's figures.
 */
export function CashFlowBandsChart(series: readonly CashFlowSeries[], {currency = "USD", width = 720, height = 340, document}: CashFlowBandsChartOptions = {}) {
  const rows = cashFlowRows(series);
  const banded = rows.filter((r) => r.p10 !== null);
  const labels = series.map((s) => s.label);
  const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
  const several = series.length > 1;
  const colour = several ? {stroke: "scenario", fill: "scenario"} : {stroke: SCENARIO_COLOURS[0], fill: SCENARIO_COLOURS[0]};
  const dash = (label: string) => (several ? SCENARIO_DASHES[labels.indexOf(label) % SCENARIO_DASHES.length] : "none");
  return Plot.plot({
    width,
    height,
    marginLeft: 64,
    ariaLabel: `Line chart: cash flow by year for ${several ? `${series.length} scenarios` : `“${labels[0]}”`}, with p10–p90 uncertainty bands`,
    x: {label: "Year →", ticks: years, tickFormat: (d: number) => (d === 0 ? "0 build" : String(d)), domain: [years[0] ?? 0, years[years.length - 1] ?? 1]},
    y: {label: `Cash flow (${currency}) ↑`, grid: true, tickFormat: "~s"},
    color: several ? {domain: labels, range: SCENARIO_COLOURS.slice(0, labels.length), legend: true} : undefined,
    marks: [
      Plot.ruleY([0]),
      Plot.areaY(banded, {x: "year", y1: "p10", y2: "p90", z: "scenario", fill: colour.fill, fillOpacity: 0.16, ariaDescription: "p10–p90 band"}),
      Plot.lineY(banded, {x: "year", y: "p50", z: "scenario", stroke: colour.stroke, strokeDasharray: "3 3", strokeOpacity: 0.8, ariaDescription: "Monte Carlo median"}),
      ...series.map((s) =>
        Plot.lineY(rows.filter((r) => r.scenario === s.label), {x: "year", y: "cash_flow", stroke: colour.stroke, strokeWidth: 2, strokeDasharray: dash(s.label), ariaDescription: "cash flow line"})
      ),
      Plot.dot(rows, {
        x: "year",
        y: "cash_flow",
        fill: colour.fill,
        r: 3.5,
        ariaDescription: "cash flow",
        tip: {
          channels: {
            Scenario: "scenario",
            "Cumulative": "cumulative_cash_flow",
            "p10 (Monte Carlo)": "p10",
            "Median (Monte Carlo)": "p50",
            "p90 (Monte Carlo)": "p90"
          },
          format: {
            x: (d: number) => (d === 0 ? "0 (build)" : String(d)),
            y: (d: number) => formatMoney(d, currency),
            fill: false,
            Cumulative: (d: number) => formatMoney(d, currency),
            "p10 (Monte Carlo)": (d: number | null) => (d === null ? "–" : formatMoney(d, currency)),
            "Median (Monte Carlo)": (d: number | null) => (d === null ? "–" : formatMoney(d, currency)),
            "p90 (Monte Carlo)": (d: number | null) => (d === null ? "–" : formatMoney(d, currency))
          }
        }
      })
    ],
    ...(document ? {document} : {})
  });
}
