/**
 * The scenario inputs of DESIGN.md §6: key, label, unit, group, domain, documented default and its
 * citation. Plain data so pages (methods page, scenario editor) can render it as a table and the
 * schema, the model and the Monte Carlo can all read the same definitions.
 *
 * Currency: every money default is in USD (nominal). A scenario in another currency should state
 * its money inputs explicitly.
 */

/** Display groups, in the order a page should show them. */
export const INPUT_GROUPS = [
  {id: "development", label: "Development"},
  {id: "assessment", label: "Assessment and identity verification"},
  {id: "delivery", label: "Delivery"},
  {id: "revenue", label: "Revenue"},
  {id: "pathway", label: "Pathway"},
  {id: "volume", label: "Volume"},
  {id: "finance", label: "Finance"}
] as const;

export type InputGroup = (typeof INPUT_GROUPS)[number]["id"];

/**
 * What kind of quantity an input is; sets its domain.
 * - money: amount in the scenario currency, [0, 1e12]
 * - rate: share or rate, [0, 1]
 * - quantity: hours or counts, [0, 1e12] (fractional values allowed: volumes are expected values)
 * - growth: yearly growth rate, [−1, 10] (−1 = enrolments fall to zero after year 1)
 * - integer: whole number, [0, 1000], cannot be uncertain
 * - level: one of a fixed set of words, cannot be uncertain
 * The finite upper limits are far beyond any real credential; they exist so that every result of
 * the model stays finite, even for a wide distribution whose draws are clamped to them.
 */
export type InputKind = "money" | "rate" | "quantity" | "growth" | "integer" | "level";

/** Closed interval [min, max] of valid values. */
export interface Domain {
  readonly min: number;
  readonly max: number;
}

/** Domain of each numeric kind (see `InputKind`). */
export const KIND_DOMAINS: Readonly<Record<Exclude<InputKind, "level">, Domain>> = {
  money: {min: 0, max: 1e12},
  rate: {min: 0, max: 1},
  quantity: {min: 0, max: 1e12},
  growth: {min: -1, max: 10},
  integer: {min: 0, max: 1000}
};

/** Identity-verification levels (DESIGN.md §6). */
export const IDENTITY_VERIFICATION_LEVELS = ["none", "supervised", "supervised-id"] as const;
export type IdentityVerificationLevel = (typeof IDENTITY_VERIFICATION_LEVELS)[number];

/** Default verification cost per assessed learner (USD) for each level, with its source. */
export const IDENTITY_VERIFICATION_COSTS: Readonly<
  Record<IdentityVerificationLevel, {readonly cost: number; readonly range: string; readonly citation: string}>
> = {
  none: {cost: 0, range: "0", citation: "No supervision or identity check during assessment: no cost."},
  supervised: {
    cost: 11,
    range: "8–14",
    citation:
      "Record-and-review online proctoring: USD 8–14 per exam, the range of DESIGN.md §6 (online-proctoring list prices); midpoint 11 used."
  },
  "supervised-id": {
    cost: 22.5,
    range: "15–30",
    citation:
      "Live online proctoring with an ID check: USD 15–30 per exam, the range of DESIGN.md §6 (on-site test centres 30–50); midpoint 22.5 used."
  }
};

/** One row of the inputs table for a numeric input. */
export interface NumericInputSpec {
  readonly key: string;
  readonly label: string;
  readonly unit: string;
  readonly group: InputGroup;
  readonly kind: Exclude<InputKind, "level">;
  readonly default: number;
  readonly citation: string;
  /** false only for whole-number inputs (`pathwayLagYears`). */
  readonly canBeUncertain: boolean;
}

/** The one non-numeric input. */
export interface LevelInputSpec {
  readonly key: "identityVerification";
  readonly label: string;
  readonly unit: string;
  readonly group: InputGroup;
  readonly kind: "level";
  readonly default: IdentityVerificationLevel;
  readonly options: readonly IdentityVerificationLevel[];
  readonly citation: string;
  readonly canBeUncertain: false;
}

export type InputSpec = NumericInputSpec | LevelInputSpec;

const FLORIDA_BOG =
  "Florida Board of Governors (2016), online incremental cost per credit hour USD 41.48 (development 10.13, technology 9.74, student support 10.51, administration 11.10)";

/**
 * Every input of the cost–revenue model, in the order of DESIGN.md §6, with its default.
 * The defaults describe a plausible paid micro-credential of 100 learner hours, built and run by one
 * institution on its own platform (C = 100 h × 22 × USD 50 = USD 110,000 of content development,
 * in line with Hollands & Tirthali's ~USD 100k typical MOOC production).
 */
