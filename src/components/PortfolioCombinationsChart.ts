import * as Plot from "@observablehq/plot";
import type {CombinationResult} from "../model/portfolio/rankCombinations.js";
import {PAYS_MIN_PROBABILITY} from "../model/verdict/verdictRules.js";
import {formatMoney, formatShare} from "./scenarioFormat.js";

/** A credential as a column of the membership matrix. */
export interface CombinationCredential {
  readonly id: string;
  readonly title: string;
}

/** One combination as the chart and its download show it. */
export interface CombinationRow {
  rank: number;
  /** Member titles joined by " + ". */
  members: string;
  /** Member ids joined by ";". */
  member_ids: string;
  size: number;
  npv: number;
  expected_npv: number;
  probability_npv_positive: number | null;
  p10: number | null;
  p90: number | null;
  includes_stack: boolean;
  pays: boolean;
}

/**
 * Whether a combination pays: expected NPV > 0 and, with a Monte Carlo, P(NPV > 0) ≥ `PAYS_MIN_PROBABILITY`
 * (the verdict rule of the overview, so both pages call the same thing "paying").
 *
 * @example pays({expectedNpv: 10, probabilityNpvPositive: 0.6}); // => true
 */
export function pays(row: Pick<CombinationResult, "expectedNpv" | "probabilityNpvPositive">): boolean {
  return row.expectedNpv > 0 && (row.probabilityNpvPositive === null || row.probabilityNpvPositive >= PAYS_MIN_PROBABILITY);
}

/** The rows behind the chart: every combination, ranked, members joined by " + ". */
export function combinationRows(combinations: readonly CombinationResult[], credentials: readonly CombinationCredential[]): CombinationRow[] {
  const title = (id: string) => credentials.find((c) => c.id === id)?.title ?? id;
  return combinations.map((c, i) => ({
    rank: i + 1,
    members: c.members.map(title).join(" + "),
    member_ids: c.members.join(";"),
    size: c.size,
    npv: c.npv,
    expected_npv: c.expectedNpv,
    probability_npv_positive: c.probabilityNpvPositive,
    p10: c.p10,
    p90: c.p90,
    includes_stack: c.includesStack,
    pays: pays(c)
  }));
}

/**
 * The chart's finding: the best combination (named: "all four", "X alone", the titles of a pair, or which
 * credentials it leaves out) and how many combinations pay.
 *
 * @param rows ranked combinations
 * @param currency currency of the NPVs
 * @param chosen how many credentials the combinations are drawn from
 * @example combinationsFinding(rows, "USD", 4); // => "Best: all 4 together, expected NPV USD 179k, P(NPV > 0) 81%; 10 of 15 combinations pay"
 */
export function combinationsFinding(rows: readonly CombinationRow[], currency: string, chosen: number): string {
  const best = rows[0];
  if (!best) return "No combination to rank";
  const paying = rows.filter((r) => r.pays).length;
  const chance = best.probability_npv_positive === null ? "" : `, P(NPV > 0) ${formatShare(best.probability_npv_positive)}`;
  const titles = best.members.split(" + ");
  const all = rows.reduce((ids, r) => (r.size === 1 ? [...ids, r.members] : ids), [] as string[]);
  const who =
    best.size === 1
      ? `${best.members} alone`
      : best.size === chosen
        ? `all ${chosen} together`
        : best.size === 2
          ? titles.join(" with ")
          : best.size === chosen - 1 && all.length === chosen
            ? `all but ${all.find((t) => !titles.includes(t))}`
            : `${best.size} credentials together`;
  return `Best: ${who}, expected NPV ${formatMoney(best.expected_npv, currency, {compact: true})}${chance}; ${paying} of ${rows.length} combinations pay`;
}

export interface CombinationsChartOptions {
  currency?: string;
  width?: number;
  /** How many of the best combinations to draw (all are in the download). */
  top?: number;
  document?: Document;
}

const ROW_HEIGHT = 26;
const MARGIN_TOP = 130;
const MARGIN_BOTTOM = 40;

/**
 * The best combinations as an UpSet-style chart: on the left a membership matrix (a filled dot where the
 * credential is in the combination, joined by a line; columns labelled with the credentials' titles), on the
 * right the expected NPV as a bar with its P(NPV > 0) written at the end. Bars of paying combinations are green,
 * others vermillion, and a ✓ marks the paying ones, so colour is not the only cue.
 */
