import {cashFlowTable, type CashFlowTable} from "../cashFlowTable.js";
import {evaluateDrawBlock, type DrawColumns} from "../evaluateDrawBlock.js";
import {inputStream} from "../inputStream.js";
import {createScenarioSampler} from "../scenarioSampler.js";
import type {UncertainInputKey} from "../scenarioInputs.js";
import {contentCostPerHour, ownInputs, sharedHours} from "./portfolioInputs.js";
import type {Portfolio, PortfolioCredential} from "./types.js";

/**
 * Yearly flows of one credential's own content inside a portfolio, for n draws (n = 1: the deterministic
 * model). Every array of arrays is indexed [year t = 0…H][draw]. The three cash flows split the model of
 * DESIGN.md §6 into what the portfolio and its consortium treat differently:
 *   cashFlow          CFₜ of the credential's own content (shared-module hours removed, build factor applied)
 *   deliveryCashFlow  CFₜ with developmentCostShare = 0: no build, no maintenance — delivery only
 *   fixedCashFlow     CFₜ with developmentCostShare = 0 and no learners: −(1+ω)·(cohorts·costPerCohort + platformFixed), t ≥ 1
 * so development cost = deliveryCashFlow − cashFlow, fixed delivery cost = −fixedCashFlow, and the part of
 * the cash flow proportional to enrolments = deliveryCashFlow − fixedCashFlow.
 */
export interface CredentialFlows {
  readonly draws: number;
  readonly cashFlow: readonly Float64Array[];
  readonly deliveryCashFlow: readonly Float64Array[];
  readonly fixedCashFlow: readonly Float64Array[];
  /** Kₜ, credentials awarded. */
  readonly awarded: readonly Float64Array[];
  /** (1+ω)·share·devHoursPerLearnerHour·devCostPerHour: what one learner hour of content costs to build here. */
  readonly contentCostPerHour: Float64Array;
  readonly maintenanceRate: Float64Array;
  readonly discountRate: Float64Array;
}

/** The deterministic flows plus the literal model's yearly tables they came from. */
export interface DeterministicCredentialFlows extends CredentialFlows {
  /** `cashFlowTable` of the credential's own content (enrolments, revenue, cost by year). */
  readonly table: CashFlowTable;
}

const years = (horizon: number, draws: number) => Array.from({length: horizon + 1}, () => new Float64Array(draws));
const column = (values: readonly number[]) => values.map((v) => Float64Array.of(v));

/**
 * The flows of a credential at its deterministic inputs, from the literal model (`cashFlowTable`).
 *
 * @param credential the credential
 * @param portfolio its portfolio (shared modules, repackaging cost factor, horizon)
 * @returns flows with n = 1 and the credential's own yearly table
 * @example deterministicCredentialFlows(portfolio.credentials[0], portfolio).cashFlow[0][0]; // => −build cost of its own content
 */
export function deterministicCredentialFlows(credential: PortfolioCredential, portfolio: Portfolio): DeterministicCredentialFlows {
  const inputs = ownInputs(credential, portfolio, portfolio.repackagingCostFactor.value);
  const horizon = portfolio.horizonYears;
  const table = cashFlowTable(inputs, horizon);
  const delivery = cashFlowTable({...inputs, developmentCostShare: 0}, horizon);
  const fixed = cashFlowTable({...inputs, developmentCostShare: 0, firstYearEnrolments: 0}, horizon);
  return {
    draws: 1,
    cashFlow: column(table.cashFlow),
    deliveryCashFlow: column(delivery.cashFlow),
    fixedCashFlow: column(fixed.cashFlow),
    awarded: column(table.awarded),
    contentCostPerHour: Float64Array.of(contentCostPerHour(inputs)),
    maintenanceRate: Float64Array.of(inputs.maintenanceRate),
    discountRate: Float64Array.of(inputs.discountRate),
    table
  };
}

/**
 * Random-number stream of a credential's input in a portfolio: FNV-1a of "<credential id>:<input key>", so
 * the same input of two credentials varies independently and adding a credential leaves the others' draws
 * unchanged; except the discount rate, which every credential shares (parsePortfolio checks they agree) and
 * draws from the plain stream of "discountRate", so each draw values the whole portfolio at one rate.
 *
 * @param credentialId the credential's id
 * @returns the stream function for `createScenarioSampler`
 * @example credentialStreams("a")("passRate") === inputStream("a:passRate"); // => true
 */
export function credentialStreams(credentialId: string): (key: UncertainInputKey) => number {
  return (key) => (key === "discountRate" ? inputStream(key) : inputStream(`${credentialId}:${key}`));
}

/** Options of `sampleCredentialFlows`. */
export interface SampleCredentialOptions {
  readonly draws: number;
  readonly seed: number;
  /** The repackaging cost factor of each draw (length `draws`). */
  readonly repackagingCostFactor: Float64Array;
}

/**
 * The flows of a credential for `draws` Monte Carlo draws: its uncertain inputs are sampled exactly as
 * `runMonteCarlo` samples them (`createScenarioSampler`, streams from `credentialStreams`), the build factor
 * and the shared hours are applied per draw (own hours = max(0, notionalHours − shared hours)), and
 * `evaluateDrawBlock` runs the model twice per block: as written and without development; the fixed delivery
 * cost is the kernel's own term, −(1+ω)·(cohorts·costPerCohort + platformFixed) (see `CredentialFlows`).
 *
 * @param credential the credential
 * @param portfolio its portfolio
 * @param options draws, seed and the per-draw repackaging cost factor
 * @returns the flows and the clamped draws by input
 * @throws {RangeError} for invalid draws or seed (see `createScenarioSampler`)
 * @example sampleCredentialFlows(c, p, {draws: 10_000, seed: 1, repackagingCostFactor}).cashFlow[1].length; // => 10000
 */
