import * as Plot from "@observablehq/plot";
import {scaleLinear} from "d3";
import {VERDICTS, VERDICT_LABELS, WEAK_MARKET_NEED_SCORE, type Verdict} from "../model/verdict/verdictRules.js";
import {VERDICT_COLORS, VERDICT_DOMAIN, VERDICT_SYMBOLS} from "./verdictStyle.js";

/** One candidate as the overview chart draws it. */
export interface NeedNpvPoint {
  id: string;
  title: string;
  verdict: Verdict;
  /** Market-need score 0–100 (null: no score; not drawn). */
  score: number | null;
  /** E[NPV] and its 10th and 90th percentiles under the default scenario, USD. */
  expectedNpv: number;
  p10Npv: number;
  p90Npv: number;
  probabilityNpvPositive: number;
}

export interface NeedVsNpvChartOptions {
  width?: number;
  document?: Document;
}

/** Count of candidates per verdict, every verdict present (0 when none). */
export function verdictCounts(rows: readonly {verdict: Verdict}[]): Record<Verdict, number> {
  const counts = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
  for (const row of rows) counts[row.verdict] += 1;
  return counts;
}

/**
 * The overview's finding as one sentence, from the verdict counts: who pays off on its own, who only as a
 * pathway or in a consortium, and how many should not be offered.
 *
 * @example verdictHeadline([{verdict: "go", title: "A"}, {verdict: "no-go", title: "B"}]); // => "1 of 2 candidates pays off on its own (A); 1 should not be offered"
 */
export function verdictHeadline(rows: readonly {verdict: Verdict; title: string}[]): string {
  const n = rows.length;
  if (n === 0) return "No candidate credentials in the catalogue";
  const counts = verdictCounts(rows);
  const goTitles = rows.filter((r) => r.verdict === "go").map((r) => r.title);
  const first =
    counts.go === 0
      ? `None of the ${n} candidates pays off on its own`
      : `${counts.go} of ${n} candidate${n === 1 ? "" : "s"} ${counts.go === 1 ? "pays" : "pay"} off on ${counts.go === 1 ? "its" : "their"} own${counts.go <= 2 ? ` (${goTitles.join(" and ")})` : ""}`;
  const rest: string[] = [];
  if (counts["pathway-only"] > 0) rest.push(`${counts["pathway-only"]} only as a pathway into a degree`);
  if (counts["consortium-only"] > 0) rest.push(`${counts["consortium-only"]} only in a consortium`);
  if (counts["no-go"] > 0) rest.push(`${counts["no-go"]} should not be offered`);
  return rest.length === 0 ? first : `${first}; ${rest.join(", ")}`;
}

/** A short label for a point: the title up to `max` characters. */
function shortTitle(title: string, max = 26): string {
  return title.length > max ? `${title.slice(0, max - 1)}…` : title;
}

/** A point's label, placed so that labels do not overlap. */
export interface PlacedLabel {
  /** Anchor (the point) and label position, in pixels. */
  x: number;
  y: number;
  labelX: number;
  labelY: number;
  /** "start": the label reads rightwards from labelX; "end": it ends at labelX. */
  anchor: "start" | "end";
}

/**
 * Places one label per point without overlaps: each label goes to the right of its point (to the left when it
 * would leave the plot), then labels are taken from top to bottom and each is pushed down by whole line heights
 * until its box clears every label already placed. Approximate text width: `charWidth` pixels per character.
 *
 * @param points pixel positions and label texts
 * @param bounds right edge of the plot area
 * @returns label positions in the order of `points`
 * @example placeLabels([{x: 10, y: 10, text: "A"}, {x: 12, y: 11, text: "B"}], {right: 500})[1].labelY; // => 24 (pushed below A)
 */
export function placeLabels(points: readonly {x: number; y: number; text: string}[], {right, lineHeight = 13, charWidth = 6.2, gap = 9}: {right: number; lineHeight?: number; charWidth?: number; gap?: number}): PlacedLabel[] {
  const placed: {left: number; right: number; top: number; bottom: number}[] = [];
  const result = new Array<PlacedLabel>(points.length);
  const order = points.map((p, index) => ({p, index})).sort((a, b) => a.p.y - b.p.y || a.p.x - b.p.x);
  for (const {p, index} of order) {
    const width = p.text.length * charWidth;
    const anchor: "start" | "end" = p.x + gap + width > right ? "end" : "start";
    const left = anchor === "start" ? p.x + gap : p.x - gap - width;
    let labelY = p.y;
    const box = () => ({left, right: left + width, top: labelY - lineHeight / 2, bottom: labelY + lineHeight / 2});
    const collides = () => {
      const b = box();
      return placed.some((o) => b.left < o.right && o.left < b.right && b.top < o.bottom && o.top < b.bottom);
    };
    for (let tries = 0; collides() && tries < 50; tries++) labelY += lineHeight;
    placed.push(box());
    result[index] = {x: p.x, y: p.y, labelX: anchor === "start" ? p.x + gap : p.x - gap, labelY, anchor};
  }
  return result;
}

