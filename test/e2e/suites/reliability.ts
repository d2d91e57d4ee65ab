/**
 * Hostile text in the browser: HTML and script in a scenario link, in a readiness link and in the candidate
 * catalogue's titles must show as text on every page that displays them: no element created from it, no dialog,
 * no blocked inline handler, all under the site's Content Security Policy (which the suite also shows would block
 * an inline handler if one ever slipped through).
 *
 * Catalogue titles reach the pages only through the built data files (_file/data/candidate*.json). Rather than
 * rebuilding the whole site from a data directory with hostile titles, the suite rewrites those files' titles on
 * their way to the browser (Playwright routing): the pages receive exactly what a build from such a catalogue
 * would give them (the loaders pass titles through unchanged; test/reliability/data-csv.test.ts shows the
 * catalogue accepts them as text).
 */
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {fileURLToPath} from "node:url";
import type {Page} from "playwright-core";
import {base64UrlEncode, deflateRaw} from "../../../src/model/scenarioUrl.js";
import {expectThat, visitAll, type E2EContext, type E2ESuite} from "../suite.js";
import {chartsDrawn, onePagePerTemplate, sitePages} from "../../../bench/pageWeight.js";

const root = fileURLToPath(new URL("../../..", import.meta.url));
const IMG = "<img src=x onerror=alert(1)>";
const SCRIPT = "<script>alert('catalogue')</script>";

/** What the guard script saw: elements and attributes that hostile text would create, and CSP violations. */
interface GuardReport {
  injected: string[];
  violations: string[];
}

/**
 * Runs in the page before any of its code (as source text: a bundled function would carry the test runner's
 * helpers with it): records every element or attribute hostile text would create, and every CSP violation but one.
 * zod 4 probes once whether it may compile validators with `new Function("")`, inside a try/catch; the policy
 * refuses it (nothing runs, zod validates without generated code) and the browser reports that refusal, so the
 * guard skips exactly that report: an "eval" blocked in zod's own module.
 */
const GUARD = `(() => {
  const report = {injected: [], violations: []};
  window.__guard = report;
  document.addEventListener("securitypolicyviolation", (e) => {
    if (e.violatedDirective === "script-src" && e.blockedURI === "eval" && /\\/_node\\/zod@/.test(e.sourceFile)) return;
    report.violations.push(e.violatedDirective + ": " + (e.sample || e.blockedURI) + " (" + e.sourceFile + ":" + e.lineNumber + ")");
  });
  function inspect(element) {
    const tag = element.tagName.toLowerCase();
    if (tag === "img" && element.getAttribute("src") === "x") report.injected.push(element.outerHTML);
    if (tag === "script" && /alert\\(/.test(element.textContent || "")) report.injected.push(element.outerHTML);
    if (tag === "iframe" || tag === "object" || tag === "embed") report.injected.push("<" + tag + ">");
    if (tag === "a" && /^\\s*javascript:/i.test(element.getAttribute("href") || "")) report.injected.push(element.outerHTML);
    for (const attribute of element.attributes) {
      if (/^on/i.test(attribute.name) && /alert/.test(attribute.value)) report.injected.push(tag + "[" + attribute.name + "=" + attribute.value + "]");
    }
  }
  new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === "attributes" && record.target instanceof Element) inspect(record.target);
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue;
        inspect(node);
        for (const inner of node.querySelectorAll("*")) inspect(inner);
      }
    }
  }).observe(document, {childList: true, subtree: true, attributes: true});
})();`;

interface Guarded {
  page: Page;
  problems: string[];
  dialogs: string[];
  close(): Promise<void>;
}

/**
 * Opens a page with the guard installed, every dialog recorded (and dismissed), console errors, exceptions, failed
 * or non-OK requests and requests to other hosts recorded, and optionally the candidate data files rewritten.
 */
