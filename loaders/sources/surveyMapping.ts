import {z} from "zod";
import {cell, type CsvSpec} from "../readCsv.js";

/**
 * The canonical questions a survey export is mapped onto, and how each is read:
 * - categorical: one source column; each raw value (or `*` for any other non-empty value) becomes an answer;
 * - multi: a multi-select block, one source column per option; a non-empty cell (`*`) or a given value = selected;
 * - numeric: one source column holding an amount in USD; bin rows (empty source_value, lower ≤ amount < upper)
 *   name the answers, recode rows turn a text such as "none" into a number (or into NA = no answer);
 * - weight: one source column with a positive survey weight (no weight row → every respondent weighs 1).
 */
export const CANONICAL_QUESTIONS = {
  intent_to_enrol: {kind: "categorical", meaning: "stated intent to enrol in a (further) course or credential"},
  career_change_intent: {kind: "categorical", meaning: "when the respondent intends to move into a job in the field of interest"},
  field_of_interest: {kind: "categorical", meaning: "field or role the respondent wants to study or work in (optionally linked to a CIP 2020 code)"},
  learning_provider: {kind: "multi", meaning: "providers or platforms the respondent has used to learn (multi-select)"},
  paid_programme: {kind: "categorical", meaning: "whether the respondent has enrolled in a paid intensive programme (e.g. a bootcamp)"},
  money_spent_usd: {kind: "numeric", meaning: "money spent on learning so far, USD (tuition excluded where the survey says so)"},
  willingness_to_pay_usd: {kind: "numeric", meaning: "stated willingness to pay for a credential, USD"},
  region: {kind: "categorical", meaning: "region or country of the respondent"},
  weight: {kind: "weight", meaning: "survey weight of the respondent"}
} as const;

export type CanonicalQuestion = keyof typeof CANONICAL_QUESTIONS;
export type QuestionKind = (typeof CANONICAL_QUESTIONS)[CanonicalQuestion]["kind"];
const QUESTION_NAMES = Object.keys(CANONICAL_QUESTIONS) as [CanonicalQuestion, ...CanonicalQuestion[]];

/** In a numeric recode row, this answer means "treat the text as no answer". */
export const NO_ANSWER = "NA";
/** In a source_value cell, matches any non-empty value not matched by another row of the question. */
export const ANY_VALUE = "*";

const optionalNumber = (expected: string) => z.union([z.null(), cell.number(expected)]);

export const MAPPING_HEADER = ["question", "source_column", "source_value", "answer", "lower", "upper", "cip_code", "note"] as const;

/** One row of a survey mapping file (the `kind` rules per question are checked across rows by checkMapping). */
export const SurveyMappingRow = z.object({
  question: z.enum(QUESTION_NAMES, {error: `a canonical question (${QUESTION_NAMES.join(", ")})`}),
  source_column: cell.text(),
  // Raw values are compared trimmed: exports often pad answers with spaces.
  source_value: z.string().nullable().transform((s) => (s === null || s.trim() === "" ? null : s.trim())),
  answer: z.string().nullable().transform((s) => (s === null || s.trim() === "" ? null : s.trim())),
  lower: optionalNumber("a number (the bin's inclusive lower bound), or empty"),
  upper: optionalNumber("a number (the bin's exclusive upper bound), or empty for no upper bound"),
  cip_code: z.union([z.null(), z.string().trim().regex(/^\d{2}\.\d{4}$/, "a six-digit CIP 2020 code like 11.0801, or empty")]),
  note: z.string().nullable()
});
export type SurveyMappingRow = z.output<typeof SurveyMappingRow>;

/** The mapping file of the shipped freeCodeCamp 2016 survey, as a CsvSpec so `mcw validate` can check its rows. */
export const fccSurveyMapping = {
  table: "src_survey_mapping_fcc_2016",
  file: "survey/fcc-2016-mapping.csv",
  header: MAPPING_HEADER,
  row: SurveyMappingRow,
  types: {question: "VARCHAR", source_column: "VARCHAR", source_value: "VARCHAR", answer: "VARCHAR", lower: "DOUBLE", upper: "DOUBLE", cip_code: "VARCHAR", note: "VARCHAR"}
} satisfies CsvSpec<typeof SurveyMappingRow>;
