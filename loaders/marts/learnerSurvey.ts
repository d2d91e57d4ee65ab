import {z} from "zod";
import {CANONICAL_QUESTIONS} from "../sources/surveyMapping.js";

const QUESTIONS = Object.keys(CANONICAL_QUESTIONS) as [keyof typeof CANONICAL_QUESTIONS, ...(keyof typeof CANONICAL_QUESTIONS)[]];
const interval = <T extends {weighted_share?: number; weighted_share_at_least?: number; lower_95: number; upper_95: number}>(row: T) => {
  const share = row.weighted_share ?? row.weighted_share_at_least ?? Number.NaN;
  return row.lower_95 <= share + 1e-12 && share <= row.upper_95 + 1e-12;
};

/** Contract of the learner_survey mart: one row per survey × question × breakdown × breakdown value × answer. */
export const LearnerSurveyRow = z
  .object({
    survey: z.string().min(1),
    question: z.enum(QUESTIONS),
    breakdown: z.enum(["all", "field_of_interest", "region"]),
    breakdown_value: z.string().min(1),
    answer: z.string().min(1),
    answer_order: z.number().int().nonnegative(),
    cip_code: z.string().regex(/^\d{2}\.\d{4}$/).nullable(),
    respondents: z.number().int().positive(),
    respondents_answer: z.number().int().nonnegative(),
    weighted_share: z.number().min(0).max(1),
    n_eff: z.number().positive(),
    lower_95: z.number().min(0).max(1),
    upper_95: z.number().min(0).max(1)
  })
  .refine(interval, {message: "lower_95 ≤ weighted_share ≤ upper_95", path: ["weighted_share"]})
  .refine((row) => row.respondents_answer <= row.respondents, {message: "respondents giving the answer ≤ respondents", path: ["respondents_answer"]});
export type LearnerSurveyRow = z.infer<typeof LearnerSurveyRow>;

/** Contract of the learner_spend mart: one row per survey × numeric question × breakdown × value × price point. */
export const LearnerSpendRow = z
  .object({
    survey: z.string().min(1),
    question: z.enum(["money_spent_usd", "willingness_to_pay_usd"]),
    breakdown: z.enum(["all", "field_of_interest", "region"]),
    breakdown_value: z.string().min(1),
    price_usd: z.number().positive(),
    respondents: z.number().int().positive(),
    respondents_at_least: z.number().int().nonnegative(),
    weighted_share_at_least: z.number().min(0).max(1),
    n_eff: z.number().positive(),
    lower_95: z.number().min(0).max(1),
    upper_95: z.number().min(0).max(1)
  })
  .refine(interval, {message: "lower_95 ≤ weighted_share_at_least ≤ upper_95", path: ["weighted_share_at_least"]});
export type LearnerSpendRow = z.infer<typeof LearnerSpendRow>;

/**
 * Wilson score interval for a weighted share p at the Kish effective sample size n_eff = (Σw)² / Σw²:
 * (p + z²/2n ± z·√(p(1−p)/n + z²/4n²)) / (1 + z²/n) with n = n_eff. The SQL of learner_survey and
 * learner_spend computes the same; this copy documents it and lets the tests check the SQL.
 * @param share weighted share in [0, 1]
 * @param nEff Kish effective sample size, > 0
 * @param z normal quantile; defaults to 1.959963984540054 (two-sided 95%)
 * @throws {RangeError} if share is outside [0, 1] or nEff is not positive
 * @example wilsonInterval(0.5, 100); // => {lower: 0.4038…, upper: 0.5961…}
 */
export function wilsonInterval(share: number, nEff: number, z = 1.959963984540054): {lower: number; upper: number} {
  if (!(share >= 0 && share <= 1)) throw new RangeError(`wilsonInterval: share ${share} is not in [0, 1]`);
  if (!(nEff > 0)) throw new RangeError(`wilsonInterval: effective sample size ${nEff} must be positive`);
  const z2 = z * z;
  const centre = (share + z2 / (2 * nEff)) / (1 + z2 / nEff);
  const halfWidth = (z / (1 + z2 / nEff)) * Math.sqrt((share * (1 - share)) / nEff + z2 / (4 * nEff * nEff));
  return {lower: Math.max(0, centre - halfWidth), upper: Math.min(1, centre + halfWidth)};
}

/** Kish effective sample size of a set of weights: (Σw)² / Σw² (equals n when every weight is equal). */
export function kishEffectiveSampleSize(weights: readonly number[]): number {
  const sum = weights.reduce((a, w) => a + w, 0);
  const sumSq = weights.reduce((a, w) => a + w * w, 0);
  if (!(sumSq > 0)) throw new RangeError("kishEffectiveSampleSize: needs at least one positive weight");
  return (sum * sum) / sumSq;
}
