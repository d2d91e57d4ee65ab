import type {NumericInputKey} from "./scenarioInputs.js";

/** One column of values per numeric input (all but the whole-number `pathwayLagYears`). */
export type DrawColumns = {readonly [K in Exclude<NumericInputKey, "pathwayLagYears">]: Float64Array};

/**
 * The model of DESIGN.md §6 evaluated for a block of draws, column by column, in one tight loop
 * without allocating (the vectorised twin of `cashFlowTable`; tests check they agree).
 * Per draw it folds the inputs into a few per-learner coefficients, then steps through the years:
 *
 *   net per enrolment  = payingShare·price·(1 − platformShare − processingRate)
 *                        + uptake·passRate·subsidy − (1+ω)·(perEnrolment + uptake·perAssessment + uptake·passRate·perCredential)
 *   CFₜ = Eₜ·netPerEnrolment + pathwayConversionRate·pathwayNetValue·K₍ₜ₋L₎ − (1+ω)·(cohorts·costPerCohort + platformFixed + maintₜ)
 *   CF₀ = −(1+ω)·share·(C + assessmentDevelopment + qualityAssurance),  NPV = Σ CFₜ·(1+r)^(−t)
 * with Eₜ = E₁·(1+g)^(t−1) computed by repeated multiplication.
 *
 * @param columns input values; column[j] belongs to draw j of the block
 * @param count number of draws in the block (≤ every column's length)
 * @param horizonYears H ≥ 1
 * @param lagYears L, pathway lag in whole years
 * @param cashFlows per year t = 0…H, a column receiving CFₜ of draw j at index offset + j
 * @param npv receives NPV of draw j at index offset + j
 * @param offset position of the block's first draw in the output columns
 * @example evaluateDrawBlock(columns, 4096, 5, 1, cashFlows, npv, 0); // fills 4096 draws
 */
export function evaluateDrawBlock(
  columns: DrawColumns,
  count: number,
  horizonYears: number,
  lagYears: number,
  cashFlows: readonly Float64Array[],
  npv: Float64Array,
  offset: number
): void {
  const {
    notionalHours,
    devHoursPerLearnerHour,
    devCostPerHour,
    assessmentDevelopmentCost,
    qualityAssuranceCost,
    developmentCostShare,
    maintenanceRate,
    cohortsPerYear,
    costPerCohort,
    platformFixedCostPerYear,
    platformFeePerEnrolment,
    supportCostPerEnrolment,
    marketingCostPerEnrolment,
    assessmentUptake,
    markingCostPerAssessment,
    identityVerificationCostPerAssessment,
    passRate,
    credentialIssueCostPerCredential,
    pricePerEnrolment,
    payingShare,
    platformRevenueShare,
    paymentProcessingRate,
    subsidyPerCredential,
    pathwayConversionRate,
    pathwayNetValuePerStudent,
    firstYearEnrolments,
    enrolmentGrowthRate,
    overheadRate,
    discountRate
  } = columns;
  const year0 = cashFlows[0] as Float64Array;
  // awardedByYear[t] = Kₜ of the current draw (scratch, reused for every draw)
  const awardedByYear = new Float64Array(horizonYears + 1);
  for (let j = 0; j < count; j++) {
    const overheadFactor = 1 + (overheadRate[j] as number);
    const share = developmentCostShare[j] as number;
    const contentCost = (notionalHours[j] as number) * (devHoursPerLearnerHour[j] as number) * (devCostPerHour[j] as number);
    const assessmentDev = assessmentDevelopmentCost[j] as number;
    const buildCost = overheadFactor * share * (contentCost + assessmentDev + (qualityAssuranceCost[j] as number));
    const maintenance = overheadFactor * share * (maintenanceRate[j] as number) * (contentCost + assessmentDev);
    const fixedPerYear =
      overheadFactor * ((cohortsPerYear[j] as number) * (costPerCohort[j] as number) + (platformFixedCostPerYear[j] as number));
    const uptake = assessmentUptake[j] as number;
    const awardedPerEnrolment = uptake * (passRate[j] as number);
    const revenuePerEnrolment =
      (payingShare[j] as number) *
        (pricePerEnrolment[j] as number) *
        (1 - (platformRevenueShare[j] as number) - (paymentProcessingRate[j] as number)) +
      awardedPerEnrolment * (subsidyPerCredential[j] as number);
    const costPerEnrolment =
      overheadFactor *
      ((platformFeePerEnrolment[j] as number) +
        (supportCostPerEnrolment[j] as number) +
        (marketingCostPerEnrolment[j] as number) +
        uptake * ((markingCostPerAssessment[j] as number) + (identityVerificationCostPerAssessment[j] as number)) +
        awardedPerEnrolment * (credentialIssueCostPerCredential[j] as number));
    const netPerEnrolment = revenuePerEnrolment - costPerEnrolment;
    const pathwayPerAward = (pathwayConversionRate[j] as number) * (pathwayNetValuePerStudent[j] as number);
    const growthFactor = 1 + (enrolmentGrowthRate[j] as number);
    const discountFactor = 1 / (1 + (discountRate[j] as number));
    const firstYear = firstYearEnrolments[j] as number;

    const index = offset + j;
    let total = -buildCost;
    year0[index] = total;
    let enrolled = firstYear;
    let discount = 1;
    for (let t = 1; t <= horizonYears; t++) {
      if (t > 1) enrolled *= growthFactor;
      awardedByYear[t] = enrolled * awardedPerEnrolment;
      let cashFlow = enrolled * netPerEnrolment - fixedPerYear;
      if (t >= 2) cashFlow -= maintenance;
      if (t - lagYears >= 1) cashFlow += pathwayPerAward * (awardedByYear[t - lagYears] as number);
      (cashFlows[t] as Float64Array)[index] = cashFlow;
      discount *= discountFactor;
      total += cashFlow * discount;
    }
    npv[index] = total;
  }
}
