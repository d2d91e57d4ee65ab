import * as Plot from "@observablehq/plot";
import {INDICATORS, INDICATOR_KEYS, type IndicatorKey, type ScoredCandidate} from "../model/marketNeed/index.js";
import {MISSING, formatShare} from "./displayFormat.js";

/** One segment of a candidate's score bar: one indicator's points. */
export interface ContributionRow {
  id: string;
  title: string;
  rank: number;
  indicator: string;
  key: IndicatorKey;
  /** Points of the 0–100 score from this indicator (effective weight × percentile). */
  points: number;
  percentile: number;
  /** The raw indicator value, as text with its unit. */
  value_text: string;
  effective_weight: number;
}

/** Indicator colours, in INDICATOR_KEYS order (Okabe–Ito; the seventh is yellow, the weakest on white, so it goes to the indicator with the least default weight share). */
export const INDICATOR_COLOURS = [
  "var(--okabe-blue, #0072b2)",
  "var(--okabe-orange, #e69f00)",
  "var(--okabe-sky, #56b4e9)",
  "var(--okabe-green, #009e73)",
  "var(--okabe-vermillion, #d55e00)",
  "var(--okabe-purple, #cc79a7)",
  "var(--okabe-yellow, #f0e442)"
];

const LABELS: Record<IndicatorKey, string> = Object.fromEntries(INDICATORS.map((d) => [d.key, d.label])) as Record<IndicatorKey, string>;

/** An indicator's short label (from the model's indicator table). */
export function indicatorLabel(key: IndicatorKey): string {
  return LABELS[key];
}

/**
 * A raw indicator value with its unit, "—" when missing.
 * @example indicatorValueText("medianWageUsd", 76950) // => "$76,950"
 */
export function indicatorValueText(key: IndicatorKey, value: number | null): string {
  if (value === null || !Number.isFinite(value)) return MISSING;
  switch (key) {
    case "annualOpenings":
      return `${Math.round(value).toLocaleString("en-US")} a year`;
    case "medianWageUsd":
      return `$${Math.round(value).toLocaleString("en-US")}`;
    case "employmentGrowthPct":
      return `${value >= 0 ? "+" : "−"}${Math.abs(value).toFixed(1)}%`;
    default:
      return `${value.toFixed(1)}%`;
  }
}

/** The stacked segments of every scored candidate: one per indicator with a value, in rank order. */
export function contributionRows(scored: readonly ScoredCandidate[]): ContributionRow[] {
  return [...scored]
    .sort((a, b) => a.rank - b.rank)
    .flatMap((candidate) =>
      INDICATOR_KEYS.flatMap((key) => {
        const c = candidate.contributions[key];
        if (c.points === null || c.percentile === null || c.effectiveWeight === null || c.effectiveWeight === 0) return [];
        return [{id: candidate.id, title: candidate.title, rank: candidate.rank, indicator: LABELS[key], key, points: c.points, percentile: c.percentile, value_text: indicatorValueText(key, c.value), effective_weight: c.effectiveWeight}];
      })
    );
}

/**
 * What a candidate's score misses, for the label beside its bar: its coverage and the weighted indicators
 * without a value.
 * @example coverageNote(candidate) // => "85% coverage · missing: Certificate relevance"
 */
export function coverageNote(candidate: ScoredCandidate): string {
  if (candidate.score === null) return "no score: no weighted indicator has a value";
  const missing = candidate.missing.map((key) => LABELS[key]);
  return `${formatShare(candidate.coverage, 0)} coverage${missing.length > 0 ? ` · missing: ${missing.join(", ")}` : ""}`;
}

/**
 * The finding of the score chart: who ranks first and by how much, and how many scores rest on incomplete data.
 * @example scoreFinding(scored) // => "Security Operations Centre Analyst scores highest (68 of 100), 4 points ahead of …; 5 of 11 scores rest on incomplete data"
 */
export function scoreFinding(scored: readonly ScoredCandidate[]): string {
  const ranked = [...scored].filter((d) => d.score !== null).sort((a, b) => a.rank - b.rank);
  const [first, second] = ranked;
  if (first === undefined) return "No candidate has a score under these weights";
  const gap = second === undefined ? 0 : Math.round((first.score as number) - (second.score as number));
  const lead = second === undefined ? "" : gap === 0 ? `, level with ${second.title}` : `, ${gap} ${gap === 1 ? "point" : "points"} ahead of ${second.title}`;
  const partial = scored.filter((d) => d.coverage < 1).length;
  return `${first.title} scores highest (${Math.round(first.score as number)} of 100)${lead}; ${partial} of ${scored.length} scores rest on incomplete data`;
}

export interface ContributionChartOptions {
  width?: number;
  document?: Document;
}

/**
 * One stacked bar per candidate, best first: each segment is one indicator's points (effective weight ×
 * percentile), so the bar's length is the score. Above each bar: the score, its coverage and the indicators
 * it is missing. Segments wide enough carry their points.
 */
export function ContributionChart(scored: readonly ScoredCandidate[], {width = 800, document}: ContributionChartOptions = {}) {
  const rows = contributionRows(scored);
  const ordered = [...scored].sort((a, b) => a.rank - b.rank);
  const labels = INDICATOR_KEYS.map((k) => LABELS[k]);
  return Plot.plot({
    width,
    height: 70 + ordered.length * 46,
    marginLeft: Math.min(250, width * 0.34),
    marginRight: 16,
    ariaLabel: `Stacked bar chart: market-need score of ${ordered.length} candidate credentials, split into the points each indicator contributes`,
    x: {label: "Market-need score (0–100) →", domain: [0, 100], grid: true},
    y: {label: null, domain: ordered.map((d) => d.title), tickFormat: (d: string) => (d.length > 38 ? `${d.slice(0, 37)}…` : d)},
    color: {legend: true, domain: labels, range: INDICATOR_COLOURS},
    marks: [
      Plot.barX(rows, {
        y: "title",
        x: "points",
        fill: "indicator",
        order: labels,
        // the upper part of each row holds the score and coverage note
        insetTop: 16,
        insetBottom: 3,
        tip: {
          channels: {
            Candidate: "title",
            Indicator: "indicator",
            Value: "value_text",
            Percentile: (d: ContributionRow) => d.percentile.toFixed(0),
            "Effective weight": (d: ContributionRow) => formatShare(d.effective_weight, 0),
            Points: (d: ContributionRow) => d.points.toFixed(1)
          },
          format: {x: false, y: false, fill: false}
        }
      }),
      Plot.text(
        rows,
        Plot.stackX({
          y: "title",
          x: "points",
          z: "indicator",
          order: labels,
          text: (d: ContributionRow) => (d.points >= 6 ? d.points.toFixed(0) : ""),
          fill: "white",
          stroke: "black",
          strokeOpacity: 0.35,
          strokeWidth: 2,
          paintOrder: "stroke",
          dy: 7
        })
      ),
      Plot.text(ordered, {
        y: "title",
        x: 0,
        text: (d: ScoredCandidate) => `score ${d.score === null ? MISSING : Math.round(d.score)} · ${coverageNote(d)}`,
        dy: -10,
        textAnchor: "start",
        fill: "currentColor",
        fontSize: 11
      })
    ],
    ...(document ? {document} : {})
  });
}