export function PortfolioCombinationsChart(
  rows: readonly CombinationRow[],
  credentials: readonly CombinationCredential[],
  {currency = "USD", width = 800, top = 15, document = globalThis.document}: CombinationsChartOptions = {}
): HTMLElement {
  const shown = rows.slice(0, top);
  const ranks = shown.map((r) => `#${r.rank}`);
  const height = MARGIN_TOP + MARGIN_BOTTOM + ROW_HEIGHT * shown.length;
  const columnWidth = width < 600 ? 22 : 28;
  const labelRoom = 110; // the column labels are rotated 45° and reach this far past the last column
  const matrixWidth = Math.min(width * 0.55, 40 + columnWidth * credentials.length + labelRoom);
  const barWidth = Math.max(220, width - matrixWidth - 8);
  const label = (title: string) => (title.length > 24 ? `${title.slice(0, 23)}…` : title);
  const isMember = (r: CombinationRow, id: string) => r.member_ids.split(";").includes(id);
  const cells = shown.flatMap((r) =>
    credentials.map((c) => ({rank: `#${r.rank}`, credential: label(c.title), member: isMember(r, c.id), combination: r.members}))
  );
  const spans = shown.map((r) => {
    const indices = credentials.map((c, i) => (isMember(r, c.id) ? i : -1)).filter((i) => i >= 0);
    return {rank: `#${r.rank}`, from: label(credentials[Math.min(...indices)]?.title ?? ""), to: label(credentials[Math.max(...indices)]?.title ?? "")};
  });
  const matrix = Plot.plot({
    width: matrixWidth,
    height,
    marginTop: MARGIN_TOP,
    marginBottom: MARGIN_BOTTOM,
    marginLeft: 40,
    marginRight: Math.max(16, matrixWidth - 40 - columnWidth * credentials.length),
    ariaLabel: `Membership matrix of the ${shown.length} best combinations: which credentials each combination holds`,
    x: {domain: credentials.map((c) => label(c.title)), axis: "top", tickRotate: -45, label: null},
    y: {domain: ranks, label: null},
    marks: [
      Plot.ruleY(spans, {y: "rank", x1: "from", x2: "to", stroke: "currentColor", strokeWidth: 2}),
      Plot.dot(cells, {
        x: "credential",
        y: "rank",
        r: 6,
        fill: (d: {member: boolean}) => (d.member ? "currentColor" : "none"),
        stroke: "currentColor",
        strokeOpacity: (d: {member: boolean}) => (d.member ? 1 : 0.25),
        channels: {Combination: "combination"},
        tip: {format: {x: true, y: true, fill: false, stroke: false, strokeOpacity: false}}
      })
    ],
    document
  });
  const bars = Plot.plot({
    width: barWidth,
    height,
    marginTop: MARGIN_TOP,
    marginBottom: MARGIN_BOTTOM,
    marginLeft: 10,
    marginRight: 70,
    ariaLabel: `Bar chart: expected NPV of the ${shown.length} best combinations, with the probability of a positive NPV`,
    x: {label: `Expected NPV (${currency}) →`, grid: true, tickFormat: (d: number) => formatMoney(d, currency, {compact: true}), ticks: Math.max(2, Math.floor(barWidth / 90))},
    y: {domain: ranks, axis: null},
    color: {domain: [true, false], range: ["#009e73", "#d55e00"]},
    marks: [
      Plot.ruleX([0]),
      Plot.barX(shown, {
        y: (d: CombinationRow) => `#${d.rank}`,
        x: "expected_npv",
        fill: "pays",
        insetTop: 4,
        insetBottom: 4,
        channels: {
          Combination: "members",
          "P(NPV > 0)": (d: CombinationRow) => (d.probability_npv_positive === null ? "–" : formatShare(d.probability_npv_positive)),
          "10th–90th percentile": (d: CombinationRow) => (d.p10 === null || d.p90 === null ? "–" : `${formatMoney(d.p10, currency, {compact: true})} to ${formatMoney(d.p90, currency, {compact: true})}`),
          "Graduate award": (d: CombinationRow) => (d.includes_stack ? "included" : "no")
        },
        tip: {format: {x: (v: number) => formatMoney(v, currency), y: false, fill: false}}
      }),
      Plot.text(shown, {
        y: (d: CombinationRow) => `#${d.rank}`,
        x: (d: CombinationRow) => Math.max(0, d.expected_npv),
        text: (d: CombinationRow) => `${d.pays ? "✓ " : ""}${d.probability_npv_positive === null ? "" : formatShare(d.probability_npv_positive)}`,
        textAnchor: "start",
        dx: 4,
        fontSize: 11,
        fill: "currentColor"
      })
    ],
    document
  });
  const container = document.createElement("div");
  container.className = "portfolio-combinations";
  container.append(matrix, bars);
  return container;
}
