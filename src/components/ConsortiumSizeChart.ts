import * as Plot from "@observablehq/plot";
import type {ConsortiumSizeRow} from "../model/portfolio/consortiumSizeSweep.js";
import {formatLearners, formatMoney, formatShare} from "./scenarioFormat.js";

/** One point of the chart (the data behind it). */
export interface ConsortiumSizePoint {
  partners: number;
  delivery: string;
  npv_per_partner: number;
  expected_npv_per_partner: number;
  probability_npv_positive: number | null;
  consortium_first_year_enrolments: number;
}

/** How the chart names the two delivery modes. */
export const DELIVERY_LABELS = {
  pooled: "Pooled delivery (one set of cohorts)",
  split: "Split delivery (each partner its own cohorts)"
} as const;

const COLOURS = ["#0072b2", "#e69f00"] as const;

/** The rows behind the chart. */
export function consortiumSizePoints(rows: readonly ConsortiumSizeRow[]): ConsortiumSizePoint[] {
  return rows.map((r) => ({
    partners: r.partners,
    delivery: DELIVERY_LABELS[r.enrolments],
    npv_per_partner: r.npv,
    expected_npv_per_partner: r.expectedNpv,
    probability_npv_positive: r.probabilityNpvPositive,
    consortium_first_year_enrolments: r.firstYearEnrolments
  }));
}

/**
 * The chart's finding: what a partner expects alone, and from how many partners each delivery mode pays each of
 * them (a positive expected NPV).
 *
 * @example consortiumSizeFinding(points, "USD"); // => "Alone (its own learners only) a partner expects −USD 515k; pooled delivery pays each partner from 3 partners on (USD 60k each), split delivery at no size up to 8"
 */
export function consortiumSizeFinding(points: readonly ConsortiumSizePoint[], currency: string): string {
  const money = (x: number) => formatMoney(x, currency, {compact: true});
  const when = (delivery: string) => {
    const series = points.filter((p) => p.delivery === delivery).sort((a, b) => a.partners - b.partners);
    const first = series.find((p) => p.expected_npv_per_partner > 0);
    const largest = series[series.length - 1]?.partners ?? 0;
    if (!first) return `at no size up to ${largest}`;
    if (first.partners === 1) return `even alone (${money(first.expected_npv_per_partner)})`;
    return `from ${first.partners} partners on (${money(first.expected_npv_per_partner)} each)`;
  };
  const alone = points.find((p) => p.partners === 1 && p.delivery === DELIVERY_LABELS.pooled);
  const head = alone ? `Alone (its own learners only) a partner expects ${money(alone.expected_npv_per_partner)}; ` : "";
  return `${head}pooled delivery pays each partner ${when(DELIVERY_LABELS.pooled)}, split delivery ${when(DELIVERY_LABELS.split)}`;
}

export interface ConsortiumSizeChartOptions {
  currency?: string;
  width?: number;
  /** Partners in the file's consortium, marked on the chart. */
  current?: number;
  document?: Document;
}

/**
 * Each partner's expected NPV against the number of equal partners (1 = alone), one line per delivery mode
 * (colour, dash and marker shape differ), a zero line, and the file's own consortium size marked.
 */
export function ConsortiumSizeChart(points: readonly ConsortiumSizePoint[], {currency = "USD", width = 800, current, document}: ConsortiumSizeChartOptions = {}) {
  const domain = [DELIVERY_LABELS.pooled, DELIVERY_LABELS.split];
  const sizes = [...new Set(points.map((p) => p.partners))].sort((a, b) => a - b);
  return Plot.plot({
    width,
    height: 320,
    marginLeft: 72,
    marginRight: 36,
    ariaLabel: `Line chart: each partner's expected NPV for consortia of ${sizes[0]} to ${sizes[sizes.length - 1]} equal partners, pooled and split delivery`,
    x: {label: "Partners in the consortium →", ticks: sizes, tickFormat: (d: number) => String(d)},
    y: {label: `↑ Expected NPV per partner (${currency})`, grid: true, tickFormat: (d: number) => formatMoney(d, currency, {compact: true})},
    color: {domain, range: [...COLOURS], legend: true},
    symbol: {domain, range: ["circle", "square"]},
    marks: [
      Plot.ruleY([0]),
      ...(current === undefined
        ? []
        : [
            Plot.ruleX([current], {stroke: "currentColor", strokeOpacity: 0.4, strokeDasharray: "3 3"}),
            Plot.text([current], {x: (d: number) => d, frameAnchor: "top", dy: 6, dx: 4, textAnchor: "start", text: () => `this portfolio: ${current}`, fontSize: 11, fill: "currentColor"})
          ]),
      ...domain.map((delivery, i) =>
        Plot.line(
          points.filter((p) => p.delivery === delivery),
          {x: "partners", y: "expected_npv_per_partner", stroke: "delivery", strokeWidth: 2, strokeDasharray: i === 0 ? "none" : "6 3"}
        )
      ),
      Plot.dot(points, {
        x: "partners",
        y: "expected_npv_per_partner",
        stroke: "delivery",
        fill: "delivery",
        symbol: "delivery",
        r: 4,
        channels: {
          "NPV at the stated values": (d: ConsortiumSizePoint) => formatMoney(d.npv_per_partner, currency),
          "P(NPV > 0)": (d: ConsortiumSizePoint) => (d.probability_npv_positive === null ? "–" : formatShare(d.probability_npv_positive)),
          "Consortium's first-year enrolments": (d: ConsortiumSizePoint) => formatLearners(d.consortium_first_year_enrolments)
        },
        tip: {format: {x: true, y: (v: number) => formatMoney(v, currency), stroke: true, fill: false, symbol: false}}
      })
    ],
    ...(document ? {document} : {})
  });
}
