import type {IndicatorValues, MarketIndicatorRow} from "./indicators.js";

/** The supply pipeline whose completions the demand–supply gap indicator compares with openings. */
export const SUPPLY_GAP_PIPELINE = "ncses_sub_baccalaureate";
/** The survey question whose answers carry a CIP code (field of interest). */
export const INTEREST_QUESTION = "field_of_interest";

/** The columns of a `candidate_market` row this module reads. */
export interface CandidateMarketInput {
  readonly id: string;
  readonly title: string;
  readonly cip_codes: string | null;
  readonly annual_openings: number | null;
  readonly employment_growth_pct: number | null;
  readonly median_wage_usd: number | null;
  readonly certification_relevance_pct: number | null;
  readonly shortage_employment_share_pct: number | null;
}

/** The columns of a `field_gap` row this module reads. */
export interface FieldGapInput {
  readonly field_vocabulary: string;
  readonly field_code: string;
  readonly field: string;
  readonly supply_source: string;
  readonly supply_year: number;
  readonly completions: number;
  readonly annual_openings: number | null;
}

/** One CIP prefix of an NCSES broad field (`stg_ncses_field_taxonomy`, one row per prefix). */
export interface FieldPrefix {
  readonly field_code: string;
  readonly cip_prefix: string;
}

/** The columns of a `learner_survey` row this module reads. */
export interface SurveyShareInput {
  readonly survey: string;
  readonly question: string;
  readonly breakdown: string;
  readonly answer: string;
  readonly cip_code: string | null;
  readonly respondents: number;
  readonly weighted_share: number;
  readonly lower_95: number;
  readonly upper_95: number;
}

export interface SupplyGapField {
  readonly fieldCode: string;
  readonly field: string;
  readonly cipCodes: readonly string[];
  readonly annualOpenings: number | null;
  readonly completions: number | null;
  readonly supplyYear: number | null;
}

export interface InterestMatch {
  readonly survey: string;
  readonly answer: string;
  readonly cipCode: string;
  readonly respondents: number;
  readonly sharePct: number;
  readonly lower95Pct: number;
  readonly upper95Pct: number;
}

/** Where a candidate's derived indicators come from, so a page can show the evidence behind them. */
export interface MarketEvidence {
  readonly cipCodes: readonly string[];
  readonly supplyPipeline: string;
  readonly supplyFields: readonly SupplyGapField[];
  readonly interestMatches: readonly InterestMatch[];
}

export interface CandidateMarket extends MarketIndicatorRow {
  readonly evidence: MarketEvidence;
}

/**
 * Splits a `;`-separated code list ("11.1003;43.0403") into trimmed codes; null or empty gives [].
 *
 * @example splitCodes("11.1003; 43.0403"); // => ["11.1003", "43.0403"]
 */
export function splitCodes(codes: string | null): string[] {
  if (codes === null) return [];
  return codes
    .split(";")
    .map((code) => code.trim())
    .filter((code) => code.length > 0);
}

/**
 * The NCSES broad field of a CIP 2020 code: the field of its longest matching prefix (the rule of
 * `stg_ncses_field_taxonomy` and the field_gap mart), or null when no prefix matches.
 *
 * @example ncsesFieldOfCip("30.7101", [{field_code: "multidisciplinary_sciences", cip_prefix: "30"}, {field_code: "mathematics_statistics", cip_prefix: "30.71"}]); // => "mathematics_statistics"
 */
export function ncsesFieldOfCip(cipCode: string, prefixes: readonly FieldPrefix[]): string | null {
  let best: FieldPrefix | null = null;
  for (const prefix of prefixes) {
    if (cipCode.startsWith(prefix.cip_prefix) && (best === null || prefix.cip_prefix.length > best.cip_prefix.length)) best = prefix;
  }
  return best?.field_code ?? null;
}

/**
 * Demand–supply gap indicator: 100 × (Σ openings − Σ completions) / Σ openings over the distinct NCSES broad
 * fields of the candidate's CIP codes, with completions of the `SUPPLY_GAP_PIPELINE` pipeline (sub-baccalaureate
 * certificates and associate's degrees, latest year). Fields without an openings figure are listed but left
 * out of the sums; the value is null when no field has one.
 *
 * @param cipCodes the candidate's CIP 2020 codes
 * @param fieldGap rows of the field_gap mart
 * @param prefixes CIP prefixes of the NCSES broad fields
 * @returns the percentage (null = missing) and the fields behind it
 * @example supplyGapIndicator(["51.3821"], fieldGap, prefixes).valuePct; // => 79.8 (health: 1 − 453,606 / 2,245,279)
 */
