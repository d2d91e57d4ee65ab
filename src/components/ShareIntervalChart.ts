import * as Plot from "@observablehq/plot";
import {formatCount} from "./displayFormat.js";

/** A weighted share with its 95% interval (learner_survey rows, or any share with bounds). */
export interface IntervalShare {
  label: string;
  share: number;
  lower: number;
  upper: number;
  /** Respondents in the denominator. */
  respondents: number;
  /** Kish effective sample size. */
  n_eff: number;
}

/** learner_survey columns the survey charts read. */
export interface SurveyShareRow {
  survey: string;
  question: string;
  breakdown: string;
  breakdown_value: string;
  answer: string;
  answer_order: number;
  respondents: number;
  respondents_answer: number;
  weighted_share: number;
  n_eff: number;
  lower_95: number;
  upper_95: number;
}

/** Human names of the canonical survey questions (docs/data-model.md). */
export const QUESTION_LABELS: Record<string, string> = {
  intent_to_enrol: "Intent to enrol in a course or credential",
  career_change_intent: "When they plan to apply for jobs in their field of interest",
  field_of_interest: "Field or role of interest",
  learning_provider: "Learning providers used (several allowed)",
  paid_programme: "Attended a paid full-time programme (bootcamp)",
  money_spent_usd: "Money spent on learning (USD)",
  willingness_to_pay_usd: "Willingness to pay for a credential (USD)",
  region: "Region"
};

/**
 * The answers to one question within one breakdown value (e.g. all respondents), in the survey's answer order.
 * @example answerShares(rows, "fcc-2016", "career_change_intent", "all", "All respondents")[0].label // => "Already applying"
 */
export function answerShares(rows: readonly SurveyShareRow[], survey: string, question: string, breakdown = "all", value?: string): IntervalShare[] {
  return rows
    .filter((d) => d.survey === survey && d.question === question && d.breakdown === breakdown && (value === undefined || d.breakdown_value === value))
    .sort((a, b) => a.answer_order - b.answer_order)
    .map((d) => ({label: d.answer, share: d.weighted_share, lower: d.lower_95, upper: d.upper_95, respondents: d.respondents, n_eff: d.n_eff}));
}

/**
 * One answer's share in every group of a breakdown (e.g. "Within 6 months" by field of interest), largest first.
 */
export function answerByGroup(rows: readonly SurveyShareRow[], survey: string, question: string, breakdown: string, answer: string): IntervalShare[] {
  return rows
    .filter((d) => d.survey === survey && d.question === question && d.breakdown === breakdown && d.answer === answer)
    .map((d) => ({label: d.breakdown_value, share: d.weighted_share, lower: d.lower_95, upper: d.upper_95, respondents: d.respondents, n_eff: d.n_eff}))
    .sort((a, b) => b.share - a.share);
}

const pct = (v: number) => `${(v * 100).toFixed(1)}%`;

/**
 * The largest share as a sentence with its interval.
 * @example topShareFinding(shares, 6751, "respondents") // => "“Within 6 months” is the most common answer: 30.2% of 6,751 respondents (95% CI 29.1–31.3%)"
 */
export function topShareFinding(shares: readonly IntervalShare[], noun = "respondents"): string {
  const top = shares.reduce<IntervalShare | undefined>((best, d) => (best === undefined || d.share > best.share ? d : best), undefined);
  if (top === undefined) return "No answers to show";
  return `“${top.label}” is the most common answer: ${pct(top.share)} of ${formatCount(top.respondents)} ${noun} (95% CI ${(top.lower * 100).toFixed(1)}–${pct(top.upper)})`;
}

/**
 * Highest and lowest group for one answer, and whether their intervals overlap (if they do, the difference
 * may be sampling noise).
 */
export function groupRangeFinding(shares: readonly IntervalShare[], answer: string): string {
  const high = shares[0];
  const low = shares.at(-1);
  if (high === undefined || low === undefined) return `No group answered “${answer}”`;
  if (high === low) return `“${answer}”: ${pct(high.share)} in ${high.label}`;
  const overlap = high.lower <= low.upper;
  return `“${answer}” ranges from ${pct(high.share)} (${high.label}) to ${pct(low.share)} (${low.label})${overlap ? "; the 95% intervals overlap, so the gap may be noise" : "; the 95% intervals do not overlap"}`;
}

export interface ShareIntervalChartOptions {
  /** What the shares are of, for the axis and the accessible label. */
  measure: string;
  /** Keep the given order (answer order) instead of sorting by share. */
  keepOrder?: boolean;
  width?: number;
  document?: Document;
}

/** A dot per share and a line for its 95% interval, with the share written beside it. */
export function ShareIntervalChart(shares: readonly IntervalShare[], {measure, keepOrder = false, width = 800, document}: ShareIntervalChartOptions) {
  const order = (keepOrder ? [...shares] : [...shares].sort((a, b) => b.share - a.share)).map((d) => d.label);
  const max = Math.max(0.1, ...shares.map((d) => d.upper));
  return Plot.plot({
    width,
    height: 50 + shares.length * 28,
    marginLeft: Math.min(240, width * 0.34),
    marginRight: 56,
    ariaLabel: `Dot and interval chart: ${measure} for ${shares.length} answers or groups, with 95% intervals`,
    // percent: true multiplies values by 100, so the domain is in percent
    x: {label: `${measure} (%) →`, domain: [0, Math.min(100, max * 108)], percent: true, grid: true},
    y: {label: null, domain: order, tickFormat: (d: string) => (d.length > 40 ? `${d.slice(0, 39)}…` : d)},
    marks: [
      Plot.ruleY(shares, {y: "label", x1: "lower", x2: "upper", stroke: "var(--okabe-blue, #0072b2)", strokeWidth: 3, strokeOpacity: 0.45}),
      Plot.dot(shares, {
        y: "label",
        x: "share",
        r: 4.5,
        fill: "var(--okabe-blue, #0072b2)",
        tip: {
          channels: {
            Answer: "label",
            Share: (d: IntervalShare) => pct(d.share),
            "95% interval": (d: IntervalShare) => `${pct(d.lower)} – ${pct(d.upper)}`,
            Respondents: (d: IntervalShare) => formatCount(d.respondents),
            "Effective sample size": (d: IntervalShare) => formatCount(d.n_eff)
          },
          format: {x: false, y: false}
        }
      }),
      Plot.text(shares, {y: "label", x: "upper", text: (d: IntervalShare) => pct(d.share), dx: 6, textAnchor: "start", fill: "currentColor"})
    ],
    ...(document ? {document} : {})
  });
}
