import type {CredentialFlows} from "./credentialFlows.js";
import type {Portfolio, SharedModule} from "./types.js";

/** Development cost of one shared module, built once by `builtBy` for the credentials in `usedBy`. */
export interface ModuleFlows {
  readonly id: string;
  readonly builtBy: string;
  readonly usedBy: readonly string[];
  /** Cost by year and draw: hours·contentCostPerHour in year 0, × maintenanceRate from year 2 (builder's rates). */
  readonly cost: readonly Float64Array[];
}

/** The stacked award's flows by year and draw. */
export interface StackFlows {
  /** Learners completing the award: completionRate·min over the stack of K₍ₜ₋L₎ (0 when t − L < 1). */
  readonly stackers: readonly Float64Array[];
  /** stackers·netValuePerStacker. */
  readonly value: readonly Float64Array[];
  /** One-off approval cost in year 0. */
  readonly approvalCost: Float64Array;
}

/**
 * Yearly flows of a portfolio (or of a subset of its credentials), indexed [year t = 0…H][draw], split into
 * the parts a consortium treats differently:
 *   development  Σ own development (build + maintenance) + shared modules (once each) + the award's approval
 *   fixed        Σ fixed delivery cost (cohorts + platform, with overhead) of one delivering institution, t ≥ 1
 *   variable     Σ cash flow proportional to enrolments (revenue − per-learner costs, pathway) + the award's value
 * and cashFlow = variable − fixed − development, the portfolio delivered by one institution (or a pooled consortium).
 */
export interface PortfolioFlows {
  readonly draws: number;
  readonly horizonYears: number;
  readonly members: readonly string[];
  readonly cashFlow: readonly Float64Array[];
  readonly development: readonly Float64Array[];
  readonly fixed: readonly Float64Array[];
  readonly variable: readonly Float64Array[];
  readonly discountRate: Float64Array;
  readonly modules: readonly ModuleFlows[];
  /** null when the portfolio has no stack or a member of the stack is missing from `members`. */
  readonly stack: StackFlows | null;
}

/** Per-draw values of the stack's numbers (length = draws). */
export interface StackDraws {
  readonly completionRate: Float64Array;
  readonly netValuePerStacker: Float64Array;
  readonly approvalCost: Float64Array;
}

/**
 * The credential that builds a shared module within a set of members: its `builtBy` when that credential is a
 * member, else the first member (in file order) that uses it; null when no member uses it.
 *
 * @param portfolio the portfolio
 * @param module the module
 * @param members ids of the credentials offered
 * @returns the builder's id and every member using the module
 * @example moduleBuilder(portfolio, sqlModule, ["a", "b"]); // => {builtBy: "a", usedBy: ["a", "b"]}
 */
export function moduleBuilder(
  portfolio: Pick<Portfolio, "credentials">,
  module: Pick<SharedModule, "id" | "builtBy">,
  members: readonly string[]
): {builtBy: string; usedBy: string[]} | null {
  const usedBy = portfolio.credentials.filter((c) => members.includes(c.id) && c.sharedModules.includes(module.id)).map((c) => c.id);
  const first = usedBy[0];
  if (first === undefined) return null;
  return {builtBy: module.builtBy !== null && usedBy.includes(module.builtBy) ? module.builtBy : first, usedBy};
}

/**
 * Combines the flows of the member credentials into the portfolio's flows (see `PortfolioFlows`):
 * - each shared module used by a member is developed once, at the rates of its builder (`moduleBuilder`):
 *   cost₀ = hours·contentCostPerHour, costₜ = hours·contentCostPerHour·maintenanceRate for t ≥ 2;
 * - the stacked award, when every credential of the stack is a member, adds
 *   valueₜ = netValuePerStacker·completionRate·min over the stack of K₍ₜ₋L₎ (t − L ≥ 1; L = lagYears) and
 *   its approval cost in year 0; a learner completes the award only by holding every credential in it, so at
 *   most as many learners as the least-awarded credential can complete it.
 * With one member and no module or stack, cashFlow is that credential's cash flow, unchanged.
 *
 * @param portfolio the portfolio
 * @param flows flows of (at least) every member, by id, all with the same number of draws
 * @param stackDraws per-draw stack numbers (unused without a stack)
 * @param members ids of the credentials offered (default: all, in file order)
 * @returns the portfolio's flows
 * @throws {RangeError} if there are no members or a member has no flows
 * @example combineFlows(portfolio, flows, stackDraws).cashFlow[0][0]; // => −(development of the build year)
 */
