import {portableLog} from "./portableMath.js";

/**
 * The price–demand curve a learner survey implies: the share of respondents whose amount (money already spent
 * on learning, or stated willingness to pay) is at least price p, read as the share who would still buy at p.
 * `learner_spend` publishes the curve at fixed price points with Wilson 95% intervals; these functions check
 * it, read it between the points and find the price that earns most per respondent.
 *
 * Reading "spent at least p" as "would pay p" is a revealed-preference proxy: past spending on (mostly)
 * other learning, not a quote for this credential. The page says so next to the chart.
 */

/** One point of the curve: a price (USD) and the share of respondents at or above it, with its interval. */
export interface PricePoint {
  price: number;
  share: number;
  lower?: number;
  upper?: number;
}

/** A curve point with the expected revenue per respondent at that price. */
export interface RevenuePoint extends PricePoint {
  /** price × share, USD per respondent reached */
  revenue: number;
}

/** Tolerance for rounding in published shares when checking that the curve never rises. */
const SHARE_EPSILON = 1e-9;

/**
 * A checked price–demand curve: sorted by price; every price positive and distinct; every share (and
 * bound) in [0, 1]; shares never rising with price (more respondents cannot have spent at least a higher amount).
 *
 * @param points price points in any order
 * @returns the points sorted by price
 * @throws {RangeError} naming the offending point: empty curve, price ≤ 0 or repeated, share outside [0, 1],
 *   bounds not around the share, or a share that rises with price
 * @example priceDemandCurve([{price: 100, share: 0.43}, {price: 1, share: 0.55}]).map((d) => d.price) // => [1, 100]
 */
export function priceDemandCurve(points: readonly PricePoint[]): PricePoint[] {
  if (points.length === 0) throw new RangeError("priceDemandCurve: the curve has no points");
  const sorted = [...points].sort((a, b) => a.price - b.price);
  sorted.forEach((point, i) => {
    const where = `point ${i + 1} (price ${point.price})`;
    if (!(Number.isFinite(point.price) && point.price > 0)) throw new RangeError(`priceDemandCurve: ${where} has price ${point.price}; expected a positive number of USD`);
    if (!(point.share >= 0 && point.share <= 1)) throw new RangeError(`priceDemandCurve: ${where} has share ${point.share}; expected a share in [0, 1]`);
    if (point.lower !== undefined && !(point.lower >= 0 && point.lower <= point.share + SHARE_EPSILON)) throw new RangeError(`priceDemandCurve: ${where} has lower bound ${point.lower}; expected 0 ≤ lower ≤ share ${point.share}`);
    if (point.upper !== undefined && !(point.upper <= 1 && point.upper >= point.share - SHARE_EPSILON)) throw new RangeError(`priceDemandCurve: ${where} has upper bound ${point.upper}; expected share ${point.share} ≤ upper ≤ 1`);
    const previous = sorted[i - 1];
    if (previous !== undefined) {
      if (previous.price === point.price) throw new RangeError(`priceDemandCurve: price ${point.price} appears twice; expected one point per price`);
      if (point.share > previous.share + SHARE_EPSILON) {
        throw new RangeError(`priceDemandCurve: share rises from ${previous.share} at price ${previous.price} to ${point.share} at price ${point.price}; a share "at least p" cannot rise with p`);
      }
    }
  });
  return sorted;
}

/**
 * The share of respondents at or above any price between the curve's first and last point, interpolated
 * linearly in log(price) between the two neighbouring points (price points are spaced roughly geometrically:
 * 1, 10, 25, 50, 100 …, and spending is spread over orders of magnitude).
 *
 *   share(p) = s₀ + (s₁ − s₀) · (ln p − ln p₀) / (ln p₁ − ln p₀),  p₀ ≤ p ≤ p₁
 *
 * @param curve a curve from `priceDemandCurve`
 * @param price USD, within [first price, last price]
 * @throws {RangeError} for a price outside the curve (the survey says nothing there) or not a number
 * @example shareAtPrice([{price: 100, share: 0.4}, {price: 1000, share: 0.1}], 316.23) // => ≈ 0.25
 */
export function shareAtPrice(curve: readonly PricePoint[], price: number): number {
  const first = curve[0];
  const last = curve.at(-1);
  if (first === undefined || last === undefined) throw new RangeError("shareAtPrice: the curve has no points");
  if (!(price >= first.price && price <= last.price)) {
    throw new RangeError(`shareAtPrice: price ${price} is outside the surveyed range ${first.price}–${last.price} USD`);
  }
  const upperIndex = curve.findIndex((d) => d.price >= price);
  const right = curve[upperIndex] as PricePoint;
  if (right.price === price || upperIndex === 0) return right.share;
  const left = curve[upperIndex - 1] as PricePoint;
  const t = (portableLog(price) - portableLog(left.price)) / (portableLog(right.price) - portableLog(left.price));
  return left.share + (right.share - left.share) * t;
}

/**
 * Expected revenue per respondent at each price point: price × share at or above it (USD). A price that keeps
 * few buyers and a price that keeps many but earns little both score low.
 *
 * @example revenueCurve([{price: 50, share: 0.49}, {price: 100, share: 0.43}]).map((d) => d.revenue) // => [24.5, 43]
 */
export function revenueCurve(curve: readonly PricePoint[]): RevenuePoint[] {
  return curve.map((point) => ({...point, revenue: point.price * point.share}));
}

/**
 * The price point with the highest expected revenue per respondent (the lower price on a tie).
 *
 * @throws {RangeError} for an empty curve
 * @example revenueMaximisingPrice([{price: 50, share: 0.49}, {price: 100, share: 0.43}, {price: 1000, share: 0.02}]).price // => 100
 */
export function revenueMaximisingPrice(curve: readonly PricePoint[]): RevenuePoint {
  const points = revenueCurve(curve);
  const best = points.reduce<RevenuePoint | undefined>((top, d) => (top === undefined || d.revenue > top.revenue ? d : top), undefined);
  if (best === undefined) throw new RangeError("revenueMaximisingPrice: the curve has no points");
  return best;
}

/**
 * The highest price point that still keeps at least `share` of respondents (e.g. the median: 0.5), or null
 * when even the lowest price keeps fewer.
 *
 * @throws {RangeError} for a share outside [0, 1]
 * @example priceKeepingShare([{price: 10, share: 0.55}, {price: 25, share: 0.52}, {price: 50, share: 0.49}], 0.5) // => 25
 */
export function priceKeepingShare(curve: readonly PricePoint[], share: number): number | null {
  if (!(share >= 0 && share <= 1)) throw new RangeError(`priceKeepingShare: share ${share} is not in [0, 1]`);
  let price: number | null = null;
  for (const point of curve) if (point.share >= share) price = point.price;
  return price;
}
