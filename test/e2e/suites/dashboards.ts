/**
 * The planning-office dashboards (issue 5): market need, learners and enrolment. Interactions change what the
 * charts and tables show (search, filters, weights, the shortlist size), and every chart draws its data marks
 * inside the plot (a mark drawn off the plot area would still pass a count of marks), with a finding as its
 * title and a download that holds rows.
 */
import type {Page} from "playwright-core";
import {expectThat, type E2EContext, type E2ESuite} from "../suite.js";

const DASHBOARDS = [
  "/market/occupations",
  "/market/vacancies",
  "/market/gap",
  "/market/score",
  "/learners/survey",
  "/learners/published",
  "/enrolment/trends",
  "/enrolment/distance",
  "/enrolment/moocs"
] as const;

/** Waits until every chart on the page holds an SVG, then until `predicate` holds. */
async function ready(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const figures = [...document.querySelectorAll("figure[data-chart]")];
    return figures.length > 0 && figures.every((f) => f.querySelector("svg"));
  }, null, {timeout: 20_000});
}

/** The text of the table's status line ("Showing 100 of 832 rows. " / "12 rows."). */
async function tableStatus(page: Page): Promise<string> {
  return (await page.locator(".data-table-status").first().textContent()) ?? "";
}

/** Rows counted by the table's status line. */
function statusRows(status: string): number {
  const match = /of ([\d,]+) rows|^([\d,]+) rows/.exec(status.trim());
  return Number((match?.[1] ?? match?.[2] ?? "NaN").replaceAll(",", ""));
}

/** The first chart's download label "(CSV, 832 rows)" as a number. */
async function downloadRows(page: Page, index = 0): Promise<number> {
  const text = (await page.locator("figure[data-chart] a[download]").nth(index).textContent()) ?? "";
  return Number(/CSV, ([\d,]+) rows/.exec(text)?.[1]?.replaceAll(",", "") ?? "NaN");
}

/** Sets an Inputs.range (its number box) by the label of its form. */
async function setRange(page: Page, label: string, value: number): Promise<void> {
  const input = page.locator(`form:has(> label:text-is("${label}")) input[type=number]`).first();
  await input.fill(String(value));
  await input.dispatchEvent("input");
}

async function openPage(context: E2EContext, path: string, width = 1280) {
  const opened = await context.open(path, width);
  await ready(opened.page);
  return opened;
}

