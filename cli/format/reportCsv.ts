import type {ModelReport} from "../../src/model/index.js";

/** Columns of `mcw model --format csv`. */
export const REPORT_CSV_COLUMNS = ["section", "input", "metric", "year", "value"] as const;

/**
 * The model report as one tidy CSV table, one number per row:
 * section (deterministic | monteCarlo | tornado), input (tornado rows only), metric (the JSON key,
 * dotted for nested ones, e.g. "npv.p10"), year (yearly rows only), value (empty for null).
 * Numbers keep full precision (JavaScript's shortest round-trip form).
 *
 * @param report result of `modelScenario`
 * @returns CSV text with a header row and a trailing newline
 * @example formatReportCsv(report).split("\n")[0]; // => "section,input,metric,year,value"
 */
export function formatReportCsv(report: ModelReport): string {
  const rows: (string | number | null)[][] = [];
  const add = (section: string, input: string, metric: string, year: number | null, value: number | null) =>
    rows.push([section, input, metric, year, value]);
  const d = report.deterministic;
  for (const metric of ["enrolments", "revenue", "cost", "cashFlow"] as const) {
    d[metric].forEach((value, t) => add("deterministic", "", metric, d.years[t] as number, value));
  }
  add("deterministic", "", "npv", null, d.npv);
  add("deterministic", "", "paybackYear", null, d.paybackYear);
  add("deterministic", "", "breakEvenFirstYearEnrolments", null, d.breakEvenFirstYearEnrolments);
  const mc = report.monteCarlo;
  if (mc) {
    add("monteCarlo", "", "draws", null, mc.draws);
    add("monteCarlo", "", "seed", null, mc.seed);
    for (const [stat, value] of Object.entries(mc.npv)) add("monteCarlo", "", `npv.${stat}`, null, value);
    add("monteCarlo", "", "probabilityNpvPositive", null, mc.probabilityNpvPositive);
    add("monteCarlo", "", "clampedDraws", null, mc.clampedDraws);
    for (const band of mc.cashFlowBands ?? []) {
      for (const stat of ["p10", "p50", "p90"] as const) add("monteCarlo", "", `cashFlowBands.${stat}`, band.year, band[stat]);
    }
  }
  for (const bar of report.tornado) {
    for (const metric of ["low", "high", "swing"] as const) add("tornado", bar.input, metric, null, bar[metric]);
  }
  const cell = (value: string | number | null) => (value === null ? "" : String(value));
  return [REPORT_CSV_COLUMNS.join(","), ...rows.map((row) => row.map(cell).join(","))].join("\n") + "\n";
}
