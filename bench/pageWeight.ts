/**
 * Page weight: the bytes a reader's browser downloads to show one page of the built site, measured in Debian's
 * Chromium (playwright-core) from a cold cache, with the files that dominate. Used by `npm run bench` and by the
 * browser suite test/e2e/suites/pageWeight.ts, which holds every page to the budget.
 */
import {readdirSync} from "node:fs";
import {join, relative} from "node:path";
import {gzipSync} from "node:zlib";
import type {Browser, Page, Request} from "playwright-core";
import {reportPaths} from "../src/data/reports/reportPaths.js";

/** Issue 9: a page that runs no browser-side SQL downloads at most 1 MB and never loads DuckDB-WASM. */
export const PAGE_WEIGHT_BUDGET = {maxBytes: 1_000_000} as const;

/**
 * Content types an ordinary static host (GitHub Pages, Netlify, nginx with `gzip_types`) compresses. Fonts and
 * images are compressed already; Arrow files are sent as they are by most hosts, so they count uncompressed.
 */
const COMPRESSED_TYPES = /^(text\/|application\/(javascript|json)|image\/svg\+xml)/;

/** A request for DuckDB-WASM or any WebAssembly module (the only reason a page would ship one here). */
export const DUCKDB_WASM = /duckdb|\.wasm(\?|$)/i;

export interface PageFile {
  /** Path on the site (origin removed). */
  readonly path: string;
  readonly bytes: number;
  /** Bytes after gzip (level 6) when a static host would compress this content type, else `bytes`. */
  readonly gzipBytes: number;
}

export interface PageWeight {
  readonly page: string;
  /** Response bodies, bytes (as sent: the static server does not compress). */
  readonly bytes: number;
  /** The same over a static host that gzips text (see COMPRESSED_TYPES). */
  readonly gzipBytes: number;
  readonly requests: number;
  /** The largest files, largest first (at most five). */
  readonly largest: readonly PageFile[];
  /** Every file the page loaded that looks like DuckDB-WASM or WebAssembly. */
  readonly wasm: readonly string[];
}

/** Every HTML page of a built site, as the path a reader visits (`/`, `/occupations`, `/reports/`). */
export function sitePages(dist: string): string[] {
  const pages: string[] = [];
  for (const entry of readdirSync(dist, {withFileTypes: true, recursive: true})) {
    if (!entry.isFile() || !entry.name.endsWith(".html")) continue;
    const file = relative(dist, join(entry.parentPath, entry.name)).split("\\").join("/");
    if (file.startsWith("_")) continue; // Framework's own folders hold no pages
    pages.push(file === "index.html" ? "/" : `/${file.replace(/index\.html$/, "").replace(/\.html$/, "")}`);
  }
  return pages.sort();
}

/**
 * The pages with one report of a candidate standing for all: Framework builds every /reports/<id> from the same
 * template (src/reports/[credential].md) reading the same data files, so they download the same bytes and run the
 * same code. Suites that re-visit pages for one property (page weight, hostile text) check one of them.
 */
export function onePagePerTemplate(pages: readonly string[]): string[] {
  const [kept, ...alike] = reportPaths().filter((path) => pages.includes(path));
  const skipped = new Set(alike);
  return pages.filter((page) => page === kept || !skipped.has(page));
}

/**
 * Sums what one page downloads until the network is idle and every chart has drawn, in a fresh browser context
 * (cold cache) at 1280 × 900.
 *
 * @throws {Error} if the page does not load
 */
export async function measurePageWeight(browser: Browser, origin: string, page: string): Promise<PageWeight> {
  const context = await browser.newContext({viewport: {width: 1280, height: 900}});
  const tab = await context.newPage();
  try {
    const weigh = watchPageWeight(tab, page);
    const response = await tab.goto(`${origin}${page}`, {waitUntil: "networkidle"});
    if (response === null || !response.ok()) throw new Error(`measurePageWeight: ${page} answered ${response?.status() ?? "nothing"}`);
    await tab
      .waitForFunction(chartsDrawn, null, {timeout: 20_000})
      .catch(() => undefined); // a chart that never draws is the page check's business; its bytes still count
    return await weigh();
  } finally {
    await context.close();
  }
}

/**
 * Starts counting what `tab` downloads; attach it before the page is opened, in a fresh context (cold cache).
 * The returned function waits until the network is idle, stops counting and sums the response bodies.
 */
export function watchPageWeight(tab: Page, page: string): () => Promise<PageWeight> {
  const sizes: Promise<PageFile>[] = [];
  const onFinished = (request: Request) => {
    const url = new URL(request.url());
    if (url.protocol === "data:" || url.protocol === "blob:") return;
    sizes.push(
      (async () => {
        const response = await request.response();
        const body = response === null ? Buffer.alloc(0) : await response.body();
        const type = response?.headers()["content-type"] ?? "";
        const gzipBytes = COMPRESSED_TYPES.test(type) ? gzipSync(body, {level: 6}).length : body.length;
        return {path: `${url.pathname}${url.search}`, bytes: body.length, gzipBytes};
      })()
    );
  };
  tab.on("requestfinished", onFinished);
  return async () => {
    try {
      await tab.waitForLoadState("networkidle");
    } finally {
      tab.off("requestfinished", onFinished);
    }
    const files = await Promise.all(sizes);
    const largest = [...files].sort((a, b) => b.bytes - a.bytes).slice(0, 5);
    return {
      page,
      bytes: files.reduce((sum, file) => sum + file.bytes, 0),
      gzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0),
      requests: files.length,
      largest,
      wasm: files.filter((file) => DUCKDB_WASM.test(file.path)).map((file) => file.path)
    };
  };
}

/**
 * Whether a page keeps the budget, and if not, what to say about it.
 *
 * @param measure `bytes` (as sent by a server that does not compress) or `gzipBytes` (a host that gzips text)
 */
export function pageWeightVerdict(weight: PageWeight, measure: "bytes" | "gzipBytes" = "bytes"): {ok: boolean; message: string} {
  const b = (n: number) => `${n.toLocaleString("en-US")} B`;
  const what = measure === "bytes" ? "uncompressed" : "gzipped";
  if (weight.wasm.length > 0) return {ok: false, message: `${weight.page} loads WebAssembly/DuckDB-WASM: ${weight.wasm.join(", ")}`};
  if (weight[measure] > PAGE_WEIGHT_BUDGET.maxBytes) {
    const top = [...weight.largest].sort((x, y) => y[measure] - x[measure]).slice(0, 3).map((file) => `${file.path} (${b(file[measure])})`).join(", ");
    return {ok: false, message: `${weight.page} downloads ${b(weight[measure])} ${what} > ${b(PAGE_WEIGHT_BUDGET.maxBytes)}; largest: ${top}`};
  }
  return {ok: true, message: `${weight.page}: ${b(weight[measure])} ${what} in ${weight.requests} requests`};
}

/**
 * True in the page once it shows at least one chart and every chart holds its SVG (every page has a chart, so
 * "no figure yet" means "not rendered yet", never "done"). Passed to Playwright's waitForFunction.
 */
export function chartsDrawn(): boolean {
  const figures = [...document.querySelectorAll("figure[data-chart]")];
  return figures.length > 0 && figures.every((figure) => figure.querySelector("svg") !== null);
}
