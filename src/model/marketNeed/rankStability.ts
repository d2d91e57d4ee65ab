import {quantilesR7} from "../quantilesR7.js";
import {createRng} from "../rng.js";
import {sampleLogGammaColumn} from "../sampleGamma.js";
import {INDICATOR_KEYS, type MarketIndicatorRow} from "./indicators.js";
import {indicatorPercentiles, marketNeedScore} from "./marketNeedScore.js";
import {checkMarketWeights, type MarketWeights} from "./marketWeights.js";
import {DEFAULT_CONCENTRATION, DEFAULT_STABILITY_DRAWS, DEFAULT_STABILITY_SEED, DEFAULT_TOP_K} from "./stabilityDefaults.js";
import {portableExp} from "../portableMath.js";

export {DEFAULT_CONCENTRATION, DEFAULT_STABILITY_DRAWS, DEFAULT_STABILITY_SEED, DEFAULT_TOP_K};

const MAX_DRAWS = 1_000_000;

export interface RankStabilityOptions {
  /** Number of weight draws, a whole number in [1, 1,000,000] (default 10,000). */
  readonly draws?: number;
  /** Dirichlet concentration c > 0 (default 20): larger = draws closer to the chosen weights. */
  readonly concentration?: number;
  /** Shortlist size k ≥ 1 (default 3). */
  readonly k?: number;
  /** Seed, an integer in [0, 2^32) (default 1). */
  readonly seed?: number;
}

export interface RankStabilityRow {
  readonly id: string;
  readonly title: string;
  /** Rank under the chosen weights (1 = best); null when the candidate has no score. */
  readonly baseRank: number | null;
  /** Share of draws in which the candidate ranks in the top k (0 when it has no score). */
  readonly topKShare: number;
  /** R-7 percentiles of its rank over the draws (p10 = its better outcomes); null without a score. */
  readonly medianRank: number | null;
  readonly p10Rank: number | null;
  readonly p90Rank: number | null;
}

export interface RankStabilityResult {
  readonly draws: number;
  readonly concentration: number;
  readonly k: number;
  readonly seed: number;
  readonly rows: readonly RankStabilityRow[];
}

/**
 * How stable the market-need ranking is when the weights are uncertain (DESIGN.md §5). Each draw replaces
 * the chosen weights w (normalised to sum 1) by a Dirichlet(c·w) draw — mean w, spread set by the
 * concentration c — and ranks the candidates by `marketNeedScore`'s rule (same percentile ranks, same
 * renormalisation over present indicators, same tie order). Indicators with weight 0 stay at 0.
 * Dirichlet draws are normalised Gamma(c·wᵢ, 1) draws, taken in logs (`sampleLogGammaColumn`, Marsaglia–Tsang)
 * from the model's seeded generator, one stream per indicator (`createRng(seed, 1 + index)`), so the same
 * seed gives the same result in Node and in the browser.
 *
 * Reports, per candidate, the share of draws in which it ranks in the top k and the 10th, 50th and 90th
 * percentiles of its rank (R-7). Candidates without a score are never ranked (topKShare 0, ranks null).
 *
 * @param candidates rows as for `marketNeedScore`
 * @param weights chosen weights (centre of the Dirichlet)
 * @param options draws, concentration, k, seed
 * @returns per-candidate stability, in input order, with the options used
 * @throws {RangeError} on invalid weights or options (naming the option and the bad value)
 * @example rankStability(rows, DEFAULT_WEIGHTS, {k: 3}).rows[0].topKShare; // => e.g. 0.94
 */
