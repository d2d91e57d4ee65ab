import * as Plot from "@observablehq/plot";
import {formatCount} from "./displayFormat.js";
import {SERIES_COLOURS} from "./ShareLineChart.js";

/** One segment: a bar (e.g. institution control), a part (e.g. distance status), its share of the bar and its count. */
export interface StackedShare {
  bar: string;
  part: string;
  share: number;
  count: number | null;
}

export interface StackedShareChartOptions {
  /** The parts in stacking order (left to right), which also fixes their colours. */
  parts: readonly string[];
  /** What the bars add up to, for the axis and the accessible label. */
  measure: string;
  /** Bar order; defaults to the largest share of the first part first. */
  bars?: readonly string[];
  width?: number;
  document?: Document;
}

/** 100% stacked horizontal bars with each segment's share written inside when it is wide enough. */
export function StackedShareChart(rows: readonly StackedShare[], {parts, measure, bars, width = 800, document}: StackedShareChartOptions) {
  const first = parts[0];
  const order = bars ?? [...new Set(rows.map((d) => d.bar))].sort((a, b) => share(rows, b, first) - share(rows, a, first));
  return Plot.plot({
    width,
    height: 60 + order.length * 36,
    marginLeft: Math.min(220, width * 0.3),
    ariaLabel: `Stacked bar chart: ${measure} for ${order.length} groups, split into ${parts.join(", ")}`,
    x: {label: `${measure} (%) →`, percent: true, domain: [0, 100]},
    y: {label: null, domain: order},
    color: {legend: true, domain: [...parts], range: SERIES_COLOURS.slice(0, parts.length)},
    marks: [
      Plot.barX(rows, {
        y: "bar",
        x: "share",
        fill: "part",
        order: [...parts],
        tip: {channels: {Group: "bar", Part: "part", Share: (d: StackedShare) => `${(d.share * 100).toFixed(1)}%`, Count: (d: StackedShare) => formatCount(d.count)}, format: {x: false, y: false, fill: false}}
      }),
      Plot.text(
        rows,
        Plot.stackX({
          y: "bar",
          x: "share",
          z: "part",
          order: [...parts],
          // Segments narrower than 8% keep their tooltip but get no label (it would not fit).
          text: (d: StackedShare) => (d.share >= 0.08 ? `${Math.round(d.share * 100)}%` : ""),
          fill: "white",
          stroke: "black",
          strokeOpacity: 0.4,
          strokeWidth: 2,
          paintOrder: "stroke",
          fontWeight: 600
        })
      ),
      Plot.ruleX([0])
    ],
    ...(document ? {document} : {})
  });
}

function share(rows: readonly StackedShare[], bar: string, part: string | undefined): number {
  return rows.find((d) => d.bar === bar && d.part === part)?.share ?? 0;
}
