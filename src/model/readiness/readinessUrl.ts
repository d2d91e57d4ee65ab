import {z} from "../zod.js";
import {nearestKey} from "../nearestKey.js";
import {MAX_INSTITUTION_LENGTH, answerOf, describeAnswerScale} from "./parseReadinessAnswers.js";
import {ReadinessError, readinessIssue, type ReadinessIssue} from "./ReadinessError.js";
import type {ReadinessAnswerMap, ReadinessAnswers, ReadinessInstrument} from "./types.js";

/** Query parameters: `r` holds the answers, `rn` the institution's name (optional). */
export const READINESS_URL_PARAM = "r";
export const READINESS_URL_NAME_PARAM = "rn";
/** The URL format version written first in `r`. */
export const READINESS_URL_VERSION = "1";
/** Longest `r` value read (31 items take ~200 characters). */
export const MAX_READINESS_URL_LENGTH = 2_000;
/** The institution shown for answers that came from a link without a name. */
export const LINKED_INSTITUTION = "Answers from a shared link";

const PAIR = /^([a-z]{2,5}[0-9]{1,2})-([0-9]{1,2})$/;

/** The zod schema of the two query parameters: their raw text, before the answers are checked against the instrument. */
export const ReadinessSearchSchema = z.object({
  r: z.string().max(MAX_READINESS_URL_LENGTH, `at most ${MAX_READINESS_URL_LENGTH} characters`).regex(/^[0-9a-z.-]+$/, "only the characters 0–9, a–z, '.' and '-'"),
  rn: z.string().trim().min(1, "a non-empty name").max(MAX_INSTITUTION_LENGTH, `a name of at most ${MAX_INSTITUTION_LENGTH} characters`).optional()
});

/**
 * Encodes answers compactly for a URL: the version, then `item-level` for every answered item in instrument
 * order, joined by dots; unanswered items are left out. Only URL-safe characters, so nothing needs escaping.
 *
 * @example encodeReadinessAnswers({pol1: 3, pol2: null, val1: 0}, instrument); // => "1.pol1-3.val1-0"
 */
export function encodeReadinessAnswers(answers: ReadinessAnswerMap, instrument: ReadinessInstrument): string {
  const pairs = instrument.items.flatMap((item) => {
    const answer = answerOf(answers, item.id);
    return answer === null ? [] : [`${item.id}-${answer}`];
  });
  return [READINESS_URL_VERSION, ...pairs].join(".");
}

/**
 * Decodes `encodeReadinessAnswers` output, checking the version, every item id (an unknown one names the nearest)
 * and every level against the item's scale.
 *
 * @returns every item of the instrument: its level, or null when the URL leaves it out
 * @throws {ReadinessError} naming each bad part, its value and what was expected
 * @example decodeReadinessAnswers("1.pol1-3", instrument).pol1; // => 3
 */
export function decodeReadinessAnswers(text: string, instrument: ReadinessInstrument): Record<string, number | null> {
  const raw = ReadinessSearchSchema.shape.r.safeParse(text);
  if (!raw.success) throw new ReadinessError([readinessIssue(READINESS_URL_PARAM, text, raw.error.issues[0]?.message ?? "an encoded answer list")], "link");
  const [version, ...parts] = text.split(".");
  const issues: ReadinessIssue[] = [];
  if (version !== READINESS_URL_VERSION) issues.push(readinessIssue(`${READINESS_URL_PARAM}.version`, version, `${READINESS_URL_VERSION} (the link format this workbench reads)`));
  const answers: Record<string, number | null> = {};
  for (const item of instrument.items) answers[item.id] = null;
  const ids = instrument.items.map((item) => item.id);
  const seen = new Set<string>();
  for (const part of parts) {
    const match = PAIR.exec(part);
    if (!match) {
      issues.push(readinessIssue(READINESS_URL_PARAM, part, 'an answer written "<item>-<level>", e.g. "pol1-3"'));
      continue;
    }
    const id = match[1] ?? "";
    const level = Number(match[2]);
    const item = instrument.items.find((candidate) => candidate.id === id);
    if (!item) {
      const nearest = nearestKey(id, ids);
      issues.push(readinessIssue(`${READINESS_URL_PARAM}.${id}`, id, `a known item id${nearest ? `; did you mean "${nearest}"?` : ""}`));
      continue;
    }
    if (seen.has(id)) {
      issues.push(readinessIssue(`${READINESS_URL_PARAM}.${id}`, part, "each item answered once"));
      continue;
    }
    seen.add(id);
    if (level > item.levels.length - 1) {
      issues.push(readinessIssue(`${READINESS_URL_PARAM}.${id}`, level, describeAnswerScale(item).replace(/, or null for unanswered$/, "")));
      continue;
    }
    answers[id] = level;
  }
  if (issues.length > 0) throw new ReadinessError(issues.slice(0, 20), "link");
  return answers;
}

/**
 * The query string that shares answers: `?r=<encoded answers>` and, when the institution is named, `&rn=<name>`.
 *
 * @example readinessSearch({institution: "Acme", description: "", example: false, answers: {pol1: 3}}, instrument); // => "?r=1.pol1-3&rn=Acme"
 */
export function readinessSearch(answers: ReadinessAnswers, instrument: ReadinessInstrument): string {
  const params = new URLSearchParams();
  params.set(READINESS_URL_PARAM, encodeReadinessAnswers(answers.answers, instrument));
  if (answers.institution && answers.institution !== LINKED_INSTITUTION) params.set(READINESS_URL_NAME_PARAM, answers.institution);
  return `?${params.toString()}`;
}

export interface ReadinessFromUrl {
  answers: ReadinessAnswers;
  /** True when the answers came from the link, false when the fallback is shown. */
  fromLink: boolean;
  /** Why the link's answers were not used (a bad or tampered link), or null. */
  error: string | null;
}

/**
 * Reads answers from a page's query string without ever throwing: no `r` parameter gives the fallback (the shipped
 * example); a bad or tampered one gives the fallback and an error message that names what was wrong.
 *
 * @param search `location.search`, e.g. "?r=1.pol1-3"
 * @param fallback what to show when the link carries no (valid) answers
 * @example readinessFromSearch("?r=1.pol9-3", instrument, example).error; // => 'The link\'s answers could not be read: r.pol9: got "pol9"; expected a known item id; did you mean "pol1"? …'
 */
export function readinessFromSearch(search: string, instrument: ReadinessInstrument, fallback: ReadinessAnswers): ReadinessFromUrl {
  const params = new URLSearchParams(search);
  const encoded = params.get(READINESS_URL_PARAM);
  if (encoded === null) return {answers: fallback, fromLink: false, error: null};
  const name = params.get(READINESS_URL_NAME_PARAM);
  const checked = ReadinessSearchSchema.safeParse({r: encoded, ...(name === null ? {} : {rn: name})});
  const fail = (messages: readonly string[]): ReadinessFromUrl => ({
    answers: fallback,
    fromLink: false,
    error: `The link's answers could not be read: ${messages.join("; ")}. Showing ${fallback.example ? "the example answers" : fallback.institution} instead.`
  });
  if (!checked.success) return fail(checked.error.issues.map((issue) => readinessIssue(String(issue.path[0] ?? ""), issue.path[0] === "rn" ? name : encoded, issue.message).message));
  try {
    const answers = decodeReadinessAnswers(encoded, instrument);
    return {answers: {institution: checked.data.rn ?? LINKED_INSTITUTION, description: "", example: false, answers}, fromLink: true, error: null};
  } catch (error) {
    if (error instanceof ReadinessError) return fail(error.issues.map((issue) => issue.message));
    throw error;
  }
}
