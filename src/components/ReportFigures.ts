import type {ReportModel} from "../model/report/assembleReport.js";
import {CashFlowBandsChart, cashFlowFinding, cashFlowRows, type CashFlowSeries} from "./CashFlowBandsChart.js";
import {chartFigure} from "./chartFigure.js";
import {NpvHistogram, npvBinRows, npvFinding, type NpvSeries} from "./NpvHistogram.js";
import {definitionList, element, type ReportComponentOptions} from "./ReportDom.js";
import {formatLearners, formatMoney, formatShare} from "./scenarioFormat.js";
import {TornadoChart, tornadoFinding, tornadoRows} from "./TornadoChart.js";

/** Width the report's charts are drawn at: the text width of A4 and Letter pages at 96 dpi; CSS scales them down. */
export const REPORT_CHART_WIDTH = 680;

/** "Source: …" for the report's charts: the model, the scenario and where it came from, the Monte Carlo settings. */
export function reportChartSubtitle(report: ReportModel): string {
  const {scenario, settings, origin} = report.scenario;
  const s = scenario;
  const mc = report.run.monteCarlo ? ` · Monte Carlo: ${settings.draws.toLocaleString("en-US")} draws, seed ${settings.seed}` : "";
  return `Source: cost–revenue model (DESIGN.md §6) on “${s.name}”, ${origin.label}; input citations under Citations${mc} · ${s.currency}, nominal, years 0–${s.horizonYears}`;
}

/**
 * The headline results of the report's scenario: NPV at the inputs' values (formatted exactly as the scenario
 * workbench shows it), the Monte Carlo mean, P(NPV > 0), the middle 90% of NPV, break-even first-year enrolments
 * against those planned, and the payback year. Exact values ride along as data- attributes for tests and tools.
 */
export function ReportKeyFigures(report: ReportModel, {document = globalThis.document}: ReportComponentOptions = {}): HTMLElement {
  const {scenario} = report.scenario;
  const currency = scenario.currency;
  const d = report.run.deterministic;
  const mc = report.run.monteCarlo;
  const money = (x: number) => formatMoney(x, currency);
  const planned = scenario.inputs.firstYearEnrolments;
  const breakEven = d.breakEvenFirstYearEnrolments;
  const list = definitionList(document, "report-kpis", [
    ["NPV", `${money(d.npv)} at the inputs' values, discounted at ${formatShare(scenario.inputs.discountRate)}`],
    ["Expected NPV", mc ? `${money(mc.npv.mean)} (Monte Carlo mean)` : "no uncertain input"],
    ["Chance NPV > 0", mc ? `${formatShare(mc.probabilityNpvPositive)} of ${mc.draws.toLocaleString("en-US")} draws (seed ${mc.seed})` : "–"],
    ["NPV, 90% of draws", mc ? `${money(mc.npv.p5)} to ${money(mc.npv.p95)} (median ${money(mc.npv.p50)})` : "–"],
    ["Break-even", breakEven === null ? "none: every extra learner loses money" : `${formatLearners(breakEven)} first-year learners (${formatLearners(planned)} planned)`],
    ["Payback", d.paybackYear === null ? `not reached by year ${scenario.horizonYears}` : `year ${d.paybackYear} (cumulative cash flow ≥ 0, undiscounted)`]
  ]);
  Object.assign(list.dataset, {
    npv: String(d.npv),
    npvMean: mc ? String(mc.npv.mean) : "",
    probability: mc ? String(mc.probabilityNpvPositive) : "",
    breakEven: breakEven === null ? "" : String(breakEven),
    paybackYear: d.paybackYear === null ? "" : String(d.paybackYear)
  });
  return list;
}

/** One chart of the report with the data behind it (for the report's list of data files). */
export interface ReportChart {
  readonly figure: HTMLElement;
  readonly filename: string;
  readonly title: string;
  readonly rows: number;
}

/**
 * The report's charts, each in a `chartFigure` (title stating the finding, subtitle with source, CSV download):
 * yearly cash flow with its p10–p90 band, the NPV distribution, and the tornado. Without a Monte Carlo only the
 * cash-flow chart is drawn. Charts are drawn at a fixed width so the printed report and its figures are the same
 * on every screen.
 *
 * @param report the assembled report
 * @param options `prefix` of the CSV file names (the credential id), `document`
 */
export function reportCharts(report: ReportModel, {prefix, document = globalThis.document}: ReportComponentOptions & {prefix: string}): ReportChart[] {
  const {scenario} = report.scenario;
  const currency = scenario.currency;
  const label = scenario.name;
  const subtitle = reportChartSubtitle(report);
  const run = report.run;
  const charts: ReportChart[] = [];
  const add = <R extends object>(chart: Element, title: string, data: readonly R[], name: string, sub = subtitle) => {
    const filename = `${prefix}-${name}`;
    charts.push({figure: chartFigure(chart, {title, subtitle: sub, data: data as readonly object[] as readonly Record<string, unknown>[], filename, document}), filename, title, rows: data.length});
  };
  const cash: CashFlowSeries[] = [{label, years: run.deterministic.years, cashFlow: run.deterministic.cashFlow, bands: run.monteCarlo?.cashFlowBands ?? null}];
  add(CashFlowBandsChart(cash, {currency, width: REPORT_CHART_WIDTH, document}), cashFlowFinding(cash, currency), cashFlowRows(cash), "cash-flow-by-year");
  if (run.monteCarlo) {
    const mc = run.monteCarlo;
    const npv: NpvSeries[] = [{label, npvDraws: mc.npvDraws, summary: mc.npv, probabilityNpvPositive: mc.probabilityNpvPositive}];
    add(NpvHistogram(npv, {currency, width: REPORT_CHART_WIDTH, document}), npvFinding(npv, currency), npvBinRows(npv), "npv-distribution");
  }
  if (run.tornado.length > 0) {
    add(
      TornadoChart(run.tornado, {baseNpv: run.deterministic.npv, currency, width: REPORT_CHART_WIDTH, document}),
      tornadoFinding(run.tornado, currency),
      tornadoRows(run.tornado),
      "tornado",
      `${subtitle} · each input at its 10th and 90th percentile, all others at their values`
    );
  }
  return charts;
}

/** A note in place of the charts that need a Monte Carlo. */
export function ReportNoUncertainty({document = globalThis.document}: ReportComponentOptions = {}): HTMLElement {
  return element(document, "p", "report-note", "Nothing in this scenario is uncertain (or draws is 0): no NPV distribution or tornado. Give an input a range in the scenario workbench to see how sure the answer is.");
}