/**
 * Market need against expected NPV: one symbol per candidate (colour and shape by verdict), a vertical bar for the
 * 80% interval of NPV (p10–p90), the break-even line (NPV = 0) and the weak-need threshold of the verdict rules.
 */
export function NeedVsNpvChart(rows: readonly NeedNpvPoint[], {width = 900, document}: NeedVsNpvChartOptions = {}) {
  const shown = rows
    .filter((r) => r.score !== null)
    .map((r) => ({...r, verdictLabel: VERDICT_LABELS[r.verdict], label: shortTitle(r.title), expectedNpvK: r.expectedNpv / 1000, p10NpvK: r.p10Npv / 1000, p90NpvK: r.p90Npv / 1000}));
  const narrow = width < 640;
  const height = narrow ? 440 : 500;
  const margin = {top: 30, right: narrow ? 16 : 30, bottom: 40, left: 64};
  // Scales fixed here so that label positions can be computed in pixels before Plot draws.
  const yValues = shown.flatMap((r) => [r.p10NpvK, r.p90NpvK, r.expectedNpvK, 0]);
  const yDomain = scaleLinear()
    .domain([Math.min(...yValues), Math.max(...yValues)])
    .nice()
    .domain() as [number, number];
  const x = scaleLinear([0, 100], [margin.left, width - margin.right]);
  const y = scaleLinear(yDomain, [height - margin.bottom, margin.top]);
  const fontSize = narrow ? 10 : 11;
  const placed = placeLabels(
    shown.map((r) => ({x: x(r.score as number), y: y(r.expectedNpvK), text: r.label})),
    {right: width - margin.right, lineHeight: fontSize + 3, charWidth: fontSize * 0.56}
  );
  const labels = shown.map((r, i) => {
    const p = placed[i] as PlacedLabel;
    return {...r, labelScore: x.invert(p.labelX), labelNpvK: y.invert(p.labelY), anchor: p.anchor, moved: Math.abs(p.labelY - p.y) > 2};
  });
  const text = (anchor: "start" | "end") =>
    Plot.text(
      labels.filter((l) => l.anchor === anchor),
      {x: "labelScore", y: "labelNpvK", text: "label", textAnchor: anchor, fontSize, fill: "currentColor", stroke: "var(--theme-background, white)", strokeWidth: 3, paintOrder: "stroke"}
    );
  return Plot.plot({
    width,
    height,
    marginTop: margin.top,
    marginRight: margin.right,
    marginBottom: margin.bottom,
    marginLeft: margin.left,
    ariaLabel: `Scatter chart: market-need score against expected net present value for ${shown.length} candidate credentials, coloured and shaped by verdict`,
    x: {label: "Market-need score (0–100) →", domain: [0, 100], grid: true},
    y: {label: "↑ Expected NPV, thousand USD (bar: 80% interval)", domain: yDomain, grid: true, tickFormat: (d: number) => `${d.toLocaleString("en-US")}k`},
    color: {domain: VERDICT_DOMAIN as string[], range: VERDICT_COLORS as string[]},
    symbol: {domain: VERDICT_DOMAIN as string[], range: VERDICT_SYMBOLS as string[], legend: true},
    marks: [
      Plot.ruleY([0], {stroke: "currentColor", strokeOpacity: 0.6}),
      Plot.ruleX([WEAK_MARKET_NEED_SCORE], {stroke: "currentColor", strokeDasharray: "4,3", strokeOpacity: 0.6}),
      Plot.text([WEAK_MARKET_NEED_SCORE], {x: (d: number) => d, frameAnchor: "top", text: () => "← weak need", textAnchor: "end", dx: -4, dy: 4, fill: "currentColor", fillOpacity: 0.75}),
      Plot.ruleX(shown, {x: "score", y1: "p10NpvK", y2: "p90NpvK", stroke: "verdictLabel", strokeOpacity: 0.55, strokeWidth: 2}),
      Plot.link(
        labels.filter((l) => l.moved),
        {x1: "score", y1: "expectedNpvK", x2: (l: (typeof labels)[number]) => l.labelScore + (l.anchor === "start" ? -0.4 : 0.4), y2: "labelNpvK", stroke: "currentColor", strokeOpacity: 0.35}
      ),
      Plot.dot(shown, {
        x: "score",
        y: "expectedNpvK",
        fill: "verdictLabel",
        symbol: "verdictLabel",
        r: 6,
        stroke: "var(--theme-background, white)",
        strokeWidth: 1,
        channels: {
          Candidate: "title",
          Verdict: "verdictLabel",
          "P(NPV > 0)": (d: (typeof shown)[number]) => `${Math.round(d.probabilityNpvPositive * 100)}%`,
          "NPV p10–p90": (d: (typeof shown)[number]) => `${Math.round(d.p10NpvK).toLocaleString("en-US")}k to ${Math.round(d.p90NpvK).toLocaleString("en-US")}k USD`
        },
        tip: {format: {x: ".0f", y: ",.0f", fill: false, symbol: false}}
      }),
      text("start"),
      text("end")
    ],
    ...(document ? {document} : {})
  });
}
