import {cashFlowTable} from "./cashFlowTable.js";
import {netPresentValue} from "./netPresentValue.js";
import type {ModelInputs} from "./types.js";

/**
 * Coefficients of NPV as a function of first-year enrolments E: every term of the model is either
 * independent of E or proportional to it, so NPV(E) = a + b·E.
 * a = NPV with E = 0; b = NPV with E = 1 and every E-independent cost set to zero (no content,
 * assessment-development or QA cost — hence no build cost and no maintenance — no cohorts and no
 * platform fee), which leaves exactly the per-learner terms without any cancellation.
 *
 * @param inputs deterministic inputs
 * @param horizonYears H ≥ 1
 * @returns {a, b} in currency units and currency units per first-year learner
 * @example npvLinearCoefficients(inputs, 5); // => {a: NPV at zero learners, b: NPV per extra first-year learner}
 */
export function npvLinearCoefficients(inputs: ModelInputs, horizonYears: number): {a: number; b: number} {
  const npvAt = (x: ModelInputs) => netPresentValue(cashFlowTable(x, horizonYears).cashFlow, x.discountRate);
  const a = npvAt({...inputs, firstYearEnrolments: 0});
  const b = npvAt({
    ...inputs,
    firstYearEnrolments: 1,
    notionalHours: 0,
    assessmentDevelopmentCost: 0,
    qualityAssuranceCost: 0,
    cohortsPerYear: 0,
    platformFixedCostPerYear: 0
  });
  return {a, b};
}

/**
 * First-year enrolments at which NPV = 0: with NPV(E) = a + b·E, max(0, −a/b) when b > 0; null when
 * b ≤ 0 (every extra learner loses money, so no volume breaks even) or when −a/b is too large for a
 * number (b positive but vanishingly small, e.g. a price of 1e-310: no finite volume breaks even).
 *
 * @param inputs deterministic inputs
 * @param horizonYears H ≥ 1
 * @returns learners in year 1 (fractional), or null
 * @example breakEvenFirstYearEnrolments({...defaults, pricePerEnrolment: 0}, 5); // => null (no revenue per learner)
 */
export function breakEvenFirstYearEnrolments(inputs: ModelInputs, horizonYears: number): number | null {
  const {a, b} = npvLinearCoefficients(inputs, horizonYears);
  if (!(b > 0)) return null;
  const volume = Math.max(0, -a / b);
  return Number.isFinite(volume) ? volume : null;
}
