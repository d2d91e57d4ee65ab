/**
 * Writes the results workbook (`resultsSheets`) as XLSX with exceljs. exceljs (~0.9 MB) is loaded only when a
 * workbook is written, through a dynamic import that Framework bundles from node_modules into the site, so it
 * never weighs on page load and needs no network. Numbers are written as numeric cells (full precision);
 * every text cell passes `neutraliseFormula` (again: it is idempotent) so no cell can start a formula.
 */
import {neutraliseFormula, type Sheet} from "../model/resultsTable.js";

type ExcelModule = typeof import("exceljs");

/** Loads exceljs; the module's classes sit on `default` in the browser bundle and on the module in Node. */
export async function loadExcel(): Promise<ExcelModule> {
  const module = (await import("exceljs")) as ExcelModule & {default?: ExcelModule};
  return module.default?.Workbook ? module.default : module;
}

/**
 * The XLSX bytes of a workbook with one worksheet per sheet: a bold, frozen header row, column widths and
 * number formats from the sheet, then its rows.
 *
 * @param sheets sheets to write (names ≤ 31 characters, as Excel requires)
 * @param options load: how to get exceljs (default `loadExcel`); created: the workbook's timestamp
 * @returns the .xlsx file contents
 * @throws {Error} if a sheet name is empty, longer than 31 characters or repeated
 */
export async function xlsxBytes(
  sheets: readonly Sheet[],
  {load = loadExcel, created = new Date()}: {load?: () => Promise<ExcelModule>; created?: Date} = {}
): Promise<Uint8Array> {
  const names = new Set<string>();
  for (const sheet of sheets) {
    if (sheet.name.length === 0 || sheet.name.length > 31 || names.has(sheet.name)) {
      throw new Error(`xlsxBytes: sheet name "${sheet.name}" must be 1–31 characters and unique`);
    }
    names.add(sheet.name);
  }
  const ExcelJS = await load();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Micro-credential Workbench";
  workbook.created = created;
  workbook.modified = created;
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name, {views: [{state: "frozen", ySplit: 1}]});
    worksheet.columns = sheet.columns.map((c) => ({header: neutraliseFormula(c.header), width: c.width, ...(c.numFmt ? {style: {numFmt: c.numFmt}} : {})}));
    worksheet.getRow(1).font = {bold: true};
    for (const row of sheet.rows) worksheet.addRow(row.map((cell) => (typeof cell === "string" ? neutraliseFormula(cell) : cell)));
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
