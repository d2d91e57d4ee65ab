/**
 * The indicators of the market-need score (DESIGN.md §5): what each measures, where it comes from and
 * when it is missing. Every indicator is oriented so that a higher value means more need for the
 * credential; a missing value is null and stays null (it is never read as 0).
 */

/** Indicator keys, in the order pages list them. Units are in the names (`Pct` = percent, 0–100). */
export const INDICATOR_KEYS = [
  "annualOpenings",
  "employmentGrowthPct",
  "medianWageUsd",
  "certificationRelevancePct",
  "shortageSharePct",
  "supplyGapPct",
  "learnerInterestPct"
] as const;

export type IndicatorKey = (typeof INDICATOR_KEYS)[number];

/** One candidate's raw indicator values (null = no data, shown as missing). */
export type IndicatorValues = Record<IndicatorKey, number | null>;

/** The input of `marketNeedScore`: one candidate credential and its indicator values. */
export interface MarketIndicatorRow {
  readonly id: string;
  readonly title: string;
  readonly indicators: Readonly<IndicatorValues>;
}

export interface IndicatorSpec {
  readonly key: IndicatorKey;
  /** Short label for charts and tables. */
  readonly label: string;
  readonly unit: string;
  /** What the number is, in one sentence. */
  readonly definition: string;
  /** Mart and column it is read or derived from. */
  readonly column: string;
  /** Publisher, table and vintage. */
  readonly source: string;
  /** When the value is null. */
  readonly missingWhen: string;
}

/** The indicator table: rendered on the methods page and the score page, so the documentation cannot drift. */
export const INDICATORS: readonly IndicatorSpec[] = [
  {
    key: "annualOpenings",
    label: "Annual openings",
    unit: "persons per year",
    definition:
      "Average annual openings 2024–34 (growth plus replacement of workers who leave or change occupation) of the credential's target occupations, each occupation counted once.",
    column: "candidate_market.annual_openings",
    source: "U.S. Bureau of Labor Statistics, Employment Projections 2024–34, table 1.2 (released 2025)",
    missingWhen: "no target occupation has BLS projections"
  },
  {
    key: "employmentGrowthPct",
    label: "Employment growth",
    unit: "% 2024–34",
    definition: "Projected employment change 2024–34 of the target occupations, employment-weighted.",
    column: "candidate_market.employment_growth_pct",
    source: "U.S. Bureau of Labor Statistics, Employment Projections 2024–34, table 1.2",
    missingWhen: "no target occupation has BLS projections"
  },
  {
    key: "medianWageUsd",
    label: "Median wage",
    unit: "USD per year",
    definition: "Employment-weighted median annual wage of the target occupations (a proxy for learners' ability to pay and for the value employers put on the skill).",
    column: "candidate_market.median_wage_usd",
    source: "U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics, May 2024 (via EP table 1.2)",
    missingWhen: "no target occupation has a published wage"
  },
  {
    key: "certificationRelevancePct",
    label: "Certificate relevance",
    unit: "% of workers",
    definition:
      "Share of workers for whom a post-secondary, post-baccalaureate or post-master's certificate is the education level required to enter the occupation (O*NET element 2.D.1, categories 3, 7 and 9), employment-weighted over target occupations with a value.",
    column: "candidate_market.certification_relevance_pct",
    source: "O*NET 27.0 Education, Training, and Experience (National Center for O*NET Development, 2022)",
    missingWhen: "O*NET rates none of the target occupations, or suppresses the estimate"
  },
  {
    key: "shortageSharePct",
    label: "Shortage rating",
    unit: "% of rated employment",
    definition: "Employment share, among the target occupations that carry a shortage rating, of those rated in shortage.",
    column: "candidate_market.shortage_employment_share_pct",
    source: "Jobs and Skills Australia, Skills Priority List 2022 (national rating), mapped to SOC by data/catalogue/anzsco_soc_map.csv; or the user's own ratings",
    missingWhen: "no target occupation has a shortage rating"
  },
  {
    key: "supplyGapPct",
    label: "Demand–supply gap",
    unit: "% of openings",
    definition:
      "Share of the annual openings of the credential's NCSES broad field(s) not matched by sub-baccalaureate completions (certificates and associate's degrees, latest year): 100 × (openings − completions) / openings, summed over the broad fields its CIP codes fall in. Negative when completions exceed openings.",
    column: "field_gap (supply_source = ncses_sub_baccalaureate): annual_openings, completions",
    source: "NCSES Science and Engineering Indicators tables SHED-10 and SHED-11 (IPEDS completions 2021); BLS Employment Projections 2024–34 via field_demand",
    missingWhen: "the candidate has no CIP code, or its broad field has no openings figure"
  },
  {
    key: "learnerInterestPct",
    label: "Learner interest",
    unit: "% of respondents",
    definition:
      "Weighted share of survey respondents whose field of interest maps to one of the candidate's six-digit CIP codes (averaged over surveys when several ask the question).",
    column: "learner_survey (question = field_of_interest, breakdown = all): weighted_share by cip_code",
    source: "freeCodeCamp 2016 New Coder Survey (part 1), mapped by data/survey/fcc-2016-mapping.csv; or the user's own survey",
    missingWhen: "no survey answer maps to the candidate's CIP codes (the shipped survey covers coding roles only)"
  }
];

/**
 * The spec of one indicator.
 *
 * @throws {RangeError} for a key that is not an indicator
 * @example indicatorSpec("medianWageUsd").unit; // => "USD per year"
 */
export function indicatorSpec(key: IndicatorKey): IndicatorSpec {
  const spec = INDICATORS.find((s) => s.key === key);
  if (!spec) throw new RangeError(`indicatorSpec: unknown indicator "${String(key)}"; expected one of ${INDICATOR_KEYS.join(", ")}`);
  return spec;
}
