import {
  INDICATORS,
  INDICATOR_KEYS,
  MarketWeightsSchema,
  marketNeedScore,
  rankStability,
  type IndicatorKey,
  type MarketIndicatorRow,
  type MarketWeights,
  type RankStabilityOptions,
  type RankStabilityResult,
  type ScoredCandidate
} from "../model/marketNeed/index.js";
import type {TableColumn} from "./DataTable.js";
import {indicatorLabel, indicatorValueText} from "./ContributionChart.js";
import {formatShare} from "./displayFormat.js";

/**
 * The score page's wiring around the market-need model (src/model/marketNeed): weights from the sliders
 * checked with the model's zod schema, the score and its stability computed or the problem explained, and the
 * table rows. No scoring logic lives here.
 */

export type Checked<T> = {ok: true; value: T} | {ok: false; problem: string};

/**
 * Weights from the sliders, checked with the model's zod schema. Weights the model refuses (all 0, negative,
 * not numbers) give a readable problem naming the weight, its value and what is expected.
 */
export function checkWeights(weights: unknown): Checked<MarketWeights> {
  const parsed = MarketWeightsSchema.safeParse(weights);
  if (parsed.success) return {ok: true, value: parsed.data};
  const problem = parsed.error.issues
    .map((issue) => {
      const key = issue.path.map(String).join(".");
      const value = key ? (weights as Record<string, unknown>)[key] : undefined;
      return key ? `weight "${key}" is ${JSON.stringify(value)}: expected ${issue.message}` : issue.message === "at least one weight > 0" ? "every weight is 0: set at least one weight above 0" : issue.message;
    })
    .join("; ");
  return {ok: false, problem};
}

/** The market-need score of every candidate under the weights, or the problem with the weights. Fast: recomputed on every slider move. */
export function scoreOrProblem(candidates: readonly MarketIndicatorRow[], weights: unknown): Checked<ScoredCandidate[]> {
  const checked = checkWeights(weights);
  if (!checked.ok) return checked;
  try {
    return {ok: true, value: marketNeedScore(candidates, checked.value)};
  } catch (error) {
    return {ok: false, problem: error instanceof Error ? error.message : String(error)};
  }
}

/** Rank stability under re-drawn weights, or the problem with the weights or options. Slow (10,000 draws): fed settled weights. */
export function stabilityOrProblem(candidates: readonly MarketIndicatorRow[], weights: unknown, options: RankStabilityOptions): Checked<RankStabilityResult> {
  const checked = checkWeights(weights);
  if (!checked.ok) return checked;
  try {
    return {ok: true, value: rankStability(candidates, checked.value, options)};
  } catch (error) {
    return {ok: false, problem: error instanceof Error ? error.message : String(error)};
  }
}

/** A row of the score table: rank, score, coverage, what is missing, and every raw indicator as text. */
export type ScoreTableRow = {
  rank: number;
  title: string;
  score: number | null;
  coverage_pct: number;
  missing: string | null;
} & Record<IndicatorKey, string>;

export function scoreTableRows(scored: readonly ScoredCandidate[]): ScoreTableRow[] {
  return [...scored]
    .sort((a, b) => a.rank - b.rank)
    .map((c) => {
      const values = Object.fromEntries(INDICATOR_KEYS.map((key) => [key, indicatorValueText(key, c.contributions[key].value)])) as Record<IndicatorKey, string>;
      return {rank: c.rank, title: c.title, score: c.score, coverage_pct: c.coverage * 100, missing: c.missing.length > 0 ? c.missing.map(indicatorLabel).join(", ") : null, ...values};
    });
}

/** Columns of the score table: the indicators' raw values carry the model's definition as their tooltip. */
export function scoreColumns(): TableColumn<ScoreTableRow>[] {
  return [
    {key: "rank", label: "Rank"},
    {key: "title", label: "Candidate"},
    {key: "score", label: "Score", format: (v) => v.toFixed(1), title: "Weighted mean of the percentile ranks (0–100) of the indicators with a value"},
    {key: "coverage_pct", label: "Coverage", format: (v) => `${v.toFixed(0)}%`, title: "Share of the total weight whose indicator has a value for this candidate"},
    {key: "missing", label: "Missing", title: "Weighted indicators without a value: left out of the score, never counted as 0"},
    ...INDICATORS.map((spec) => ({key: spec.key, label: spec.label, title: `${spec.definition} Source: ${spec.source}. Missing when ${spec.missingWhen}.`}) as TableColumn<ScoreTableRow>)
  ];
}

/**
 * The weights as read back to the user: each as a share of the total.
 * @example weightShares({a: 1, b: 3}) // => {a: 0.25, b: 0.75}
 */
export function weightShares<K extends string>(weights: Readonly<Record<K, number>>): Record<K, number> {
  const total = Object.values<number>(weights).reduce((a, b) => a + b, 0);
  return Object.fromEntries(Object.entries<number>(weights).map(([k, v]) => [k, total > 0 ? v / total : 0])) as Record<K, number>;
}

/** "Openings 25% · Growth 15% · …": the normalised weights in one line, for subtitles and the CSV. */
export function weightSummary(weights: Readonly<Record<IndicatorKey, number>>): string {
  const shares = weightShares(weights);
  return INDICATOR_KEYS.map((key) => `${indicatorLabel(key)} ${formatShare(shares[key], 0)}`).join(" · ");
}
