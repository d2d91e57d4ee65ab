import type {ReportModel} from "../model/report/assembleReport.js";
import type {SharedStateProblem} from "../model/scenarioUrl.js";
import {element, type ReportComponentOptions} from "./ReportDom.js";

/** Paper sizes a report prints on; the first is the default. */
export const REPORT_PAPERS = ["a4", "letter"] as const;
export type ReportPaper = (typeof REPORT_PAPERS)[number];

/**
 * The paper of a report page's `?paper=` query: "a4" (default) or "letter"; anything else is A4.
 *
 * @example reportPaper("?paper=letter"); // => "letter"
 */
export function reportPaper(search: string): ReportPaper {
  const value = new URLSearchParams(search).get("paper")?.toLowerCase();
  return value === "letter" ? "letter" : "a4";
}

/** The @page rule of a paper size (margins stay those of ReportPage.css). */
export function pageSizeRule(paper: ReportPaper): string {
  return `@page { size: ${paper === "letter" ? "letter" : "A4"}; }`;
}

/**
 * Print controls of a report: the paper size (A4 or Letter, initially `?paper=`) and a button that opens the print
 * dialog (save as PDF there, or use `mcw report`). Choosing a paper sets the page's @page size. Hidden in print.
 */
export function ReportPrintControls({search = globalThis.location?.search ?? "", document = globalThis.document}: ReportComponentOptions & {search?: string} = {}): HTMLElement {
  const root = element(document, "div", "report-print");
  const style = element(document, "style", null);
  style.id = "report-page-size";
  const select = element(document, "select", null);
  select.name = "paper";
  for (const paper of REPORT_PAPERS) {
    const option = element(document, "option", null, paper === "a4" ? "A4" : "Letter");
    option.value = paper;
    select.append(option);
  }
  const apply = () => {
    const paper = select.value === "letter" ? "letter" : "a4";
    style.textContent = pageSizeRule(paper);
    document.documentElement.dataset.paper = paper;
  };
  select.value = reportPaper(search);
  apply();
  select.addEventListener("change", apply);
  const label = element(document, "label", null, "Paper ", select);
  const button = element(document, "button", null, "Print or save as PDF");
  button.type = "button";
  button.addEventListener("click", () => document.defaultView?.print());
  root.append(style, label, button);
  return root;
}

/** Why the link's scenario was not used (the report's own scenario is shown instead); text only, never markup. */
export function ReportNotice(problem: SharedStateProblem | null, fallback: string, {document = globalThis.document}: ReportComponentOptions = {}): HTMLElement {
  const root = element(document, "div", "report-notice");
  if (problem === null) {
    root.hidden = true;
    return root;
  }
  root.setAttribute("role", "alert");
  root.append(element(document, "strong", null, `This link's scenario could not be used; the report shows ${fallback} instead.`), element(document, "p", null, problem.message));
  if (problem.details.length > 0) {
    const list = element(document, "ul", null);
    for (const detail of problem.details) list.append(element(document, "li", null, detail));
    root.append(list);
  }
  return root;
}

/** What `mcw report` and the browser tests wait for before printing. */
export const REPORT_READY_SELECTOR = 'p.report-ready[data-report-ready="true"]';

/**
 * The report-ready marker: an invisible element whose `data-report-ready` turns from "pending" to "true" once every
 * chart of the report has drawn its SVG (checked on animation frames), or to "timeout" after `timeoutMs`. It carries
 * the scenario hash, seed, draws and NPV, so a tool can check that the page computed what it asked for.
 *
 * @param report the assembled report
 * @param options `charts`: how many figures the report draws
 */
export function ReportReady(report: ReportModel, {charts, timeoutMs = 20_000, document = globalThis.document}: ReportComponentOptions & {charts: number; timeoutMs?: number}): HTMLElement {
  const marker = element(document, "p", "report-ready");
  marker.hidden = true;
  Object.assign(marker.dataset, {
    reportReady: "pending",
    scenarioHash: report.provenance.scenarioHash,
    seed: String(report.provenance.seed),
    draws: String(report.provenance.draws),
    npv: String(report.run.deterministic.npv)
  });
  const started = Date.now();
  const view = document.defaultView;
  const next = (f: () => void) => (view?.requestAnimationFrame ? view.requestAnimationFrame(f) : setTimeout(f, 16));
  const check = () => {
    const figures = [...document.querySelectorAll("figure[data-chart]")];
    const drawn = figures.length >= charts && figures.every((figure) => figure.querySelector("svg") !== null);
    if (drawn && marker.isConnected) {
      marker.dataset.reportReady = "true";
    } else if (Date.now() - started > timeoutMs) {
      marker.dataset.reportReady = "timeout";
    } else {
      next(check);
    }
  };
  next(check);
  return marker;
}
