import * as Plot from "@observablehq/plot";
import {npvEnrolmentCurve, type NpvEnrolmentCurve} from "../model/npvEnrolmentCurve.js";
import {niceCeiling} from "../model/niceNumbers.js";
import type {ModelInputs} from "../model/types.js";
import {formatLearners, formatMoney, SCENARIO_COLOURS, SCENARIO_DASHES} from "./scenarioFormat.js";

/** One scenario's deterministic inputs: the line NPV(E) = a + b·E is computed from them. */
export interface BreakEvenSeries {
  readonly label: string;
  readonly inputs: ModelInputs;
  readonly horizonYears: number;
}

/** One point of the data behind the chart (its CSV download). */
export interface BreakEvenRow {
  scenario: string;
  first_year_enrolments: number;
  npv: number;
}

export interface BreakEvenChartOptions {
  currency?: string;
  width?: number;
  height?: number;
  document?: Document;
}

/** Every scenario's curve on a shared x range (0 to a round number covering all planned and break-even points). */
export function breakEvenCurves(series: readonly BreakEvenSeries[]): {label: string; curve: NpvEnrolmentCurve}[] {
  const own = series.map((s) => npvEnrolmentCurve(s.inputs, s.horizonYears));
  const max = niceCeiling(Math.max(10, ...own.map((c) => c.points[c.points.length - 1]?.firstYearEnrolments ?? 10)));
  return series.map((s) => ({label: s.label, curve: npvEnrolmentCurve(s.inputs, s.horizonYears, {maxEnrolments: max})}));
}

/** The rows behind the chart: each scenario's sampled line. */
export function breakEvenRows(curves: readonly {label: string; curve: NpvEnrolmentCurve}[]): BreakEvenRow[] {
  return curves.flatMap(({label, curve}) => curve.points.map((p) => ({scenario: label, first_year_enrolments: p.firstYearEnrolments, npv: p.npv})));
}

/**
 * The finding: where NPV turns positive against the planned first-year enrolments; for several scenarios, the one
 * that breaks even with the fewest learners.
 *
 * @example breakEvenFinding([{label: "A", curve}], "USD"); // => "NPV turns positive at 137 first-year learners, 47 more than the 90 planned"
 */
export function breakEvenFinding(curves: readonly {label: string; curve: NpvEnrolmentCurve}[], currency = "USD"): string {
  if (curves.length === 1) {
    const {curve} = curves[0] as {label: string; curve: NpvEnrolmentCurve};
    const planned = curve.planned.firstYearEnrolments;
    if (curve.breakEven === null) {
      return `No enrolment level breaks even: each extra first-year learner changes NPV by ${formatMoney(curve.b, currency)}`;
    }
    if (curve.breakEven === 0) return "NPV is positive at any enrolment level, even with no learners";
    const gap = curve.breakEven - planned;
    const relation = Math.abs(gap) < 0.5 ? "the number planned" : gap > 0 ? `${formatLearners(gap)} more than the ${formatLearners(planned)} planned` : `${formatLearners(-gap)} fewer than the ${formatLearners(planned)} planned`;
    return `NPV turns positive at ${formatLearners(curve.breakEven)} first-year learners, ${relation}`;
  }
  const breaking = curves.filter((c) => c.curve.breakEven !== null);
  if (breaking.length === 0) return "None of these scenarios breaks even at any enrolment level";
  const best = breaking.reduce((a, b) => ((b.curve.breakEven as number) < (a.curve.breakEven as number) ? b : a));
  return `“${best.label}” breaks even with the fewest first-year learners: ${formatLearners(best.curve.breakEven as number)}`;
}

/**
 * NPV against first-year enrolments (everything else at its value): a straight line per scenario, with the
 * break-even point (NPV = 0) and the planned enrolments marked and labelled.
 */
export function BreakEvenChart(curves: readonly {label: string; curve: NpvEnrolmentCurve}[], {currency = "USD", width = 720, height = 320, document}: BreakEvenChartOptions = {}) {
  const rows = breakEvenRows(curves);
  const several = curves.length > 1;
  const labels = curves.map((c) => c.label);
  const money = (x: number) => formatMoney(x, currency);
  const breakEvens = curves.filter((c) => c.curve.breakEven !== null).map((c) => ({scenario: c.label, first_year_enrolments: c.curve.breakEven as number, npv: 0, what: "break-even"}));
  const planned = curves.map((c) => ({scenario: c.label, first_year_enrolments: c.curve.planned.firstYearEnrolments, npv: c.curve.planned.npv, what: "planned"}));
  const colour = several ? "scenario" : SCENARIO_COLOURS[0];
  const tip = {
    channels: {Scenario: "scenario", Point: "what"},
    format: {x: (d: number) => `${formatLearners(d)} learners`, y: money, stroke: false, fill: false}
  };
  return Plot.plot({
    width,
    height,
    marginLeft: 64,
    marginTop: 24,
    ariaLabel: `Line chart: NPV against first-year enrolments for ${several ? `${curves.length} scenarios` : `“${labels[0]}”`}, with the break-even point marked`,
    x: {label: "First-year enrolments (learners) →", grid: true},
    y: {label: `NPV (${currency}) ↑`, grid: true, tickFormat: "~s"},
    color: several ? {domain: labels, range: SCENARIO_COLOURS.slice(0, labels.length), legend: true} : undefined,
    marks: [
      Plot.ruleY([0], {stroke: "currentColor", strokeWidth: 1.5}),
      ...curves.map((c, k) =>
        Plot.lineY(rows.filter((r) => r.scenario === c.label), {
          x: "first_year_enrolments",
          y: "npv",
          stroke: colour,
          strokeWidth: 2,
          strokeDasharray: several ? SCENARIO_DASHES[k % SCENARIO_DASHES.length] : "none",
          ariaDescription: "NPV line",
          tip: {...tip, channels: {Scenario: "scenario"}}
        })
      ),
      Plot.dot(breakEvens, {x: "first_year_enrolments", y: "npv", r: 6, fill: "var(--theme-background, white)", stroke: colour, strokeWidth: 2.5, ariaDescription: "break-even points", tip}),
      Plot.dot(planned, {x: "first_year_enrolments", y: "npv", r: 4.5, fill: colour, symbol: "diamond", ariaDescription: "planned enrolments", tip}),
      several
        ? []
        : [
            Plot.text(breakEvens, {x: "first_year_enrolments", y: "npv", dy: -14, text: (d: BreakEvenRow) => `break-even ${formatLearners(d.first_year_enrolments)}`, fontSize: 11, stroke: "var(--theme-background, white)", strokeWidth: 3, fill: "currentColor", ariaDescription: "break-even label"}),
            Plot.text(planned, {x: "first_year_enrolments", y: "npv", dy: 16, text: (d: BreakEvenRow) => `planned ${formatLearners(d.first_year_enrolments)}: ${formatMoney(d.npv, currency, {compact: true})}`, fontSize: 11, stroke: "var(--theme-background, white)", strokeWidth: 3, fill: "currentColor", ariaDescription: "planned label"})
          ]
    ],
    ...(document ? {document} : {})
  });
}
