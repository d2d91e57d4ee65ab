import type {ReportVerdict} from "../model/report/assembleReport.js";
import type {ReadinessProfile} from "../model/readiness/readinessProfile.js";
import type {VariantResult} from "../model/verdict/candidateVerdicts.js";
import type {VerdictCheck} from "../model/verdict/verdict.js";
import {definitionList, element, type ReportComponentOptions} from "./ReportDom.js";
import {formatLearners, formatMoney, formatShare} from "./scenarioFormat.js";
import {TextTable} from "./TextTable.js";
import {VERDICT_STYLE} from "./verdictStyle.js";

const MARK = {pass: "✓ passed", fail: "✗ failed", none: "– not known"} as const;

/**
 * The verdict of a candidate's report: the verdict with the readiness taken into account (glyph, colour and label,
 * never colour alone), its two or three reasons, and, when the readiness changed it, the verdict on market and
 * finance alone.
 */
export function ReportVerdictSummary(verdict: ReportVerdict, {document = globalThis.document}: ReportComponentOptions = {}): HTMLElement {
  const shown = verdict.readiness.withReadiness;
  const style = VERDICT_STYLE[shown.verdict];
  const root = element(document, "div", "report-verdict");
  root.dataset.verdict = shown.verdict;
  const glyph = element(document, "span", "report-verdict-glyph", style.glyph);
  glyph.setAttribute("aria-hidden", "true");
  glyph.style.color = style.color;
  root.append(element(document, "p", "report-verdict-label", glyph, " ", shown.label));
  const reasons = element(document, "ol", "report-reasons");
  for (const reason of shown.reasons) reasons.append(element(document, "li", null, reason));
  root.append(reasons);
  const without = verdict.readiness.withoutReadiness;
  root.append(
    element(
      document,
      "p",
      "report-note",
      verdict.readiness.changed
        ? `On market need and finance alone the verdict would be “${without.label}”; the example institution's readiness changes it.`
        : `On market need and finance alone the verdict is the same (“${without.label}”).`
    )
  );
  return root;
}

/** Every check of the verdict, passed or not, with its numbers. */
export function ReportVerdictChecks(verdict: ReportVerdict, {document = globalThis.document}: ReportComponentOptions = {}): HTMLElement {
  const mark = (check: VerdictCheck) => (check.passed === null ? MARK.none : check.passed ? MARK.pass : MARK.fail);
  return TextTable(verdict.readiness.withReadiness.checks, {
    caption: "The verdict's checks, in the order the rules apply them (methods page: verdict rules)",
    document,
    columns: [
      {label: "Check", value: (c) => c.label},
      {label: "Result", value: mark},
      {label: "With its numbers", value: (c) => c.detail}
    ]
  });
}

/** The four scenario variants the verdict compares, each with its Monte Carlo summary. */
export function ReportVariants(verdict: ReportVerdict, currency: string, {document = globalThis.document}: ReportComponentOptions = {}): HTMLElement {
  const s = verdict.row.scenarios;
  const n = verdict.consortiumPartners;
  const rows: {label: string; result: VariantResult}[] = [
    {label: "This scenario", result: s.standalone},
    {label: "Without pathway revenue", result: s.withoutPathway},
    {label: `As one of ${n} consortium partners`, result: s.consortium},
    {label: `One of ${n} partners, without pathway revenue`, result: s.consortiumWithoutPathway}
  ];
  const money = (x: number) => formatMoney(x, currency);
  return TextTable(rows, {
    caption: `The scenario and its variants (same seed; a variant pays when E[NPV] > 0 and P(NPV > 0) ≥ ${formatShare(verdict.thresholds.paysMinProbability)})`,
    document,
    columns: [
      {label: "Variant", value: (r) => r.label},
      {label: "E[NPV]", value: (r) => money(r.result.expectedNpv), numeric: true},
      {label: "P(NPV > 0)", value: (r) => formatShare(r.result.probabilityNpvPositive), numeric: true},
      {label: "NPV p10", value: (r) => money(r.result.p10Npv), numeric: true},
      {label: "Break-even learners", value: (r) => (r.result.breakEvenFirstYearEnrolments === null ? "none" : formatLearners(r.result.breakEvenFirstYearEnrolments)), numeric: true}
    ]
  });
}

/**
 * The readiness the verdict took into account, labelled as the shipped example when it is one: institution,
 * overall score, weakest dimensions and the capabilities the verdict rules test.
 */
export function ReportReadiness(profile: ReadinessProfile, {document = globalThis.document}: ReportComponentOptions = {}): HTMLElement {
  const score = profile.score;
  const known = (value: boolean | null) => (value === null ? "not known (unanswered)" : value ? "yes" : "no");
  const root = element(document, "div", "report-readiness");
  if (profile.example) {
    root.append(element(document, "p", "report-example-label", "Example: these are the illustrative answers shipped with the workbench, not your institution's. Answer the self-assessment on the readiness page for your own."));
  }
  root.append(
    definitionList(document, "report-facts", [
      ["Institution", `${profile.institution}${profile.example ? " (example)" : ""}`],
      ["Overall readiness", score.overall === null ? "not answered" : `${Math.round(score.overall)} of 100 (${score.answered} of ${score.items} items answered)`],
      ["Weakest", score.weakest.length === 0 ? "—" : score.weakest.map((d) => `${d.label} (${d.score === null ? "—" : Math.round(d.score)})`).join(", ")],
      ["Micro-credential policy", known(score.hasPolicy)],
      ["Validation system", known(score.hasValidationSystem)],
      ["Identity-verified assessment", known(score.verifiesIdentity)]
    ])
  );
  return root;
}
