import type {CandidateRecord} from "../model/candidates/candidateRecords.js";
import {INDICATORS} from "../model/marketNeed/indicators.js";
import {formatCount, formatPercent, formatUsd, MISSING} from "./displayFormat.js";
import {definitionList, element, type ReportComponentOptions} from "./ReportDom.js";
import {TextTable} from "./TextTable.js";

/**
 * The credential as the catalogue describes it: provider, workload, level, assessment, identity verification,
 * price, what it stacks into and the occupations it targets.
 */
export function ReportCredential(record: CandidateRecord, {document = globalThis.document}: ReportComponentOptions = {}): HTMLElement {
  const c = record.candidate;
  const price = c.price === null ? "not set (the model's default price is used)" : `${c.price_currency ?? ""} ${c.price.toLocaleString("en-US")}${c.price_basis ? ` — ${c.price_basis}` : ""}`;
  return definitionList(document, "report-facts", [
    ["Provider", `${c.provider}, ${c.awarding_body} (${c.issuer_country}${c.issuer_region ? `, ${c.issuer_region}` : ""})`],
    ["Learning outcomes", c.learning_outcomes],
    ["Workload", `${c.workload_hours} hours, ${c.ects} ECTS, EQF level ${c.eqf_level}, ${c.participation_form}`],
    ["Assessment", `${c.assessment_type}; identity verification: ${c.identity_verification}`],
    ["Quality assurance", c.quality_assurance],
    ["Price", price],
    ["Stacks into", c.stacks_into === null ? "nothing (a stand-alone credential)" : `${c.stacks_into}${c.stack_credits_ects === null ? "" : ` (${c.stack_credits_ects} ECTS)`}`],
    ["Target occupations", `${record.market.occupations.socCodes.join(", ") || MISSING} (${record.market.occupations.basis ?? "no basis"}; ${record.market.occupations.withData} of ${record.market.occupations.count} with data)`]
  ]);
}

/** One indicator's value with its unit, or the missing mark. */
function indicatorValue(key: (typeof INDICATORS)[number]["key"], value: number | null): string {
  if (value === null) return MISSING;
  if (key === "annualOpenings") return `${formatCount(value)} a year`;
  if (key === "medianWageUsd") return formatUsd(value);
  return formatPercent(value);
}

/**
 * The market evidence of a candidate: its market-need score with rank and coverage, then each indicator's value
 * and source (missing shown as —, never 0), and the first-year projection built on it.
 */
export function ReportMarket(record: CandidateRecord, {document = globalThis.document}: ReportComponentOptions = {}): HTMLElement {
  const score = record.market.defaultScore;
  const root = element(document, "div", "report-market");
  root.append(
    element(
      document,
      "p",
      "report-score",
      `Market-need score ${score.score === null ? "missing" : `${Math.round(score.score)} of 100`}, rank ${score.rank} of ${score.of} candidates; ${Math.round(score.coverage * 100)}% of the score's weight is backed by data (default weights; see the methods page).`
    )
  );
  root.append(
    TextTable(INDICATORS, {
      caption: `Market indicators of ${record.title} (target occupations ${record.market.occupations.socCodes.join(", ") || MISSING})`,
      document,
      columns: [
        {label: "Indicator", value: (spec) => spec.label},
        {label: "Value", value: (spec) => indicatorValue(spec.key, record.market.indicators[spec.key]), numeric: true},
        {label: "Source", value: (spec) => (record.market.indicators[spec.key] === null ? `Missing: ${spec.missingWhen}` : spec.source)}
      ]
    })
  );
  const p = record.projection;
  root.append(
    element(
      document,
      "p",
      "report-projection",
      p === null
        ? "No first-year projection: the target occupations have no openings figure."
        : `First-year learners projected from the market evidence: median ${Math.round(p.p50)}, 80% between ${Math.round(p.p10)} and ${Math.round(p.p90)} (mean ${Math.round(p.mean)}) — ${p.steps.map((s) => `${s.label} ${s.factor === null ? formatCount(s.value) : `× ${formatPercent(s.factor * 100, 1)}`}`).join(", ")}.`
    )
  );
  return root;
}
