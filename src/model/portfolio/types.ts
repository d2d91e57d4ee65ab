import type {Distribution} from "../distributions.js";
import type {SampleSummary, Scenario} from "../types.js";
import type {AllocationRule, BuildKind, EnrolmentMode, RevenueSplitRule} from "./portfolioSchema.js";

/** A portfolio-level number: its deterministic value and, when uncertain, its distribution. */
export interface UncertainNumber {
  readonly value: number;
  readonly distribution: Distribution | null;
}

/** One credential of a portfolio. */
export interface PortfolioCredential {
  /** Stable kebab-case id (a catalogue id where the credential is a catalogue candidate). */
  readonly id: string;
  readonly title: string;
  /** "new": content developed from scratch; "repackage": existing content repackaged (content cost × factor). */
  readonly build: BuildKind;
  /** Ids of the shared modules whose learner hours are part of this credential's notional hours. */
  readonly sharedModules: readonly string[];
  /** The credential alone, exactly as `parseScenario` resolves it. */
  readonly scenario: Scenario;
}

/** Learner hours developed once and used by several credentials. */
export interface SharedModule {
  readonly id: string;
  readonly title: string;
  readonly learnerHours: number;
  /** The credential whose development rates build it; null = the first credential (file order) that uses it. */
  readonly builtBy: string | null;
  readonly source: string | null;
}

/** The larger credit-bearing award a set of credentials stacks into. */
export interface StackAward {
  readonly title: string;
  /** Credentials a learner must hold to complete the award (all of them). */
  readonly credentials: readonly string[];
  /** Share of the stack's potential completers (holders of its least-awarded credential) who complete the award. */
  readonly completionRate: UncertainNumber;
  /** Net contribution of one award (tuition of the remaining credits minus their marginal cost), currency units. */
  readonly netValuePerStacker: UncertainNumber;
  /** Whole years between earning the credentials and the award's value. */
  readonly lagYears: number;
  /** One-off approval cost of the award in year 0 (a total: no overhead added), currency units. */
  readonly approvalCost: UncertainNumber;
}

export interface Partner {
  readonly id: string;
  readonly name: string;
  /** Share of the portfolio's development cost this partner bears. */
  readonly developmentShare: number;
  /** Share of the learners this partner recruits (defaults to its development share). */
  readonly enrolmentShare: number;
  readonly source: string | null;
}

export interface Consortium {
  readonly partners: readonly Partner[];
  readonly enrolments: EnrolmentMode;
  readonly revenueSplit: RevenueSplitRule;
}

/** A validated portfolio (the output of `parsePortfolio`). */
export interface Portfolio {
  readonly name: string;
  readonly description: string;
  readonly currency: string;
  readonly horizonYears: number;
  /** Content development cost of a repackaged credential as a share of building it new. */
  readonly repackagingCostFactor: UncertainNumber;
  readonly allocation: AllocationRule;
  readonly credentials: readonly PortfolioCredential[];
  readonly sharedModules: readonly SharedModule[];
  readonly stack: StackAward | null;
  /** null: one institution alone. */
  readonly consortium: Consortium | null;
  /** Citations of the portfolio-level inputs, by key (e.g. "stack.completionRate"). */
  readonly sources: {readonly [key: string]: string};
}

/** Deterministic figures of one credential inside a portfolio. */
export interface CredentialResult {
  readonly id: string;
  readonly title: string;
  readonly build: BuildKind;
  /** NPV of the credential offered alone (its own full development; repackaging applied). */
  readonly standaloneNpv: number;
  /** NPV inside the portfolio: own content plus its allocated share of the shared modules. */
  readonly npv: number;
  /** Present value of the shared-module development and maintenance allocated to it. */
  readonly allocatedSharedCost: number;
  /** First-year enrolments of this credential at the portfolio's break-even scale (all credentials scaled together). */
  readonly breakEvenFirstYearEnrolments: number | null;
  /** Yearly cash flow inside the portfolio, t = 0…H. */
  readonly cashFlow: number[];
}

export interface SharedModuleResult {
  readonly id: string;
  readonly title: string;
  readonly learnerHours: number;
  readonly builtBy: string;
  readonly usedBy: readonly string[];
  /** Present value of building and maintaining it once, at the builder's rates. */
  readonly developmentCost: number;
  /** Present value of the builds the other users avoid (each at its own rates). */
  readonly saving: number;
  /** Present value allocated to each user, in `usedBy` order. */
  readonly allocated: readonly number[];
}

export interface StackResult {
  readonly title: string;
  readonly credentials: readonly string[];
  /** Learners completing the award in year t = 0…H. */
  readonly stackers: number[];
  /** Net value of the awards made in year t. */
  readonly value: number[];
  readonly approvalCost: number;
  /** Present value of the awards minus the approval cost. */
  readonly npv: number;
}

export interface PartnerResult {
  readonly id: string;
  readonly name: string;
  readonly developmentShare: number;
  readonly enrolmentShare: number;
  /** Share of the pooled delivery income (pooled) or of the learners served (split). */
  readonly revenueShare: number;
  readonly cashFlow: number[];
  readonly npv: number;
}

/** Monte Carlo summary of the portfolio and of each partner. */
export interface PortfolioMonteCarloResult {
  readonly draws: number;
  readonly seed: number;
  readonly npv: SampleSummary;
  readonly probabilityNpvPositive: number;
  readonly clampedDraws: number;
  readonly partners: readonly {readonly id: string; readonly npv: SampleSummary; readonly probabilityNpvPositive: number}[];
  /** Portfolio NPV of every draw, in draw order. */
  readonly npvDraws: Float64Array;
}
