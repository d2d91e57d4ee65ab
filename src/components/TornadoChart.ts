import * as Plot from "@observablehq/plot";
import {inputSpec} from "../model/scenarioInputs.js";
import type {TornadoBar} from "../model/types.js";
import {formatMoney, formatNumber} from "./scenarioFormat.js";

/** One row of the data behind the tornado (its CSV download): one uncertain input. */
export interface TornadoRow {
  input: string;
  label: string;
  unit: string;
  input_p10: number;
  input_p90: number;
  npv_at_p10: number;
  npv_at_p90: number;
  swing: number;
}

export interface TornadoChartOptions {
  /** NPV with every input at its value (the bars' common base). */
  baseNpv: number;
  currency?: string;
  width?: number;
  /** Show at most this many inputs, largest swing first (default all). */
  top?: number;
  document?: Document;
}

/** Colours of the two ends: Okabe–Ito orange (input low) and sky blue (input high). */
const ENDS = {low: "input at its 10th percentile", high: "input at its 90th percentile"} as const;

/** The tornado's rows, in the order given (runTornado sorts by swing), with each input's label and unit. */
export function tornadoRows(bars: readonly TornadoBar[]): TornadoRow[] {
  return bars.map((bar) => {
    const spec = inputSpec(bar.input);
    return {
      input: bar.input,
      label: spec?.label ?? bar.input,
      unit: spec?.unit ?? "",
      input_p10: bar.inputLow,
      input_p90: bar.inputHigh,
      npv_at_p10: bar.low,
      npv_at_p90: bar.high,
      swing: bar.swing
    };
  });
}

/**
 * The finding: the input that moves NPV most, and how far.
 *
 * @example tornadoFinding(bars, "USD"); // => "NPV is most sensitive to enrolments in year 1: from −USD 150,210 to USD 20,400 between its 10th and 90th percentiles"
 */
export function tornadoFinding(bars: readonly TornadoBar[], currency = "USD"): string {
  const first = bars[0];
  if (!first) return "No input is uncertain, so nothing moves NPV";
  const label = inputSpec(first.input)?.label ?? first.input;
  const [lo, hi] = [Math.min(first.low, first.high), Math.max(first.low, first.high)];
  return `NPV is most sensitive to ${label.charAt(0).toLowerCase()}${label.slice(1)}: from ${formatMoney(lo, currency)} to ${formatMoney(hi, currency)} between its 10th and 90th percentiles`;
}

/**
 * One-at-a-time sensitivity: for each uncertain input, a bar from the base NPV to the NPV with that input at its
 * 10th percentile (orange) and one to its 90th (sky blue), largest swing on top. The base NPV and 0 are marked.
 * Tooltips give the input's percentile values and the NPVs.
 */
export function TornadoChart(bars: readonly TornadoBar[], {baseNpv, currency = "USD", width = 720, top, document}: TornadoChartOptions) {
  const rows = tornadoRows(top === undefined ? bars : bars.slice(0, top));
  const money = (x: number) => formatMoney(x, currency);
  const segments = rows.flatMap((row) => [
    {...row, end: ENDS.low, npv: row.npv_at_p10, at: row.input_p10},
    {...row, end: ENDS.high, npv: row.npv_at_p90, at: row.input_p90}
  ]);
  const marginLeft = Math.min(260, Math.max(140, width * 0.4));
  const maxLabel = Math.floor(marginLeft / 6.6);
  return Plot.plot({
    width,
    height: 26 * rows.length + 70,
    marginLeft,
    marginRight: 24,
    marginTop: 26,
    ariaLabel: `Tornado chart: how far NPV moves when each of ${rows.length} uncertain inputs goes from its 10th to its 90th percentile`,
    x: {label: `NPV (${currency}) →`, grid: true, tickFormat: "~s"},
    y: {label: null, domain: rows.map((r) => r.label), tickFormat: (d: string) => (d.length > maxLabel ? `${d.slice(0, maxLabel - 1)}…` : d)},
    color: {domain: [ENDS.low, ENDS.high], range: ["#e69f00", "#56b4e9"], legend: true},
    marks: [
      Plot.barX(segments, {
        y: "label",
        x1: () => baseNpv,
        x2: "npv",
        fill: "end",
        insetTop: 3,
        insetBottom: 3,
        ariaDescription: "tornado bars",
        tip: {
          channels: {Input: "label", End: "end", "Input value": (d: (typeof segments)[number]) => `${formatNumber(d.at, 4)} ${d.unit}`, NPV: "npv", Swing: "swing"},
          format: {NPV: money, Swing: money, x1: false, x2: false, y: false, fill: false}
        }
      }),
      Plot.ruleX([baseNpv], {stroke: "currentColor", strokeWidth: 1.5}),
      Plot.ruleX([0], {stroke: "currentColor", strokeDasharray: "4 3", strokeOpacity: 0.6}),
      Plot.text([baseNpv], {x: (d: number) => d, frameAnchor: "top", dy: -8, text: () => `base ${formatMoney(baseNpv, currency, {compact: true})}`, fontSize: 11, ariaDescription: "base label"})
    ],
    ...(document ? {document} : {})
  });
}
