import {defaultInputs} from "../../src/model/defaultInputs.js";
import type {ModelInputs} from "../../src/model/types.js";

/**
 * A small scenario whose yearly figures are exact in binary floating point, used by the
 * hand-computed tests (see runDeterministic.test.ts for the arithmetic).
 */
export function handInputs(overrides: Partial<ModelInputs> = {}): ModelInputs {
  return {
    ...defaultInputs(),
    notionalHours: 10,
    devHoursPerLearnerHour: 20,
    devCostPerHour: 50, // C = 10,000
    assessmentDevelopmentCost: 2000,
    qualityAssuranceCost: 1000,
    developmentCostShare: 0.5,
    maintenanceRate: 0.1,
    cohortsPerYear: 2,
    costPerCohort: 500,
    platformFixedCostPerYear: 400,
    platformFeePerEnrolment: 2,
    supportCostPerEnrolment: 3,
    marketingCostPerEnrolment: 5,
    assessmentUptake: 0.5,
    markingCostPerAssessment: 4,
    identityVerification: "supervised",
    identityVerificationCostPerAssessment: 6,
    passRate: 0.8,
    credentialIssueCostPerCredential: 5,
    pricePerEnrolment: 200,
    payingShare: 0.5,
    platformRevenueShare: 0.25,
    paymentProcessingRate: 0.05,
    subsidyPerCredential: 25,
    pathwayConversionRate: 0.5,
    pathwayNetValuePerStudent: 100,
    pathwayLagYears: 1,
    firstYearEnrolments: 100,
    enrolmentGrowthRate: 0.5,
    overheadRate: 0.25,
    discountRate: 0.25,
    ...overrides
  };
}

/** Relative closeness with a named tolerance. */
export function relativeError(actual: number, expected: number): number {
  return Math.abs(actual - expected) / Math.max(1, Math.abs(expected));
}
