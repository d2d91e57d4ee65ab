import {DEFAULT_DRAWS, DEFAULT_SEED, type MonteCarloOptions} from "../runMonteCarlo.js";
import type {SampleSummary} from "../types.js";
import {checkMembers, runPortfolioDeterministic} from "./runPortfolioDeterministic.js";
import {createPortfolioSampler, hasUncertainty, summarizePortfolioSample, type PortfolioSample} from "./runPortfolioMonteCarlo.js";
import type {Portfolio} from "./types.js";

/** What `mcw portfolio --format json` prints (docs/portfolio-format.md, "Output"). */
export interface PortfolioReport {
  readonly name: string;
  readonly currency: string;
  readonly horizonYears: number;
  readonly members: readonly string[];
  readonly credentials: {
    readonly id: string;
    readonly title: string;
    readonly build: string;
    readonly standaloneNpv: number;
    readonly npv: number;
    readonly allocatedSharedCost: number;
    readonly breakEvenFirstYearEnrolments: number | null;
    readonly cashFlow: number[];
  }[];
  readonly sharedModules: {
    readonly id: string;
    readonly title: string;
    readonly learnerHours: number;
    readonly builtBy: string;
    readonly usedBy: readonly string[];
    readonly developmentCost: number;
    readonly saving: number;
    readonly allocated: readonly number[];
  }[];
  readonly stack: {
    readonly title: string;
    readonly credentials: readonly string[];
    readonly stackers: number[];
    readonly value: number[];
    readonly approvalCost: number;
    readonly npv: number;
  } | null;
  readonly portfolio: {
    readonly deterministic: {
      readonly years: number[];
      readonly enrolments: number[];
      readonly revenue: number[];
      readonly cost: number[];
      readonly cashFlow: number[];
      readonly npv: number;
      readonly paybackYear: number | null;
      readonly breakEvenEnrolmentScale: number | null;
      readonly sumOfStandaloneNpv: number;
    };
    readonly monteCarlo: {
      readonly draws: number;
      readonly seed: number;
      readonly npv: SampleSummary;
      readonly probabilityNpvPositive: number;
      readonly clampedDraws: number;
    } | null;
  };
  readonly partners: {
    readonly id: string;
    readonly name: string;
    readonly developmentShare: number;
    readonly enrolmentShare: number;
    readonly revenueShare: number;
    readonly cashFlow: number[];
    readonly npv: number;
    readonly monteCarlo: {readonly npv: SampleSummary; readonly probabilityNpvPositive: number} | null;
  }[];
}

export interface PortfolioReportOptions extends MonteCarloOptions {
  /** Credentials offered (default: all). */
  readonly members?: readonly string[];
  /** A sample (`samplePortfolio`, `createPortfolioSampler`) with the same draws and seed holding the members, reused instead of sampling again. */
  readonly sample?: PortfolioSample;
}

/**
 * Runs the deterministic portfolio model and its Monte Carlo and returns the report `mcw portfolio` prints
 * and the portfolio page shows: per credential (standalone NPV, NPV in the portfolio, allocated shared cost),
 * shared modules, the stacked award, portfolio totals (NPV, payback, break-even scale; Monte Carlo mean, sd,
 * percentiles, P(NPV > 0)) and per partner (shares, cash flow, NPV, P(NPV > 0)).
 * `portfolio.monteCarlo` is null when draws = 0 or nothing is uncertain.
 *
 * @param portfolio validated portfolio
 * @param options draws (default 10,000), seed (default 1), members (default all), sample (optional)
 * @returns a JSON-serialisable report
 * @throws {RangeError} for invalid draws, seed or members, or a sample with other draws or seed
 * @example modelPortfolio(portfolio, {draws: 10_000, seed: 1}).portfolio.monteCarlo?.probabilityNpvPositive; // => e.g. 0.62
 */
export function modelPortfolio(portfolio: Portfolio, options: PortfolioReportOptions = {}): PortfolioReport {
  const draws = options.draws ?? DEFAULT_DRAWS;
  const seed = options.seed ?? DEFAULT_SEED;
  if (!Number.isSafeInteger(draws) || draws < 0) throw new RangeError(`modelPortfolio: draws must be a whole number ≥ 0, got ${draws}`);
  const members = checkMembers(portfolio, options.members);
  const d = runPortfolioDeterministic(portfolio, members);
  let sample = options.sample;
  if (sample && (sample.draws !== draws || sample.seed !== seed)) {
    throw new RangeError(`modelPortfolio: the sample has ${sample.draws} draws and seed ${sample.seed}, not ${draws} and ${seed}`);
  }
  const uncertain = draws > 0 && hasUncertainty(portfolio, members);
  if (uncertain && !sample) sample = createPortfolioSampler(portfolio, {draws, seed}).sample(members);
  const mc = uncertain && sample ? summarizePortfolioSample(portfolio, sample, members) : null;
  return {
    name: portfolio.name,
    currency: portfolio.currency,
    horizonYears: portfolio.horizonYears,
    members: d.members,
    credentials: d.credentials.map((c) => ({
      id: c.id,
      title: c.title,
      build: c.build,
      standaloneNpv: c.standaloneNpv,
      npv: c.npv,
      allocatedSharedCost: c.allocatedSharedCost,
      breakEvenFirstYearEnrolments: c.breakEvenFirstYearEnrolments,
      cashFlow: c.cashFlow
    })),
    sharedModules: d.sharedModules.map((m) => ({...m})),
    stack: d.stack && {...d.stack},
    portfolio: {
      deterministic: {
        years: d.years,
        enrolments: d.enrolments,
        revenue: d.revenue,
        cost: d.cost,
        cashFlow: d.cashFlow,
        npv: d.npv,
        paybackYear: d.paybackYear,
        breakEvenEnrolmentScale: d.breakEvenEnrolmentScale,
        sumOfStandaloneNpv: d.sumOfStandaloneNpv
      },
      monteCarlo: mc && {
        draws: mc.draws,
        seed: mc.seed,
        npv: mc.npv,
        probabilityNpvPositive: mc.probabilityNpvPositive,
        clampedDraws: mc.clampedDraws
      }
    },
    partners: d.partners.map((p) => {
      const partnerMc = mc?.partners.find((x) => x.id === p.id);
      return {
        ...p,
        monteCarlo: partnerMc ? {npv: partnerMc.npv, probabilityNpvPositive: partnerMc.probabilityNpvPositive} : null
      };
    })
  };
}
