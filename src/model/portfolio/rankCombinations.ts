import {quantilesR7} from "../quantilesR7.js";
import {deterministicCredentialFlows, type CredentialFlows} from "./credentialFlows.js";
import {combinationNpvDraws, presentValueParts} from "./presentValueParts.js";
import type {PortfolioSample} from "./runPortfolioMonteCarlo.js";
import {hasUncertainty} from "./runPortfolioMonteCarlo.js";
import type {Portfolio} from "./types.js";

/** Most combinations `rankCombinations` evaluates (11 candidates up to size 4 are 561). */
export const MAX_COMBINATIONS = 2000;

/** One combination of credentials offered together. */
export interface CombinationResult {
  /** Member ids, in file order. */
  readonly members: readonly string[];
  readonly size: number;
  /** Deterministic NPV of the combination (the consortium's total when there is one). */
  readonly npv: number;
  /** Monte Carlo mean NPV, or the deterministic NPV without a Monte Carlo. */
  readonly expectedNpv: number;
  /** Share of draws with NPV > 0; null without a Monte Carlo. */
  readonly probabilityNpvPositive: number | null;
  readonly p10: number | null;
  readonly p90: number | null;
  /** Whether the combination holds every credential of the stacked award. */
  readonly includesStack: boolean;
}

export interface RankCombinationsOptions {
  /** Largest combination size (default 4). */
  readonly maxSize?: number;
  /** Credentials to combine (default: all of the portfolio's). */
  readonly pool?: readonly string[];
  /** Monte Carlo sample (`samplePortfolio`); without it, only deterministic figures. */
  readonly sample?: PortfolioSample;
}

/**
 * Which combinations pay off: every non-empty subset of up to `maxSize` credentials of the pool, each
 * evaluated as a portfolio of just those credentials (shared modules counted once among the members and built
 * by `moduleBuilder`'s rule, the stacked award only when all its credentials are members, the same
 * consortium), ranked by expected NPV (Monte Carlo mean, highest first), then by P(NPV > 0), then smaller
 * first. NPVs come from `combinationNpvDraws` (sums of present values); all combinations share one sample,
 * so their Monte Carlo figures are comparable draw by draw. Number of combinations: Σₖ₌₁..ₘ C(n, k).
 *
 * @param portfolio validated portfolio
 * @param options maxSize (default 4), pool (default all), sample (optional)
 * @returns the combinations, best first
 * @throws {RangeError} if maxSize is not a whole number ≥ 1, the pool is empty or unknown, or there would be
 *   more than `MAX_COMBINATIONS` combinations
 * @example rankCombinations(portfolio, {maxSize: 2})[0].members; // => the pair or single credential with the highest NPV
 */
export function rankCombinations(portfolio: Portfolio, options: RankCombinationsOptions = {}): CombinationResult[] {
  const maxSize = options.maxSize ?? 4;
  if (!Number.isInteger(maxSize) || maxSize < 1) throw new RangeError(`rankCombinations: maxSize must be a whole number ≥ 1, got ${maxSize}`);
  const known = portfolio.credentials.map((c) => c.id);
  const unknown = (options.pool ?? []).filter((id) => !known.includes(id));
  if (unknown.length > 0) throw new RangeError(`rankCombinations: unknown credential ${unknown.map((id) => `"${id}"`).join(", ")}`);
  const pool = options.pool ? known.filter((id) => options.pool!.includes(id)) : known;
  if (pool.length === 0) throw new RangeError("rankCombinations: the pool of credentials is empty");
  const subsets = combinationsUpTo(pool, maxSize);
  if (subsets.length > MAX_COMBINATIONS) {
    throw new RangeError(`rankCombinations: ${subsets.length} combinations exceed ${MAX_COMBINATIONS}; choose fewer credentials or a smaller maxSize`);
  }
  const stack = portfolio.stack;
  const deterministicFlows = new Map<string, CredentialFlows>(
    portfolio.credentials.filter((c) => pool.includes(c.id)).map((c) => [c.id, deterministicCredentialFlows(c, portfolio)])
  );
  const deterministicParts = presentValueParts(portfolio, deterministicFlows, {
    completionRate: Float64Array.of(stack?.completionRate.value ?? 0),
    netValuePerStacker: Float64Array.of(stack?.netValuePerStacker.value ?? 0),
    approvalCost: Float64Array.of(stack?.approvalCost.value ?? 0)
  }, pool);
  const sample = options.sample;
  const sampleParts = sample ? presentValueParts(portfolio, sample.flows, sample.stack, pool) : null;
  const rows = subsets.map((members): CombinationResult => {
    const npv = combinationNpvDraws(portfolio, deterministicParts, members)[0] as number;
    const draws = sampleParts && hasUncertainty(portfolio, members) ? combinationNpvDraws(portfolio, sampleParts, members) : null;
    const [p10, p90] = draws ? (quantilesR7(draws, [0.1, 0.9]) as [number, number]) : [null, null];
    return {
      members,
      size: members.length,
      npv,
      expectedNpv: draws ? mean(draws) : npv,
      probabilityNpvPositive: draws ? shareAbove(draws, 0) : null,
      p10,
      p90,
      includesStack: stack !== null && stack.credentials.every((id) => members.includes(id))
    };
  });
  return rows
    .map((row, index) => ({row, index}))
    .sort(
      (a, b) =>
        b.row.expectedNpv - a.row.expectedNpv ||
        (b.row.probabilityNpvPositive ?? 0) - (a.row.probabilityNpvPositive ?? 0) ||
        a.row.size - b.row.size ||
        a.index - b.index
    )
    .map(({row}) => row);
}

/**
 * Every subset of 1…maxSize items, smaller subsets first, each in the items' order.
 *
 * @example combinationsUpTo(["a", "b", "c"], 2); // => [["a"], ["b"], ["c"], ["a", "b"], ["a", "c"], ["b", "c"]]
 */
export function combinationsUpTo<T>(items: readonly T[], maxSize: number): T[][] {
  const result: T[][] = [];
  const extend = (start: number, chosen: T[], size: number) => {
    if (chosen.length === size) {
      result.push([...chosen]);
      return;
    }
    for (let i = start; i < items.length; i++) {
      chosen.push(items[i] as T);
      extend(i + 1, chosen, size);
      chosen.pop();
    }
  };
  for (let size = 1; size <= Math.min(maxSize, items.length); size++) extend(0, [], size);
  return result;
}

function mean(values: Float64Array): number {
  let total = 0;
  for (let i = 0; i < values.length; i++) total += values[i] as number;
  return total / values.length;
}

function shareAbove(values: Float64Array, threshold: number): number {
  let count = 0;
  for (let i = 0; i < values.length; i++) if ((values[i] as number) > threshold) count++;
  return count / values.length;
}
