import {readFileSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import type {Page} from "playwright-core";
import {expectThat, type E2ESuite} from "../suite.js";

const PAGE = "/readiness";
const NURSING = 'tr[data-candidate="gerontological-nursing"]';

/** Waits for the page's reactive cells to show the profile, the verdicts and the form. */
async function ready(page: Page): Promise<void> {
  await page.waitForSelector("figure[data-chart='readiness-profile'] svg", {timeout: 20_000});
  await page.waitForSelector(`${NURSING} li`, {timeout: 20_000});
  await page.waitForSelector("select[name='val1']", {timeout: 20_000});
}

const text = (page: Page, selector: string) => page.locator(selector).first().innerText();

/** Waits until the text of `selector` differs from `before`, and returns it. */
async function changed(page: Page, selector: string, before: string): Promise<string> {
  await page.waitForFunction(([s, b]) => (document.querySelector(s as string) as HTMLElement | null)?.innerText !== b, [selector, before] as const, {timeout: 10_000});
  return text(page, selector);
}

const suite: E2ESuite = {
  name: "readiness",
  tests: [
    {
      name: "a fresh load shows the example institution's profile, benchmarks and verdicts",
      async run({open}) {
        const {page, problems, close} = await open(PAGE);
        await ready(page);
        const notice = await text(page, ".readiness-who");
        const overall = await text(page, ".readiness-overall");
        const weakest = await text(page, ".readiness-weakest");
        const title = await text(page, "figure[data-chart='readiness-profile'] h2");
        const diamonds = await page.locator("figure[data-chart='readiness-profile'] g[aria-label='dot'] path").count();
        const benchmarks = await page.locator("table.readiness-benchmarks tbody tr").allInnerTexts();
        const headline = await text(page, ".readiness-headline");
        const nursing = await page.locator(`${NURSING} td[data-verdict]`).innerText();
        await close();
        expectThat(problems.length === 0, problems.join("; "));
        expectThat(notice.startsWith("Showing: Example: a mid-sized regional university — illustrative answers"), `notice: ${notice}`);
        expectThat(overall.replace(/\s+/g, " ") === "39 / 100", `overall: ${overall}`);
        expectThat(weakest === "Weakest: Faculty incentives (17), Funding (25) and Digital credential repository (25).", `weakest: ${weakest}`);
        expectThat(title.startsWith("Readiness 39 of 100 (30 of 31 items answered): weakest in faculty incentives (17)"), `title: ${title}`);
        expectThat(diamonds === 3, `expected 3 benchmark diamonds, found ${diamonds}`);
        expectThat(benchmarks.length === 3 && benchmarks[0]!.includes("50% (17 of 34) had a micro-credential policy") && benchmarks[0]!.includes("Selvaratnam & Sankey (2020)"), `benchmarks: ${benchmarks.join(" | ")}`);
        expectThat(/^This readiness changes 1 of \d+ verdicts: Gerontological Nursing Practice \(Go → Only in a consortium\)\.$/.test(headline), `headline: ${headline}`);
        expectThat(nursing === "Only in a consortium (changed)", `nursing verdict: ${nursing}`);
      }
    },
    {
      name: "answering items changes the dimension scores, the overall score, the link and a verdict's reasons",
      async run({open, output}) {
        const {page, problems, close} = await open(PAGE, 768);
        await ready(page);
        const legend = "fieldset[data-dimension='validation'] .readiness-dimension-score";
        const reasonsBefore = await text(page, `${NURSING} .readiness-reasons`);
        const legendBefore = await text(page, legend);
        // val1 (weight 2) from 1 "Ad hoc" to 3 "In place": validation (2·3/4 + 1/4 + 3/4 + 2/4) / 5 = 60
        await page.selectOption("select[name='val1']", "3");
        const legendAfter = await changed(page, legend, legendBefore);
        const reasonsAfter = await changed(page, `${NURSING} .readiness-reasons`, reasonsBefore);
        const overall = await text(page, ".readiness-overall");
        const notice = await text(page, ".readiness-who");
        const url = new URL(page.url());
        await page.screenshot({path: join(output, "readiness-answered-768.png"), fullPage: false});
        // The link restores the answers in a fresh page.
        const again = await open(`${url.pathname}${url.search}`);
        await ready(again.page);
        const restored = await again.page.inputValue("select[name='val1']");
        const restoredName = await text(again.page, ".readiness-who");
        await again.close();
        await close();
        expectThat(problems.length === 0 && again.problems.length === 0, [...problems, ...again.problems].join("; "));
        expectThat(legendBefore === "40 / 100 · 4 of 4 answered" && legendAfter === "60 / 100 · 4 of 4 answered", `validation legend: ${legendBefore} → ${legendAfter}`);
        expectThat(overall.replace(/\s+/g, " ") === "41 / 100", `overall after answering: ${overall}`); // (39.12·9 + 20) / 9 = 41.3
        // supervised-id needs a validation system and identity checks: with the first in place, the second is the flag.
        expectThat(reasonsBefore.includes("no validation system") && !reasonsAfter.includes("no validation system"), `reasons did not lose the validation flag:\n${reasonsBefore}\n→\n${reasonsAfter}`);
        expectThat(reasonsAfter.includes("cannot verify learners' identity"), `reasons after: ${reasonsAfter}`);
        expectThat(notice.startsWith("Showing: Your institution."), `an edited example must not be labelled as the example: ${notice}`);
        expectThat(url.searchParams.get("r")?.includes(".val1-3.") === true && url.searchParams.get("rn") === "Your institution", `link: ${url.search}`);
        expectThat(restored === "3" && restoredName.startsWith("Showing: Your institution"), `the link restored val1 = ${restored}, ${restoredName}`);
      }
    },
    {
      name: "raising readiness to a validation system, identity checks and 50+ lets the nursing credential go again",
      async run({open}) {
        const {page, problems, close} = await open(PAGE);
        await ready(page);
        for (const [id, level] of [["val1", "4"], ["val2", "3"], ["inc1", "3"], ["inc2", "3"], ["fund1", "3"], ["rep1", "3"], ["rep2", "3"], ["rep3", "3"], ["fund3", "3"]] as const) {
          await page.selectOption(`select[name='${id}']`, level);
        }
        await page.waitForFunction((s) => document.querySelector(s)?.getAttribute("data-verdict") === "go", NURSING, {timeout: 10_000});
        const overall = await text(page, ".readiness-overall");
        const headline = await text(page, ".readiness-headline");
        await close();
        expectThat(problems.length === 0, problems.join("; "));
        expectThat(Number(overall.split("/")[0]) >= 50, `overall ${overall} should be at least 50`);
        expectThat(!headline.includes("Gerontological"), `headline: ${headline}`);
      }
    },
    {
      name: "a tampered link shows a clear message and the example answers, never a crash",
      async run({open}) {
        const {page, problems, close} = await open(`${PAGE}?r=1.val1-9.pol7-2`);
        await ready(page);
        const alert = await text(page, ".readiness-notice [role=alert]");
        const overall = await text(page, ".readiness-overall");
        const search = new URL(page.url()).search;
        const junk = await open(`${PAGE}?r=%3Cscript%3Ealert(1)%3C%2Fscript%3E&rn=%3Cimg%20src%3Dx%3E`);
        await ready(junk.page);
        const junkAlert = await text(junk.page, ".readiness-notice [role=alert]");
        const injected = await junk.page.locator("main img, main script:not([type])").count();
        await junk.close();
        await close();
        expectThat(problems.length === 0 && junk.problems.length === 0, [...problems, ...junk.problems].join("; "));
        expectThat(alert.includes("r.val1: got 9; expected a whole number 0–4") && alert.includes('r.pol7: got "pol7"; expected a known item id; did you mean "pol1"?'), `alert: ${alert}`);
        expectThat(alert.endsWith("Showing the example answers instead."), `alert: ${alert}`);
        expectThat(overall.replace(/\s+/g, " ") === "39 / 100", `the example should be shown: ${overall}`);
        expectThat(search === "", `the bad link should be cleared from the address bar, found ${search}`);
        expectThat(junkAlert.startsWith("The link's answers could not be read"), `junk alert: ${junkAlert}`);
        expectThat(injected === 0, "markup from the link was rendered");
      }
    },
    {
      name: "answers download as JSON and import back; a bad file is refused with its problems",
      async run({open, output}) {
        const {page, problems, close} = await open(PAGE);
        await ready(page);
        const [download] = await Promise.all([page.waitForEvent("download"), page.click("a.readiness-download")]);
        const file = JSON.parse(readFileSync(await download.path(), "utf8")) as {format: string; institution: string; answers: Record<string, number | null>};
        // Edit the file as a user would and import it: every incentive item at the top.
        Object.assign(file.answers, {inc1: 4, inc2: 4, inc3: 4});
        file.institution = "Imported University";
        const good = join(output, "readiness-import-good.json");
        writeFileSync(good, JSON.stringify(file));
        const legend = "fieldset[data-dimension='incentives'] .readiness-dimension-score";
        const before = await text(page, legend);
        await page.setInputFiles("input[name='import']", good);
        const after = await changed(page, legend, before);
        const weakest = await text(page, ".readiness-weakest");
        const notice = await text(page, ".readiness-who");
        const bad = join(output, "readiness-import-bad.json");
        writeFileSync(bad, JSON.stringify({...file, answers: {...file.answers, inc1: 7, funds1: 2}}));
        await page.setInputFiles("input[name='import']", bad);
        await page.waitForSelector(".readiness-status.readiness-error");
        const status = await text(page, ".readiness-status");
        const unchanged = await text(page, legend);
        await close();
        expectThat(problems.length === 0, problems.join("; "));
        expectThat(file.format === "mcw-readiness-answers" && Object.keys(file.answers).length === 31, `downloaded file: ${JSON.stringify(file).slice(0, 120)}`);
        expectThat(before === "17 / 100 · 3 of 3 answered" && after === "100 / 100 · 3 of 3 answered", `incentives: ${before} → ${after}`);
        expectThat(!weakest.includes("Faculty incentives"), `weakest after import: ${weakest}`);
        expectThat(notice === "Showing: Imported University.", `notice: ${notice}`);
        expectThat(status.includes("nothing was changed") && status.includes("answers.inc1: got 7") && status.includes('did you mean "fund1"'), `status: ${status}`);
        expectThat(unchanged === after, "a refused file changed the answers");
      }
    },
    {
      name: "clearing every answer shows dimensions as not answered (never 0) and leaves the verdicts as on market and finance alone",
      async run({open}) {
        const {page, problems, close} = await open(PAGE);
        await ready(page);
        const before = await text(page, ".readiness-headline");
        await page.click("button:has-text('Clear all answers')");
        const headline = await changed(page, ".readiness-headline", before);
        const overall = await text(page, ".readiness-overall");
        const notAnswered = await page.locator("figure[data-chart='readiness-profile'] g[aria-label='text'] text", {hasText: "not answered"}).count();
        const bars = await page.locator("figure[data-chart='readiness-profile'] g[aria-label='bar'] rect").count();
        const policy = await page.locator(".readiness-summary li[data-capability='has_policy']").getAttribute("data-value");
        await close();
        expectThat(problems.length === 0, problems.join("; "));
        expectThat(overall.trim() === "not answered", `overall: ${overall}`);
        expectThat(notAnswered === 9 && bars === 0, `expected 9 'not answered' labels and no bars, found ${notAnswered} and ${bars}`);
        expectThat(policy === "unanswered", `policy capability: ${policy}`);
        expectThat(/^This readiness changes none of the \d+ verdicts\.$/.test(headline), `headline: ${headline}`);
      }
    }
  ]
};
export default suite;