const suite: E2ESuite = {
  name: "dashboards",
  tests: [
    {
      name: "every dashboard chart draws data marks inside its plot, under a finding, with rows to download, and fits 768 px",
      async run(context) {
        const failures: string[] = [];
        for (const path of DASHBOARDS) {
          // At 768 px, the narrowest width the pages promise: the marks must sit inside plots that fit the page.
          const {page, problems, close} = await openPage(context, path, 768);
          const overflow = await page.$$eval("figure[data-chart] svg", (svgs) => svgs.filter((s) => s.getBoundingClientRect().right > window.innerWidth + 1).length);
          const sideways = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
          if (overflow > 0 || sideways) failures.push(`${path} @768px: ${overflow} charts overflow${sideways ? ", the page scrolls sideways" : ""}`);
          const charts = await page.$$eval("figure[data-chart]", (figures) =>
            figures.map((figure) => {
              const svg = [...figure.querySelectorAll("svg")].find((s) => s.querySelector("g[aria-label]")) as SVGSVGElement | undefined;
              const frame = svg?.getBoundingClientRect();
              const scaffolding = /axis|tick|grid|frame|tip|rule|text/;
              const shapes = svg
                ? [...svg.querySelectorAll("g[aria-label]")]
                    .filter((g) => !scaffolding.test(g.getAttribute("aria-label") ?? ""))
                    .flatMap((g) => [...g.querySelectorAll("circle, rect, path, line")])
                : [];
              const inside = shapes.filter((shape) => {
                const box = shape.getBoundingClientRect();
                const cx = box.left + box.width / 2;
                const cy = box.top + box.height / 2;
                return frame !== undefined && (box.width > 0 || box.height > 0) && cx >= frame.left && cx <= frame.right && cy >= frame.top && cy <= frame.bottom;
              });
              return {
                name: (figure as HTMLElement).dataset.chart ?? "?",
                title: figure.querySelector("h2")?.textContent ?? "",
                subtitle: figure.querySelector("h3")?.textContent ?? "",
                aria: svg?.getAttribute("aria-label") ?? "",
                shapes: shapes.length,
                inside: inside.length,
                download: figure.querySelector("a[download]")?.textContent ?? ""
              };
            })
          );
          await close();
          if (problems.length > 0) failures.push(`${path}: ${problems.join("; ")}`);
          if (charts.length === 0) failures.push(`${path}: no chart`);
          for (const chart of charts) {
            const where = `${path} ${chart.name}`;
            if (chart.inside === 0) failures.push(`${where}: none of ${chart.shapes} data marks lies inside the plot`);
            if (chart.title.length < 20 || !/\d/.test(chart.title)) failures.push(`${where}: title "${chart.title}" states no finding with a number`);
            if (!/Source/.test(chart.subtitle)) failures.push(`${where}: subtitle "${chart.subtitle}" names no source`);
            if (chart.aria.length === 0) failures.push(`${where}: chart has no aria-label`);
            if (!/CSV, [1-9][\d,]* rows/.test(chart.download)) failures.push(`${where}: download "${chart.download}" holds no rows`);
          }
        }
        expectThat(failures.length === 0, failures.join("\n       "));
      }
    },
    {
      name: "searching the occupations narrows the table and the chart's selection to the same rows",
      async run(context) {
        const {page, problems, close} = await openPage(context, "/market/occupations");
        const before = statusRows(await tableStatus(page));
        const downloadBefore = await downloadRows(page);
        await page.locator('form:has(> label:text-is("Search")) input').first().fill("nurse");
        await page.waitForFunction((n) => !(document.querySelector(".data-table-status")?.textContent ?? "").includes(`of ${n.toLocaleString("en-US")}`), before);
        const after = statusRows(await tableStatus(page));
        const names = await page.$$eval(".data-table tbody tr td:nth-child(2)", (cells) => cells.map((c) => c.textContent ?? ""));
        const downloadAfter = await downloadRows(page);
        const highlighted = await page.$$eval("figure[data-chart] svg g[aria-label='dot']", (groups) => groups.map((g) => g.querySelectorAll("circle").length));
        const title = (await page.locator("figure[data-chart] h2").first().textContent()) ?? "";
        await close();
        expectThat(problems.length === 0, problems.join("; "));
        expectThat(before === 832 && downloadBefore === 832, `expected all 832 occupations before searching, found table ${before}, download ${downloadBefore}`);
        expectThat(after > 0 && after < 20, `"nurse" should match a handful of occupations, found ${after}`);
        expectThat(names.every((n) => /nurs/i.test(n)), `a row that does not match "nurse": ${names.find((n) => !/nurs/i.test(n))}`);
        expectThat(downloadAfter === after, `the chart's download has ${downloadAfter} rows but the table ${after}`);
        // the faint layer keeps every occupation; the highlighted layers together hold the matches with openings data
        expectThat(highlighted.length >= 2 && (highlighted[0] ?? 0) > 800 && highlighted.slice(1).reduce((a, b) => a + b, 0) === after, `dot layers ${JSON.stringify(highlighted)} do not highlight the ${after} matches`);
        expectThat(title.includes(`of ${after} occupations`), `the chart's finding does not count the ${after} matches: "${title}"`);
      }
    },
    {
      name: "the occupations table sorts by a heading and shows missing values as dashes, last",
      async run(context) {
        const {page, close} = await openPage(context, "/market/occupations");
        await page.locator(".data-table th button", {hasText: "Certificate relevance"}).click();
        const first = await page.$$eval(".data-table tbody tr td:last-child", (cells) => cells.slice(0, 3).map((c) => c.textContent ?? ""));
        await page.locator(".data-table .data-table-status button", {hasText: "Show all"}).click();
        const last = await page.$$eval(".data-table tbody tr td:last-child", (cells) => cells.slice(-3).map((c) => c.textContent ?? ""));
        const sort = await page.locator(".data-table th[aria-sort]").getAttribute("aria-sort");
        await close();
        expectThat(sort === "descending", `expected a descending sort, found ${sort}`);
        expectThat(first.every((t) => /^\d+\.\d%$/.test(t)), `the highest certificate relevances should lead, found ${first.join(", ")}`);
        expectThat(last.every((t) => t === "—"), `occupations O*NET does not rate should come last as "—", found ${last.join(", ")}`);
      }
    },
    {
      name: "the Australian view filters by state and shows each state's own rating",
      async run(context) {
        const {page, problems, close} = await openPage(context, "/market/occupations");
        await page.locator("label", {hasText: "Australian occupations"}).click();
        await page.waitForFunction(() => document.querySelector("figure[data-chart]")?.getAttribute("data-chart") === "au-shortage-ratings-2022");
        await page.locator('form:has(> label:text-is("State or territory")) select').selectOption({label: "Northern Territory"});
        await page.locator('form:has(> label:text-is("Only in shortage there")) input[type=checkbox]').check();
        await page.waitForFunction(() => [...document.querySelectorAll(".data-table th")].some((th) => th.textContent?.startsWith("Rating in Northern Territory")));
        const ratings = await page.$$eval(".data-table tbody tr td:nth-child(3)", (cells) => cells.map((c) => c.textContent ?? ""));
        const title = (await page.locator("figure[data-chart] h2").first().textContent()) ?? "";
        const rows = statusRows(await tableStatus(page));
        await close();
        expectThat(problems.length === 0, problems.join("; "));
        expectThat(rows > 0 && rows < 914, `expected some of the 914 occupations in shortage in the NT, found ${rows}`);
        expectThat(ratings.every((r) => /shortage/.test(r) && r !== "no shortage"), `a row not in shortage in the NT: ${ratings.find((r) => r === "no shortage")}`);
        expectThat(title.includes("in shortage in Northern Territory"), `unexpected finding: ${title}`);
      }
    },
    {
      name: "the fields view filters fields of study by CIP family",
      async run(context) {
        const {page, problems, close} = await openPage(context, "/market/occupations");
        await page.locator("label", {hasText: "US fields of study"}).click();
        await page.waitForFunction(() => document.querySelector("figure[data-chart]")?.getAttribute("data-chart") === "field-demand-selection", null, {timeout: 15_000});
        const all = statusRows(await tableStatus(page));
        await page.locator('form:has(> label:text-is("CIP family")) select').selectOption({label: "11 Computer and information sciences and support services"});
        await page.waitForFunction((n) => !(document.querySelector(".data-table-status")?.textContent ?? "").includes(`of ${n.toLocaleString("en-US")}`), all, {timeout: 10_000});
        const codes = await page.$$eval(".data-table tbody tr td:first-child", (cells) => cells.map((c) => c.textContent ?? ""));
        const downloaded = await downloadRows(page);
        await close();
        expectThat(problems.length === 0, problems.join("; "));
        expectThat(all === 2143, `expected the 2,143 CIP codes in use, found ${all}`);
        expectThat(codes.length > 10 && codes.every((c) => c.startsWith("11.")), `a field outside CIP family 11: ${codes.find((c) => !c.startsWith("11."))}`);
        expectThat(downloaded === codes.length, `the chart's download has ${downloaded} rows but the table ${codes.length}`);
      }
    },
    {
      name: "a chart's tooltip shows the values behind a mark",
      async run(context) {
        const {page, close} = await openPage(context, "/market/occupations");
        const dot = page.locator("figure[data-chart] svg g[aria-label='dot'] circle").nth(200);
        await dot.hover({force: true});
        await page.waitForFunction(() => (document.querySelector("figure[data-chart] g[aria-label='tip']")?.textContent ?? "").length > 0, null, {timeout: 5_000});
        const tip = (await page.locator("figure[data-chart] g[aria-label='tip']").first().textContent()) ?? "";
        await close();
        expectThat(/Openings a year/.test(tip) && /Median wage/.test(tip), `tooltip without the occupation's values: "${tip}"`);
      }
    },
    {
      name: "putting all the weight on openings makes the candidate with the most openings rank first",
      async run(context) {
        const {page, problems, close} = await openPage(context, "/market/score");
        const firstRow = () => page.locator(".data-table tbody tr").first().locator("td").nth(1).textContent();
        const before = await firstRow();
        for (const label of ["Employment growth", "Median wage", "Certificate relevance", "Shortage rating", "Demand–supply gap", "Learner interest"]) await setRange(page, label, 0);
        await setRange(page, "Annual openings", 1);
        await page.waitForFunction(() => /Openings 100%|Annual openings 100%/.test(document.body.textContent ?? ""), null, {timeout: 10_000});
        await page.waitForFunction((b) => document.querySelector(".data-table tbody tr td:nth-child(2)")?.textContent !== b, before, {timeout: 10_000});
        const after = await firstRow();
        const title = (await page.locator("figure[data-chart] h2").first().textContent()) ?? "";
        await close();
        expectThat(problems.length === 0, problems.join("; "));
        // Gerontological Nursing Practice targets registered nurses and nurse practitioners: 218,600 openings a year, the most in the catalogue
        expectThat(after === "Gerontological Nursing Practice", `expected the candidate with the most openings first, found ${after} (was ${before})`);
        // alone, openings give the top candidate the percentile rank 100 × (10 + ½) / 11 = 95.5
        expectThat(title.startsWith("Gerontological Nursing Practice scores highest (95 of 100)"), `unexpected finding: ${title}`);
      }
    },
    {
      name: "setting every weight to 0 explains the problem instead of scoring",
      async run(context) {
        const {page, problems, close} = await openPage(context, "/market/score");
        for (const label of ["Annual openings", "Employment growth", "Median wage", "Certificate relevance", "Shortage rating", "Demand–supply gap", "Learner interest"]) await setRange(page, label, 0);
        await page.waitForSelector("[role=alert]", {timeout: 10_000});
        const alert = (await page.locator("[role=alert]").textContent()) ?? "";
        // cells re-run one after another: give the stability chart's cell its turn before counting
        await page.waitForFunction(() => document.querySelectorAll("figure[data-chart]").length === 0, null, {timeout: 5_000}).catch(() => undefined);
        const charts = await page.locator("figure[data-chart]").count();
        await close();
        expectThat(problems.length === 0, problems.join("; "));
        expectThat(/every weight is 0/.test(alert), `unexpected message: ${alert}`);
        expectThat(charts === 0, `expected no score chart while every weight is 0, found ${charts}`);
      }
    },
    {
      name: "changing the shortlist size re-counts rank stability for the new k",
      async run(context) {
        const {page, close} = await openPage(context, "/market/score");
        await setRange(page, "Shortlist size (top k)", 5);
        await page.waitForFunction(() => (document.querySelectorAll("figure[data-chart] h2")[1]?.textContent ?? "").includes("top 5"), null, {timeout: 10_000});
        const shares = await page.$$eval("figure[data-chart='market-need-rank-stability'] svg g[aria-label='text'] text", (texts) => texts.map((t) => Number(/^(\d+)%/.exec(t.textContent ?? "")?.[1] ?? "NaN")));
        await close();
        // every weighting puts exactly 5 candidates in the top 5: the shares add up to 500%
        const total = shares.reduce((a, b) => a + b, 0);
        expectThat(shares.length === 11 && Math.abs(total - 500) <= 6, `top-5 shares ${JSON.stringify(shares)} add up to ${total}%, expected about 500%`);
      }
    },
    {
      name: "choosing a respondent group redraws the price–demand curve for that group",
      async run(context) {
        const {page, close} = await openPage(context, "/learners/survey");
        const title = () => page.locator("figure[data-chart='fcc-2016-money_spent_usd-price-demand'] h2").textContent();
        const before = await title();
        await page.locator('form:has(> label:text-is("Respondents")) select').selectOption({label: "Data science and engineering"});
        await page.waitForFunction((b) => document.querySelector("figure[data-chart='fcc-2016-money_spent_usd-price-demand'] h2")?.textContent !== b, before, {timeout: 10_000});
        const after = await title();
        await close();
        expectThat(/of respondents spent at least \$500/.test(after ?? ""), `unexpected finding: ${after}`);
      }
    }
  ]
};
export default suite;
