import type {ReadinessVerdictRow} from "../model/readiness/readinessVerdicts.js";
import {VERDICT_RULE_TEXT} from "../model/verdict/verdictRules.js";
import {listNames} from "./ReadinessProfile.js";

export interface ReadinessVerdictsOptions {
  document?: Document;
}

/** How a candidate's assessment is described ("supervised-id" → "identity-verified (supervised-id)"). */
const ASSESSMENT: Record<string, string> = {
  none: "no supervision",
  supervised: "supervised (record-and-review)",
  "supervised-id": "identity-verified (supervised-id)"
};

/**
 * The finding above the table, from the rows: how many verdicts this readiness changes, and which.
 * @example readinessVerdictHeadline(rows); // => "This readiness changes 3 of 11 verdicts: Data Analytics with Python and SQL, …"
 */
export function readinessVerdictHeadline(rows: readonly ReadinessVerdictRow[]): string {
  const changed = rows.filter((r) => r.changed);
  if (changed.length === 0) return `This readiness changes none of the ${rows.length} verdicts.`;
  const names = changed.map((r) => `${r.title} (${r.withoutReadiness.label} → ${r.withReadiness.label})`);
  return `This readiness changes ${changed.length} of ${rows.length} verdicts: ${listNames(names)}.`;
}

/**
 * A table of every candidate: its assessment level, the verdict on market need and finance alone, the verdict with
 * this institution's readiness, and the reasons behind the latter. A changed verdict is marked in words (and
 * styled), never by colour alone. All text is set as text content.
 */
export function ReadinessVerdicts(rows: readonly ReadinessVerdictRow[], {document = globalThis.document}: ReadinessVerdictsOptions = {}): HTMLElement {
  const table = document.createElement("table");
  table.className = "readiness-verdicts";
  const caption = document.createElement("caption");
  caption.textContent = "Verdict of every candidate credential, without and with this institution's readiness";
  const head = document.createElement("thead");
  const header = document.createElement("tr");
  for (const name of ["Candidate", "Assessment", "Market and finance alone", "With this readiness", "Why"]) {
    const th = document.createElement("th");
    th.scope = "col";
    th.textContent = name;
    header.append(th);
  }
  head.append(header);
  const body = document.createElement("tbody");
  for (const row of rows) {
    const tr = document.createElement("tr");
    tr.dataset.candidate = row.id;
    tr.dataset.verdict = row.withReadiness.verdict;
    tr.dataset.changed = String(row.changed);
    if (row.changed) tr.className = "readiness-changed";
    const cell = (text: string, className?: string) => {
      const td = document.createElement("td");
      td.textContent = text;
      if (className) td.className = className;
      tr.append(td);
      return td;
    };
    cell(row.title);
    cell(ASSESSMENT[row.identityVerification] ?? row.identityVerification);
    cell(row.withoutReadiness.label, `verdict verdict-${row.withoutReadiness.verdict}`);
    const after = cell(row.changed ? `${row.withReadiness.label} (changed)` : row.withReadiness.label, `verdict verdict-${row.withReadiness.verdict}`);
    after.dataset.verdict = row.withReadiness.verdict;
    const why = document.createElement("td");
    why.className = "readiness-reasons";
    const list = document.createElement("ul");
    for (const reason of row.withReadiness.reasons) {
      const li = document.createElement("li");
      li.textContent = reason;
      list.append(li);
    }
    why.append(list);
    tr.append(why);
    body.append(tr);
  }
  table.append(caption, head, body);
  const wrapper = document.createElement("div");
  wrapper.className = "readiness-table-wrapper";
  wrapper.append(table);
  return wrapper;
}

/**
 * The verdict rules that read readiness, as the verdict code states them (`VERDICT_RULE_TEXT`, ids "readiness-…"),
 * in a list, so the page cannot drift from the rules it applies.
 */
export function ReadinessVerdictRules({document = globalThis.document}: ReadinessVerdictsOptions = {}): HTMLElement {
  const list = document.createElement("ul");
  list.className = "readiness-verdict-rules";
  for (const {id, rule} of VERDICT_RULE_TEXT.filter((r) => r.id.startsWith("readiness"))) {
    const li = document.createElement("li");
    li.dataset.rule = id;
    li.textContent = rule;
    list.append(li);
  }
  return list;
}
