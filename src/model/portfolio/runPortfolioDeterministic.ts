import {netPresentValue} from "../netPresentValue.js";
import {paybackYear} from "../paybackYear.js";
import {runDeterministic} from "../runDeterministic.js";
import {allocationWeights} from "./allocationWeights.js";
import {combineFlows} from "./combineFlows.js";
import {consortiumCashFlow, deliveringInstitutions, partnerCashFlows, revenueShares} from "./consortiumFlows.js";
import {deterministicCredentialFlows, type DeterministicCredentialFlows} from "./credentialFlows.js";
import {standaloneInputs} from "./portfolioInputs.js";
import type {CredentialResult, PartnerResult, Portfolio, SharedModuleResult, StackResult} from "./types.js";

/** The deterministic portfolio model: yearly totals, NPV, payback, break-even, and every part's figures. */
export interface PortfolioDeterministicResult {
  readonly members: readonly string[];
  readonly years: number[];
  /** Σ enrolments of the member credentials (a learner taking two credentials counts twice). */
  readonly enrolments: number[];
  /** Σ revenue of the credentials + the stacked award's value. */
  readonly revenue: number[];
  /** Σ cost of the credentials' own content and delivery + shared modules + award approval + extra deliveries. */
  readonly cost: number[];
  readonly cashFlow: number[];
  readonly npv: number;
  readonly paybackYear: number | null;
  /**
   * λ with NPV = 0 when every credential's first-year enrolments are multiplied by λ (NPV is affine in λ:
   * NPV(λ) = a + b·λ, b = present value of the enrolment-proportional flows); max(0, −a/b) when b > 0, else null.
   */
  readonly breakEvenEnrolmentScale: number | null;
  /** Σ of the members' standalone NPVs: what offering them separately would give. */
  readonly sumOfStandaloneNpv: number;
  readonly credentials: CredentialResult[];
  readonly sharedModules: SharedModuleResult[];
  readonly stack: StackResult | null;
  /** [] without a consortium. */
  readonly partners: PartnerResult[];
  /** Present values of the development, fixed-delivery and enrolment-proportional flows (NPV = V − F·n − D). */
  readonly presentValues: {readonly development: number; readonly fixed: number; readonly variable: number};
}

const first = (columns: readonly Float64Array[]): number[] => columns.map((c) => c[0] as number);

/**
 * Runs the portfolio model at every input's deterministic value (docs/portfolio-format.md):
 * - each credential's own content (`ownInputs`: shared hours removed, repackaging applied) through the literal
 *   model `cashFlowTable`;
 * - each shared module developed once by its builder and allocated to its users (`allocationWeights`);
 * - the stacked award (`combineFlows`) and the consortium's partners (`partnerCashFlows`);
 * - NPV at the credentials' common discount rate (`netPresentValue`), payback (`paybackYear`) and the
 *   break-even enrolment scale.
 * A portfolio of one credential without modules, stack or consortium gives exactly `runDeterministic`'s
 * yearly figures, NPV and payback year (and its break-even first-year enrolments up to rounding).
 *
 * @param portfolio validated portfolio
 * @param members ids of the credentials offered (default: all); modules and the stack follow the members
 * @returns the deterministic result
 * @throws {RangeError} if members is empty or names an unknown credential
 * @example runPortfolioDeterministic(portfolio).npv; // => the portfolio's NPV in its currency
 */
