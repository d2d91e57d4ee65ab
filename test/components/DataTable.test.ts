import {JSDOM} from "jsdom";
import {describe, expect, it} from "vitest";
import {DataTable, formatCell, sortRows, type TableColumn} from "../../src/components/DataTable.js";
import {MISSING, formatCount, formatLarge, formatPercent, formatShare, formatSigned, formatUsd} from "../../src/components/displayFormat.js";

interface Row {
  name: string;
  openings: number | null;
  wage: number | null;
}
const rows: Row[] = [
  {name: "Nurses", openings: 189_100, wage: 93_600},
  {name: "Actuaries", openings: null, wage: 125_770},
  {name: "Cashiers", openings: 542_600, wage: null},
  {name: "Bakers", openings: 0, wage: 35_000}
];
const columns: TableColumn<Row>[] = [
  {key: "name", label: "Occupation"},
  {key: "openings", label: "Openings"},
  {key: "wage", label: "Wage", format: formatUsd}
];

describe("sortRows(rows, key, direction)", () => {
  it("sorts numbers descending with a missing value last", () => {
    expect(sortRows(rows, "openings", "descending").map((d) => d.name)).toEqual(["Cashiers", "Nurses", "Bakers", "Actuaries"]);
  });
  it("keeps a missing value last when ascending too, below a real 0", () => {
    expect(sortRows(rows, "openings", "ascending").map((d) => d.name)).toEqual(["Bakers", "Nurses", "Cashiers", "Actuaries"]);
  });
  it("sorts text alphabetically and numbers inside text numerically", () => {
    expect(sortRows(rows, "name", "ascending").map((d) => d.name)).toEqual(["Actuaries", "Bakers", "Cashiers", "Nurses"]);
    expect(sortRows([{c: "15-1252"}, {c: "9-1"}, {c: "15-1211"}], "c", "ascending").map((d) => d.c)).toEqual(["9-1", "15-1211", "15-1252"]);
  });
  it("keeps the input order of ties and does not reorder its input", () => {
    const tied = [{k: 1, id: "a"}, {k: 1, id: "b"}, {k: 2, id: "c"}];
    expect(sortRows(tied, "k", "descending").map((d) => d.id)).toEqual(["c", "a", "b"]);
    expect(tied.map((d) => d.id)).toEqual(["a", "b", "c"]);
  });
  it("treats NaN as missing", () => {
    expect(sortRows([{v: Number.NaN}, {v: 1}], "v", "descending").map((d) => d.v)).toEqual([1, Number.NaN]);
  });
});

describe("formatCell(value, column)", () => {
  it("shows a missing value as a dash, never as 0", () => {
    expect(formatCell(null, columns[1]!)).toBe(MISSING);
    expect(formatCell(undefined, columns[1]!)).toBe(MISSING);
    expect(formatCell(0, columns[1]!)).toBe("0");
  });
  it("formats numbers with the column's format, flags as yes/no and text as itself", () => {
    expect(formatCell(93_600, columns[2]!)).toBe("$93,600");
    expect(formatCell(542_600, columns[1]!)).toBe("542,600");
    expect(formatCell(true, columns[0]!)).toBe("yes");
    expect(formatCell("<b>x</b>", columns[0]!)).toBe("<b>x</b>");
  });
});

describe("DataTable(rows, options)", () => {
  const {document} = new JSDOM("<!doctype html><body></body>").window;
  const cells = (table: HTMLElement) => [...table.querySelectorAll("tbody tr")].map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent));

  it("renders one row per record in the initial sort, with missing values as dashes", () => {
    const table = DataTable(rows, {columns, caption: "Occupations", sort: {key: "openings", direction: "descending"}, document});
    expect(cells(table)).toEqual([
      ["Cashiers", "542,600", MISSING],
      ["Nurses", "189,100", "$93,600"],
      ["Bakers", "0", "$35,000"],
      ["Actuaries", MISSING, "$125,770"]
    ]);
    expect(table.querySelector("caption")?.textContent).toBe("Occupations");
    expect(table.querySelector("th[aria-sort]")?.getAttribute("aria-sort")).toBe("descending");
    expect(table.querySelectorAll("td.missing")).toHaveLength(2);
  });

  it("sorts by a heading when pressed, and reverses on a second press", () => {
    const table = DataTable(rows, {columns, caption: "Occupations", document});
    const wage = table.querySelectorAll("th button")[2] as HTMLButtonElement;
    wage.click();
    expect(cells(table).map((r) => r[0])).toEqual(["Actuaries", "Nurses", "Bakers", "Cashiers"]);
    wage.click();
    expect(cells(table).map((r) => r[0])).toEqual(["Bakers", "Nurses", "Actuaries", "Cashiers"]);
    expect(wage.closest("th")?.getAttribute("aria-sort")).toBe("ascending");
  });

  it("shows the first rows of a long list and the rest on request", () => {
    const many = Array.from({length: 250}, (_, i) => ({name: `Occupation ${i}`, openings: i, wage: null}));
    const table = DataTable(many, {columns, caption: "Many", limit: 100, document});
    expect(table.querySelectorAll("tbody tr")).toHaveLength(100);
    expect(table.querySelector(".data-table-status")?.textContent).toMatch(/Showing 100 of 250 rows/);
    (table.querySelector(".data-table-status button") as HTMLButtonElement).click();
    expect(table.querySelectorAll("tbody tr")).toHaveLength(250);
  });

  it("says so when no row matches", () => {
    const table = DataTable([], {columns, caption: "None", document});
    expect(table.querySelector(".data-table-status")?.textContent).toBe("No rows match the filters.");
  });

  it("writes data as text, never as markup", () => {
    const table = DataTable([{name: "<img src=x onerror=alert(1)>", openings: 1, wage: 1}], {columns, caption: "x", document});
    expect(table.querySelector("img")).toBeNull();
    expect(table.querySelector("td")?.textContent).toBe("<img src=x onerror=alert(1)>");
  });

  it("refuses a table without columns", () => {
    expect(() => DataTable(rows, {columns: [], caption: "x", document})).toThrow(/at least one column/);
  });
});

describe("display formats", () => {
  it("shows a missing value as a dash in every format", () => {
    for (const format of [formatCount, formatPercent, formatShare, formatUsd, formatSigned, formatLarge]) expect(format(null)).toBe(MISSING);
    expect(formatCount(Number.NaN)).toBe(MISSING);
  });
  it("rounds and separates thousands", () => {
    expect(formatCount(12_345.6)).toBe("12,346");
    expect(formatUsd(76_950)).toBe("$76,950");
    expect(formatPercent(12.345)).toBe("12.3%");
    expect(formatShare(0.054992)).toBe("5.5%");
    expect(formatShare(0.57, 0)).toBe("57%");
  });
  it("signs a change, with a true minus and ± for no change", () => {
    expect(formatSigned(2.84, 1, " pts")).toBe("+2.8 pts");
    expect(formatSigned(-2.84, 1, " pts")).toBe("−2.8 pts");
    expect(formatSigned(0.04, 1)).toBe("±0.0");
  });
  it("writes large counts in words", () => {
    expect(formatLarge(4_449_857)).toBe("4.45 million");
    expect(formatLarge(244_705)).toBe("245 thousand");
    expect(formatLarge(43_325)).toBe("43,325");
  });
});
