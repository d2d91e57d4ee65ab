import type {Distribution} from "./distributions.js";
import type {IdentityVerificationLevel, InputKey, NumericInputKey, UncertainInputKey} from "./scenarioInputs.js";

/** Deterministic inputs of the model: one number per numeric input, plus the verification level. */
export type ModelInputs = {readonly [K in NumericInputKey]: number} & {
  readonly identityVerification: IdentityVerificationLevel;
};

/** Distributions of the uncertain inputs (an input absent here is certain). */
export type UncertainInputs = {readonly [K in UncertainInputKey]?: Distribution};

/** A validated scenario (the output of `parseScenario`). */
export interface Scenario {
  readonly name: string;
  readonly description: string;
  /** ISO 4217 code of every money input and output. */
  readonly currency: string;
  /** H: years t = 0…H are modelled, year 0 being the build year. */
  readonly horizonYears: number;
  /** Deterministic value of every input (the `value` of an uncertain one; defaults filled in). */
  readonly inputs: ModelInputs;
  readonly distributions: UncertainInputs;
  /** Citations given in the scenario file, by input key. */
  readonly sources: {readonly [K in InputKey]?: string};
  /** Inputs the file left out, which took their documented default. */
  readonly defaulted: readonly InputKey[];
}

/** Year-by-year result of the deterministic model (arrays indexed by year t = 0…H). */
export interface DeterministicResult {
  readonly years: number[];
  /** Eₜ, learners enrolled (0 in year 0). */
  readonly enrolments: number[];
  /** Aₜ, learners assessed. */
  readonly assessed: number[];
  /** Kₜ, credentials awarded. */
  readonly awarded: number[];
  /** grossₜ, learner payments before platform and processing shares. */
  readonly grossRevenue: number[];
  /** pathwayₜ, contribution of holders who enrolled in a programme. */
  readonly pathwayRevenue: number[];
  readonly revenue: number[];
  /** maintₜ before overhead. */
  readonly maintenance: number[];
  readonly cost: number[];
  readonly cashFlow: number[];
  /** Σ₀..ₜ CF, undiscounted. */
  readonly cumulativeCashFlow: number[];
  readonly npv: number;
  /** First t with cumulative cash flow ≥ 0, or null within the horizon. */
  readonly paybackYear: number | null;
  /** E with NPV(E) = 0 when NPV rises with enrolments, else null. */
  readonly breakEvenFirstYearEnrolments: number | null;
}

/** Summary of a sample: mean, sample sd (n − 1) and R-7 percentiles. */
export interface SampleSummary {
  readonly mean: number;
  readonly sd: number;
  readonly p5: number;
  readonly p10: number;
  readonly p50: number;
  readonly p90: number;
  readonly p95: number;
}

/** p10, p50 and p90 of one year's cash flow over the Monte Carlo draws. */
export interface CashFlowBand {
  readonly year: number;
  readonly p10: number;
  readonly p50: number;
  readonly p90: number;
}

export interface MonteCarloResult {
  readonly draws: number;
  readonly seed: number;
  readonly npv: SampleSummary;
  /** Share of draws with NPV strictly > 0. */
  readonly probabilityNpvPositive: number;
  /** Number of sampled input values that fell outside their input's domain and were clamped. */
  readonly clampedDraws: number;
  /** The same count by input. */
  readonly clampedByInput: {readonly [K in UncertainInputKey]?: number};
  readonly cashFlowBands: CashFlowBand[];
  /** NPV of every draw, in draw order (for histograms). */
  readonly npvDraws: Float64Array;
}

/** One bar of the tornado chart. */
export interface TornadoBar {
  readonly input: UncertainInputKey;
  /** NPV with the input at its 10th percentile (others at their values). */
  readonly low: number;
  /** NPV with the input at its 90th percentile. */
  readonly high: number;
  /** |high − low|. */
  readonly swing: number;
  /** The input's 10th and 90th percentiles, clamped to its domain. */
  readonly inputLow: number;
  readonly inputHigh: number;
}
