import type {Browser, Page} from "playwright-core";
import {chartsDrawn, watchPageWeight, type PageWeight} from "../../bench/pageWeight.js";

export interface PageCheck {
  path: string;
  width: number;
  problems: string[];
  charts: {name: string; marks: number}[];
  screenshot: string;
  /** What the page downloaded (cold cache), when the check was asked to weigh it. */
  weight?: PageWeight;
}

/** Plot's aria-labels for scaffolding rather than data: axes, ticks, grids, frames and tooltips. */
const SCAFFOLDING = /axis|tick|grid|frame|tip|rule/;

/**
 * Opens one page at one width and reports every problem: a console error, an uncaught exception, a failed or
 * non-OK request, a request to any host but the one serving the site, a chart with no data marks, or no chart
 * at all (every page answers its question with at least one). Saves a full-page screenshot; with `weigh`, also
 * counts what the page downloaded (as `npm run bench` does), so the page-weight suite need not open it again.
 */
export async function checkPage(browser: Browser, origin: string, path: string, width: number, screenshot: string, {weigh = false} = {}): Promise<PageCheck> {
  let weighed: (() => Promise<PageWeight>) | undefined;
  const {page, problems, close} = await openWatched(browser, origin, path, width, (tab) => {
    if (weigh) weighed = watchPageWeight(tab, path);
  });
  // Charts render after their data loads; wait until every figure holds an SVG (or give up and report).
  await page
    .waitForFunction(chartsDrawn, null, {timeout: 20_000})
    .catch(() => problems.push("charts did not finish rendering within 20 s"));
  const errors = await page.$$eval(".observablehq--error", (nodes) => nodes.map((n) => n.textContent ?? ""));
  for (const error of errors) problems.push(`cell error: ${error.trim()}`);

  const charts = await page.$$eval(
    "figure[data-chart]",
    (figures, scaffolding) =>
      figures.map((figure) => {
        const pattern = new RegExp(scaffolding);
        const groups = [...figure.querySelectorAll("svg g[aria-label]")].filter((g) => !pattern.test(g.getAttribute("aria-label") ?? ""));
        return {name: (figure as HTMLElement).dataset.chart ?? "(unnamed)", marks: groups.reduce((n, g) => n + g.children.length, 0)};
      }),
    SCAFFOLDING.source
  );
  for (const chart of charts) if (chart.marks === 0) problems.push(`chart "${chart.name}" rendered no marks`);
  if (charts.length === 0) problems.push("no chart on the page");

  const weight = await weighed?.();
  await page.screenshot({path: screenshot, fullPage: true});
  await close();
  return {path, width, problems, charts, screenshot, ...(weight ? {weight} : {})};
}

/**
 * Opens a page in a fresh context and watches it: console errors, uncaught exceptions, failed or non-OK
 * requests and requests to any host but the one serving the site all land in `problems`.
 */
export async function openWatched(
  browser: Browser,
  origin: string,
  path: string,
  width = 1280,
  beforeOpen: (page: Page) => void = () => {}
): Promise<{page: Page; problems: string[]; close(): Promise<void>}> {
  const context = await browser.newContext({viewport: {width, height: 900}, acceptDownloads: true});
  const page = await context.newPage();
  const problems: string[] = [];
  const host = new URL(origin).host;
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`uncaught exception: ${error.message}`));
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.protocol === "data:" || url.protocol === "blob:") return;
    if (url.host !== host) problems.push(`request to another host: ${request.url()}`);
  });
  page.on("requestfailed", (request) => problems.push(`failed request: ${request.url()} (${request.failure()?.errorText ?? "unknown"})`));
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });

  beforeOpen(page);
  await page.goto(`${origin}${path}`, {waitUntil: "networkidle"});
  return {page, problems, close: () => context.close()};
}