export function runPortfolioDeterministic(portfolio: Portfolio, members?: readonly string[]): PortfolioDeterministicResult {
  const ids = checkMembers(portfolio, members);
  const credentials = portfolio.credentials.filter((c) => ids.includes(c.id));
  const flowsById = new Map<string, DeterministicCredentialFlows>(credentials.map((c) => [c.id, deterministicCredentialFlows(c, portfolio)]));
  const stack = portfolio.stack;
  const stackDraws = {
    completionRate: Float64Array.of(stack?.completionRate.value ?? 0),
    netValuePerStacker: Float64Array.of(stack?.netValuePerStacker.value ?? 0),
    approvalCost: Float64Array.of(stack?.approvalCost.value ?? 0)
  };
  const flows = combineFlows(portfolio, flowsById, stackDraws, ids);
  const consortium = portfolio.consortium;
  const rate = credentials[0]!.scenario.inputs.discountRate;
  const pv = (values: readonly number[]) => netPresentValue(values, rate);
  const horizon = portfolio.horizonYears;
  const years = Array.from({length: horizon + 1}, (_, t) => t);

  const cashFlow = first(consortiumCashFlow(flows, consortium));
  const extraDeliveries = deliveringInstitutions(consortium) - 1;
  const fixed = first(flows.fixed);
  const moduleCosts = flows.modules.map((m) => first(m.cost));
  const stackValue = flows.stack ? first(flows.stack.value) : years.map(() => 0);
  const approval = flows.stack ? (flows.stack.approvalCost[0] as number) : 0;
  const tables = credentials.map((c) => (flowsById.get(c.id) as DeterministicCredentialFlows).table);
  const enrolments = years.map((t) => sum(tables.map((table) => table.enrolments[t] as number)));
  const revenue = years.map((t) => sum(tables.map((table) => table.revenue[t] as number)) + (stackValue[t] as number));
  const cost = years.map(
    (t) =>
      sum(tables.map((table) => table.cost[t] as number)) +
      sum(moduleCosts.map((c) => c[t] as number)) +
      (t === 0 ? approval : 0) +
      extraDeliveries * (fixed[t] as number)
  );

  const npv = pv(cashFlow);
  const presentValues = {development: pv(first(flows.development)), fixed: pv(fixed), variable: pv(first(flows.variable))};
  const slope = presentValues.variable; // b: NPV per unit of the enrolment scale
  const breakEvenEnrolmentScale = slope > 0 ? Math.max(0, -(npv - slope) / slope) : null;

  // Shared modules: cost once at the builder's rates, saving = what the other users would have spent, allocation.
  const learners = new Map(credentials.map((c, k) => [c.id, sum(tables[k]!.enrolments)]));
  const allocatedByCredential = new Map<string, number[]>(credentials.map((c) => [c.id, years.map(() => 0)]));
  const allocatedPv = new Map<string, number>(credentials.map((c) => [c.id, 0]));
  const sharedModules: SharedModuleResult[] = flows.modules.map((m, i) => {
    const module = portfolio.sharedModules.find((x) => x.id === m.id)!;
    const costByYear = moduleCosts[i] as number[];
    const developmentCost = pv(costByYear);
    const weights = allocationWeights(portfolio.allocation, m.usedBy.map((id) => learners.get(id) as number));
    m.usedBy.forEach((id, k) => {
      const share = weights[k] as number;
      const allocated = allocatedByCredential.get(id) as number[];
      costByYear.forEach((c, t) => (allocated[t] = (allocated[t] as number) + share * c));
      allocatedPv.set(id, (allocatedPv.get(id) as number) + share * developmentCost);
    });
    const saving = sum(
      m.usedBy
        .filter((id) => id !== m.builtBy)
        .map((id) => {
          const user = flowsById.get(id) as DeterministicCredentialFlows;
          const build = module.learnerHours * (user.contentCostPerHour[0] as number);
          return pv(years.map((t) => (t === 0 ? build : t >= 2 ? build * (user.maintenanceRate[0] as number) : 0)));
        })
    );
    return {
      id: m.id,
      title: module.title,
      learnerHours: module.learnerHours,
      builtBy: m.builtBy,
      usedBy: m.usedBy,
      developmentCost,
      saving,
      allocated: weights.map((w) => w * developmentCost)
    };
  });

  const credentialResults: CredentialResult[] = credentials.map((c) => {
    const own = (flowsById.get(c.id) as DeterministicCredentialFlows).table.cashFlow;
    const allocated = allocatedByCredential.get(c.id) as number[];
    const cashFlowInPortfolio = own.map((cf, t) => cf - (allocated[t] as number));
    return {
      id: c.id,
      title: c.title,
      build: c.build,
      standaloneNpv: runDeterministic(standaloneInputs(c, portfolio.repackagingCostFactor.value), horizon).npv,
      npv: pv(cashFlowInPortfolio),
      allocatedSharedCost: allocatedPv.get(c.id) as number,
      breakEvenFirstYearEnrolments: breakEvenEnrolmentScale === null ? null : breakEvenEnrolmentScale * c.scenario.inputs.firstYearEnrolments,
      cashFlow: cashFlowInPortfolio
    };
  });

  const stackResult: StackResult | null =
    flows.stack && stack
      ? {
          title: stack.title,
          credentials: stack.credentials,
          stackers: first(flows.stack.stackers),
          value: stackValue,
          approvalCost: approval,
          npv: pv(stackValue) - approval
        }
      : null;

  const partners: PartnerResult[] = consortium
    ? partnerCashFlows(flows, consortium).map((columns, p) => {
        const partner = consortium.partners[p]!;
        const partnerCashFlow = first(columns);
        return {
          id: partner.id,
          name: partner.name,
          developmentShare: partner.developmentShare,
          enrolmentShare: partner.enrolmentShare,
          revenueShare: revenueShares(consortium)[p] as number,
          cashFlow: partnerCashFlow,
          npv: pv(partnerCashFlow)
        };
      })
    : [];

  return {
    members: flows.members,
    years,
    enrolments,
    revenue,
    cost,
    cashFlow,
    npv,
    paybackYear: paybackYear(cashFlow),
    breakEvenEnrolmentScale,
    sumOfStandaloneNpv: sum(credentialResults.map((c) => c.standaloneNpv)),
    credentials: credentialResults,
    sharedModules,
    stack: stackResult,
    partners,
    presentValues
  };
}

/**
 * The member ids in file order (all credentials when `members` is undefined).
 *
 * @throws {RangeError} if members is empty or names an unknown credential
 */
export function checkMembers(portfolio: Portfolio, members?: readonly string[]): string[] {
  const known = portfolio.credentials.map((c) => c.id);
  if (members === undefined) return known;
  const unknown = members.filter((id) => !known.includes(id));
  if (unknown.length > 0) throw new RangeError(`portfolio: unknown credential ${unknown.map((id) => `"${id}"`).join(", ")}; known: ${known.join(", ")}`);
  if (members.length === 0) throw new RangeError("portfolio: choose at least one credential");
  return known.filter((id) => members.includes(id));
}

function sum(values: readonly number[]): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}
