import {portablePow} from "./portableMath.js";

/**
 * Net present value of yearly cash flows: NPV = Σₜ CFₜ / (1 + r)^t, t = 0…H (year 0 undiscounted).
 *
 * @param cashFlows CFₜ in currency units, indexed by year t
 * @param discountRate r per year, > −1
 * @returns NPV in currency units
 * @throws {RangeError} if discountRate ≤ −1
 * @example netPresentValue([-100, 110], 0.1); // => 0
 */
export function netPresentValue(cashFlows: readonly number[], discountRate: number): number {
  if (!(discountRate > -1)) throw new RangeError(`netPresentValue: discountRate must be > −1, got ${discountRate}`);
  let npv = 0;
  for (let t = 0; t < cashFlows.length; t++) npv += (cashFlows[t] as number) / portablePow(1 + discountRate, t);
  return npv;
}
