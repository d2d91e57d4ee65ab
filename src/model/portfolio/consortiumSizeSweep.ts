import {combineFlows} from "./combineFlows.js";
import {discountedSum} from "./consortiumFlows.js";
import {checkMembers, runPortfolioDeterministic} from "./runPortfolioDeterministic.js";
import {hasUncertainty, type PortfolioSample} from "./runPortfolioMonteCarlo.js";
import type {EnrolmentMode} from "./portfolioSchema.js";
import type {Portfolio} from "./types.js";

/** Consortium sizes the portfolio page compares (1 = alone). */
export const DEFAULT_CONSORTIUM_SIZES = [1, 2, 3, 4, 5, 6, 7, 8] as const;

/** One partner's NPV in a consortium of `partners` equal partners. */
export interface ConsortiumSizeRow {
  readonly partners: number;
  readonly enrolments: EnrolmentMode;
  /** Deterministic NPV of each partner. */
  readonly npv: number;
  /** Monte Carlo mean of each partner's NPV (the deterministic NPV without a Monte Carlo). */
  readonly expectedNpv: number;
  /** Share of draws in which each partner's NPV > 0; null without a Monte Carlo. */
  readonly probabilityNpvPositive: number | null;
  /** First-year enrolments of the whole consortium, summed over the credentials. */
  readonly firstYearEnrolments: number;
}

export interface ConsortiumSizeOptions {
  readonly sizes?: readonly number[];
  readonly members?: readonly string[];
  readonly sample?: PortfolioSample;
}

/**
 * Each partner's NPV in a consortium of N equal partners, N = 1…8, with pooled and with split delivery.
 * Every partner recruits as many learners as a partner of the file's consortium does on average (N₀ partners;
 * N₀ = 1 without a consortium), so the consortium's enrolments are N/N₀ times the file's; each bears 1/N of
 * development and takes 1/N of the learners. With D, F and V the present values of the portfolio's
 * development, fixed-delivery and enrolment-proportional flows (`PortfolioFlows`):
 *   pooled (one joint delivery, income shared equally):  NPVₚ(N) = (−D − F + (N/N₀)·V) / N
 *   split (each partner teaches its own learners):        NPVₚ(N) = −D/N − F + V/N₀
 * The same formulas per Monte Carlo draw give the expected NPV and P(NPV > 0) of a partner.
 *
 * @param portfolio validated portfolio
 * @param options sizes (default 1…8), members (default all), sample (optional)
 * @returns one row per size and delivery mode (pooled rows first)
 * @throws {RangeError} if a size is not a whole number ≥ 1, or members are invalid
 * @example consortiumSizeSweep(portfolio)[0]; // => {partners: 1, enrolments: "pooled", npv: the portfolio's NPV alone, …}
 */
export function consortiumSizeSweep(portfolio: Portfolio, options: ConsortiumSizeOptions = {}): ConsortiumSizeRow[] {
  const sizes = options.sizes ?? DEFAULT_CONSORTIUM_SIZES;
  for (const n of sizes) if (!Number.isInteger(n) || n < 1) throw new RangeError(`consortiumSizeSweep: sizes must be whole numbers ≥ 1, got ${n}`);
  const members = checkMembers(portfolio, options.members);
  const base = portfolio.consortium?.partners.length ?? 1;
  const d = runPortfolioDeterministic(portfolio, members);
  const {development: D, fixed: F, variable: V} = d.presentValues;
  const firstYear = d.enrolments[1] ?? 0;
  const sample = options.sample && hasUncertainty(portfolio, members) ? options.sample : undefined;
  const draws = sample
    ? (() => {
        const flows = combineFlows(portfolio, sample.flows, sample.stack, members);
        return {
          development: discountedSum(flows.development, flows.discountRate),
          fixed: discountedSum(flows.fixed, flows.discountRate),
          variable: discountedSum(flows.variable, flows.discountRate)
        };
      })()
    : null;
  const partnerNpv = (mode: EnrolmentMode, n: number, dev: number, fixed: number, variable: number) =>
    mode === "pooled" ? (-dev - fixed + (n / base) * variable) / n : -dev / n - fixed + variable / base;

  const rows: ConsortiumSizeRow[] = [];
  for (const mode of ["pooled", "split"] as const) {
    for (const n of sizes) {
      const npv = partnerNpv(mode, n, D, F, V);
      let expectedNpv = npv;
      let probabilityNpvPositive: number | null = null;
      if (draws) {
        const values = draws.development.map((dev, j) => partnerNpv(mode, n, dev, draws.fixed[j] as number, draws.variable[j] as number));
        expectedNpv = values.reduce((sum, x) => sum + x, 0) / values.length;
        probabilityNpvPositive = values.filter((x) => x > 0).length / values.length;
      }
      rows.push({partners: n, enrolments: mode, npv, expectedNpv, probabilityNpvPositive, firstYearEnrolments: (firstYear * n) / base});
    }
  }
  return rows;
}