async function openGuarded({browser, origin}: E2EContext, path: string, {width = 1280, rewriteTitles = false} = {}): Promise<Guarded & {rewritten: string[]}> {
  const context = await browser.newContext({viewport: {width, height: 900}});
  const page = await context.newPage();
  const problems: string[] = [];
  const dialogs: string[] = [];
  const rewritten: string[] = [];
  const host = new URL(origin).host;
  page.on("dialog", (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`uncaught exception: ${error.message}`));
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.protocol !== "data:" && url.protocol !== "blob:" && url.host !== host) problems.push(`request to another host: ${request.url()}`);
  });
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  if (rewriteTitles) {
    await page.route(/\/_file\/data\/candidate[^/]*\.json$/, async (route) => {
      const response = await route.fetch();
      let count = 0;
      const hostile = (value: unknown): unknown => {
        if (Array.isArray(value)) return value.map(hostile);
        if (value === null || typeof value !== "object") return value;
        return Object.fromEntries(
          Object.entries(value).map(([key, inner]) => [key, key === "title" && typeof inner === "string" ? `${count++ % 2 === 0 ? IMG : SCRIPT}#${count}` : hostile(inner)])
        );
      };
      const json = hostile(await response.json());
      rewritten.push(`${new URL(route.request().url()).pathname} (${count} titles)`);
      await route.fulfill({response, json});
    });
  }
  await page.addInitScript({content: GUARD});
  await page.goto(`${origin}${path}`, {waitUntil: "networkidle"});
  await page
    .waitForFunction(chartsDrawn, null, {timeout: 20_000})
    .catch(() => problems.push("charts did not finish rendering within 20 s"));
  return {page, problems, dialogs, rewritten, close: () => context.close()};
}

/** The page's text as a reader meets it: text content (option labels and SVG text included) and form values. */
async function pageText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const values = [...document.querySelectorAll("input, textarea")].map((el) => (el as HTMLInputElement).value);
    return `${document.documentElement.textContent ?? ""}\n${values.join("\n")}`;
  });
}

/** Fails when the guard saw injected elements or CSP violations, a dialog fired, or the page reported a problem. */
async function expectNothingInjected(guarded: Guarded, where: string): Promise<void> {
  const report = await guarded.page.evaluate(() => (window as unknown as {__guard: GuardReport}).__guard);
  const csp = await guarded.page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content") ?? "");
  expectThat(report.injected.length === 0, `${where}: elements created from data: ${report.injected.join(" | ")}`);
  expectThat(guarded.dialogs.length === 0, `${where}: dialogs fired: ${guarded.dialogs.join(" | ")}`);
  expectThat(report.violations.length === 0, `${where}: CSP violations (something tried to run): ${report.violations.join(" | ")}`);
  expectThat(guarded.problems.length === 0, `${where}: ${guarded.problems.join("; ")}`);
  expectThat(csp.startsWith("default-src 'self'") && !/script-src[^;]*'unsafe-inline'/.test(csp), `${where}: the page does not run under the site's policy (${csp || "no policy"})`);
}

/** Shows the policy is live on the page: an inline handler the test itself inserts is blocked and reported. */
async function expectPolicyBlocksInlineHandlers(page: Page, where: string): Promise<void> {
  const outcome = await page.evaluate(async () => {
    const violation = new Promise<string>((resolve) => document.addEventListener("securitypolicyviolation", (e) => resolve(e.violatedDirective), {once: true}));
    const probe = document.createElement("div");
    probe.innerHTML = '<img src="data:," onerror="window.__handlerRan = true" onload="window.__handlerRan = true">';
    document.body.append(probe);
    const directive = await Promise.race([violation, new Promise<string>((resolve) => setTimeout(() => resolve("none"), 2_000))]);
    probe.remove();
    return {directive, ran: (window as unknown as {__handlerRan?: boolean}).__handlerRan === true};
  });
  expectThat(!outcome.ran && outcome.directive === "script-src-attr", `${where}: an inline handler was not blocked: ${JSON.stringify(outcome)}`);
}

