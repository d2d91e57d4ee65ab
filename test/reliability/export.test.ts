/**
 * Spreadsheet formula prefixes in exported cells (CSV injection): every export that can carry text from a user's
 * file (chart downloads, the scenario page's results CSV and XLSX, the CLI's CSV) must keep such text from
 * running as a formula, and keep numbers as numbers.
 */
import {readFileSync} from "node:fs";
import {csvParseRows} from "d3";
import {JSDOM} from "jsdom";
import {describe, expect, it} from "vitest";
import {chartFigure} from "../../src/components/chartFigure.js";
import {csvText} from "../../src/components/csvText.js";
import {loadExcel, xlsxBytes} from "../../src/components/scenarioXlsx.js";
import {queryRows, withDuckDB} from "../../loaders/duckdb.js";
import {loadCsv} from "../../loaders/readCsv.js";
import {userShortage} from "../../loaders/sources/userShortage.js";
import {parseScenario} from "../../src/model/parseScenario.js";
import {FORMULA_PREFIX, modelReportOf, resultsRows, resultsSheets} from "../../src/model/resultsTable.js";
import {runScenario} from "../../src/model/runScenario.js";
import {caseById, expectMessages, fixturePath, linesOf, runMcw} from "./corpus.js";

/** The text cells (not the header) of CSV text, parsed back as a spreadsheet would. */
const csvCells = (text: string): string[] => csvParseRows(text).slice(1).flat();

/** No text cell starts a formula: nothing begins with =, +, -, @, tab or CR unless it reads as a plain number. */
const expectNoFormulaText = (cells: readonly string[]) => {
  const risky = cells.filter((cell) => FORMULA_PREFIX.test(cell) && !/^-?\d+(\.\d+)?(e[-+]?\d+)?$/i.test(cell));
  expect(risky).toEqual([]);
};

describe("formula prefixes in exported cells", () => {
  it("export-csv-formula-cells: a chart download prefixes each formula-like text with an apostrophe", () => {
    const c = caseById("export-csv-formula-cells");
    if (!("cells" in c.input)) throw new Error("the case lists its cells");
    const text = csvText(c.input.cells.map((cell) => ({cell})));
    const cells = csvCells(text);
    expect(cells).toHaveLength(c.input.cells.length);
    expectMessages(c, cells);
    expectNoFormulaText(cells);
  });

  it("export-csv-numbers-stay-numbers: a negative number stays a number, a look-alike text does not", () => {
    const c = caseById("export-csv-numbers-stay-numbers");
    if (!("cells" in c.input)) throw new Error("the case lists its cells");
    const cells = csvCells(csvText(c.input.cells.map((cell) => ({cell}))));
    expectMessages(c, cells);
  });

  it("export-xlsx-formula-scenario: the results workbook has no formula and no formula-like text", async () => {
    const c = caseById("export-xlsx-formula-scenario");
    const scenario = parseScenario(JSON.parse(readFileSync(fixturePath(c), "utf8")));
    const report = modelReportOf(runScenario(scenario, {draws: 500, seed: 1}));
    const bytes = await xlsxBytes(resultsSheets(report, scenario), {created: new Date(0)});
    const ExcelJS = await loadExcel();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
    const texts: string[] = [];
    let cells = 0;
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          cells++;
          expect(cell.type, `${sheet.name}!${cell.address}`).not.toBe(ExcelJS.ValueType.Formula);
          if (typeof cell.value === "string") texts.push(cell.value);
        })
      )
    );
    expect(cells).toBeGreaterThan(100);
    expectMessages(c, texts);
    expectNoFormulaText(texts);

    // the same scenario's results CSV (the page's other export)
    const csvCellsOfResults = csvCells(csvText(resultsRows(report, scenario)));
    expectMessages(c, csvCellsOfResults);
    expectNoFormulaText(csvCellsOfResults);
  });

  it("export-chart-download: rows loaded from a user's file keep formula text out of the download", async () => {
    const c = caseById("export-chart-download");
    const rows = await withDuckDB(async (db) => {
      await loadCsv(db, userShortage, fixturePath(c));
      return queryRows(db, "select source, country_code, area, period_label, indicator, value, notes from src_user_shortage");
    });
    const {document} = new JSDOM("<!doctype html><body></body>").window;
    const figure = chartFigure(document.createElementNS("http://www.w3.org/2000/svg", "svg"), {title: "Rates", subtitle: "Test", data: rows, filename: "rates", document});
    const href = figure.querySelector("a[download]")?.getAttribute("href") ?? "";
    expect(href.startsWith("data:text/csv;charset=utf-8,")).toBe(true);
    const cells = csvCells(decodeURIComponent(href.slice("data:text/csv;charset=utf-8,".length)));
    expectMessages(c, cells);
    expectNoFormulaText(cells);
  });

  it("export-cli-csv: mcw model --format csv carries no free text at all", async () => {
    const c = caseById("export-cli-csv");
    const {exit, stdout, stderr} = await runMcw(["model", fixturePath(c), "--format", "csv", "--draws", "200", "--bands"]);
    expect(exit, stderr).toBe(0);
    const lines = linesOf(stdout);
    expectMessages(c, lines);
    for (const line of lines.slice(1)) expect(line).toMatch(/^(deterministic|monteCarlo|tornado),[A-Za-z]*,[A-Za-z0-9.]+,\d*,(-?\d+(\.\d+)?(e[-+]\d+)?)?$/);
  });
});
