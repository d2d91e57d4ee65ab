/**
 * Printing report pages of the built site to PDF for `mcw report`, served and opened by cli/localSite.ts. Each page
 * is printed only once it shows the report-ready marker; each PDF is written under a temporary name and renamed.
 */
import {renameSync, rmSync, writeFileSync} from "node:fs";
import type {Browser} from "playwright-core";
import {REPORT_READY_SELECTOR} from "../src/components/ReportControls.js";

/** What one PDF needs: the page's path and fragment, the paper, where to write, and the scenario hash expected (or null). */
export interface PrintJob {
  /** Site path with query and fragment, e.g. "/reports/clinical-coding?paper=a4#s=v1.…". */
  readonly path: string;
  readonly paper: "a4" | "letter";
  readonly out: string;
  /** The SHA-256 the page must report for its scenario (the scenario given), or null to accept the page's own. */
  readonly expectHash: string | null;
  readonly timeoutMs: number;
}

/** What the printed page said about itself. */
export interface PrintResult {
  readonly out: string;
  readonly bytes: number;
  readonly pages: number;
  readonly scenarioHash: string;
  readonly title: string;
  readonly seconds: number;
}

/** A report page that could not be printed: the message says what the page showed. */
export class ReportPrintError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ReportPrintError";
  }
}

/** Counts the pages of a PDF written by Chromium (each page is one `/Type /Page` object). */
export function countPdfPages(pdf: Uint8Array): number {
  return (Buffer.from(pdf).toString("latin1").match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Opens one report page, waits for its ready marker, checks that it computed the scenario asked for, and prints it
 * to `job.out` (temporary name, then rename) with a footer naming the report, the scenario hash and the page number.
 *
 * @throws {ReportPrintError} when the page reports an error, does not become ready in time, or computed another scenario
 */
export async function printReport(browser: Browser, origin: string, job: PrintJob): Promise<PrintResult> {
  const started = performance.now();
  const context = await browser.newContext({viewport: {width: 1000, height: 1400}});
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(`uncaught exception: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  const temporary = `${job.out}.tmp-${process.pid}`;
  try {
    const response = await page.goto(`${origin}${job.path}`, {waitUntil: "load", timeout: job.timeoutMs});
    if (!response || !response.ok()) throw new ReportPrintError(`${job.path}: HTTP ${response?.status() ?? "no response"}`);
    try {
      await page.waitForSelector(REPORT_READY_SELECTOR, {state: "attached", timeout: job.timeoutMs});
    } catch {
      const errors = await page.$$eval(".observablehq--error", (nodes) => nodes.map((n) => (n.textContent ?? "").trim()));
      const state = await page.$eval("[data-report-ready]", (el) => (el as HTMLElement).dataset.reportReady ?? "").catch(() => "missing");
      throw new ReportPrintError(`${job.path}: the report did not become ready within ${job.timeoutMs / 1000} s (marker: ${state})${[...errors, ...problems].map((e) => `\n  ${e}`).join("")}`);
    }
    const marker = await page.$eval(REPORT_READY_SELECTOR, (el) => ({...(el as HTMLElement).dataset}));
    const notice = await page.$eval(".report-notice", (el) => ((el as HTMLElement).hidden ? "" : (el.textContent ?? "").trim())).catch(() => "");
    const scenarioHash = marker.scenarioHash ?? "";
    if (job.expectHash !== null && scenarioHash !== job.expectHash) {
      throw new ReportPrintError(`${job.path.replace(/#.*$/, "#…")}: the page computed scenario ${scenarioHash.slice(0, 12)}…, not the one given (${job.expectHash.slice(0, 12)}…)${notice ? `: ${notice}` : ""}`);
    }
    if (problems.length > 0) throw new ReportPrintError(`${job.path.replace(/#.*$/, "")}: ${problems.join("; ")}`);
    const title = (await page.locator("h1").first().textContent())?.trim() ?? "Report";
    await page.emulateMedia({media: "print"});
    const pdf = await page.pdf({
      format: job.paper === "letter" ? "Letter" : "A4",
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: "<span></span>",
      footerTemplate: `<div style="font: 7.5px sans-serif; color: #555; width: 100%; margin: 0 15mm; display: flex; justify-content: space-between;"><span>${escapeHtml(title)} · scenario SHA-256 ${escapeHtml(scenarioHash.slice(0, 16))}…</span><span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`,
      margin: {top: "16mm", bottom: "18mm", left: "15mm", right: "15mm"}
    });
    writeFileSync(temporary, pdf);
    renameSync(temporary, job.out);
    return {out: job.out, bytes: pdf.length, pages: countPdfPages(pdf), scenarioHash, title, seconds: (performance.now() - started) / 1000};
  } finally {
    rmSync(temporary, {force: true});
    await context.close();
  }
}
