/**
 * A small credential whose portfolio figures are easy to compute by hand (used by the portfolio tests).
 *
 * C = 100 h × 10 × 50 = 50,000; build = C + assessment 4,000 + QA 1,000 = 55,000 (no overhead);
 * each delivery year: 100 learners × 100 = 10,000 revenue, one cohort at 1,000, no per-learner cost;
 * maintenance 0.1 × (50,000 + 4,000) = 5,400 from year 2; awards 100 × 1 × 0.5 = 50 a year; discount rate 0,
 * so NPV is the plain sum: −55,000 + 9,000 + 3,600 + 3,600 = −38,800 over a 3-year horizon.
 */
export const HAND_INPUTS = {
  notionalHours: 100,
  devHoursPerLearnerHour: 10,
  devCostPerHour: 50,
  assessmentDevelopmentCost: 4000,
  qualityAssuranceCost: 1000,
  developmentCostShare: 1,
  maintenanceRate: 0.1,
  cohortsPerYear: 1,
  costPerCohort: 1000,
  platformFixedCostPerYear: 0,
  platformFeePerEnrolment: 0,
  supportCostPerEnrolment: 0,
  marketingCostPerEnrolment: 0,
  assessmentUptake: 1,
  markingCostPerAssessment: 0,
  identityVerification: "none",
  passRate: 0.5,
  credentialIssueCostPerCredential: 0,
  pricePerEnrolment: 100,
  payingShare: 1,
  platformRevenueShare: 0,
  paymentProcessingRate: 0,
  subsidyPerCredential: 0,
  pathwayConversionRate: 0,
  firstYearEnrolments: 100,
  enrolmentGrowthRate: 0,
  overheadRate: 0,
  discountRate: 0
} as const;

/** A scenario file of the hand credential with some inputs changed. */
export function handScenario(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {name: "Hand credential", horizonYears: 3, inputs: {...HAND_INPUTS, ...overrides}};
}

/** A credential entry of a portfolio file. */
export function credential(id: string, overrides: Record<string, unknown> = {}, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {id, scenario: handScenario(overrides), ...extra};
}