export function sampleCredentialFlows(
  credential: PortfolioCredential,
  portfolio: Portfolio,
  options: SampleCredentialOptions
): CredentialFlows & {readonly clampedByInput: {readonly [K in UncertainInputKey]?: number}} {
  const {draws, seed} = options;
  const horizon = portfolio.horizonYears;
  const lag = credential.scenario.inputs.pathwayLagYears;
  const sampler = createScenarioSampler(credential.scenario, seed, draws, credentialStreams(credential.id));
  const block = sampler.blockSize;
  const shared = sharedHours(credential, portfolio);
  const repackaged = credential.build === "repackage";

  const flows = {
    draws,
    cashFlow: years(horizon, draws),
    deliveryCashFlow: years(horizon, draws),
    fixedCashFlow: years(horizon, draws),
    awarded: years(horizon, draws),
    contentCostPerHour: new Float64Array(draws),
    maintenanceRate: new Float64Array(draws),
    discountRate: new Float64Array(draws)
  };
  const npvScratch = new Float64Array(draws); // evaluateDrawBlock's NPV output, not needed here
  const ownHours = new Float64Array(block);
  const devHours = new Float64Array(block);
  const zeros = new Float64Array(block);
  const c = sampler.columns;
  const own: DrawColumns = {...c, notionalHours: ownHours, devHoursPerLearnerHour: devHours};
  const deliveryOnly: DrawColumns = {...own, developmentCostShare: zeros};

  for (let offset = 0; offset < draws; offset += block) {
    const count = Math.min(block, draws - offset);
    sampler.sampleBlock(count);
    ownContent(c.notionalHours, c.devHoursPerLearnerHour, shared, repackaged ? options.repackagingCostFactor : null, offset, count, ownHours, devHours);
    evaluateDrawBlock(own, count, horizon, lag, flows.cashFlow, npvScratch, offset);
    evaluateDrawBlock(deliveryOnly, count, horizon, lag, flows.deliveryCashFlow, npvScratch, offset);
    fixedAndRates(c, devHours, offset, count, flows);
    awardsByYear(c.firstYearEnrolments, c.enrolmentGrowthRate, c.assessmentUptake, c.passRate, offset, count, flows.awarded);
  }
  return {...flows, clampedByInput: sampler.clampedByInput};
}

// Per-draw loops as small functions of plain typed arrays, so each compiles to one tight loop.

/** Own hours = max(0, notionalHours − shared hours); devHours × the draw's repackaging factor (if repackaged). */
function ownContent(
  notionalHours: Float64Array,
  devHoursPerLearnerHour: Float64Array,
  shared: number,
  factor: Float64Array | null,
  offset: number,
  count: number,
  ownHours: Float64Array,
  devHours: Float64Array
): void {
  for (let j = 0; j < count; j++) {
    ownHours[j] = Math.max(0, (notionalHours[j] as number) - shared);
    devHours[j] = factor ? (devHoursPerLearnerHour[j] as number) * (factor[offset + j] as number) : (devHoursPerLearnerHour[j] as number);
  }
}

/**
 * Fixed delivery cash flow −(1+ω)·(cohortsPerYear·costPerCohort + platformFixedCostPerYear) in every year t ≥ 1
 * (the same product `evaluateDrawBlock` subtracts, so it equals the kernel run with no learners and no
 * development), the content cost per hour (1+ω)·share·devHours·devCostPerHour, maintenance and discount rates.
 */
function fixedAndRates(c: DrawColumns, devHours: Float64Array, offset: number, count: number, flows: CredentialFlows): void {
  const {overheadRate, cohortsPerYear, costPerCohort, platformFixedCostPerYear, developmentCostShare, devCostPerHour, maintenanceRate, discountRate} = c;
  const fixed = flows.fixedCashFlow;
  for (let j = 0; j < count; j++) {
    const index = offset + j;
    const overheadFactor = 1 + (overheadRate[j] as number);
    const fixedPerYear = overheadFactor * ((cohortsPerYear[j] as number) * (costPerCohort[j] as number) + (platformFixedCostPerYear[j] as number));
    for (let t = 1; t < fixed.length; t++) (fixed[t] as Float64Array)[index] = -fixedPerYear;
    flows.contentCostPerHour[index] = overheadFactor * (developmentCostShare[j] as number) * (devHours[j] as number) * (devCostPerHour[j] as number);
    flows.maintenanceRate[index] = maintenanceRate[j] as number;
    flows.discountRate[index] = discountRate[j] as number;
  }
}

/** Kₜ = Eₜ·assessmentUptake·passRate with Eₜ = E₁·(1 + g)^(t−1) by repeated multiplication (as evaluateDrawBlock). */
function awardsByYear(
  firstYear: Float64Array,
  growthRate: Float64Array,
  uptake: Float64Array,
  passRate: Float64Array,
  offset: number,
  count: number,
  awarded: readonly Float64Array[]
): void {
  for (let j = 0; j < count; j++) {
    const perEnrolment = (uptake[j] as number) * (passRate[j] as number);
    const growth = 1 + (growthRate[j] as number);
    let enrolled = firstYear[j] as number;
    for (let t = 1; t < awarded.length; t++) {
      if (t > 1) enrolled *= growth;
      (awarded[t] as Float64Array)[offset + j] = enrolled * perEnrolment;
    }
  }
}