/**
 * The pages whose built HTML registers a candidate data file (`registerFile("./…/data/candidate….json")`): the only
 * ones the catalogue's titles can reach. One candidate report stands for all (same template, same files).
 */
function pagesRegisteringCandidateFiles(): string[] {
  const dist = join(root, "dist");
  const htmlOf = (path: string) => join(dist, path === "/" || path.endsWith("/") ? `${path}index.html` : `${path}.html`);
  return onePagePerTemplate(sitePages(dist)).filter((path) => /registerFile\("[^"]*data\/candidate[^"]*\.json"/.test(readFileSync(htmlOf(path), "utf8")));
}

const suite: E2ESuite = {
  name: "reliability",
  tests: [
    {
      name: "a scenario link with HTML in its name, description and a source shows them as text, at 1280 and 768 px",
      async run(context) {
        const file = readFileSync(join(root, "test", "fixtures", "bad", "scenario", "html-name.json"), "utf8");
        const json = JSON.parse(file) as {name: string; description: string};
        const hash = `#s=v1.${base64UrlEncode(await deflateRaw(new TextEncoder().encode(file)))}`;
        for (const width of [1280, 768]) {
          const guarded = await openGuarded(context, `/scenarios${hash}`, {width});
          try {
            const {page} = guarded;
            await page.locator("button.scenario-pin-button").click();
            await page.waitForFunction((name) => document.querySelector(".scenario-pins")?.textContent?.includes(name) === true, json.name, {timeout: 20_000});
            const text = await pageText(page);
            expectThat(text.includes(json.name), `@${width}: the name ${json.name} is not shown as text`);
            expectThat(text.includes(json.description), `@${width}: the description is not shown as text`);
            await page.screenshot({path: join(context.output, `reliability-scenario-html-name-${width}.png`), fullPage: true});
            await expectNothingInjected(guarded, `/scenarios @${width}`);
            await expectPolicyBlocksInlineHandlers(page, `/scenarios @${width}`);
          } finally {
            await guarded.close();
          }
        }
      }
    },
    {
      name: "a readiness link naming the institution <img src=x onerror=alert(1)> shows the name as text",
      async run(context) {
        for (const width of [1280, 768]) {
          const guarded = await openGuarded(context, `/readiness?r=1.pol1-3&rn=${encodeURIComponent(IMG)}`, {width});
          try {
            const text = await pageText(guarded.page);
            expectThat(text.includes(`Showing: ${IMG}.`), `@${width}: the institution's name is not shown as text`);
            await guarded.page.screenshot({path: join(context.output, `reliability-readiness-html-name-${width}.png`), fullPage: true});
            await expectNothingInjected(guarded, `/readiness @${width}`);
            await expectPolicyBlocksInlineHandlers(guarded.page, `/readiness @${width}`);
          } finally {
            await guarded.close();
          }
        }
      }
    },
    {
      name: "catalogue titles holding <img onerror> and <script> show as text on every page that loads them",
      async run(context) {
        const shown: string[] = [];
        const loading: string[] = [];
        await visitAll(pagesRegisteringCandidateFiles(), async (path) => {
          const guarded = await openGuarded(context, path, {rewriteTitles: true});
          try {
            if (guarded.rewritten.length === 0) return;
            loading.push(path);
            const text = await pageText(guarded.page);
            if (text.includes(`${IMG}#`) || text.includes(`${SCRIPT}#`)) shown.push(path);
            await expectNothingInjected(guarded, `${path} (${guarded.rewritten.join(", ")})`);
            if (path === "/scenarios") await guarded.page.screenshot({path: join(context.output, "reliability-scenarios-hostile-titles-1280.png"), fullPage: true});
          } finally {
            await guarded.close();
          }
        });
        expectThat(loading.includes("/scenarios"), `the scenario page did not load candidate data (pages that did: ${loading.join(", ") || "none"})`);
        expectThat(shown.includes("/scenarios"), `the scenario page does not list the candidates' titles as text (shown on: ${shown.join(", ") || "no page"})`);
      }
    }
  ]
};
export default suite;
