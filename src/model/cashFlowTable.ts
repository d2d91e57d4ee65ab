import type {ModelInputs} from "./types.js";
import {portablePow} from "./portableMath.js";

/** Year-by-year figures of DESIGN.md §6 (arrays indexed by year t = 0…H). */
export interface CashFlowTable {
  readonly years: number[];
  readonly enrolments: number[];
  readonly assessed: number[];
  readonly awarded: number[];
  readonly grossRevenue: number[];
  readonly pathwayRevenue: number[];
  readonly revenue: number[];
  readonly maintenance: number[];
  readonly cost: number[];
  readonly cashFlow: number[];
}

/**
 * Yearly enrolments, revenue, cost and cash flow of one scenario, exactly as DESIGN.md §6 defines
 * them (C = notionalHours·devHoursPerLearnerHour·devCostPerHour, ω = overheadRate, L = pathwayLagYears):
 *
 *   year 0:  cost₀ = (1+ω)·developmentCostShare·(C + assessmentDevelopmentCost + qualityAssuranceCost), revenue₀ = 0
 *   t ≥ 1:   Eₜ = firstYearEnrolments·(1 + enrolmentGrowthRate)^(t−1);  Aₜ = Eₜ·assessmentUptake;  Kₜ = Aₜ·passRate
 *            grossₜ = Eₜ·payingShare·pricePerEnrolment
 *            pathwayₜ = pathwayConversionRate·pathwayNetValuePerStudent·K₍ₜ₋L₎  (0 when t − L < 1)
 *            revenueₜ = grossₜ·(1 − platformRevenueShare − paymentProcessingRate) + Kₜ·subsidyPerCredential + pathwayₜ
 *            maintₜ = developmentCostShare·maintenanceRate·(C + assessmentDevelopmentCost) for t ≥ 2, else 0
 *            costₜ = (1+ω)·[cohortsPerYear·costPerCohort + platformFixedCostPerYear
 *                          + Eₜ·(platformFee + supportCost + marketingCost per enrolment)
 *                          + Aₜ·(markingCostPerAssessment + identityVerificationCostPerAssessment)
 *                          + Kₜ·credentialIssueCostPerCredential + maintₜ]
 *   CFₜ = revenueₜ − costₜ
 * Learners are expected values: fractions are kept, never rounded.
 *
 * @param inputs deterministic inputs (money in the scenario currency, rates as shares)
 * @param horizonYears H, a whole number ≥ 1
 * @returns arrays of length H + 1
 * @throws {RangeError} if horizonYears is not a whole number ≥ 1
 * @example cashFlowTable(defaultInputs(), 5).cost[0]; // => 162500 (1.25 × (110,000 + 15,000 + 5,000))
 */
export function cashFlowTable(inputs: ModelInputs, horizonYears: number): CashFlowTable {
  if (!Number.isInteger(horizonYears) || horizonYears < 1) {
    throw new RangeError(`cashFlowTable: horizonYears must be a whole number ≥ 1, got ${horizonYears}`);
  }
  const i = inputs;
  const overheadFactor = 1 + i.overheadRate;
  const contentCost = i.notionalHours * i.devHoursPerLearnerHour * i.devCostPerHour; // C
  const lag = i.pathwayLagYears;
  const table: CashFlowTable = {
    years: [],
    enrolments: [],
    assessed: [],
    awarded: [],
    grossRevenue: [],
    pathwayRevenue: [],
    revenue: [],
    maintenance: [],
    cost: [],
    cashFlow: []
  };
  const buildCost = overheadFactor * i.developmentCostShare * (contentCost + i.assessmentDevelopmentCost + i.qualityAssuranceCost);
  push(table, {year: 0, enrolled: 0, assessed: 0, awarded: 0, gross: 0, pathway: 0, revenue: 0, maintenance: 0, cost: buildCost});
  for (let t = 1; t <= horizonYears; t++) {
    const enrolled = i.firstYearEnrolments * portablePow(1 + i.enrolmentGrowthRate, t - 1);
    const assessed = enrolled * i.assessmentUptake;
    const awarded = assessed * i.passRate;
    const gross = enrolled * i.payingShare * i.pricePerEnrolment;
    const awardedLagged = lag === 0 ? awarded : (table.awarded[t - lag] as number); // K₍ₜ₋L₎ (this year's when L = 0)
    const pathway = t - lag >= 1 ? i.pathwayConversionRate * i.pathwayNetValuePerStudent * awardedLagged : 0;
    const revenue = gross * (1 - i.platformRevenueShare - i.paymentProcessingRate) + awarded * i.subsidyPerCredential + pathway;
    const maintenance = t >= 2 ? i.developmentCostShare * i.maintenanceRate * (contentCost + i.assessmentDevelopmentCost) : 0;
    const cost =
      overheadFactor *
      (i.cohortsPerYear * i.costPerCohort +
        i.platformFixedCostPerYear +
        enrolled * (i.platformFeePerEnrolment + i.supportCostPerEnrolment + i.marketingCostPerEnrolment) +
        assessed * (i.markingCostPerAssessment + i.identityVerificationCostPerAssessment) +
        awarded * i.credentialIssueCostPerCredential +
        maintenance);
    push(table, {year: t, enrolled, assessed, awarded, gross, pathway, revenue, maintenance, cost});
  }
  return table;
}

interface YearRow {
  year: number;
  enrolled: number;
  assessed: number;
  awarded: number;
  gross: number;
  pathway: number;
  revenue: number;
  maintenance: number;
  cost: number;
}

function push(table: CashFlowTable, row: YearRow): void {
  table.years.push(row.year);
  table.enrolments.push(row.enrolled);
  table.assessed.push(row.assessed);
  table.awarded.push(row.awarded);
  table.grossRevenue.push(row.gross);
  table.pathwayRevenue.push(row.pathway);
  table.revenue.push(row.revenue);
  table.maintenance.push(row.maintenance);
  table.cost.push(row.cost);
  table.cashFlow.push(row.revenue - row.cost);
}
