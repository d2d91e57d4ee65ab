/** Characters that make a spreadsheet treat a cell as a formula (CSV injection). */
const FORMULA_PREFIX = /^[=+\-@\t\r]/;

/**
 * Serialises rows as RFC 4180 CSV (columns from the first row). Text cells that a spreadsheet would run as a
 * formula get a leading apostrophe; numbers are written as numbers, so a negative NPV stays a number.
 * @example csvText([{a: 1, b: "=SUM(A1)"}]) // => "a,b\n1,'=SUM(A1)\n"
 */
export function csvText(rows: readonly Record<string, unknown>[]): string {
  const first = rows[0];
  if (first === undefined) return "";
  const columns = Object.keys(first);
  const lines = [columns.map(csvCell).join(",")];
  for (const row of rows) lines.push(columns.map((column) => csvCell(row[column])).join(","));
  return `${lines.join("\n")}\n`;
}

function csvCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (value instanceof Date) return value.toISOString();
  let text = String(value);
  if (FORMULA_PREFIX.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