export function rankStability(candidates: readonly MarketIndicatorRow[], weights: MarketWeights, options: RankStabilityOptions = {}): RankStabilityResult {
  const checked = checkMarketWeights(weights, "rankStability");
  const draws = options.draws ?? DEFAULT_STABILITY_DRAWS;
  const concentration = options.concentration ?? DEFAULT_CONCENTRATION;
  const k = options.k ?? DEFAULT_TOP_K;
  const seed = options.seed ?? DEFAULT_STABILITY_SEED;
  if (!Number.isInteger(draws) || draws < 1 || draws > MAX_DRAWS) throw new RangeError(`rankStability: draws is ${draws}; expected a whole number in [1, ${MAX_DRAWS}]`);
  if (!(concentration > 0) || !Number.isFinite(concentration)) throw new RangeError(`rankStability: concentration is ${concentration}; expected a finite number > 0`);
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`rankStability: k is ${k}; expected a whole number ≥ 1`);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new RangeError(`rankStability: seed is ${seed}; expected an integer in [0, 2^32)`);

  const base = marketNeedScore(candidates, checked);
  const n = candidates.length;
  const m = INDICATOR_KEYS.length;
  const total = INDICATOR_KEYS.reduce((sum, key) => sum + checked[key], 0);
  const percentiles = indicatorPercentiles(candidates);
  // percentile matrix, candidate-major; NaN marks a missing value
  const p = new Float64Array(n * m);
  for (let c = 0; c < n; c++) {
    INDICATOR_KEYS.forEach((key, i) => {
      p[c * m + i] = percentiles[key][c] ?? Number.NaN;
    });
  }

  // one column of log-gamma draws per weighted indicator
  const logGamma = INDICATOR_KEYS.map((key, i) => {
    const alpha = (concentration * checked[key]) / total;
    if (alpha === 0) return null;
    const column = new Float64Array(draws);
    sampleLogGammaColumn(createRng(seed, 1 + i), alpha, column, 0, draws);
    return column;
  });

  const ranks = base.map(() => new Float64Array(draws));
  const inTopK = new Float64Array(n);
  const w = new Float64Array(m);
  const scores = base.map((row) => ({id: row.id, score: 0 as number | null, coverage: 0, index: 0}));
  const scoredIndices = base.map((row, index) => (row.score === null ? -1 : index)).filter((index) => index >= 0);
  const order = scoredIndices.slice();

  for (let d = 0; d < draws; d++) {
    // normalised Dirichlet draw, computed stably from logs
    let maxLog = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < m; i++) {
      const column = logGamma[i];
      if (column) maxLog = Math.max(maxLog, column[d] as number);
    }
    let sum = 0;
    for (let i = 0; i < m; i++) {
      const column = logGamma[i];
      w[i] = column ? portableExp((column[d] as number) - maxLog) : 0;
      sum += w[i] as number;
    }
    for (let i = 0; i < m; i++) w[i] = (w[i] as number) / sum;

    for (const c of scoredIndices) {
      let present = 0;
      let weighted = 0;
      for (let i = 0; i < m; i++) {
        const pi = p[c * m + i] as number;
        const wi = w[i] as number;
        if (wi > 0 && !Number.isNaN(pi)) {
          present += wi;
          weighted += wi * pi;
        }
      }
      const entry = scores[c]!;
      entry.score = present > 0 ? weighted / present : null;
      entry.coverage = present;
    }
    order.sort((a, b) => {
      const ea = scores[a]!;
      const eb = scores[b]!;
      return (eb.score ?? -1) - (ea.score ?? -1) || eb.coverage - ea.coverage || (ea.id < eb.id ? -1 : ea.id > eb.id ? 1 : 0);
    });
    order.forEach((c, position) => {
      (ranks[c] as Float64Array)[d] = position + 1;
      if (position < k) inTopK[c] = (inTopK[c] as number) + 1;
    });
  }

  const rows = base.map((row, c) => {
    if (row.score === null) return {id: row.id, title: row.title, baseRank: null, topKShare: 0, medianRank: null, p10Rank: null, p90Rank: null};
    // ranks are whole numbers: round away the last-bit noise of the interpolation
    const [p10Rank, medianRank, p90Rank] = (quantilesR7(ranks[c] as Float64Array, [0.1, 0.5, 0.9]) as [number, number, number]).map((q) => Math.round(q * 1e9) / 1e9) as [number, number, number];
    return {id: row.id, title: row.title, baseRank: row.rank, topKShare: (inTopK[c] as number) / draws, medianRank, p10Rank, p90Rank};
  });
  return {draws, concentration, k, seed, rows};
}
