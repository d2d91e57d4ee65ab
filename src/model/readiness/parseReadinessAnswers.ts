import {z} from "../zod.js";
import {nearestKey} from "../nearestKey.js";
import {parseJsonInput} from "../jsonText.js";
import {ReadinessError, readinessIssue, type ReadinessIssue} from "./ReadinessError.js";
import type {ReadinessAnswerMap, ReadinessAnswers, ReadinessInstrument, ReadinessItem} from "./types.js";

/** The `format` every answers file carries, so a scenario or other JSON is not mistaken for one. */
export const READINESS_ANSWERS_FORMAT = "mcw-readiness-answers";
/** The answers-file version this code reads and writes. */
export const READINESS_ANSWERS_VERSION = 1;
/** Top-level keys of an answers file, in the order they are written. */
export const READINESS_ANSWERS_KEYS = ["format", "version", "institution", "description", "example", "answers"] as const;
/** Largest answers file (bytes of JSON text) that `readReadinessAnswersText` accepts: a full file is ~2 kB. */
export const MAX_ANSWERS_TEXT_LENGTH = 200_000;
export const MAX_INSTITUTION_LENGTH = 200;
export const MAX_DESCRIPTION_LENGTH = 2_000;
/** The institution name when a file gives none. */
export const UNNAMED_INSTITUTION = "Unnamed institution";
/** At most this many issues are listed; the rest are counted. */
const MAX_ISSUES = 20;

/** How an item's answer is described in messages: "a whole number 0–4 (0 = None … 4 = …), or null for unanswered". */
export function describeAnswerScale(item: ReadinessItem): string {
  const first = item.levels[0];
  const last = item.levels[item.levels.length - 1];
  return `a whole number 0–${item.levels.length - 1} (0 = ${first?.label ?? ""} … ${item.levels.length - 1} = ${last?.label ?? ""}), or null for unanswered`;
}

/** The zod schema of an answers file for one instrument: answers keyed by its item ids, each within its scale. */
export function readinessAnswersSchema(instrument: ReadinessInstrument) {
  const answerShape: Record<string, z.ZodOptional<z.ZodNullable<z.ZodNumber>>> = {};
  for (const item of instrument.items) answerShape[item.id] = z.number().int().min(0).max(item.levels.length - 1).nullable().optional();
  return z.strictObject({
    format: z.literal(READINESS_ANSWERS_FORMAT),
    version: z.literal(READINESS_ANSWERS_VERSION),
    institution: z.string().trim().min(1).max(MAX_INSTITUTION_LENGTH).optional(),
    description: z.string().max(MAX_DESCRIPTION_LENGTH).optional(),
    example: z.boolean().optional(),
    answers: z.strictObject(answerShape)
  });
}

/**
 * Validates a readiness answers file (already parsed from JSON) against an instrument:
 * `{"format": "mcw-readiness-answers", "version": 1, "institution"?, "description"?, "example"?, "answers": {itemId: level | null}}`.
 * Items left out of `answers`, or given as null, are unanswered (never 0).
 *
 * @param json the result of JSON.parse on the file
 * @param instrument the instrument whose item ids and scales the answers must use
 * @param source file name or label, for the message
 * @returns the validated answers; `answers` has only known item ids
 * @throws {ReadinessError} listing every problem: an unknown key names the nearest known one (an unknown item id
 *   also its question), an answer outside its item's scale names the scale
 * @example parseReadinessAnswers({format: "mcw-readiness-answers", version: 1, answers: {pol1: 3}}, instrument).answers.pol1; // => 3
 */
export function parseReadinessAnswers(json: unknown, instrument: ReadinessInstrument, source?: string): ReadinessAnswers {
  if (json === null || typeof json !== "object" || Array.isArray(json)) {
    throw new ReadinessError([readinessIssue("", json, `a JSON object {"format": "${READINESS_ANSWERS_FORMAT}", "version": ${READINESS_ANSWERS_VERSION}, "answers": {…}}`)], source);
  }
  const parsed = readinessAnswersSchema(instrument).safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.flatMap((issue) => describeIssue(issue, json as Record<string, unknown>, instrument));
    throw new ReadinessError(capIssues(issues), source);
  }
  const file = parsed.data;
  const answers: Record<string, number | null> = {};
  for (const item of instrument.items) answers[item.id] = file.answers[item.id] ?? null;
  return {
    institution: file.institution ?? UNNAMED_INSTITUTION,
    description: file.description ?? "",
    example: file.example ?? false,
    answers
  };
}

/**
 * Parses the text of an answers file: JSON first (a syntax error names its line and column), then
 * `parseReadinessAnswers`.
 *
 * @throws {ReadinessError} for text over MAX_ANSWERS_TEXT_LENGTH, invalid JSON, or invalid answers
 * @example readReadinessAnswersText('{"format":"mcw-readiness-answers","version":1,"answers":{}}', instrument).institution; // => "Unnamed institution"
 */
