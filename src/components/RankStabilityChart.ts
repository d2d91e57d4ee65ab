import * as Plot from "@observablehq/plot";
import type {RankStabilityResult, RankStabilityRow} from "../model/marketNeed/index.js";
import {MISSING, formatShare} from "./displayFormat.js";

/** How sure a shortlist place is: the share of re-drawn weightings that keep a candidate in the top k. */
export const STABILITY_BANDS = [
  {label: "almost always in (≥ 90%)", min: 0.9},
  {label: "usually in (50–90%)", min: 0.5},
  {label: "sometimes in (10–50%)", min: 0.1},
  {label: "rarely in (< 10%)", min: 0}
] as const;
const BAND_COLOURS = ["var(--okabe-blue, #0072b2)", "var(--okabe-sky, #56b4e9)", "var(--okabe-orange, #e69f00)", "#999999"];

/**
 * The band of a top-k share.
 * @example stabilityBand(0.93) // => "almost always in (≥ 90%)"
 */
export function stabilityBand(share: number): string {
  return (STABILITY_BANDS.find((b) => share >= b.min) ?? STABILITY_BANDS[3]).label;
}

/**
 * The finding of the stability chart: which candidates keep their top-k place under almost every weighting,
 * and which shortlist places are contested.
 * @example stabilityFinding(result) // => "Under 10,000 re-drawn weightings, 2 candidates stay in the top 3 almost always (≥ 90%): A, B; C holds its place in 61%"
 */
export function stabilityFinding(result: RankStabilityResult): string {
  const sure = result.rows.filter((r) => r.topKShare >= 0.9).sort((a, b) => b.topKShare - a.topKShare);
  const shortlist = result.rows.filter((r) => r.baseRank !== null && r.baseRank <= result.k).sort((a, b) => (a.baseRank ?? 0) - (b.baseRank ?? 0));
  const contested = shortlist.filter((r) => r.topKShare < 0.9);
  const draws = result.draws.toLocaleString("en-US");
  const head =
    sure.length === 0
      ? `Under ${draws} re-drawn weightings, no candidate stays in the top ${result.k} in 90% of them`
      : `Under ${draws} re-drawn weightings, ${sure.length === 1 ? "1 candidate stays" : `${sure.length} candidates stay`} in the top ${result.k} almost always: ${sure.map((r) => r.title).join(", ")}`;
  const tail = contested.length === 0 ? "" : `; ${contested.map((r) => `${r.title} holds its place in ${formatShare(r.topKShare, 0)}`).join(", ")}`;
  return head + tail;
}

export interface RankStabilityChartOptions {
  width?: number;
  document?: Document;
}

/**
 * One bar per candidate (in the order of its rank under the chosen weights): the share of re-drawn weightings in
 * which it ranks in the top k, banded by how sure that is, with its 10th–90th percentile rank in the label.
 */
export function RankStabilityChart(result: RankStabilityResult, {width = 800, document}: RankStabilityChartOptions = {}) {
  const rows = [...result.rows].sort((a, b) => (a.baseRank ?? Number.POSITIVE_INFINITY) - (b.baseRank ?? Number.POSITIVE_INFINITY) || a.title.localeCompare(b.title));
  // R-7 percentiles interpolate between whole ranks; the labels read them as the nearest rank
  const rankRange = (d: RankStabilityRow) => {
    if (d.p10Rank === null || d.p90Rank === null) return MISSING;
    const [low, high] = [Math.round(d.p10Rank), Math.round(d.p90Rank)];
    return low === high ? `rank ${low}` : `rank ${low}–${high}`;
  };
  return Plot.plot({
    width,
    height: 60 + rows.length * 28,
    marginLeft: Math.min(250, width * 0.34),
    marginRight: 130,
    ariaLabel: `Bar chart: share of ${result.draws} re-drawn weightings in which each of ${rows.length} candidates ranks in the top ${result.k}`,
    x: {label: `In the top ${result.k} (% of weightings) →`, percent: true, domain: [0, 100], grid: true},
    y: {label: null, domain: rows.map((d) => d.title), tickFormat: (d: string) => (d.length > 38 ? `${d.slice(0, 37)}…` : d)},
    color: {legend: true, domain: STABILITY_BANDS.map((b) => b.label), range: BAND_COLOURS},
    marks: [
      Plot.barX(rows, {
        y: "title",
        x: "topKShare",
        fill: (d: RankStabilityRow) => stabilityBand(d.topKShare),
        tip: {
          channels: {
            Candidate: "title",
            "Rank with the chosen weights": (d: RankStabilityRow) => (d.baseRank === null ? "no score" : String(d.baseRank)),
            [`In the top ${result.k}`]: (d: RankStabilityRow) => formatShare(d.topKShare, 1),
            "Median rank": (d: RankStabilityRow) => (d.medianRank === null ? MISSING : String(Math.round(d.medianRank))),
            "Rank, 10th–90th percentile": rankRange
          },
          format: {x: false, y: false, fill: false}
        }
      }),
      Plot.ruleX([0]),
      Plot.text(rows, {
        y: "title",
        x: "topKShare",
        text: (d: RankStabilityRow) => `${formatShare(d.topKShare, 0)} · ${rankRange(d)}`,
        dx: 4,
        textAnchor: "start",
        fill: "currentColor"
      })
    ],
    ...(document ? {document} : {})
  });
}
