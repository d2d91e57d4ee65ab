/**
 * Payback year: the first year t whose cumulative undiscounted cash flow Σ₀..ₜ CF is ≥ 0
 * (t = 0 when the build year itself does not lose money).
 *
 * @param cashFlows CFₜ in currency units, indexed by year t
 * @returns t, or null when the cumulative cash flow stays negative within the horizon
 * @example paybackYear([-100, 60, 60]); // => 2
 */
export function paybackYear(cashFlows: readonly number[]): number | null {
  let cumulative = 0;
  for (let t = 0; t < cashFlows.length; t++) {
    cumulative += cashFlows[t] as number;
    if (cumulative >= 0) return t;
  }
  return null;
}