export function combineFlows(
  portfolio: Portfolio,
  flows: ReadonlyMap<string, CredentialFlows>,
  stackDraws: StackDraws,
  members: readonly string[] = portfolio.credentials.map((c) => c.id)
): PortfolioFlows {
  const ordered = portfolio.credentials.filter((c) => members.includes(c.id)).map((c) => c.id);
  const memberFlows = ordered.map((id) => {
    const f = flows.get(id);
    if (!f) throw new RangeError(`combineFlows: no flows for credential "${id}"`);
    return f;
  });
  const first = memberFlows[0];
  if (!first) throw new RangeError("combineFlows: a portfolio needs at least one credential");
  const n = first.draws;
  const horizon = portfolio.horizonYears;
  const yearsOf = () => Array.from({length: horizon + 1}, () => new Float64Array(n));
  const cashFlow = first.cashFlow.map((column) => new Float64Array(column));
  const development = yearsOf();
  const fixed = yearsOf();
  const variable = yearsOf();
  for (const f of memberFlows) {
    if (f.draws !== n) throw new RangeError(`combineFlows: every credential needs ${n} draws, got ${f.draws}`);
    for (let t = 0; t <= horizon; t++) {
      addMember(development[t]!, fixed[t]!, variable[t]!, f === first ? null : cashFlow[t]!, f.cashFlow[t]!, f.deliveryCashFlow[t]!, f.fixedCashFlow[t]!);
    }
  }

  const modules: ModuleFlows[] = [];
  for (const module of portfolio.sharedModules) {
    const users = moduleBuilder(portfolio, module, ordered);
    if (!users) continue;
    const builder = flows.get(users.builtBy) as CredentialFlows;
    const cost = yearsOf();
    moduleCost(module.learnerHours, builder.contentCostPerHour, builder.maintenanceRate, cost);
    for (let t = 0; t <= horizon; t++) addCost(development[t]!, cashFlow[t]!, cost[t]!);
    modules.push({id: module.id, builtBy: users.builtBy, usedBy: users.usedBy, cost});
  }

  const stack = portfolio.stack && portfolio.stack.credentials.every((id) => ordered.includes(id)) ? portfolio.stack : null;
  let stackFlows: StackFlows | null = null;
  if (stack) {
    const awards = stack.credentials.map((id) => (flows.get(id) as CredentialFlows).awarded);
    const stackers = yearsOf();
    const value = yearsOf();
    const lag = stack.lagYears;
    for (let t = 1; t <= horizon; t++) {
      const source = t - lag;
      if (source < 1) continue;
      stackYear(awards.map((a) => a[source]!), stackDraws, stackers[t]!, value[t]!);
      addIncome(variable[t]!, cashFlow[t]!, value[t]!);
    }
    const approvalCost = new Float64Array(stackDraws.approvalCost);
    addCost(development[0]!, cashFlow[0]!, approvalCost);
    stackFlows = {stackers, value, approvalCost};
  }
  return {draws: n, horizonYears: horizon, members: ordered, cashFlow, development, fixed, variable, discountRate: first.discountRate, modules, stack: stackFlows};
}

// The loops below are small functions of plain typed arrays, so each compiles to one tight loop.

/** Adds one member's development (del − cf), fixed (−fix) and variable (del − fix) flows; and its cf to total. */
function addMember(
  dev: Float64Array,
  fixed: Float64Array,
  variable: Float64Array,
  total: Float64Array | null,
  cf: Float64Array,
  del: Float64Array,
  fix: Float64Array
): void {
  for (let j = 0; j < dev.length; j++) {
    const delivery = del[j] as number;
    const fixedFlow = fix[j] as number;
    dev[j] = (dev[j] as number) + (delivery - (cf[j] as number));
    fixed[j] = (fixed[j] as number) - fixedFlow;
    variable[j] = (variable[j] as number) + (delivery - fixedFlow);
  }
  if (total) for (let j = 0; j < total.length; j++) total[j] = (total[j] as number) + (cf[j] as number);
}

/** cost₀ = hours·contentCostPerHour; costₜ = cost₀·maintenanceRate for t ≥ 2 (cost[1] stays 0). */
function moduleCost(hours: number, perHour: Float64Array, maintenanceRate: Float64Array, cost: Float64Array[]): void {
  const build = cost[0] as Float64Array;
  for (let j = 0; j < build.length; j++) build[j] = hours * (perHour[j] as number);
  for (let t = 2; t < cost.length; t++) {
    const year = cost[t] as Float64Array;
    for (let j = 0; j < year.length; j++) year[j] = (build[j] as number) * (maintenanceRate[j] as number);
  }
}

/** A development cost: added to development, taken from the cash flow. */
function addCost(dev: Float64Array, total: Float64Array, cost: Float64Array): void {
  for (let j = 0; j < dev.length; j++) {
    const c = cost[j] as number;
    dev[j] = (dev[j] as number) + c;
    total[j] = (total[j] as number) - c;
  }
}

/** Income proportional to enrolments: added to the variable flow and to the cash flow. */
function addIncome(variable: Float64Array, total: Float64Array, income: Float64Array): void {
  for (let j = 0; j < variable.length; j++) {
    const x = income[j] as number;
    variable[j] = (variable[j] as number) + x;
    total[j] = (total[j] as number) + x;
  }
}

/** stackers = completionRate·min over the stack's awards (of the source year); value = stackers·netValuePerStacker. */
function stackYear(awards: readonly Float64Array[], draws: StackDraws, stackers: Float64Array, value: Float64Array): void {
  const least = new Float64Array(awards[0] as Float64Array);
  for (let k = 1; k < awards.length; k++) {
    const a = awards[k] as Float64Array;
    for (let j = 0; j < least.length; j++) if ((a[j] as number) < (least[j] as number)) least[j] = a[j] as number;
  }
  const completionRate = draws.completionRate;
  const netValue = draws.netValuePerStacker;
  for (let j = 0; j < least.length; j++) {
    const completers = (completionRate[j] as number) * (least[j] as number);
    stackers[j] = completers;
    value[j] = (netValue[j] as number) * completers;
  }
}
