import type {CandidateVerdicts} from "../model/verdict/candidateVerdicts.js";
import {element, type ReportComponentOptions} from "./ReportDom.js";
import {formatMoney, formatShare} from "./scenarioFormat.js";
import {VERDICT_STYLE} from "./verdictStyle.js";

/**
 * The list of research reports: one row per candidate with a link to its report, the verdict on market need and
 * finance (from candidate-verdicts.json, before readiness), E[NPV] and P(NPV > 0) of its default scenario, and the
 * command that prints it.
 */
export function ReportIndex(verdicts: CandidateVerdicts, {href = (id: string) => `./${encodeURIComponent(id)}`, document = globalThis.document}: ReportComponentOptions & {href?: (id: string) => string} = {}): HTMLElement {
  const wrapper = element(document, "div", "text-table report-index");
  const table = element(document, "table", null, element(document, "caption", null, `${verdicts.rows.length} research reports, one per candidate credential (verdict on market need and finance; each report adds the example readiness)`));
  const head = element(document, "tr", null);
  for (const label of ["Report", "Verdict", "E[NPV]", "P(NPV > 0)", "PDF"]) {
    const th = element(document, "th", label.startsWith("E[") || label.startsWith("P(") ? "numeric" : null, label);
    th.scope = "col";
    head.append(th);
  }
  const body = element(document, "tbody", null);
  for (const row of verdicts.rows) {
    const link = element(document, "a", null, row.title);
    link.href = href(row.id);
    const style = VERDICT_STYLE[row.verdict];
    const glyph = element(document, "span", null, style.glyph);
    glyph.setAttribute("aria-hidden", "true");
    glyph.style.color = style.color;
    const s = row.scenarios.standalone;
    const tr = element(
      document,
      "tr",
      null,
      element(document, "td", null, link),
      element(document, "td", null, glyph, " ", row.label),
      element(document, "td", "numeric", formatMoney(s.expectedNpv, verdicts.currency)),
      element(document, "td", "numeric", formatShare(s.probabilityNpvPositive)),
      element(document, "td", null, element(document, "code", null, `mcw report --credential ${row.id} --out ${row.id}.pdf`))
    );
    tr.dataset.candidate = row.id;
    body.append(tr);
  }
  table.append(element(document, "thead", null, head), body);
  wrapper.append(table);
  return wrapper;
}
