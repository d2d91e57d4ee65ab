import type {AllocationRule} from "./portfolioSchema.js";

/**
 * Shares of a shared module's development cost borne by the credentials that use it:
 * - "equal": 1/n each;
 * - "learnerHours": in proportion to the module's learner hours delivered through each credential over the
 *   horizon, hours × Σₜ Eₖ,ₜ — i.e. in proportion to each credential's expected enrolments, since the module's
 *   hours are the same in every credential (cost follows use). When no user has learners, equally.
 * Allocation moves cost between credentials; it never changes the portfolio's total.
 *
 * @param rule allocation rule
 * @param learners Σₜ Eₖ,ₜ of each user, in the users' order (ignored for "equal")
 * @returns one share per user, summing to 1
 * @throws {RangeError} if there are no users or a learner count is negative or not finite
 * @example allocationWeights("learnerHours", [300, 100]); // => [0.75, 0.25]
 */
export function allocationWeights(rule: AllocationRule, learners: readonly number[]): number[] {
  const n = learners.length;
  if (n === 0) throw new RangeError("allocationWeights: a module needs at least one user");
  if (learners.some((x) => !(x >= 0 && Number.isFinite(x)))) {
    throw new RangeError(`allocationWeights: learner counts must be finite and ≥ 0, got ${learners.join(", ")}`);
  }
  const total = learners.reduce((sum, x) => sum + x, 0);
  if (rule === "equal" || total === 0) return learners.map(() => 1 / n);
  return learners.map((x) => x / total);
}