export function readReadinessAnswersText(text: string, instrument: ReadinessInstrument, source?: string): ReadinessAnswers {
  if (text.length > MAX_ANSWERS_TEXT_LENGTH) {
    throw new ReadinessError([readinessIssue("", `${text.length.toLocaleString("en-US")} characters`, `an answers file of at most ${MAX_ANSWERS_TEXT_LENGTH.toLocaleString("en-US")} characters`)], source);
  }
  // Strict JSON: a key written twice would otherwise silently keep the last answer.
  const parsed = parseJsonInput(source ?? "answers", text.replace(/^\uFEFF/, ""));
  if ("problems" in parsed) {
    throw new ReadinessError(
      parsed.problems.map((message) => ({path: "", value: undefined, expected: "valid JSON with each key once", message})),
      source
    );
  }
  const json = parsed.json;
  return parseReadinessAnswers(json, instrument, source);
}

/**
 * Writes answers as an answers file (pretty JSON, items in instrument order, null for unanswered) that
 * `readReadinessAnswersText` reads back unchanged.
 *
 * @example serializeReadinessAnswers({institution: "X", description: "", example: false, answers: {pol1: 3}}, instrument);
 * // => '{\n  "format": "mcw-readiness-answers",\n  "version": 1,\n  "institution": "X", …'
 */
export function serializeReadinessAnswers(answers: ReadinessAnswers, instrument: ReadinessInstrument): string {
  const ordered: Record<string, number | null> = {};
  for (const item of instrument.items) ordered[item.id] = answerOf(answers.answers, item.id);
  const file = {
    format: READINESS_ANSWERS_FORMAT,
    version: READINESS_ANSWERS_VERSION,
    institution: answers.institution,
    ...(answers.description ? {description: answers.description} : {}),
    ...(answers.example ? {example: true} : {}),
    answers: ordered
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** The answer to one item, or null when absent or unanswered (own keys only: "__proto__" is never an answer). */
export function answerOf(answers: ReadinessAnswerMap, id: string): number | null {
  return Object.hasOwn(answers, id) ? (answers[id] ?? null) : null;
}

function describeIssue(issue: z.core.$ZodIssue, json: Record<string, unknown>, instrument: ReadinessInstrument): ReadinessIssue[] {
  const keys = issue.path.map(String);
  const path = keys.join(".");
  if (issue.code === "unrecognized_keys") {
    const inAnswers = keys.length === 1 && keys[0] === "answers";
    const known = inAnswers ? instrument.items.map((item) => item.id) : [...READINESS_ANSWERS_KEYS];
    return issue.keys.map((key) => {
      const nearest = nearestKey(key, known);
      const item = inAnswers ? instrument.items.find((candidate) => candidate.id === nearest) : undefined;
      const hint = nearest === undefined ? "" : `; did you mean "${nearest}"${item ? ` (${item.question})` : ""}?`;
      const where = inAnswers ? "answers" : "the answers file";
      return readinessIssue(path === "" ? key : `${path}.${key}`, key, `a known key in ${where}${hint}`);
    });
  }
  const value = valueAt(json, keys);
  if (keys[0] === "answers" && keys.length === 2) {
    const item = instrument.items.find((candidate) => candidate.id === keys[1]);
    if (item) return [readinessIssue(path, value, describeAnswerScale(item))];
  }
  const expected: Record<string, string> = {
    format: `"${READINESS_ANSWERS_FORMAT}" (this is not a readiness answers file)`,
    version: `${READINESS_ANSWERS_VERSION} (this workbench reads version ${READINESS_ANSWERS_VERSION} answers files)`,
    institution: `a non-empty name of at most ${MAX_INSTITUTION_LENGTH} characters`,
    description: `text of at most ${MAX_DESCRIPTION_LENGTH} characters`,
    example: "true or false",
    answers: "an object mapping item ids to answer levels, e.g. {\"pol1\": 3}"
  };
  return [readinessIssue(path, value, (keys.length === 1 && expected[keys[0] ?? ""]) || issue.message)];
}

function capIssues(issues: ReadinessIssue[]): ReadinessIssue[] {
  if (issues.length <= MAX_ISSUES) return issues;
  const rest = issues.length - MAX_ISSUES;
  return [...issues.slice(0, MAX_ISSUES), {path: "", value: undefined, expected: "", message: `… and ${rest} more problem(s)`}];
}

function valueAt(json: unknown, keys: readonly string[]): unknown {
  let value: unknown = json;
  for (const key of keys) {
    if (value === null || typeof value !== "object" || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}
