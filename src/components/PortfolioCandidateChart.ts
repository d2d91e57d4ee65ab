import * as Plot from "@observablehq/plot";
import {VERDICT_LABELS, VERDICTS, type Verdict} from "../model/verdict/verdictRules.js";
import {formatMoney, formatShare} from "./scenarioFormat.js";

/** What the chart needs of one row of `candidate-verdicts.json`. */
export interface CandidateVerdictInput {
  readonly id: string;
  readonly title: string;
  readonly label: string;
  readonly marketNeed: {readonly score: number | null; readonly coverage: number};
  readonly scenarios: {readonly standalone: {readonly expectedNpv: number; readonly probabilityNpvPositive: number}};
}

/** One bubble: a candidate's market need, expected NPV alone and chance of a positive NPV. */
export interface CandidateBubbleRow {
  id: string;
  title: string;
  verdict: string;
  market_need_score: number | null;
  market_need_coverage: number;
  expected_npv: number;
  probability_npv_positive: number;
  in_portfolio: boolean;
}

/** Okabe–Ito colours of the four verdicts (by their page labels), best first as the legend lists them. */
const VERDICT_HUES: Readonly<Record<Verdict, string>> = {go: "#009e73", "pathway-only": "#56b4e9", "consortium-only": "#e69f00", "no-go": "#d55e00"};
export const VERDICT_COLOURS: Readonly<Record<string, string>> = Object.fromEntries(VERDICTS.map((v) => [VERDICT_LABELS[v], VERDICT_HUES[v]]));

/**
 * The rows behind the chart: every candidate, with whether it is in the portfolio shown below.
 *
 * @param verdicts rows of `candidate-verdicts.json`
 * @param portfolioIds ids of the credentials in the example portfolio
 * @returns one row per candidate (a missing market-need score stays null)
 * @example candidateBubbleRows(verdicts.rows, ["cloud-native-software"])[0].in_portfolio; // => true or false
 */
export function candidateBubbleRows(verdicts: readonly CandidateVerdictInput[], portfolioIds: readonly string[]): CandidateBubbleRow[] {
  return verdicts.map((v) => ({
    id: v.id,
    title: v.title,
    verdict: v.label,
    market_need_score: v.marketNeed.score,
    market_need_coverage: v.marketNeed.coverage,
    expected_npv: v.scenarios.standalone.expectedNpv,
    probability_npv_positive: v.scenarios.standalone.probabilityNpvPositive,
    in_portfolio: portfolioIds.includes(v.id)
  }));
}

/**
 * The chart's finding: how many candidates have a positive expected NPV alone, and where the highest market need
 * stands.
 *
 * @example candidateFinding(rows, "USD"); // => "2 of 11 candidates have a positive expected NPV alone; the highest market need, …"
 */
export function candidateFinding(rows: readonly CandidateBubbleRow[], currency: string): string {
  const positive = rows.filter((r) => r.expected_npv > 0).length;
  const scored = rows.filter((r) => r.market_need_score !== null);
  const top = [...scored].sort((a, b) => (b.market_need_score as number) - (a.market_need_score as number))[0];
  const head = `${positive} of ${rows.length} candidates have a positive expected NPV alone`;
  if (!top) return `${head}; none has a market-need score`;
  return `${head}; the highest market need, ${top.title} (${Math.round(top.market_need_score as number)}/100), expects ${formatMoney(top.expected_npv, currency, {compact: true})}`;
}

export interface CandidateChartOptions {
  currency?: string;
  width?: number;
  document?: Document;
}

/** A label to place next to a point, in pixels. */
export interface LabelItem {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  /** Radius of the point's mark: the label starts beyond it. */
  readonly r: number;
  readonly text: string;
}

/** Where a label goes: its anchor point in pixels and which side of it the text extends to. */
export interface PlacedLabel {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly anchor: "start" | "end";
  /** Whether the label moved off its point's line (then a leader line joins them). */
  readonly moved: boolean;
}

/** Approximate width of one character of an 11 px label, and a label's line height. */
const CHAR_WIDTH = 6.6;
const LINE_HEIGHT = 13;

/**
 * Places labels beside their points without overlapping each other or other points: each label (points taken
 * top to bottom) tries the right of its point, then the left, then rows 1, 2, … line heights further down or up,
 * and takes the first spot inside the bounds that collides with nothing placed so far; a label that finds none
 * stays to the right of its point.
 *
 * @param items points with their label text, in pixels
 * @param bounds the plot area, in pixels
 * @returns one placement per item, in the items' order
 * @example layoutLabels([{id: "a", x: 10, y: 10, r: 4, text: "A"}], {left: 0, right: 100, top: 0, bottom: 100})[0].anchor; // => "start"
 */
export function layoutLabels(items: readonly LabelItem[], bounds: {left: number; right: number; top: number; bottom: number}): PlacedLabel[] {
  type Box = {x0: number; x1: number; y0: number; y1: number};
  const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
  const occupied: Box[] = items.map((p) => ({x0: p.x - p.r, x1: p.x + p.r, y0: p.y - p.r, y1: p.y + p.r}));
  const placed = new Map<string, PlacedLabel>();
  const order = items.map((item, index) => ({item, index})).sort((a, b) => a.item.y - b.item.y || a.index - b.index);
  for (const {item, index} of order) {
    const width = item.text.length * CHAR_WIDTH;
    const gap = item.r + 4;
    let chosen: PlacedLabel | null = null;
    for (let row = 0; row <= 8 && !chosen; row++) {
      for (const shift of row === 0 ? [0] : [row, -row]) {
        const y = item.y + shift * LINE_HEIGHT;
        for (const anchor of ["start", "end"] as const) {
          const x = anchor === "start" ? item.x + gap : item.x - gap;
          const box = {x0: anchor === "start" ? x : x - width, x1: anchor === "start" ? x + width : x, y0: y - LINE_HEIGHT / 2, y1: y + LINE_HEIGHT / 2};
          if (box.x0 < bounds.left || box.x1 > bounds.right || box.y0 < bounds.top || box.y1 > bounds.bottom) continue;
          if (occupied.some((other, k) => k !== index && overlaps(box, other))) continue;
          occupied.push(box);
          chosen = {id: item.id, x, y, anchor, moved: shift !== 0};
          break;
        }
        if (chosen) break;
      }
    }
    placed.set(item.id, chosen ?? {id: item.id, x: item.x + gap, y: item.y, anchor: "start", moved: false});
  }
  return items.map((item) => placed.get(item.id) as PlacedLabel);
}

