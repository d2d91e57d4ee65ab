/**
 * Institutional readiness self-assessment (issue 11): is the institution able to deliver micro-credentials?
 * Pure, browser-safe; shared by the readiness page, the data loaders, the overview's verdicts and the tests.
 *
 * ## Typical use
 * ```ts
 * const instrument = parseReadinessInstrument(await FileAttachment("data/readiness-instrument.json").json());
 * const answers = readReadinessAnswersText(text, instrument, "answers.json");   // throws ReadinessError
 * const profile = readinessProfile(instrument, answers, surveyPublished);        // score + benchmarks + verdict slot
 * verdict({...candidateInput, readiness: profile.verdictReadiness});
 * ```
 *
 * ## API
 * Instrument
 * - `parseReadinessInstrument(json, source?)`, `ReadinessInstrumentSchema`, `readinessInstrumentIssues(dimensions, items)`
 *   (rules across items, shared with the CSV contract), `parseReadinessScale(text)` ("0: No | 1: Yes").
 * Answers (JSON file `{"format": "mcw-readiness-answers", "version": 1, "institution", "answers": {id: level | null}}`)
 * - `parseReadinessAnswers(json, instrument, source?)`, `readReadinessAnswersText(text, instrument, source?)`,
 *   `serializeReadinessAnswers(answers, instrument)`, `readinessAnswersSchema(instrument)`; errors are
 *   `ReadinessError` with `issues` `{path, value, expected, message}`; unknown ids name the nearest.
 * URL state (`?r=1.pol1-3.val1-0&rn=Name`)
 * - `encodeReadinessAnswers(answers, instrument)`, `decodeReadinessAnswers(text, instrument)`,
 *   `readinessSearch(answers, instrument)`, `readinessFromSearch(search, instrument, fallback)` (never throws).
 * Scoring
 * - `scoreReadiness(instrument, answers)` — dimension scores 0–100 (weighted mean of answered items' answer/max),
 *   overall (mean of answered dimensions), weakest dimensions, capabilities (hasPolicy, hasValidationSystem, …);
 *   unanswered items are left out, never scored 0.
 * - `readinessBenchmarks(instrument, score, surveyPublished)` — each benchmark item against its published figure.
 * - `readinessProfile(instrument, answers, surveyPublished)` — all of the above plus `verdictReadiness`.
 * Verdicts
 * - `toVerdictReadiness(score)` — the `VerdictInput.readiness` slot of src/model/verdict.
 * - `readinessVerdicts(candidateVerdicts, readiness)` — every candidate's verdict without and with readiness.
 */
export * from "./types.js";
export {ReadinessError, readinessIssue, type ReadinessIssue} from "./ReadinessError.js";
export {MAX_SCALE_LEVELS, MIN_SCALE_LEVELS, parseReadinessScale} from "./parseReadinessScale.js";
export {
  MAX_ITEM_WEIGHT,
  MAX_QUESTION_LENGTH,
  READINESS_DIMENSION_ID,
  READINESS_ITEM_ID,
  ReadinessInstrumentSchema,
  parseReadinessInstrument,
  readinessInstrumentIssues
} from "./parseReadinessInstrument.js";
export {
  MAX_ANSWERS_TEXT_LENGTH,
  MAX_DESCRIPTION_LENGTH,
  MAX_INSTITUTION_LENGTH,
  READINESS_ANSWERS_FORMAT,
  READINESS_ANSWERS_KEYS,
  READINESS_ANSWERS_VERSION,
  UNNAMED_INSTITUTION,
  answerOf,
  describeAnswerScale,
  parseReadinessAnswers,
  readReadinessAnswersText,
  readinessAnswersSchema,
  serializeReadinessAnswers
} from "./parseReadinessAnswers.js";
export {
  LINKED_INSTITUTION,
  MAX_READINESS_URL_LENGTH,
  READINESS_URL_NAME_PARAM,
  READINESS_URL_PARAM,
  READINESS_URL_VERSION,
  ReadinessSearchSchema,
  decodeReadinessAnswers,
  encodeReadinessAnswers,
  readinessFromSearch,
  readinessSearch,
  type ReadinessFromUrl
} from "./readinessUrl.js";
export {WEAKEST_DIMENSIONS, scoreReadiness} from "./scoreReadiness.js";
export {readinessBenchmarks, type PublishedFigure, type ReadinessBenchmark} from "./readinessBenchmarks.js";
export {readinessProfile, type ReadinessProfile} from "./readinessProfile.js";
export {toVerdictReadiness} from "./toVerdictReadiness.js";
export {readinessVerdicts, type ReadinessVerdictRow} from "./readinessVerdicts.js";
