import {npvLinearCoefficients} from "./breakEvenFirstYearEnrolments.js";
import {niceCeiling} from "./niceNumbers.js";
import type {ModelInputs} from "./types.js";

/** NPV against first-year enrolments E: the straight line NPV(E) = a + b·E, sampled for a chart. */
export interface NpvEnrolmentCurve {
  /** NPV with no learners (currency units). */
  readonly a: number;
  /** NPV added by each first-year learner (currency units per learner). */
  readonly b: number;
  /** max(0, −a/b) when b > 0 and finite, else null (the model's break-even first-year enrolments). */
  readonly breakEven: number | null;
  /** The scenario's own first-year enrolments and its NPV. */
  readonly planned: {readonly firstYearEnrolments: number; readonly npv: number};
  /** Evenly spaced points from 0 to `maxEnrolments`. */
  readonly points: readonly {readonly firstYearEnrolments: number; readonly npv: number}[];
}

/**
 * NPV as a function of first-year enrolments, from the model's own linear coefficients
 * (`npvLinearCoefficients`: every term of DESIGN.md §6 is either independent of E or proportional to it, so
 * NPV(E) = a + b·E exactly). The x range runs from 0 to a round number at least twice the planned enrolments
 * and 1.25 times the break-even point, so both are on the chart.
 *
 * @param inputs deterministic inputs
 * @param horizonYears H ≥ 1
 * @param options points (default 41, at least 2); maxEnrolments (default: see above)
 * @returns the coefficients, the break-even point, the planned point and the sampled line
 * @throws {RangeError} if points < 2 or maxEnrolments ≤ 0
 * @example npvEnrolmentCurve(inputs, 5).breakEven; // => runDeterministic(inputs, 5).breakEvenFirstYearEnrolments
 */
export function npvEnrolmentCurve(
  inputs: ModelInputs,
  horizonYears: number,
  {points = 41, maxEnrolments}: {points?: number; maxEnrolments?: number} = {}
): NpvEnrolmentCurve {
  if (!Number.isInteger(points) || points < 2) throw new RangeError(`npvEnrolmentCurve: points must be a whole number ≥ 2, got ${points}`);
  const {a, b} = npvLinearCoefficients(inputs, horizonYears);
  // As breakEvenFirstYearEnrolments: none when each learner loses money, or when −a/b overflows.
  const volume = b > 0 ? Math.max(0, -a / b) : null;
  const breakEven = volume !== null && Number.isFinite(volume) ? volume : null;
  const planned = inputs.firstYearEnrolments;
  const max = maxEnrolments ?? niceCeiling(Math.max(10, 2 * planned, 1.25 * (breakEven ?? 0)));
  if (!(max > 0)) throw new RangeError(`npvEnrolmentCurve: maxEnrolments must be > 0, got ${max}`);
  const line = Array.from({length: points}, (_, i) => {
    const firstYearEnrolments = (max * i) / (points - 1);
    return {firstYearEnrolments, npv: a + b * firstYearEnrolments};
  });
  return {a, b, breakEven, planned: {firstYearEnrolments: planned, npv: a + b * planned}, points: line};
}
