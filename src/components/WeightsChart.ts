import * as Plot from "@observablehq/plot";

export interface WeightRow {
  key: string;
  label: string;
  /** Weight as a share of the total, 0–1. */
  weight: number;
  rationale: string;
}

export interface WeightsChartOptions {
  width?: number;
  document?: Document;
}

/** The heaviest indicator and its share, as the chart's finding. */
export function weightsHeadline(rows: readonly WeightRow[]): string {
  const sorted = [...rows].sort((a, b) => b.weight - a.weight);
  const top = sorted[0];
  if (!top) return "No indicator is weighted";
  const tied = sorted.filter((r) => Math.abs(r.weight - top.weight) < 1e-12);
  const names = tied.map((r) => r.label.toLowerCase()).join(" and ");
  return `${names.charAt(0).toUpperCase()}${names.slice(1)} carr${tied.length === 1 ? "ies" : "y"} the largest weight in the market-need score: ${Math.round(top.weight * 100)}%${tied.length === 1 ? "" : " each"}`;
}

/** Horizontal bars of the market-need score's weights, largest first, each labelled with its percentage. */
export function WeightsChart(rows: readonly WeightRow[], {width = 720, document}: WeightsChartOptions = {}) {
  const marginLeft = Math.round(Math.min(220, width * 0.35));
  return Plot.plot({
    width,
    height: 34 * rows.length + 50,
    marginLeft,
    marginRight: 50,
    ariaLabel: `Bar chart: default weights of the ${rows.length} market-need indicators`,
    x: {label: "Weight (share of the score) →", tickFormat: ".0%", grid: true, domain: [0, Math.max(...rows.map((r) => r.weight)) * 1.15]},
    y: {label: null, domain: [...rows].sort((a, b) => b.weight - a.weight).map((r) => r.label)},
    marks: [
      Plot.barX(rows, {y: "label", x: "weight", fill: "#0072b2", channels: {Why: "rationale"}, tip: {format: {x: ".0%", y: true}}}),
      Plot.text(rows, {y: "label", x: "weight", text: (d: WeightRow) => `${Math.round(d.weight * 100)}%`, dx: 5, textAnchor: "start", fill: "currentColor"}),
      Plot.ruleX([0])
    ],
    ...(document ? {document} : {})
  });
}
