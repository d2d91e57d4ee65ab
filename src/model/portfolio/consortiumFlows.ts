import type {PortfolioFlows} from "./combineFlows.js";
import type {Consortium} from "./types.js";

/**
 * Each partner's share of the consortium's delivery income:
 * - pooled delivery: the revenue split rule — "share": its development share; "enrolments": its enrolment
 *   share (the learners it recruits); "equal": 1/N;
 * - split delivery: its enrolment share (each partner keeps what its own learners bring).
 *
 * @param consortium the consortium
 * @returns one share per partner, in partner order (they sum to 1)
 * @example revenueShares({partners: [a, b], enrolments: "pooled", revenueSplit: "equal"}); // => [0.5, 0.5]
 */
export function revenueShares(consortium: Consortium): number[] {
  const n = consortium.partners.length;
  if (consortium.enrolments === "split") return consortium.partners.map((p) => p.enrolmentShare);
  switch (consortium.revenueSplit) {
    case "share":
      return consortium.partners.map((p) => p.developmentShare);
    case "enrolments":
      return consortium.partners.map((p) => p.enrolmentShare);
    case "equal":
      return consortium.partners.map(() => 1 / n);
  }
}

/**
 * Number of institutions that run their own delivery (and so each pay the fixed delivery cost): 1 alone or
 * in a pooled consortium; in a split consortium, every partner with learners (enrolment share > 0).
 *
 * @param consortium the consortium, or null for one institution
 * @returns a whole number ≥ 1
 * @example deliveringInstitutions({enrolments: "split", partners: [{enrolmentShare: 0.5}, {enrolmentShare: 0.5}, {enrolmentShare: 0}]}); // => 2
 */
export function deliveringInstitutions(consortium: Pick<Consortium, "enrolments" | "partners"> | null): number {
  if (!consortium || consortium.enrolments === "pooled") return 1;
  return Math.max(1, consortium.partners.filter((p) => p.enrolmentShare > 0).length);
}

/**
 * Each partner's yearly cash flow (DESIGN.md §6 amounts, split by the consortium's rules), with
 * Dev = development, V = variable and F = fixed delivery flows of the portfolio (`PortfolioFlows`):
 *   pooled:  CFₚ = −dₚ·Dev + wₚ·(V − F)               (one joint delivery; wₚ from `revenueShares`)
 *   split:   CFₚ = −dₚ·Dev + eₚ·V − [eₚ > 0]·F         (each partner teaches its share eₚ of the learners
 *                                                      and runs its own cohorts and platform)
 * where dₚ is the partner's development share and eₚ its enrolment share.
 *
 * @param flows the portfolio's flows
 * @param consortium the consortium
 * @returns [partner][year] columns of length flows.draws
 * @example partnerCashFlows(flows, consortium)[0][0][0]; // => −d₀ × the build year's development cost
 */
export function partnerCashFlows(flows: PortfolioFlows, consortium: Consortium): Float64Array[][] {
  const shares = revenueShares(consortium);
  const split = consortium.enrolments === "split";
  return consortium.partners.map((partner, p) => {
    const d = partner.developmentShare;
    const w = shares[p] as number;
    const delivers = split ? (partner.enrolmentShare > 0 ? 1 : 0) : w;
    return flows.development.map((dev, t) => {
      const [v, f] = [flows.variable[t], flows.fixed[t]] as [Float64Array, Float64Array];
      const out = new Float64Array(flows.draws);
      for (let j = 0; j < flows.draws; j++) out[j] = -d * (dev[j] as number) + w * (v[j] as number) - delivers * (f[j] as number);
      return out;
    });
  });
}

/**
 * The whole consortium's yearly cash flow: the portfolio's cash flow, less the fixed delivery cost of every
 * delivering institution after the first (`deliveringInstitutions`): CFₜ − (n − 1)·Fₜ.
 *
 * @param flows the portfolio's flows
 * @param consortium the consortium, or null for one institution
 * @returns [year] columns (the portfolio's own arrays when n = 1)
 * @example consortiumCashFlow(flows, null) === flows.cashFlow; // => true
 */
export function consortiumCashFlow(flows: PortfolioFlows, consortium: Consortium | null): readonly Float64Array[] {
  const extra = deliveringInstitutions(consortium) - 1;
  if (extra === 0) return flows.cashFlow;
  return flows.cashFlow.map((cf, t) => {
    const f = flows.fixed[t] as Float64Array;
    return cf.map((x, j) => x - extra * (f[j] as number));
  });
}

/**
 * NPV of every draw: Σₜ CFₜ·(1 + r)^(−t), accumulated in the order `evaluateDrawBlock` uses (discount
 * factor by repeated multiplication), so one credential's portfolio NPV equals its Monte Carlo NPV exactly.
 *
 * @param cashFlow [year][draw] cash flows
 * @param discountRate r of each draw
 * @returns NPV of each draw
 * @example discountedSum([Float64Array.of(-100), Float64Array.of(110)], Float64Array.of(0.1)); // => [0]
 */
export function discountedSum(cashFlow: readonly Float64Array[], discountRate: Float64Array): Float64Array {
  const n = discountRate.length;
  const npv = Float64Array.from(cashFlow[0] ?? new Float64Array(n));
  for (let j = 0; j < n; j++) {
    const factor = 1 / (1 + (discountRate[j] as number));
    let discount = 1;
    let total = npv[j] as number;
    for (let t = 1; t < cashFlow.length; t++) {
      discount *= factor;
      total += ((cashFlow[t] as Float64Array)[j] as number) * discount;
    }
    npv[j] = total;
  }
  return npv;
}