export const SCENARIO_INPUTS = [
  {
    key: "notionalHours",
    label: "Notional learner hours",
    unit: "hours",
    group: "development",
    kind: "quantity",
    default: 100,
    citation:
      "FutureLearn-style micro-credentials run 100–150 learner hours (platform pages, DESIGN.md §6); EU Council Recommendation 2022/C 243/02 requires the notional workload to be stated.",
    canBeUncertain: true
  },
  {
    key: "devHoursPerLearnerHour",
    label: "Development hours per learner hour",
    unit: "hours per learner hour",
    group: "development",
    kind: "quantity",
    default: 22,
    citation:
      "Chapman Alliance (2010): 22/43/82 development hours per hour of instructor-led material (simple/typical/complex), 49/79/125 for basic e-learning. The low end is used because much of a micro-credential's notional workload is reading, practice and assessment rather than produced media.",
    canBeUncertain: true
  },
  {
    key: "devCostPerHour",
    label: "Cost of one development hour",
    unit: "USD per hour",
    group: "development",
    kind: "money",
    default: 50,
    citation:
      "Assumption: loaded hourly cost of faculty and instructional-design time. With the defaults it gives USD 110,000 of content development, within Hollands & Tirthali (2014, IRRODL): USD 38,980–325,330 per MOOC, ~100k typical.",
    canBeUncertain: true
  },
  {
    key: "assessmentDevelopmentCost",
    label: "Assessment development and validation",
    unit: "USD",
    group: "assessment",
    kind: "money",
    default: 15000,
    citation:
      "Assumption (≈ 300 hours at USD 50). McGreal & Olcott (2022, citing Kato et al. 2020): developing, administering and validating assessment instruments is a major cost factor of micro-credentials.",
    canBeUncertain: true
  },
  {
    key: "qualityAssuranceCost",
    label: "Approval and quality assurance",
    unit: "USD",
    group: "development",
    kind: "money",
    default: 5000,
    citation:
      "Assumption (≈ 100 hours of committee and reviewer time at USD 50); quality assurance is a mandatory element under EU Council Recommendation 2022/C 243/02.",
    canBeUncertain: true
  },
  {
    key: "developmentCostShare",
    label: "Share of development-type costs borne",
    unit: "share",
    group: "development",
    kind: "rate",
    default: 1,
    citation: "DESIGN.md §6: 1 for an institution acting alone, 1/N in an N-partner consortium.",
    canBeUncertain: true
  },
  {
    key: "maintenanceRate",
    label: "Yearly maintenance rate",
    unit: "share of development cost per year",
    group: "development",
    kind: "rate",
    default: 0.1,
    citation:
      "Assumption: yearly refresh of content and assessment at 10% of their development cost, from the second delivery year (DESIGN.md §6).",
    canBeUncertain: true
  },
  {
    key: "cohortsPerYear",
    label: "Cohorts per year",
    unit: "cohorts per year",
    group: "delivery",
    kind: "quantity",
    default: 2,
    citation: "Assumption: two facilitated intakes a year.",
    canBeUncertain: true
  },
  {
    key: "costPerCohort",
    label: "Facilitation cost per cohort",
    unit: "USD per cohort",
    group: "delivery",
    kind: "money",
    default: 3800,
    citation:
      "MicroVET break-even worksheet (microvet-project.eu toolkit): fixed cost €3,500 per course run, ≈ USD 3,800 at 1.08 USD/EUR.",
    canBeUncertain: true
  },
  {
    key: "platformFixedCostPerYear",
    label: "Platform licence or hosting per year",
    unit: "USD per year",
    group: "delivery",
    kind: "money",
    default: 2000,
    citation: "Assumption: this credential's share of the institution's LMS licence and hosting.",
    canBeUncertain: true
  },
  {
    key: "platformFeePerEnrolment",
    label: "Platform/technology cost per enrolment",
    unit: "USD per enrolment",
    group: "delivery",
    kind: "money",
    default: 21,
    citation: `${FLORIDA_BOG}: technology 9.74 × 2.2 credit hours (100 learner hours ≈ 2.2 US credit hours of 45 hours) ≈ USD 21.`,
    canBeUncertain: true
  },
  {
    key: "supportCostPerEnrolment",
    label: "Learner support cost per enrolment",
    unit: "USD per enrolment",
    group: "delivery",
    kind: "money",
    default: 23,
    citation: `${FLORIDA_BOG}: student support 10.51 × 2.2 credit hours ≈ USD 23.`,
    canBeUncertain: true
  },
  {
    key: "marketingCostPerEnrolment",
    label: "Marketing cost per enrolment",
    unit: "USD per enrolment",
    group: "delivery",
    kind: "money",
    default: 50,
    citation: "Assumption: 10% of the default price spent on recruitment per enrolled learner.",
    canBeUncertain: true
  },
  {
    key: "assessmentUptake",
    label: "Share of enrolled learners assessed",
    unit: "share",
    group: "assessment",
    kind: "rate",
    default: 0.8,
    citation:
      "Assumption for a paid, assessed course. Free MOOCs are far lower: 6% of HarvardX/MITx registrants certified (9% of viewers) and median completion 12.6% over 221 MOOCs (Jordan 2015).",
    canBeUncertain: true
  },
  {
    key: "markingCostPerAssessment",
    label: "Marking and validation per assessed learner",
    unit: "USD per assessed learner",
    group: "assessment",
    kind: "money",
    default: 30,
    citation: "Assumption: about 0.6 hours of marker time at USD 50 per assessed learner.",
    canBeUncertain: true
  },
  {
    key: "identityVerification",
    label: "Identity verification level",
    unit: "level",
    group: "assessment",
    kind: "level",
    default: "supervised",
    options: IDENTITY_VERIFICATION_LEVELS,
    citation:
      "EU Council Recommendation 2022/C 243/02 lists supervision and identity verification during assessment as an element of a micro-credential; record-and-review proctoring assumed by default.",
    canBeUncertain: false
  },
  {
    key: "identityVerificationCostPerAssessment",
    label: "Identity verification per assessed learner",
    unit: "USD per assessed learner",
    group: "assessment",
    kind: "money",
    default: IDENTITY_VERIFICATION_COSTS.supervised.cost,
    citation:
      "Set by identityVerification unless given: none 0; supervised (record-and-review) USD 8–14, midpoint 11; supervised-id (live online proctoring with ID) USD 15–30, midpoint 22.5 (DESIGN.md §6).",
    canBeUncertain: true
  },
  {
    key: "passRate",
    label: "Pass rate of assessed learners",
    unit: "share",
    group: "assessment",
    kind: "rate",
    default: 0.85,
    citation: "Assumption for a selective, paid credential whose learners chose to sit the assessment.",
    canBeUncertain: true
  },
  {
    key: "credentialIssueCostPerCredential",
    label: "Digital credential fee per award",
    unit: "USD per credential",
    group: "assessment",
    kind: "money",
    default: 3,
    citation:
      "Assumption: per-credential fee of a digital badge/wallet service (e.g. a third-party vendor such as Credly, as McGreal & Olcott 2022 suggest).",
    canBeUncertain: true
  },
  {
    key: "pricePerEnrolment",
    label: "Price per enrolment",
    unit: "USD per enrolment",
    group: "revenue",
    kind: "money",
    default: 500,
    citation:
      "Prices are 'all over the board' (McGreal & Olcott 2022): verified certificates USD 50–150, MicroMasters ~900–1,300, FutureLearn micro-credentials several hundred GBP (platform pages, THE, Inside Higher Ed).",
    canBeUncertain: true
  },
  {
    key: "payingShare",
    label: "Share of enrolled learners who pay",
    unit: "share",
    group: "revenue",
    kind: "rate",
    default: 1,
    citation: "DESIGN.md §6: 1 for a paid course, ~0.05 for freemium (cf. 6% of HarvardX/MITx registrants certified).",
    canBeUncertain: true
  },
  {
    key: "platformRevenueShare",
    label: "Platform partner's revenue share",
    unit: "share of gross revenue",
    group: "revenue",
    kind: "rate",
    default: 0,
    citation: "0 on the institution's own platform; Coursera partner ≈ 50% of net, edX ≈ 30–50% (published partner terms).",
    canBeUncertain: true
  },
  {
    key: "paymentProcessingRate",
    label: "Payment processing rate",
    unit: "share of gross revenue",
    group: "revenue",
    kind: "rate",
    default: 0.03,
    citation: "Published card-processing pricing of payment providers (e.g. Stripe's standard US card rate: 2.9% + USD 0.30 per payment).",
    canBeUncertain: true
  },
  {
    key: "subsidyPerCredential",
    label: "Public funding per credential awarded",
    unit: "USD per credential",
    group: "revenue",
    kind: "money",
    default: 0,
    citation: "0 unless a public programme funds completions.",
    canBeUncertain: true
  },
  {
    key: "pathwayConversionRate",
    label: "Holders who go on to a credit-bearing programme",
    unit: "share of credential holders",
    group: "pathway",
    kind: "rate",
    default: 0,
    citation:
      "0 unless the credential stacks into a programme: no pathway revenue is assumed by default. For comparison, OERu: 39% of >2,000 enrolees worked towards a formal credential.",
    canBeUncertain: true
  },
  {
    key: "pathwayNetValuePerStudent",
    label: "Net contribution per pathway student",
    unit: "USD per student",
    group: "pathway",
    kind: "money",
    default: 10000,
    citation:
      "Assumption: net margin attributed to one extra student in the follow-on programme (tuition minus the marginal cost of teaching them). Only matters when pathwayConversionRate > 0.",
    canBeUncertain: true
  },
  {
    key: "pathwayLagYears",
    label: "Lag before pathway students enrol",
    unit: "whole years",
    group: "pathway",
    kind: "integer",
    default: 1,
    citation: "Assumption: holders start the programme the year after earning the credential.",
    canBeUncertain: false
  },
  {
    key: "firstYearEnrolments",
    label: "Enrolments in year 1",
    unit: "learners",
    group: "volume",
    kind: "quantity",
    default: 100,
    citation:
      "Assumption; derive it from market-need evidence (DESIGN.md §5: addressable learners × stated intent × an intent-to-action haircut; HarvardX/MITx: of the 57% who intended to certify, 24% did).",
    canBeUncertain: true
  },
  {
    key: "enrolmentGrowthRate",
    label: "Yearly enrolment growth",
    unit: "rate per year",
    group: "volume",
    kind: "growth",
    default: 0.05,
    citation: "Assumption: modest growth as the credential becomes known.",
    canBeUncertain: true
  },
  {
    key: "overheadRate",
    label: "Overhead rate on every cost",
    unit: "share of direct cost",
    group: "finance",
    kind: "rate",
    default: 0.25,
    citation: "Assumption: institutional indirect-cost rate for non-credit activity.",
    canBeUncertain: true
  },
  {
    key: "discountRate",
    label: "Discount rate",
    unit: "rate per year",
    group: "finance",
    kind: "rate",
    default: 0.05,
    citation: "Assumption between the 3% and 7% rates of US OMB Circular A-4 (2003) for cost–benefit analysis.",
    canBeUncertain: true
  }
] as const satisfies readonly InputSpec[];

