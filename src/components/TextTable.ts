/** One column of a TextTable. */
export interface TextColumn<T> {
  label: string;
  /** The cell's text; null or "" reads "—". */
  value: (row: T) => string | number | null;
  numeric?: boolean;
  /** Render the text as code (monospace), e.g. input keys and file paths. */
  code?: boolean;
}

export interface TextTableOptions<T> {
  columns: readonly TextColumn<T>[];
  caption: string;
  document?: Document;
}

/**
 * A plain, static table for reference material (the methods page): every cell set as text, never as markup, a
 * caption for screen readers, numeric columns right-aligned, and a scroll container for narrow screens.
 */
export function TextTable<T>(rows: readonly T[], {columns, caption, document = globalThis.document}: TextTableOptions<T>): HTMLElement {
  const wrapper = document.createElement("div");
  wrapper.className = "text-table";
  const table = document.createElement("table");
  const captionElement = document.createElement("caption");
  captionElement.textContent = caption;
  table.append(captionElement);
  const head = document.createElement("thead");
  const headRow = document.createElement("tr");
  for (const column of columns) {
    const th = document.createElement("th");
    th.scope = "col";
    th.textContent = column.label;
    if (column.numeric) th.className = "numeric";
    headRow.append(th);
  }
  head.append(headRow);
  const body = document.createElement("tbody");
  for (const row of rows) {
    const tr = document.createElement("tr");
    for (const column of columns) {
      const td = document.createElement("td");
      const value = column.value(row);
      const text = value === null || value === "" ? "—" : typeof value === "number" ? value.toLocaleString("en-US", {maximumFractionDigits: 4}) : value;
      if (column.code && text !== "—") {
        const code = document.createElement("code");
        breakable(text).forEach((part, index) => {
          if (index > 0) code.append(document.createElement("wbr"));
          code.append(part);
        });
        td.append(code);
      } else {
        td.textContent = text;
      }
      if (column.numeric) td.className = "numeric";
      tr.append(td);
    }
    body.append(tr);
  }
  table.append(head, body);
  wrapper.append(table);
  return wrapper;
}

/**
 * Splits an identifier or path where a line may break without splitting a word: after "_", ".", "/", "(" and
 * "=", and before a capital that follows a lower-case letter (camelCase).
 *
 * @example breakable("pathwayNetValuePerStudent"); // => ["pathway", "Net", "Value", "Per", "Student"]
 */
export function breakable(text: string): string[] {
  return text.split(/(?<=[_./(=])|(?<=[a-z])(?=[A-Z])/).filter((part) => part.length > 0);
}
