import {combineFlows, moduleBuilder, type StackDraws} from "./combineFlows.js";
import {deliveringInstitutions, discountedSum} from "./consortiumFlows.js";
import type {CredentialFlows} from "./credentialFlows.js";
import type {Portfolio} from "./types.js";

/**
 * The present values, per draw, that a portfolio's NPV is the sum of. NPV is linear in them:
 *   NPV(S) = Σₖ∈S own_k − Σ_m module_{m, builder(S)} + [stack ⊆ S]·stack − (n − 1)·Σₖ∈S fixed_k
 * (n = `deliveringInstitutions`), so any combination S of credentials is evaluated by adding arrays instead of
 * re-running the yearly model: `combinationNpvDraws`. (The same sums as `combineFlows` followed by
 * `discountedSum`, associated differently: equal up to floating-point rounding.)
 */
export interface PresentValueParts {
  readonly draws: number;
  /** PV of each credential's own cash flow (shared modules excluded). */
  readonly own: ReadonlyMap<string, Float64Array>;
  /** PV of each credential's fixed delivery cost (≥ 0). */
  readonly fixed: ReadonlyMap<string, Float64Array>;
  /** PV of building and maintaining a module at a credential's rates, by "module|credential". */
  readonly module: ReadonlyMap<string, Float64Array>;
  /** PV of the stacked award's value minus its approval cost; null without a stack. */
  readonly stack: Float64Array | null;
}

/**
 * Computes the present-value parts of every credential, every (module, possible builder) pair and the stack.
 *
 * @param portfolio validated portfolio
 * @param flows flows of every credential (deterministic with n = 1, or a Monte Carlo sample)
 * @param stackDraws per-draw stack numbers
 * @param ids credentials to prepare (default: all); only combinations of these can be evaluated
 * @returns the parts
 * @example combinationNpvDraws(portfolio, presentValueParts(portfolio, flows, stackDraws), ["a"]); // => NPV draws of "a" alone
 */
export function presentValueParts(
  portfolio: Portfolio,
  flows: ReadonlyMap<string, CredentialFlows>,
  stackDraws: StackDraws,
  ids: readonly string[] = portfolio.credentials.map((c) => c.id)
): PresentValueParts {
  const own = new Map<string, Float64Array>();
  const fixed = new Map<string, Float64Array>();
  const module = new Map<string, Float64Array>();
  let draws = 0;
  for (const credential of portfolio.credentials.filter((c) => ids.includes(c.id))) {
    const f = flows.get(credential.id);
    if (!f) throw new RangeError(`presentValueParts: no flows for credential "${credential.id}"`);
    draws = f.draws;
    own.set(credential.id, discountedSum(f.cashFlow, f.discountRate));
    fixed.set(
      credential.id,
      discountedSum(
        f.fixedCashFlow.map((column) => column.map((x) => -x)),
        f.discountRate
      )
    );
    for (const id of credential.sharedModules) {
      const m = portfolio.sharedModules.find((x) => x.id === id);
      if (!m) continue;
      const build = f.contentCostPerHour.map((perHour) => m.learnerHours * perHour);
      const years = Array.from({length: portfolio.horizonYears + 1}, (_, t) =>
        t === 0 ? build : t === 1 ? new Float64Array(f.draws) : build.map((b, j) => b * (f.maintenanceRate[j] as number))
      );
      module.set(`${id}|${credential.id}`, discountedSum(years, f.discountRate));
    }
  }
  let stack: Float64Array | null = null;
  if (portfolio.stack && portfolio.stack.credentials.every((id) => ids.includes(id))) {
    const stackFlows = combineFlows(portfolio, flows, stackDraws, portfolio.stack.credentials);
    const value = stackFlows.stack;
    if (value) {
      const pv = discountedSum(value.value as Float64Array[], stackFlows.discountRate);
      stack = pv.map((x, j) => x - (value.approvalCost[j] as number));
    }
  }
  return {draws, own, fixed, module, stack};
}

/**
 * NPV of every draw for a combination of credentials, from the present-value parts (see `PresentValueParts`).
 *
 * @param portfolio validated portfolio
 * @param parts result of `presentValueParts`
 * @param members ids of the credentials offered
 * @returns NPV per draw (the consortium's total)
 * @throws {RangeError} if a member is unknown
 * @example combinationNpvDraws(portfolio, parts, ["a", "b"])[0]; // => NPV of draw 0 with a and b offered together
 */
export function combinationNpvDraws(portfolio: Portfolio, parts: PresentValueParts, members: readonly string[]): Float64Array {
  const npv = new Float64Array(parts.draws);
  const extra = deliveringInstitutions(portfolio.consortium) - 1;
  for (const id of members) {
    const own = parts.own.get(id);
    const fixed = parts.fixed.get(id);
    if (!own || !fixed) throw new RangeError(`combinationNpvDraws: unknown credential "${id}"`);
    addScaled(npv, own, 1);
    if (extra > 0) addScaled(npv, fixed, -extra);
  }
  for (const m of portfolio.sharedModules) {
    const users = moduleBuilder(portfolio, m, members);
    if (users) addScaled(npv, parts.module.get(`${m.id}|${users.builtBy}`) as Float64Array, -1);
  }
  if (parts.stack && portfolio.stack && portfolio.stack.credentials.every((id) => members.includes(id))) addScaled(npv, parts.stack, 1);
  return npv;
}

function addScaled(target: Float64Array, values: Float64Array, scale: number): void {
  for (let j = 0; j < target.length; j++) target[j] = (target[j] as number) + scale * (values[j] as number);
}
