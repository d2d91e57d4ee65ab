import {INDICATOR_KEYS, type IndicatorKey, type MarketIndicatorRow} from "./indicators.js";
import {checkMarketWeights, type MarketWeights} from "./marketWeights.js";
import {percentileRanks} from "./percentileRanks.js";

/** One indicator's part in one candidate's score. */
export interface IndicatorContribution {
  /** Raw indicator value; null = missing. */
  readonly value: number | null;
  /** Percentile rank among the candidates with a value (0–100); null when missing. */
  readonly percentile: number | null;
  /** The user's weight, normalised so all weights sum to 1. */
  readonly weight: number;
  /** Weight renormalised over the indicators this candidate has (sums to 1 over them); null when missing. */
  readonly effectiveWeight: number | null;
  /** effectiveWeight × percentile: points of the 0–100 score from this indicator; null when missing. */
  readonly points: number | null;
}

export interface ScoredCandidate {
  readonly id: string;
  readonly title: string;
  /** Weighted mean of the available percentile ranks, 0–100; null when no weighted indicator has a value. */
  readonly score: number | null;
  /** Share of the total weight whose indicator has a value for this candidate, 0–1. */
  readonly coverage: number;
  /** 1 = highest score; candidates without a score rank last. */
  readonly rank: number;
  /** Indicators with weight > 0 and no value. */
  readonly missing: readonly IndicatorKey[];
  readonly contributions: Readonly<Record<IndicatorKey, IndicatorContribution>>;
}

/** Percentile ranks of every indicator across the candidates, as one column per indicator. */
export function indicatorPercentiles(candidates: readonly MarketIndicatorRow[]): Record<IndicatorKey, (number | null)[]> {
  const columns = {} as Record<IndicatorKey, (number | null)[]>;
  for (const key of INDICATOR_KEYS) {
    try {
      columns[key] = percentileRanks(candidates.map((c) => c.indicators[key] ?? null));
    } catch (error) {
      throw new RangeError(`indicator "${key}": ${(error as Error).message}`);
    }
  }
  return columns;
}

/**
 * The market-need score of each candidate (DESIGN.md §5): a transparent weighted sum of percentile ranks.
 *
 *   pᵢ(c) = percentile rank of candidate c on indicator i among the candidates with a value (0–100)
 *   P(c)  = { i : wᵢ > 0 and indicator i has a value for c }            indicators present
 *   score(c)    = Σ_{i∈P(c)} wᵢ · pᵢ(c) / Σ_{i∈P(c)} wᵢ                 (null when P(c) is empty)
 *   coverage(c) = Σ_{i∈P(c)} wᵢ / Σᵢ wᵢ                                  share of the weight with data
 *   points_i(c) = wᵢ / Σ_{j∈P(c)} wⱼ · pᵢ(c)                             Σᵢ points = score
 *
 * A missing indicator is left out and the remaining weights are scaled up to sum to 1 (so a missing value
 * neither scores 0 nor counts as average); coverage says how much of the intended weight the score rests
 * on. Candidates are ranked by score (highest = 1); ties, then missing scores, are ordered by coverage
 * (higher first) and id, so the ranking never depends on input order.
 *
 * @param candidates one row per candidate with its raw indicator values (null = missing)
 * @param weights one weight ≥ 0 per indicator (any positive scale; at least one > 0)
 * @returns one scored row per candidate, in input order
 * @throws {RangeError} on invalid weights (naming the key), a non-finite indicator value, or duplicate ids
 * @example marketNeedScore(rows, DEFAULT_WEIGHTS).map((c) => c.score); // => e.g. [71.2, 48.3, …]
 */
export function marketNeedScore(candidates: readonly MarketIndicatorRow[], weights: MarketWeights): ScoredCandidate[] {
  const checked = checkMarketWeights(weights, "marketNeedScore");
  const seen = new Set<string>();
  for (const c of candidates) {
    if (seen.has(c.id)) throw new RangeError(`marketNeedScore: candidate id "${c.id}" appears twice; ids must be unique`);
    seen.add(c.id);
  }
  const totalWeight = INDICATOR_KEYS.reduce((sum, key) => sum + checked[key], 0);
  const percentiles = indicatorPercentiles(candidates);

  const unranked = candidates.map((candidate, index) => {
    let presentWeight = 0;
    let weightedSum = 0;
    for (const key of INDICATOR_KEYS) {
      const p = percentiles[key][index] ?? null;
      if (p !== null && checked[key] > 0) {
        presentWeight += checked[key];
        weightedSum += checked[key] * p;
      }
    }
    const contributions = {} as Record<IndicatorKey, IndicatorContribution>;
    const missing: IndicatorKey[] = [];
    for (const key of INDICATOR_KEYS) {
      const p = percentiles[key][index] ?? null;
      const effectiveWeight = p !== null && presentWeight > 0 ? checked[key] / presentWeight : null;
      if (p === null && checked[key] > 0) missing.push(key);
      contributions[key] = {
        value: candidate.indicators[key] ?? null,
        percentile: p,
        weight: checked[key] / totalWeight,
        effectiveWeight,
        points: effectiveWeight === null || p === null ? null : effectiveWeight * p
      };
    }
    return {
      id: candidate.id,
      title: candidate.title,
      score: presentWeight > 0 ? weightedSum / presentWeight : null,
      coverage: presentWeight / totalWeight,
      missing,
      contributions
    };
  });
  const ranks = rankOrder(unranked);
  return unranked.map((row, index) => ({...row, rank: ranks[index] as number}));
}

/**
 * 1-based ranks of scored rows: by score (higher first, missing last), then coverage (higher first), then id.
 *
 * @example rankOrder([{id: "a", score: 1, coverage: 1}, {id: "b", score: 2, coverage: 1}]); // => [2, 1]
 */
export function rankOrder(rows: readonly {id: string; score: number | null; coverage: number}[]): number[] {
  const order = rows
    .map((row, index) => ({row, index}))
    .sort((a, b) => {
      const sa = a.row.score ?? Number.NEGATIVE_INFINITY;
      const sb = b.row.score ?? Number.NEGATIVE_INFINITY;
      return sb - sa || b.row.coverage - a.row.coverage || (a.row.id < b.row.id ? -1 : a.row.id > b.row.id ? 1 : 0);
    });
  const ranks = new Array<number>(rows.length);
  order.forEach(({index}, position) => {
    ranks[index] = position + 1;
  });
  return ranks;
}
