import * as Plot from "@observablehq/plot";
import {histogramBins} from "../model/histogramBins.js";
import type {SampleSummary} from "../model/types.js";
import {formatMoney, formatShare, SCENARIO_COLOURS, SCENARIO_DASHES} from "./scenarioFormat.js";

/** One scenario's Monte Carlo NPV sample and its summary. */
export interface NpvSeries {
  readonly label: string;
  readonly npvDraws: ArrayLike<number>;
  readonly summary: SampleSummary;
  readonly probabilityNpvPositive: number;
}

/** One histogram bin of one scenario (the data behind the chart). */
export interface NpvBinRow {
  scenario: string;
  npv_from: number;
  npv_to: number;
  draws: number;
  share: number;
  outcome: "loss or break-even" | "gain";
}

export interface NpvHistogramOptions {
  currency?: string;
  width?: number;
  height?: number;
  /** About how many bins (default 40). */
  bins?: number;
  document?: Document;
}

/**
 * Histogram rows of every scenario on shared bins (so overlaid scenarios compare bin by bin), shares of each
 * scenario's own draws.
 */
export function npvBinRows(series: readonly NpvSeries[], bins = 40): NpvBinRow[] {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const s of series) {
    for (let i = 0; i < s.npvDraws.length; i++) {
      const v = s.npvDraws[i] as number;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  if (!(lo <= hi)) return [];
  return series.flatMap((s) =>
    histogramBins(s.npvDraws, {count: bins, domain: [lo, hi]}).map((b) => ({
      scenario: s.label,
      npv_from: b.x0,
      npv_to: b.x1,
      draws: b.count,
      share: b.share,
      outcome: (b.x0 + b.x1) / 2 > 0 ? ("gain" as const) : ("loss or break-even" as const)
    }))
  );
}

/**
 * The finding: for one scenario the chance of a positive NPV and the middle 90% of outcomes; for several, the
 * one most likely to pay off.
 *
 * @example npvFinding([{label: "A", npvDraws: [], summary: {p5: -1000, p95: 500, …}, probabilityNpvPositive: 0.38}], "USD");
 * // => "NPV is positive in 38% of draws; 90% lie between −USD 1,000 and USD 500"
 */
export function npvFinding(series: readonly NpvSeries[], currency = "USD"): string {
  const money = (x: number) => formatMoney(x, currency);
  if (series.length === 1) {
    const s = series[0] as NpvSeries;
    return `NPV is positive in ${formatShare(s.probabilityNpvPositive)} of draws; 90% lie between ${money(s.summary.p5)} and ${money(s.summary.p95)}`;
  }
  const best = series.reduce((a, b) => (b.probabilityNpvPositive > a.probabilityNpvPositive ? b : a));
  return `“${best.label}” is the most likely to pay off: NPV positive in ${formatShare(best.probabilityNpvPositive)} of draws`;
}

/**
 * The distribution of NPV over the Monte Carlo draws. One scenario: bars (losses in vermillion, gains in blue,
 * labelled in the legend), with 0 and the p5, p50 and p95 marked by labelled rules. Several scenarios: one step
 * line each on shared bins (colour and dash per scenario), share of each scenario's draws.
 */
export function NpvHistogram(series: readonly NpvSeries[], {currency = "USD", width = 720, height = 300, bins = 40, document}: NpvHistogramOptions = {}) {
  const rows = npvBinRows(series, bins);
  const money = (x: number) => formatMoney(x, currency);
  const several = series.length > 1;
  const labels = series.map((s) => s.label);
  const tip = {
    channels: {Scenario: "scenario", "NPV from": "npv_from", "NPV to": "npv_to", Draws: "draws"},
    format: {
      "NPV from": money,
      "NPV to": money,
      Draws: (d: number) => d.toLocaleString("en-US"),
      y: (d: number) => formatShare(d),
      x1: false,
      x2: false,
      x: false,
      fill: false,
      stroke: false
    }
  };
  const single = series[0];
  // p5's label reads leftwards from its rule, p95's rightwards, p50's one line lower: they never overlap.
  const markers = !several && single
    ? [
        {at: single.summary.p5, label: "p5", anchor: "end", dx: -3, dy: 6},
        {at: single.summary.p50, label: "p50", anchor: "start", dx: 3, dy: 22},
        {at: single.summary.p95, label: "p95", anchor: "start", dx: 3, dy: 6}
      ]
    : [];
  return Plot.plot({
    width,
    height,
    marginLeft: 56,
    marginTop: 28,
    ariaLabel: several
      ? `Histogram: NPV distributions of ${series.length} scenarios over their Monte Carlo draws`
      : `Histogram: NPV of “${labels[0]}” over its Monte Carlo draws, with 0, p5, p50 and p95 marked`,
    x: {label: `NPV (${currency}) →`, tickFormat: "~s"},
    y: {label: "Share of draws ↑", grid: true, tickFormat: (d: number) => formatShare(d)},
    color: several
      ? {domain: labels, range: SCENARIO_COLOURS.slice(0, labels.length), legend: true}
      : {domain: ["loss or break-even", "gain"], range: ["#d55e00", "#0072b2"], legend: true},
    marks: [
      several
        ? series.map((s, k) =>
            Plot.lineY(rows.filter((r) => r.scenario === s.label), {
              x: (d: NpvBinRow) => (d.npv_from + d.npv_to) / 2,
              y: "share",
              stroke: "scenario",
              strokeWidth: 2,
              strokeDasharray: SCENARIO_DASHES[k % SCENARIO_DASHES.length],
              curve: "step",
              tip,
              ariaDescription: "NPV distribution"
            })
          )
        : Plot.rectY(rows, {x1: "npv_from", x2: "npv_to", y: "share", fill: "outcome", inset: 0.5, tip, ariaDescription: "NPV bins"}),
      Plot.ruleX([0], {stroke: "currentColor", strokeWidth: 1.5}),
      Plot.text([0], {x: (d: number) => d, frameAnchor: "top", dy: -14, text: () => "0", fontWeight: "bold", ariaDescription: "zero label"}),
      Plot.ruleX(markers, {x: "at", strokeDasharray: "4 3", stroke: "currentColor", strokeOpacity: 0.7}),
      ...markers.map((m) =>
        Plot.text([m], {
          x: "at",
          frameAnchor: "top",
          textAnchor: m.anchor as "start" | "end",
          dx: m.dx,
          dy: m.dy,
          text: (d: typeof m) => `${d.label} ${formatMoney(d.at, currency, {compact: true})}`,
          fontSize: 11,
          stroke: "var(--theme-background, white)",
          strokeWidth: 3,
          fill: "currentColor",
          ariaDescription: "percentile labels"
        })
      ),
      Plot.ruleY([0])
    ],
    ...(document ? {document} : {})
  });
}
