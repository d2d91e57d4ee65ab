import {breakEvenFirstYearEnrolments} from "./breakEvenFirstYearEnrolments.js";
import {cashFlowTable} from "./cashFlowTable.js";
import {netPresentValue} from "./netPresentValue.js";
import {paybackYear} from "./paybackYear.js";
import type {DeterministicResult, ModelInputs} from "./types.js";

/**
 * The deterministic cost–revenue model of DESIGN.md §6: yearly figures (`cashFlowTable`), NPV at
 * `discountRate`, payback year and break-even first-year enrolments.
 *
 * @param inputs deterministic inputs (e.g. `scenario.inputs`)
 * @param horizonYears H: years 0…H, a whole number ≥ 1
 * @returns the yearly arrays plus npv, paybackYear, breakEvenFirstYearEnrolments
 * @throws {RangeError} if horizonYears is not a whole number ≥ 1
 * @example runDeterministic(parseScenario({}).inputs, 5).cost[0]; // => 162500
 */
export function runDeterministic(inputs: ModelInputs, horizonYears: number): DeterministicResult {
  const table = cashFlowTable(inputs, horizonYears);
  const cumulativeCashFlow: number[] = [];
  let cumulative = 0;
  for (const cf of table.cashFlow) cumulativeCashFlow.push((cumulative += cf));
  return {
    ...table,
    cumulativeCashFlow,
    npv: netPresentValue(table.cashFlow, inputs.discountRate),
    paybackYear: paybackYear(table.cashFlow),
    breakEvenFirstYearEnrolments: breakEvenFirstYearEnrolments(inputs, horizonYears)
  };
}