/** Any input key. */
export type InputKey = (typeof SCENARIO_INPUTS)[number]["key"];
/** Keys of inputs that may carry a distribution. */
export type UncertainInputKey = Extract<(typeof SCENARIO_INPUTS)[number], {canBeUncertain: true}>["key"];
/** Keys of numeric inputs (all but `identityVerification`). */
export type NumericInputKey = Exclude<InputKey, "identityVerification">;

/** All input keys, in table order. */
export const INPUT_KEYS: readonly InputKey[] = SCENARIO_INPUTS.map((spec) => spec.key);

/** Keys of the inputs that may be uncertain, in table order. */
export const UNCERTAIN_INPUT_KEYS: readonly UncertainInputKey[] = SCENARIO_INPUTS.filter(
  (spec): spec is Extract<(typeof SCENARIO_INPUTS)[number], {canBeUncertain: true}> => spec.canBeUncertain
).map((spec) => spec.key);

const SPEC_BY_KEY = new Map<string, InputSpec>(SCENARIO_INPUTS.map((spec) => [spec.key, spec]));

/**
 * The table row of an input.
 *
 * @param key input key
 * @returns its spec, or undefined for an unknown key
 * @example inputSpec("passRate")?.default; // => 0.85
 */
export function inputSpec(key: string): InputSpec | undefined {
  return SPEC_BY_KEY.get(key);
}

/**
 * Valid range of a numeric input (DESIGN.md §6: rates in [0, 1], costs ≥ 0; growth ≥ −1).
 *
 * @param key numeric input key
 * @returns the closed interval [min, max]
 * @throws {Error} if the key is not a numeric input
 * @example inputDomain("passRate"); // => {min: 0, max: 1}
 */
export function inputDomain(key: string): Domain {
  const spec = SPEC_BY_KEY.get(key);
  if (!spec || spec.kind === "level") throw new Error(`inputDomain: "${key}" is not a numeric input`);
  return KIND_DOMAINS[spec.kind];
}
