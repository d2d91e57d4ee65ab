/**
 * `npm run test:e2e`: serves the built site (dist/) on 127.0.0.1 and visits every page in Debian's Chromium at
 * 1280 and 768 px (at 768 px one candidate report stands for the others: same template, same data files). Fails
 * on a console error, an uncaught exception, a failed request, a request to any other host, or a chart without marks. Then runs every interaction suite in test/e2e/suites/ (each file default-exports
 * an E2ESuite). Screenshots go to test/output/e2e/. Run `npm run build` first; `npm run test:e2e -- <word>…` runs
 * only the pages and suites whose path or name contains one of the words.
 */
import {existsSync, mkdirSync, readdirSync} from "node:fs";
import {join, relative} from "node:path";
import {fileURLToPath} from "node:url";
import {checkPage, openWatched} from "./checkPage.js";
import {visitAll, type E2EContext, type E2ESuite} from "./suite.js";
import {withSiteLock} from "../../scripts/siteLock.js";
import {launchBrowser, serveSite} from "../../cli/localSite.js";
import {onePagePerTemplate, sitePages, type PageWeight} from "../../bench/pageWeight.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const dist = join(root, "dist");
const output = join(root, "test", "output", "e2e");
const WIDTHS = [1280, 768];
/** Words from the command line: a page or suite runs when its path or name contains any of them (none: all). */
const only = process.argv.slice(2);
const selected = (text: string) => only.length === 0 || only.some((word) => text.includes(word));
const elapsed = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

if (!existsSync(join(dist, "index.html"))) {
  process.stderr.write("test:e2e: dist/index.html is missing; run `npm run build` first\n");
  process.exit(1);
}
mkdirSync(output, {recursive: true});

async function loadSuites(): Promise<E2ESuite[]> {
  const folder = join(root, "test", "e2e", "suites");
  const files = existsSync(folder) ? readdirSync(folder).filter((f) => f.endsWith(".ts")).sort() : [];
  const suites: E2ESuite[] = [];
  for (const file of files) suites.push(((await import(join(folder, file))) as {default: E2ESuite}).default);
  return suites;
}

// A concurrent build would replace dist/ under the server's feet.
process.exitCode = await withSiteLock(root, "npm run test:e2e", async () => {
  const started = performance.now();
  const site = await serveSite(dist);
  const origin = site.origin;
  const browser = await launchBrowser();
  let passed = 0;
  let failed = 0;
  let chartsChecked = 0;
  try {
    // Every page at 1280 px; at 768 px one candidate report stands for all, which share one template and its data.
    const pages = sitePages(dist).filter(selected);
    const narrow = new Set(onePagePerTemplate(pages));
    const visits = WIDTHS.flatMap((width) => pages.filter((path) => width === WIDTHS[0] || narrow.has(path)).map((path) => ({path, width})));
    const weights: PageWeight[] = [];
    await visitAll(visits, async ({path, width}) => {
      const name = `${path === "/" ? "index" : path.slice(1).replaceAll("/", "--")}-${width}.png`;
      const pageStarted = performance.now();
      const result = await checkPage(browser, origin, path, width, join(output, name), {weigh: width === WIDTHS[0]});
      if (result.weight) weights.push(result.weight);
      chartsChecked += result.charts.length;
      const summary = result.charts.map((c) => `${c.name}: ${c.marks} marks`).join(", ") || "no charts";
      if (result.problems.length === 0) {
        passed++;
        process.stdout.write(`ok   ${path} @${width}px (${summary}) ${elapsed(pageStarted)}\n`);
      } else {
        failed++;
        process.stdout.write(`FAIL ${path} @${width}px\n${result.problems.map((p) => `     - ${p}`).join("\n")}\n`);
      }
    });
    const context: E2EContext = {
      browser,
      origin,
      output,
      ...(only.length === 0 ? {pageWeights: weights} : {}),
      open: (path, width) => openWatched(browser, origin, path, width)
    };
    for (const suite of await loadSuites()) {
      for (const test of suite.tests) {
        if (!selected(`${suite.name} ${test.name}`)) continue;
        const testStarted = performance.now();
        try {
          await test.run(context);
          passed++;
          process.stdout.write(`ok   ${suite.name}: ${test.name} ${elapsed(testStarted)}\n`);
        } catch (error) {
          failed++;
          process.stdout.write(`FAIL ${suite.name}: ${test.name}\n     - ${error instanceof Error ? error.message : String(error)}\n`);
        }
      }
    }
  } finally {
    await browser.close();
    await site.close();
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(`\n${chartsChecked} charts checked in ${seconds} s; screenshots in ${relative(root, output)}/\n`);
  process.stdout.write(`${passed} passed, ${failed} failed\n`);
  return failed === 0 ? 0 : 1;
});
