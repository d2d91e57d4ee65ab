/**
 * Browser tests of the decision layer (issue 5): the overview's verdicts, chart, table and links, the first-year
 * projection page's recomputation, and the methods page rendered from the code's constants.
 */
import {readdirSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {expectThat, type E2ESuite} from "../suite.js";
import {LOW_READINESS_SCORE, WEAK_MARKET_NEED_SCORE} from "../../../src/model/verdict/verdictRules.js";
import type {CandidateVerdicts} from "../../../src/model/verdict/candidateVerdicts.js";

const dist = join(import.meta.dirname, "..", "..", "..", "dist");

/** A data file of the built site, found by its name before Framework's content hash. */
function builtJson<T>(name: string): T {
  const folder = join(dist, "_file", "data");
  const file = readdirSync(folder).find((f) => new RegExp(`^${name}\\.[0-9a-f]+\\.json$`).test(f));
  if (file === undefined) throw new Error(`dist has no ${name} JSON`);
  return JSON.parse(readFileSync(join(folder, file), "utf8")) as T;
}

/** "USD −72k" / "USD 1.2m" / "USD 850" back to a number (thousands precision). */
function parseMoney(text: string): number {
  const match = /([−-]?)([\d.,]+)(k|m)?/.exec(text.replace(/^[A-Z]{3}\s*/, ""));
  if (!match) throw new Error(`not an amount: ${text}`);
  const value = Number(match[2]?.replaceAll(",", "")) * (match[3] === "m" ? 1e6 : match[3] === "k" ? 1e3 : 1);
  return match[1] ? -value : value;
}

const suite: E2ESuite = {
  name: "overview",
  tests: [
    {
      name: "the overview shows every candidate's verdict and reasons, and its cards count them",
      async run({open}) {
        const verdicts = builtJson<CandidateVerdicts>("candidate-verdicts");
        const {page, problems, close} = await open("/");
        await page.waitForSelector(".verdict-table tbody");
        const shown = await page.$$eval(".verdict-table tbody", (bodies) =>
          bodies.map((b) => ({id: (b as HTMLElement).dataset.candidate, verdict: (b as HTMLElement).dataset.verdict, reasons: b.querySelectorAll("tr.verdict-reasons li").length}))
        );
        const cards = await page.$$eval(".verdict-cards .card", (nodes) => nodes.map((n) => ({verdict: (n as HTMLElement).dataset.verdict, count: Number(n.querySelector(".big")?.textContent)})));
        await close();
        expectThat(problems.length === 0, problems.join("; "));
        expectThat(shown.length === verdicts.rows.length, `table shows ${shown.length} candidates, the data has ${verdicts.rows.length}`);
        for (const row of verdicts.rows) {
          const match = shown.find((s) => s.id === row.id);
          expectThat(match?.verdict === row.verdict, `${row.id}: table says ${match?.verdict}, data says ${row.verdict}`);
          expectThat(match.reasons >= 2 && match.reasons <= 3, `${row.id}: ${match.reasons} reasons`);
        }
        for (const card of cards) {
          const expected = verdicts.rows.filter((r) => r.verdict === card.verdict).length;
          expectThat(card.count === expected, `card ${card.verdict} shows ${card.count}, expected ${expected}`);
        }
      }
    },
    {
      name: "sorting the table by expected NPV puts the highest first, and again the lowest",
      async run({open}) {
        const {page, close} = await open("/");
        await page.waitForSelector(".verdict-table tbody");
        const column = async () => page.$$eval(".verdict-table tbody tr:first-child td:nth-of-type(4)", (cells) => cells.map((c) => c.textContent ?? ""));
        await page.getByRole("button", {name: "Expected NPV"}).click();
        const descending = (await column()).map(parseMoney);
        const sort = await page.$eval(".verdict-table thead th:nth-child(5)", (th) => th.getAttribute("aria-sort"));
        await page.getByRole("button", {name: "Expected NPV"}).click();
        const ascending = (await column()).map(parseMoney);
        await close();
        expectThat(sort === "descending", `aria-sort is ${sort}`);
        expectThat(descending.every((v, i) => i === 0 || (descending[i - 1] as number) >= v), `not descending: ${descending.join(", ")}`);
        expectThat(ascending.every((v, i) => i === 0 || (ascending[i - 1] as number) <= v), `not ascending: ${ascending.join(", ")}`);
      }
    },
    {
      name: "each candidate links to its scenario, and the chart draws one symbol per candidate",
      async run({open}) {
        const verdicts = builtJson<CandidateVerdicts>("candidate-verdicts");
        const {page, close} = await open("/");
        await page.waitForSelector("figure[data-chart='candidate-verdicts'] svg");
        const hrefs = await page.$$eval(".verdict-table tbody th a", (links) => links.map((a) => a.getAttribute("href") ?? ""));
        const symbols = await page.$$eval("figure[data-chart='candidate-verdicts'] svg g[aria-label='dot'] > *", (nodes) => nodes.length);
        const title = await page.$eval("figure[data-chart='candidate-verdicts'] h2", (h) => h.textContent ?? "");
        await close();
        for (const row of verdicts.rows) expectThat(hrefs.some((h) => h.endsWith(`scenarios#candidate=${row.id}`)), `no link to the scenario of ${row.id}`);
        const scored = verdicts.rows.filter((r) => r.marketNeed.score !== null).length;
        expectThat(symbols === scored, `chart draws ${symbols} symbols for ${scored} scored candidates`);
        const go = verdicts.rows.filter((r) => r.verdict === "go").length;
        expectThat(title.includes(go === 0 ? "None of the" : `${go} of ${verdicts.rows.length}`), `chart title "${title}" does not state the go count`);
      }
    },
    {
      name: "the projection recomputes when the reachable share or the candidate changes",
      async run({open}) {
        const {page, problems, close} = await open("/enrolment/projection");
        await page.waitForSelector("figure[data-chart] svg");
        const median = async () => page.$eval(".card .big", (n) => Number((n.textContent ?? "").replaceAll(",", "")));
        const before = await median();
        const slider = page.locator("input[type=range]").first();
        await slider.fill("1.5");
        await slider.dispatchEvent("input");
        await page.waitForFunction((b) => Number((document.querySelector(".card .big")?.textContent ?? "").replaceAll(",", "")) !== b, before, {timeout: 10_000});
        const after = await median();
        const scenarioJson = await page.$eval("pre.scenario-input", (p) => p.textContent ?? "");
        const select = page.locator("select").first();
        const options = await select.locator("option").allTextContents();
        await select.selectOption({index: options.length - 1});
        await page.waitForFunction((t) => (document.querySelector("figure[data-chart] h3")?.textContent ?? "").startsWith(t), options.at(-1) ?? "", {timeout: 10_000});
        await close();
        expectThat(problems.length === 0, problems.join("; "));
        // three times the default most-likely share (0.5% → 1.5%) roughly triples the median
        expectThat(after > 2 * before && after < 4 * before, `median went from ${before} to ${after} when the reachable share tripled`);
        expectThat(/"dist": "beta"/.test(scenarioJson) && /"value":/.test(scenarioJson), `scenario input not shown: ${scenarioJson}`);
      }
    },
    {
      name: "the methods page lists every dataset and states the verdict thresholds the code uses",
      async run({open}) {
        const sources = builtJson<{id: string}[]>("sources");
        const {page, problems, close} = await open("/methods");
        await page.waitForSelector(".source-list li");
        const listed = await page.$$eval(".source-list li", (items) => items.map((li) => li.id));
        const text = await page.$eval("main", (m) => m.textContent ?? "");
        await close();
        expectThat(problems.length === 0, problems.join("; "));
        for (const source of sources) expectThat(listed.includes(`source-${source.id}`), `dataset ${source.id} is not listed`);
        expectThat(text.includes(`${WEAK_MARKET_NEED_SCORE} of 100`), `the weak-need threshold ${WEAK_MARKET_NEED_SCORE} is not stated`);
        expectThat(text.includes(`${LOW_READINESS_SCORE} of 100`), `the readiness threshold ${LOW_READINESS_SCORE} is not stated`);
        expectThat(text.includes("firstYearEnrolments") && text.includes("devHoursPerLearnerHour"), "the defaults table is missing inputs");
      }
    }
  ]
};
export default suite;
