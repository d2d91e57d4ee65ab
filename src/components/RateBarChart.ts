import * as Plot from "@observablehq/plot";
import {MISSING} from "./displayFormat.js";

/** One bar: an area (industry, state, field…) and its rate; companions are other rates drawn as ticks on the bar. */
export interface RateBar {
  label: string;
  value: number | null;
  [companion: string]: string | number | null;
}

export interface RateCompanion {
  key: string;
  label: string;
  colour: string;
}

export interface RateBarChartOptions {
  /** What the bars measure, with its unit, for the axis and the accessible label. */
  measure: string;
  /** A reference value drawn as a rule (e.g. the national rate) and its name. */
  reference?: {value: number; label: string};
  /** Other rates of the same rows drawn as ticks (e.g. hires and quits beside openings). */
  companions?: readonly RateCompanion[];
  /** Decimals in labels and tooltips. */
  digits?: number;
  /** Unit appended to values ("%" by default). */
  unit?: string;
  /**
   * Cut a bar that dwarfs the rest (more than three times the next) so the others stay readable: the axis
   * ends a little past the next bar and the reference, and the cut bar's label says so. Default false.
   */
  capOutlier?: boolean;
  /** Formats a value in labels and tooltips; overrides digits and unit. */
  format?: (value: number) => string;
  width?: number;
  document?: Document;
}

/**
 * Bars sorted from highest to lowest, with the missing ones left out. Ties keep their input order.
 * @example rankedBars([{label: "a", value: 1}, {label: "b", value: null}, {label: "c", value: 3}]).map((d) => d.label) // => ["c", "a"]
 */
export function rankedBars<T extends RateBar>(rows: readonly T[]): (T & {value: number})[] {
  return rows.filter((d): d is T & {value: number} => typeof d.value === "number" && Number.isFinite(d.value)).sort((a, b) => b.value - a.value);
}

/**
 * The finding of a ranking: the highest and lowest bar, and how many sit above the reference.
 * @example rateRangeFinding(bars, "industries", {value: 4.4, label: "US total"}) // => "Openings rates range from 5.8% (…) to 2.9% (…); 6 of 11 industries are above the US total (4.4%)"
 */
export function rateRangeFinding(rows: readonly RateBar[], noun: string, reference?: {value: number; label: string}, digits = 1, unit = "%", what = "Rates"): string {
  const ranked = rankedBars(rows);
  const top = ranked[0];
  const bottom = ranked.at(-1);
  if (top === undefined || bottom === undefined) return `No ${noun} have a value`;
  const f = (v: number) => `${v.toFixed(digits)}${unit}`;
  const above = reference ? `; ${ranked.filter((d) => d.value > reference.value).length} of ${ranked.length} ${noun} are above the ${reference.label} (${f(reference.value)})` : "";
  return `${what} range from ${f(top.value)} (${top.label}) to ${f(bottom.value)} (${bottom.label})${above}`;
}

/** Horizontal bars of a rate per area, highest first, with optional companion rates as ticks and a reference rule. */
/**
 * Where to cut the axis so one outlier does not flatten every other bar: a little past the second-largest value
 * and the reference, when the largest is more than three times the second; otherwise null (no cut).
 * @example outlierCap([{label: "a", value: 252}, {label: "b", value: 20.5}], 100) // => 115
 */
export function outlierCap(rows: readonly RateBar[], reference?: number): number | null {
  const [first, second] = rankedBars(rows);
  if (first === undefined || second === undefined || !(second.value > 0) || first.value <= 3 * second.value) return null;
  const cap = Math.max(second.value * 1.25, (reference ?? 0) * 1.15);
  return cap < first.value ? cap : null;
}

export function RateBarChart(rows: readonly RateBar[], {measure, reference, companions = [], digits = 1, unit = "%", capOutlier = false, format, width = 800, document}: RateBarChartOptions) {
  const ranked = rankedBars(rows);
  const cap = capOutlier ? outlierCap(rows, reference?.value) : null;
  const f = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? (format ? format(v) : `${v.toFixed(digits)}${unit}`) : MISSING);
  const channels: Record<string, (d: RateBar) => string> = {[measure]: (d) => f(d.value)};
  for (const c of companions) channels[c.label] = (d) => f(d[c.key]);
  const order = ranked.map((d) => d.label);
  return Plot.plot({
    width,
    height: 40 + Math.max(ranked.length, 1) * (ranked.length > 20 ? 16 : 26),
    marginLeft: Math.min(260, width * 0.36),
    marginRight: 48,
    ariaLabel: `Bar chart: ${measure} for ${ranked.length} areas, highest first${reference ? `, with the ${reference.label} as a reference line` : ""}`,
    x: {label: `${measure} →`, grid: true, nice: cap === null, tickFormat: format ? "~s" : undefined, ...(cap === null ? {} : {domain: [Math.min(0, ...ranked.map((d) => d.value)), cap], clamp: true})},
    y: {label: null, domain: order, tickFormat: (d: string) => (d.length > 40 ? `${d.slice(0, 39)}…` : d)},
    color: companions.length > 0 ? {legend: true, domain: [measure, ...companions.map((c) => c.label)], range: ["var(--okabe-sky, #56b4e9)", ...companions.map((c) => c.colour)]} : undefined,
    marks: [
      Plot.barX(ranked, {y: "label", x: "value", fill: companions.length > 0 ? () => measure : "var(--okabe-blue, #0072b2)", tip: {channels, format: {x: false, y: false, fill: false}}}),
      ...companions.map((c) => Plot.tickX(ranked.filter((d) => typeof d[c.key] === "number"), {y: "label", x: c.key, stroke: () => c.label, strokeWidth: 3, insetTop: -2, insetBottom: -2})),
      Plot.text(
        ranked.filter((d) => cap === null || d.value <= cap),
        {y: "label", x: "value", text: (d: RateBar) => f(d.value), dx: 4, textAnchor: "start", fill: "currentColor"}
      ),
      // A cut bar says its value inside its end, with the cut marked.
      cap === null
        ? null
        : Plot.text(
            ranked.filter((d) => d.value > cap),
            {y: "label", x: () => cap, text: (d: RateBar) => `${f(d.value)} (bar cut)`, dx: -6, textAnchor: "end", fill: "white", fontWeight: 600}
          ),
      reference ? Plot.ruleX([reference.value], {stroke: "var(--okabe-vermillion, #d55e00)", strokeDasharray: "4 3"}) : null,
      reference
        ? Plot.text([reference.value], {x: (d: number) => d, frameAnchor: "bottom", dy: -4, dx: -4, textAnchor: "end", text: () => `${reference.label} ${f(reference.value)}`, fill: "var(--okabe-vermillion, #d55e00)", stroke: "var(--theme-background, white)", strokeWidth: 3, paintOrder: "stroke"})
        : null,
      Plot.ruleX([0])
    ],
    ...(document ? {document} : {})
  });
}
