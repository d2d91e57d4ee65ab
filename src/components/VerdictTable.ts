import {VERDICTS, type Verdict} from "../model/verdict/verdictRules.js";
import {formatMoney} from "../model/verdict/verdict.js";
import {VERDICT_STYLE} from "./verdictStyle.js";

/** One candidate as the overview table lists it. */
export interface VerdictTableRow {
  id: string;
  title: string;
  verdict: Verdict;
  label: string;
  reasons: readonly string[];
  score: number | null;
  coverage: number;
  /** Projected first-year enrolments: median and 80% interval (null without a projection). */
  learnersP50: number | null;
  learnersP10: number | null;
  learnersP90: number | null;
  expectedNpv: number;
  probabilityNpvPositive: number;
  p10Npv: number;
}

export type VerdictSortKey = "title" | "verdict" | "score" | "learnersP50" | "expectedNpv" | "probabilityNpvPositive" | "p10Npv";
export type SortDirection = "ascending" | "descending";

interface Column {
  key: VerdictSortKey;
  label: string;
  numeric: boolean;
  /** Direction of the first click: best first. */
  first: SortDirection;
}

const COLUMNS: readonly Column[] = [
  {key: "title", label: "Candidate", numeric: false, first: "ascending"},
  {key: "verdict", label: "Verdict", numeric: false, first: "ascending"},
  {key: "score", label: "Market need (0–100)", numeric: true, first: "descending"},
  {key: "learnersP50", label: "First-year learners (80% interval)", numeric: true, first: "descending"},
  {key: "expectedNpv", label: "Expected NPV", numeric: true, first: "descending"},
  {key: "probabilityNpvPositive", label: "P(NPV > 0)", numeric: true, first: "descending"},
  {key: "p10Npv", label: "NPV, 1-in-10 downside", numeric: true, first: "descending"}
];

/**
 * Rows sorted by one column: verdicts in their order (go … no-go), numbers as numbers, text by locale; missing
 * values last in either direction; ties broken by expected NPV (highest first), then id. Does not reorder its input.
 *
 * @example sortVerdictRows(rows, "expectedNpv", "descending")[0]; // => the candidate with the highest E[NPV]
 */
export function sortVerdictRows<T extends VerdictTableRow>(rows: readonly T[], key: VerdictSortKey, direction: SortDirection): T[] {
  const sign = direction === "ascending" ? 1 : -1;
  const value = (row: T): number | string | null => (key === "verdict" ? VERDICTS.indexOf(row.verdict) : row[key]);
  return [...rows].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    if (va === null || vb === null) {
      if (va !== vb) return va === null ? 1 : -1;
    } else {
      const order = typeof va === "number" && typeof vb === "number" ? va - vb : String(va).localeCompare(String(vb), "en", {sensitivity: "base"});
      if (order !== 0) return sign * order;
    }
    return b.expectedNpv - a.expectedNpv || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  });
}

export interface VerdictTableOptions {
  /** Link target of a candidate's scenario (e.g. `./scenarios#candidate=<id>`). */
  scenarioHref: (id: string) => string;
  caption: string;
  sort?: {key: VerdictSortKey; direction: SortDirection};
  currency?: string;
  document?: Document;
}

/**
 * The overview's sortable table: one block per candidate with its verdict, market need, projected learners and
 * NPV figures, and a second row with the reasons behind the verdict. Headings are buttons (keyboard-accessible,
 * `aria-sort` set); every text is set as text, never as markup.
 */
export function VerdictTable(rows: readonly VerdictTableRow[], {scenarioHref, caption, sort = {key: "verdict", direction: "ascending"}, currency = "USD", document = globalThis.document}: VerdictTableOptions): HTMLElement {
  const wrapper = document.createElement("div");
  wrapper.className = "verdict-table";
  const scroll = document.createElement("div");
  scroll.className = "verdict-table-scroll";
  const table = document.createElement("table");
  const captionElement = document.createElement("caption");
  captionElement.textContent = caption;
  table.append(captionElement);
  const thead = document.createElement("thead");
  const headRow = document.createElement("tr");
  let state = sort;
  const buttons = new Map<VerdictSortKey, {th: HTMLTableCellElement; button: HTMLButtonElement}>();
  for (const column of COLUMNS) {
    const th = document.createElement("th");
    th.scope = "col";
    if (column.numeric) th.className = "numeric";
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = column.label;
    button.addEventListener("click", () => {
      const direction: SortDirection = state.key === column.key ? (state.direction === "ascending" ? "descending" : "ascending") : column.first;
      state = {key: column.key, direction};
      render();
    });
    th.append(button);
    headRow.append(th);
    buttons.set(column.key, {th, button});
  }
  thead.append(headRow);
  table.append(thead);
  scroll.append(table);
  wrapper.append(scroll);

  const text = (tag: string, content: string, className?: string) => {
    const element = document.createElement(tag);
    element.textContent = content;
    if (className) element.className = className;
    return element;
  };
  const money = (x: number) => formatMoney(x, currency);

  function render(): void {
    for (const [key, {th, button}] of buttons) {
      const active = key === state.key;
      th.setAttribute("aria-sort", active ? state.direction : "none");
      button.dataset.sorted = active ? state.direction : "";
    }
    for (const body of [...table.querySelectorAll("tbody")]) body.remove();
    for (const row of sortVerdictRows(rows, state.key, state.direction)) {
      const body = document.createElement("tbody");
      body.dataset.candidate = row.id;
      body.dataset.verdict = row.verdict;
      const main = document.createElement("tr");
      const name = document.createElement("th");
      name.scope = "row";
      const link = document.createElement("a");
      link.href = scenarioHref(row.id);
      link.textContent = row.title;
      name.append(link);
      const verdictCell = document.createElement("td");
      const badge = text("span", "", "verdict-badge");
      badge.dataset.verdict = row.verdict;
      const glyph = text("span", VERDICT_STYLE[row.verdict].glyph, "verdict-glyph");
      glyph.setAttribute("aria-hidden", "true");
      glyph.style.color = VERDICT_STYLE[row.verdict].color;
      badge.append(glyph, document.createTextNode(` ${row.label}`));
      verdictCell.append(badge);
      const scoreText = row.score === null ? "—" : `${Math.round(row.score)}`;
      const coverageText = row.score !== null && row.coverage < 1 ? ` (${Math.round(row.coverage * 100)}% of weight)` : "";
      const learnersText =
        row.learnersP50 === null || row.learnersP10 === null || row.learnersP90 === null
          ? "—"
          : `${Math.round(row.learnersP50)} (${Math.round(row.learnersP10)}–${Math.round(row.learnersP90)})`;
      main.append(
        name,
        verdictCell,
        text("td", `${scoreText}${coverageText}`, "numeric"),
        text("td", learnersText, "numeric"),
        text("td", money(row.expectedNpv), "numeric"),
        text("td", `${Math.round(row.probabilityNpvPositive * 100)}%`, "numeric"),
        text("td", money(row.p10Npv), "numeric")
      );
      const why = document.createElement("tr");
      why.className = "verdict-reasons";
      const cell = document.createElement("td");
      cell.colSpan = COLUMNS.length;
      const list = document.createElement("ul");
      list.setAttribute("aria-label", `Why: ${row.title}`);
      for (const reason of row.reasons) list.append(text("li", reason));
      cell.append(list);
      why.append(cell);
      body.append(main, why);
      table.append(body);
    }
  }
  render();
  return wrapper;
}