export function supplyGapIndicator(
  cipCodes: readonly string[],
  fieldGap: readonly FieldGapInput[],
  prefixes: readonly FieldPrefix[]
): {valuePct: number | null; fields: SupplyGapField[]} {
  const byField = new Map<string, string[]>();
  for (const cip of cipCodes) {
    const field = ncsesFieldOfCip(cip, prefixes);
    if (field === null) continue;
    byField.set(field, [...(byField.get(field) ?? []), cip]);
  }
  const fields: SupplyGapField[] = [...byField.entries()].map(([fieldCode, cips]) => {
    const row = fieldGap.find((r) => r.field_vocabulary === "ncses_broad_field" && r.field_code === fieldCode && r.supply_source === SUPPLY_GAP_PIPELINE);
    return {
      fieldCode,
      field: row?.field ?? fieldCode,
      cipCodes: cips,
      annualOpenings: row?.annual_openings ?? null,
      completions: row?.completions ?? null,
      supplyYear: row?.supply_year ?? null
    };
  });
  const usable = fields.filter((f) => f.annualOpenings !== null && f.annualOpenings > 0 && f.completions !== null);
  if (usable.length === 0) return {valuePct: null, fields};
  const openings = usable.reduce((sum, f) => sum + (f.annualOpenings as number), 0);
  const completions = usable.reduce((sum, f) => sum + (f.completions as number), 0);
  return {valuePct: (100 * (openings - completions)) / openings, fields};
}

/**
 * Learner-interest indicator: per survey, the sum of the weighted shares of the field-of-interest answers whose
 * CIP code is one of the candidate's (the question is single-choice, so the shares add up); the mean over the
 * surveys that have a match, in percent. Null when no answer maps to the candidate's codes.
 *
 * @param cipCodes the candidate's CIP 2020 codes
 * @param survey rows of the learner_survey mart
 * @returns the percentage (null = missing) and the matching answers
 * @example learnerInterestIndicator(["52.0211"], survey).valuePct; // => 2.94 (Product management, freeCodeCamp 2016)
 */
export function learnerInterestIndicator(cipCodes: readonly string[], survey: readonly SurveyShareInput[]): {valuePct: number | null; matches: InterestMatch[]} {
  const codes = new Set(cipCodes);
  const matches: InterestMatch[] = survey
    .filter((row) => row.question === INTEREST_QUESTION && row.breakdown === "all" && row.cip_code !== null && codes.has(row.cip_code))
    .map((row) => ({
      survey: row.survey,
      answer: row.answer,
      cipCode: row.cip_code as string,
      respondents: row.respondents,
      sharePct: 100 * row.weighted_share,
      lower95Pct: 100 * row.lower_95,
      upper95Pct: 100 * row.upper_95
    }));
  if (matches.length === 0) return {valuePct: null, matches};
  const bySurvey = new Map<string, number>();
  for (const match of matches) bySurvey.set(match.survey, (bySurvey.get(match.survey) ?? 0) + match.sharePct);
  const perSurvey = [...bySurvey.values()];
  return {valuePct: perSurvey.reduce((a, b) => a + b, 0) / perSurvey.length, matches};
}

/**
 * A candidate's market indicators: five read from its `candidate_market` row, the demand–supply gap derived
 * from `field_gap`, and learner interest from `learner_survey`. Nulls stay null.
 *
 * @param candidate the candidate's candidate_market row
 * @param fieldGap every field_gap row
 * @param prefixes CIP prefixes of the NCSES broad fields
 * @param survey every learner_survey row
 * @returns the indicator row (input of `marketNeedScore`) with the evidence behind the derived indicators
 */
export function candidateMarket(
  candidate: CandidateMarketInput,
  fieldGap: readonly FieldGapInput[],
  prefixes: readonly FieldPrefix[],
  survey: readonly SurveyShareInput[]
): CandidateMarket {
  const cipCodes = splitCodes(candidate.cip_codes);
  const gap = supplyGapIndicator(cipCodes, fieldGap, prefixes);
  const interest = learnerInterestIndicator(cipCodes, survey);
  const indicators: IndicatorValues = {
    annualOpenings: candidate.annual_openings,
    employmentGrowthPct: candidate.employment_growth_pct,
    medianWageUsd: candidate.median_wage_usd,
    certificationRelevancePct: candidate.certification_relevance_pct,
    shortageSharePct: candidate.shortage_employment_share_pct,
    supplyGapPct: gap.valuePct,
    learnerInterestPct: interest.valuePct
  };
  return {
    id: candidate.id,
    title: candidate.title,
    indicators,
    evidence: {cipCodes, supplyPipeline: SUPPLY_GAP_PIPELINE, supplyFields: gap.fields, interestMatches: interest.matches}
  };
}
