import type {FunnelStage} from "./FunnelChart.js";
import type {SurveyShareRow} from "./ShareIntervalChart.js";
import {QUESTION_LABELS} from "./ShareIntervalChart.js";
import {formatShare} from "./displayFormat.js";

/**
 * Shapes learner_survey rows and published figures for the learner-survey page: which questions a survey
 * answers (per breakdown), its groups, and the intent-to-action haircut as a funnel.
 */

/** The surveys in the data, in order of appearance. */
export function surveys(rows: readonly Pick<SurveyShareRow, "survey">[]): string[] {
  return [...new Set(rows.map((d) => d.survey))];
}

/** The questions a survey answers within a breakdown, in the canonical order of QUESTION_LABELS. */
export function questionsOf(rows: readonly SurveyShareRow[], survey: string, breakdown = "all"): string[] {
  const present = new Set(rows.filter((d) => d.survey === survey && d.breakdown === breakdown).map((d) => d.question));
  return Object.keys(QUESTION_LABELS).filter((q) => present.has(q));
}

/** A question's answers in the survey's order. */
export function answersOf(rows: readonly SurveyShareRow[], survey: string, question: string): string[] {
  const answers = new Map<string, number>();
  for (const d of rows) if (d.survey === survey && d.question === question) answers.set(d.answer, d.answer_order);
  return [...answers.entries()].sort((a, b) => a[1] - b[1]).map(([answer]) => answer);
}

/** The groups of a breakdown (e.g. fields of interest), alphabetically. */
export function groupsOf(rows: readonly Pick<SurveyShareRow, "survey" | "breakdown" | "breakdown_value">[], survey: string, breakdown: string): string[] {
  return [...new Set(rows.filter((d) => d.survey === survey && d.breakdown === breakdown).map((d) => d.breakdown_value))].sort();
}

/**
 * The intent-to-action haircut as a funnel per `per` people asked: those who stated the intention, then those
 * of them who acted (intended × acted-of-intending).
 * @throws {RangeError} when a share is outside [0, 1]
 * @example haircutStages(0.57, 0.24).map((d) => d.count) // => [100, 57, 13.68]
 */
export function haircutStages(intended: number, actedOfIntending: number, per = 100): FunnelStage[] {
  for (const [name, v] of [["intended", intended], ["actedOfIntending", actedOfIntending]] as const) {
    if (!(v >= 0 && v <= 1)) throw new RangeError(`haircutStages: ${name} share ${v} is not in [0, 1]`);
  }
  return [
    {stage: "Asked about intentions", count: per, note: "participants who answered the intentions survey"},
    {stage: "Intended to certify", count: per * intended, note: `${formatShare(intended, 0)} said they intended to earn a certificate`},
    {stage: "Earned a certificate", count: per * intended * actedOfIntending, note: `${formatShare(actedOfIntending, 0)} of those who intended did`}
  ];
}

/**
 * The finding of the haircut funnel.
 * @example haircutFinding(0.57, 0.24) // => "Of the 57% of participants who intended to earn a certificate, 24% did: 13.7 certificates per 100 asked"
 */
export function haircutFinding(intended: number, actedOfIntending: number): string {
  return `Of the ${formatShare(intended, 0)} of participants who intended to earn a certificate, ${formatShare(actedOfIntending, 0)} did: ${(100 * intended * actedOfIntending).toFixed(1)} certificates per 100 asked`;
}
