import {spawnSync} from "node:child_process";
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import type {Page} from "playwright-core";
import {expectThat, type E2ESuite} from "../suite.js";

const EXAMPLE = "portfolios/data-skills-stack.json";
const SEED = 1;
const DRAWS = 10_000;

interface CliReport {
  members: string[];
  credentials: {id: string; npv: number; standaloneNpv: number; allocatedSharedCost: number}[];
  portfolio: {
    deterministic: {npv: number; paybackYear: number | null; breakEvenEnrolmentScale: number | null};
    monteCarlo: {draws: number; seed: number; npv: Record<"mean" | "sd" | "p5" | "p10" | "p50" | "p90" | "p95", number>; probabilityNpvPositive: number};
  };
  partners: {id: string; npv: number; monteCarlo: {npv: {mean: number}; probabilityNpvPositive: number}}[];
}

/** `mcw portfolio <file> --format json` with the page's seed and draws. */
function cli(file: string): CliReport {
  const result = spawnSync(process.execPath, ["bin/mcw.js", "portfolio", file, "--format", "json", "--seed", String(SEED), "--draws", String(DRAWS)], {encoding: "utf8"});
  if (result.status !== 0) throw new Error(`mcw portfolio ${file} failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as CliReport;
}

/** Every figure the page exposes in data- attributes. */
async function pageFigures(page: Page) {
  // No named helper functions inside evaluate: the test runner's transform would reference a helper the page lacks.
  return page.evaluate(() => {
    const summary = document.querySelector("[data-portfolio-summary]") as HTMLElement;
    const metrics: Record<string, string> = {};
    for (const item of summary.querySelectorAll<HTMLElement>("[data-metric]")) metrics[item.dataset.metric as string] = item.dataset.value as string;
    const credentials = [...document.querySelectorAll<HTMLElement>("tr[data-credential]")].map((row) => ({...row.dataset}));
    const partners = [...document.querySelectorAll<HTMLElement>("tr[data-partner]")].map((row) => ({...row.dataset}));
    return {members: summary.dataset.members, draws: summary.dataset.draws, seed: summary.dataset.seed, metrics, credentials, partners};
  });
}

/**
 * Compares the page's figures with the CLI's, number by number, for exact equality: the model computes with
 * engine-independent arithmetic (src/model/portableMath.ts), so Chromium and Node give the same bits.
 */
function differences(page: Awaited<ReturnType<typeof pageFigures>>, report: CliReport): string[] {
  const problems: string[] = [];
  const same = (what: string, shown: string | undefined, expected: number | null) => {
    const value = shown === undefined || shown === "" ? null : Number(shown);
    if (value !== expected) problems.push(`${what}: page ${shown}, mcw ${expected}`);
  };
  const d = report.portfolio.deterministic;
  const mc = report.portfolio.monteCarlo;
  if (page.members !== report.members.join(",")) problems.push(`members: page ${page.members}, mcw ${report.members.join(",")}`);
  same("draws", page.draws, mc.draws);
  same("seed", page.seed, mc.seed);
  same("npv", page.metrics.npv, d.npv);
  same("paybackYear", page.metrics.paybackYear, d.paybackYear);
  same("breakEvenEnrolmentScale", page.metrics.breakEvenEnrolmentScale, d.breakEvenEnrolmentScale);
  same("probabilityNpvPositive", page.metrics.probabilityNpvPositive, mc.probabilityNpvPositive);
  for (const key of ["mean", "sd", "p5", "p10", "p50", "p90", "p95"] as const) same(`npv.${key}`, page.metrics[key], mc.npv[key]);
  for (const c of report.credentials) {
    const row = page.credentials.find((r) => r.credential === c.id);
    if (!row) problems.push(`credential ${c.id} missing on the page`);
    else {
      same(`${c.id} npv`, row.npv, c.npv);
      same(`${c.id} standaloneNpv`, row.standaloneNpv, c.standaloneNpv);
      same(`${c.id} allocatedSharedCost`, row.allocatedSharedCost, c.allocatedSharedCost);
    }
  }
  for (const p of report.partners) {
    const row = page.partners.find((r) => r.partner === p.id);
    if (!row) problems.push(`partner ${p.id} missing on the page`);
    else {
      same(`${p.id} npv`, row.npv, p.npv);
      same(`${p.id} expected npv`, row.expectedNpv, p.monteCarlo.npv.mean);
      same(`${p.id} P(NPV > 0)`, row.probabilityNpvPositive, p.monteCarlo.probabilityNpvPositive);
    }
  }
  return problems;
}

async function waitForSummary(page: Page, members?: string) {
  await page.waitForFunction(
    (expected) => {
      const summary = document.querySelector<HTMLElement>("[data-portfolio-summary]");
      return summary !== null && (expected === null || summary.dataset.members === expected);
    },
    members ?? null,
    {timeout: 60_000}
  );
}

const suite: E2ESuite = {
  name: "portfolio",
  tests: [
    {
      name: "the page shows exactly the figures of mcw portfolio for the shipped example (same seed and draws)",
      async run({open}) {
        const started = performance.now();
        const {page, problems, close} = await open("/portfolio");
        await waitForSummary(page);
        const shownAfter = performance.now() - started;
        const figures = await pageFigures(page);
        await close();
        expectThat(problems.length === 0, problems.join("; "));
        const diff = differences(figures, cli(EXAMPLE));
        expectThat(diff.length === 0, `page and CLI differ:\n  ${diff.join("\n  ")}`);
        expectThat(figures.credentials.length === 4 && figures.partners.length === 3, `expected 4 credentials and 3 partners, found ${figures.credentials.length} and ${figures.partners.length}`);
        process.stdout.write(`     (portfolio page: figures on screen ${Math.round(shownAfter)} ms after navigation: 4 credentials × ${DRAWS.toLocaleString("en-US")} draws sampled, the page rendered)\n`);
      }
    },
    {
      name: "unticking a credential gives the figures of mcw portfolio for a file without it",
      async run({open, output}) {
        const {page, problems, close} = await open("/portfolio");
        await waitForSummary(page);
        const before = (await pageFigures(page)).metrics.npv;
        const timer = performance.now();
        await page.getByRole("checkbox", {name: "Cloud-Native Software Development", exact: true}).uncheck();
        const remaining = "data-analytics-python-sql,supply-chain-analytics,applied-project-management";
        await waitForSummary(page, remaining);
        const recompute = performance.now() - timer;
        const figures = await pageFigures(page);
        await page.screenshot({path: join(output, "portfolio-selection-1280.png"), fullPage: true});
        await close();
        expectThat(problems.length === 0, problems.join("; "));
        expectThat(figures.metrics.npv !== before, "the NPV did not change when a credential was removed");
        // The same portfolio as a file: the cloud-native credential removed, and with it the stack it belonged to.
        const json = JSON.parse(readFileSync(EXAMPLE, "utf8")) as {credentials: {id: string}[]; stack?: unknown};
        json.credentials = json.credentials.filter((c) => c.id !== "cloud-native-software");
        delete json.stack;
        const folder = mkdtempSync(join(tmpdir(), "mcw-portfolio-"));
        const file = join(folder, "three.json");
        writeFileSync(file, JSON.stringify(json));
        try {
          const diff = differences(figures, cli(file));
          expectThat(diff.length === 0, `page and CLI differ for three credentials:\n  ${diff.join("\n  ")}`);
        } finally {
          rmSync(folder, {recursive: true, force: true});
        }
        process.stdout.write(`     (portfolio page: recomputed a selection, its combinations and consortium sizes in ${Math.round(recompute)} ms)\n`);
      }
    },
    {
      name: "adding a candidate with its default scenario widens the portfolio and its combinations",
      async run({open}) {
        const {page, problems, close} = await open("/portfolio");
        await waitForSummary(page);
        await page.getByRole("checkbox", {name: /^Gerontological Nursing Practice \(default scenario\)$/}).check();
        await waitForSummary(page, "data-analytics-python-sql,supply-chain-analytics,cloud-native-software,applied-project-management,gerontological-nursing");
        const combinations = await page.$eval('figure[data-chart="portfolio-combinations"] h3', (h) => h.textContent ?? "");
        const credentialRows = await page.$$eval("tr[data-credential]", (rows) => rows.length);
        await close();
        expectThat(problems.length === 0, problems.join("; "));
        expectThat(credentialRows === 5, `expected 5 credential rows, found ${credentialRows}`);
        // 5 credentials, up to 4 at a time: 5 + 10 + 10 + 5 = 30 combinations
        expectThat(combinations.includes("The best 15 of 30 combinations"), `unexpected combinations subtitle: ${combinations}`);
      }
    },
    {
      name: "the combinations download lists every combination with its expected NPV and P(NPV > 0)",
      async run({open}) {
        const {page, close} = await open("/portfolio");
        await waitForSummary(page);
        const link = page.locator('figure[data-chart="portfolio-combinations"] a[download]');
        const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
        const lines = readFileSync(await download.path(), "utf8").trim().split("\n");
        await close();
        expectThat(lines[0]?.startsWith("rank,members,member_ids,size,npv,expected_npv,probability_npv_positive") === true, `unexpected header: ${lines[0]}`);
        expectThat(lines.length === 16, `4 credentials give 15 combinations; found ${lines.length - 1} rows`);
      }
    },
    {
      name: "every chart of the page has a title, a subtitle with its source, an accessible label and marks at 768 px",
      async run({open}) {
        const {page, problems, close} = await open("/portfolio", 768);
        await waitForSummary(page);
        const charts = await page.$$eval("figure[data-chart]", (figures) =>
          figures.map((f) => ({
            name: (f as HTMLElement).dataset.chart,
            title: f.querySelector("h2")?.textContent ?? "",
            subtitle: f.querySelector("h3")?.textContent ?? "",
            // the chart's own SVGs carry an aria-label; legend swatches are decoration next to a text label
            labelled: f.querySelectorAll("svg[aria-label]").length > 0 && [...f.querySelectorAll("svg[aria-label]")].every((svg) => (svg.getAttribute("aria-label") ?? "").length > 20),
            overflow: f.scrollWidth - f.clientWidth
          }))
        );
        await close();
        expectThat(problems.length === 0, problems.join("; "));
        expectThat(charts.length === 4, `expected 4 charts, found ${charts.map((c) => c.name).join(", ")}`);
        for (const c of charts) {
          expectThat(c.title.length > 20 && /\d/.test(c.title), `${c.name}: the title states no finding: "${c.title}"`);
          expectThat(/Source:/.test(c.subtitle), `${c.name}: the subtitle names no source`);
          expectThat(c.labelled, `${c.name}: the chart has no descriptive aria-label`);
          expectThat(c.overflow <= 1, `${c.name}: wider than the page at 768 px by ${c.overflow} px`);
        }
      }
    }
  ]
};
export default suite;