/**
 * Market need (x, 0–100) against expected NPV offered alone (y), one bubble per candidate whose area shows the
 * probability of a positive NPV; colour shows the verdict (with a legend), a dark ring marks the portfolio's
 * credentials and every bubble is labelled (labels laid out by `layoutLabels`, joined to a bubble they moved away
 * from by a thin line). Candidates without a market-need score are not placed (the page lists them).
 */
export function PortfolioCandidateChart(rows: readonly CandidateBubbleRow[], {currency = "USD", width = 800, document}: CandidateChartOptions = {}) {
  const placed = rows.filter((r) => r.market_need_score !== null);
  const narrow = width < 600;
  const height = Math.max(340, Math.min(500, width * 0.58));
  const margin = {top: 20, right: narrow ? 16 : 30, bottom: 36, left: 72};
  const rMax = narrow ? 14 : 20;
  const values = placed.map((r) => r.expected_npv);
  const [lo, hi] = [Math.min(0, ...values), Math.max(0, ...values)];
  const pad = (hi - lo || 1) * 0.06;
  const yDomain: [number, number] = [lo - pad, hi + pad];
  const xRange: [number, number] = [margin.left, width - margin.right];
  const yRange: [number, number] = [height - margin.bottom, margin.top];
  const px = (score: number) => xRange[0] + (score / 100) * (xRange[1] - xRange[0]);
  const py = (npv: number) => yRange[0] + ((npv - yDomain[0]) / (yDomain[1] - yDomain[0])) * (yRange[1] - yRange[0]);
  const fromPx = (x: number, y: number) => ({score: ((x - xRange[0]) / (xRange[1] - xRange[0])) * 100, npv: yDomain[0] + ((y - yRange[0]) / (yRange[1] - yRange[0])) * (yDomain[1] - yDomain[0])});
  const radius = (p: number) => 3 + (rMax - 3) * Math.sqrt(p); // Plot's sqrt r scale on [0, 1] → [3, rMax]
  const labels = layoutLabels(
    placed.map((r) => ({id: r.id, x: px(r.market_need_score as number), y: py(r.expected_npv), r: radius(r.probability_npv_positive), text: truncate(r.title, narrow ? 18 : 28)})),
    {left: 0, right: width, top: 0, bottom: height - margin.bottom}
  );
  const labelRows = placed.map((r, i) => {
    const label = labels[i] as PlacedLabel;
    const at = fromPx(label.x, label.y);
    return {...r, label: truncate(r.title, narrow ? 18 : 28), label_score: at.score, label_npv: at.npv, anchor: label.anchor, moved: label.moved};
  });
  return Plot.plot({
    width,
    height,
    marginTop: margin.top,
    marginRight: margin.right,
    marginBottom: margin.bottom,
    marginLeft: margin.left,
    ariaLabel: `Bubble chart: market-need score against expected NPV alone for ${placed.length} candidate credentials; bubble area is the probability of a positive NPV`,
    x: {label: "Market-need score (0–100) →", domain: [0, 100], range: xRange, grid: true},
    y: {label: `↑ Expected NPV alone (${currency})`, domain: yDomain, range: yRange, grid: true, tickFormat: (d: number) => formatMoney(d, currency, {compact: true})},
    r: {domain: [0, 1], range: [3, rMax]},
    color: {domain: Object.keys(VERDICT_COLOURS), range: Object.values(VERDICT_COLOURS), legend: true, label: "Verdict"},
    marks: [
      Plot.ruleY([0]),
      Plot.link(
        labelRows.filter((d) => d.moved),
        {x1: "market_need_score", y1: "expected_npv", x2: "label_score", y2: "label_npv", stroke: "currentColor", strokeOpacity: 0.35}
      ),
      Plot.dot(labelRows, {
        x: "market_need_score",
        y: "expected_npv",
        r: "probability_npv_positive",
        fill: "verdict",
        fillOpacity: 0.8,
        stroke: (d: CandidateBubbleRow) => (d.in_portfolio ? "currentColor" : "none"),
        strokeWidth: 2.5,
        channels: {
          Candidate: "title",
          "P(NPV > 0)": (d: CandidateBubbleRow) => formatShare(d.probability_npv_positive),
          "In the portfolio": (d: CandidateBubbleRow) => (d.in_portfolio ? "yes" : "no")
        },
        tip: {
          format: {
            x: (d: number) => `${Math.round(d)}/100`,
            y: (d: number) => formatMoney(d, currency),
            r: false,
            fill: true,
            stroke: false
          }
        }
      }),
      ...(["start", "end"] as const).flatMap((anchor) =>
        [true, false].map((inPortfolio) =>
          Plot.text(
            labelRows.filter((d) => d.anchor === anchor && d.in_portfolio === inPortfolio),
            {x: "label_score", y: "label_npv", text: "label", textAnchor: anchor, fontSize: 11, fontWeight: inPortfolio ? 700 : 400, fill: "currentColor"}
          )
        )
      )
    ],
    ...(document ? {document} : {})
  });
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
