import {MISSING, formatCount} from "./displayFormat.js";

type Cell = string | number | boolean | null | undefined;

/** One column of a DataTable: which field, its heading, and how a present number reads. */
export interface TableColumn<T> {
  key: keyof T & string;
  label: string;
  /** Formats a present number (default: a whole count with separators). Missing values always read "—". */
  format?: (value: number) => string;
  /** A short note shown as the heading's tooltip (what the column measures, its unit or source). */
  title?: string;
}

export type SortDirection = "ascending" | "descending";

export interface DataTableOptions<T> {
  columns: readonly TableColumn<T>[];
  /** What the table lists; read by screen readers and shown above the table. */
  caption: string;
  /** Initial sort column and direction; defaults to the first column, ascending. */
  sort?: {key: keyof T & string; direction: SortDirection};
  /** Rows rendered before "Show all" is pressed. */
  limit?: number;
  document?: Document;
}

function isMissing(value: Cell): boolean {
  return value === null || value === undefined || (typeof value === "number" && !Number.isFinite(value));
}

/**
 * Rows sorted by one field. Missing values (null, undefined, NaN) go last in both directions, so sorting
 * never puts "not measured" above a real 0; numbers compare as numbers, text by locale; ties keep their
 * input order. Does not reorder its input.
 * @example sortRows([{v: 2}, {v: null}, {v: 5}], "v", "descending") // => [{v: 5}, {v: 2}, {v: null}]
 */
export function sortRows<T>(rows: readonly T[], key: keyof T & string, direction: SortDirection): T[] {
  const sign = direction === "ascending" ? 1 : -1;
  return rows
    .map((row, index) => ({row, index, value: row[key] as Cell}))
    .sort((a, b) => {
      const am = isMissing(a.value);
      const bm = isMissing(b.value);
      if (am || bm) return am === bm ? a.index - b.index : am ? 1 : -1;
      const order =
        typeof a.value === "number" && typeof b.value === "number"
          ? a.value - b.value
          : String(a.value).localeCompare(String(b.value), "en", {numeric: true, sensitivity: "base"});
      return order !== 0 ? sign * order : a.index - b.index;
    })
    .map((entry) => entry.row);
}

/**
 * The text of one cell: "—" for a missing value, the column's format for a number, "yes"/"no" for a flag,
 * the text itself otherwise.
 * @example formatCell(null, {key: "x", label: "X"}) // => "—"
 */
export function formatCell<T>(value: Cell, column: TableColumn<T>): string {
  if (isMissing(value)) return MISSING;
  if (typeof value === "number") return (column.format ?? formatCount)(value);
  if (typeof value === "boolean") return value ? "yes" : "no";
  return String(value);
}

/**
 * A sortable table: press a heading to sort by it (press again to reverse). Missing values read "—" and sort
 * last. Long lists show `limit` rows and a button to show the rest. Every cell is set as text, never as markup.
 */
export function DataTable<T extends object>(rows: readonly T[], {columns, caption, sort, limit = 100, document = globalThis.document}: DataTableOptions<T>): HTMLElement {
  const first = columns[0];
  if (first === undefined) throw new RangeError("DataTable: needs at least one column");
  let sortKey = sort?.key ?? first.key;
  let direction: SortDirection = sort?.direction ?? "ascending";
  let showAll = rows.length <= limit;

  const wrapper = document.createElement("div");
  wrapper.className = "data-table";
  const scroller = document.createElement("div");
  scroller.className = "data-table-scroll";
  scroller.tabIndex = 0; // keyboard users can scroll a long table
  scroller.setAttribute("role", "region");
  scroller.setAttribute("aria-label", caption);
  const table = document.createElement("table");
  const captionElement = document.createElement("caption");
  captionElement.textContent = caption;
  const head = document.createElement("thead");
  const headRow = document.createElement("tr");
  const body = document.createElement("tbody");
  const status = document.createElement("p");
  status.className = "data-table-status";

  const headings = columns.map((column) => {
    const th = document.createElement("th");
    th.scope = "col";
    if (column.title) th.title = column.title;
    const numeric = rows.some((row) => typeof (row as Record<string, Cell>)[column.key] === "number");
    if (numeric) th.className = "numeric";
    const button = document.createElement("button");
    button.type = "button";
    button.addEventListener("click", () => {
      if (sortKey === column.key) direction = direction === "ascending" ? "descending" : "ascending";
      else {
        sortKey = column.key;
        direction = numeric ? "descending" : "ascending";
      }
      render();
    });
    th.append(button);
    headRow.append(th);
    return {column, th, button, numeric};
  });

  function render(): void {
    for (const {column, th, button} of headings) {
      const active = column.key === sortKey;
      if (active) th.setAttribute("aria-sort", direction);
      else th.removeAttribute("aria-sort");
      button.textContent = active ? `${column.label} ${direction === "ascending" ? "↑" : "↓"}` : column.label;
    }
    const sorted = sortRows(rows, sortKey, direction);
    const shown = showAll ? sorted : sorted.slice(0, limit);
    body.replaceChildren(
      ...shown.map((row) => {
        const tr = document.createElement("tr");
        for (const {column, numeric} of headings) {
          const td = document.createElement("td");
          const value = (row as Record<string, Cell>)[column.key];
          td.textContent = formatCell(value, column);
          if (numeric) td.className = "numeric";
          if (isMissing(value)) td.classList.add("missing");
          tr.append(td);
        }
        return tr;
      })
    );
    status.replaceChildren();
    if (rows.length === 0) {
      status.textContent = "No rows match the filters.";
    } else if (showAll) {
      status.textContent = `${rows.length.toLocaleString("en-US")} rows.`;
    } else {
      status.textContent = `Showing ${shown.length.toLocaleString("en-US")} of ${rows.length.toLocaleString("en-US")} rows. `;
      const more = document.createElement("button");
      more.type = "button";
      more.textContent = "Show all";
      more.addEventListener("click", () => {
        showAll = true;
        render();
      });
      status.append(more);
    }
  }

  head.append(headRow);
  table.append(captionElement, head, body);
  scroller.append(table);
  wrapper.append(scroller, status);
  render();
  return wrapper;
}
