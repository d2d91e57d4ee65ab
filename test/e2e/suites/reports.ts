/**
 * Browser tests of the research reports (issue 7). The "done when" of the issue: after the build, `mcw report` turns a
 * preset scenario into a PDF whose text (read back with pdf.js) has more than one page, the NPV exactly as the page
 * formats it, and the datasets' names; the scenario report and Letter paper too. In the page: a scenario link
 * recomputes the report and says so in the provenance block; a tampered link is refused with a message.
 */
import {spawnSync} from "node:child_process";
import {mkdtempSync, readFileSync, readdirSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {fileURLToPath} from "node:url";
import type {Page} from "playwright-core";
import {formatMoney} from "../../../src/components/scenarioFormat.js";
import {REPORT_READY_SELECTOR} from "../../../src/components/ReportControls.js";
import {REPORT_DATASETS} from "../../../src/model/report/reportSources.js";
import {scenarioHash} from "../../../src/model/report/scenarioHash.js";
import {parseScenario} from "../../../src/model/parseScenario.js";
import {runDeterministic} from "../../../src/model/runDeterministic.js";
import {encodeScenarioHash} from "../../../src/model/scenarioUrl.js";
import {pdfText} from "../../reports/pdfText.js";
import {expectThat, type E2ESuite} from "../suite.js";

const root = fileURLToPath(new URL("../../..", import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), "mcw-reports-e2e-"));
const PRESET = "scenarios/own-platform-paid.json";
const CREDENTIAL = "data-analytics-python-sql";
const presetFile = JSON.parse(readFileSync(join(root, PRESET), "utf8")) as object;
const preset = parseScenario(presetFile, PRESET);
/** The NPV as the report page (and the scenario workbench) shows it: "−USD 92,171". */
const presetNpv = formatMoney(runDeterministic(preset.inputs, preset.horizonYears).npv, preset.currency);

/** The registry's titles of the datasets a candidate's report cites (data/sources.csv). */
function datasetTitles(): string[] {
  const lines = readFileSync(join(root, "data", "sources.csv"), "utf8").split("\n");
  return REPORT_DATASETS.map(({id}) => {
    const line = lines.find((l) => l.startsWith(`${id},`));
    if (!line) throw new Error(`data/sources.csv has no ${id}`);
    const title = /^[^,]+,("(?:[^"]|"")*"|[^,]*)/.exec(line)?.[1] ?? "";
    return title.replace(/^"|"$/g, "").replaceAll('""', '"');
  });
}

/** Runs `mcw report` as a user would; returns stdout, failing on a non-zero exit. */
function mcwReport(args: readonly string[]): {stdout: string; seconds: number} {
  const started = performance.now();
  const result = spawnSync(process.execPath, [join(root, "bin", "mcw.js"), "report", ...args], {cwd: root, encoding: "utf8", timeout: 5 * 60_000});
  if (result.status !== 0) throw new Error(`mcw report ${args.join(" ")} failed (${result.status}): ${result.stderr}`);
  return {stdout: result.stdout, seconds: (performance.now() - started) / 1000};
}

/** Whether every page is `width` × `height` points, give or take 2 (Chromium writes A4 as 595.92 × 842.88). */
const pagesAre = (sizes: readonly {width: number; height: number}[], width: number, height: number) => sizes.every((s) => Math.abs(s.width - width) <= 2 && Math.abs(s.height - height) <= 2);

/** Text with line breaks and runs of spaces made single spaces (pdf.js splits lines where the layout wrapped them). */
const flat = (text: string) => text.replace(/\s+/g, " ");

async function ready(page: Page): Promise<Record<string, string>> {
  await page.waitForSelector(REPORT_READY_SELECTOR, {state: "attached", timeout: 30_000});
  return page.$eval(".report-provenance", (el) => ({...(el as HTMLElement).dataset}) as Record<string, string>);
}

const suite: E2ESuite = {
  name: "reports",
  tests: [
    {
      name: "mcw report prints a preset scenario with a candidate to a PDF of several pages with its NPV and sources",
      async run() {
        const out = join(scratch, "own-platform.pdf");
        const {stdout, seconds} = mcwReport([PRESET, "--credential", CREDENTIAL, "--out", out]);
        const pdf = await pdfText(out);
        const text = flat(pdf.pageTexts.join("\n"));
        expectThat(pdf.pages > 1, `expected more than one page, got ${pdf.pages}`);
        expectThat(pagesAre(pdf.sizes, 595, 842), `expected A4 pages (595 × 842 pt), got ${JSON.stringify(pdf.sizes[0])}`);
        expectThat(text.includes(`NPV ${presetNpv} at the inputs' values`), `the PDF does not state the NPV "${presetNpv}": ${text.slice(0, 400)}`);
        for (const title of datasetTitles()) expectThat(text.includes(flat(title)), `the PDF does not name the dataset "${title}"`);
        // The 64 hex digits may wrap across lines of the provenance table.
        expectThat(text.replace(/\s+/g, "").includes(scenarioHash(preset)), `the PDF does not carry the scenario hash ${scenarioHash(preset)}`);
        expectThat(text.includes("from the link, not the default"), "the provenance block does not say the scenario is the one given, not the default");
        expectThat(text.includes("Institutional readiness (example)") && text.includes("Example: these are the illustrative answers"), "the readiness section is not labelled as the example");
        expectThat(/wrote .*own-platform\.pdf \(\d+ pages/.test(stdout), `stdout: ${stdout}`);
        process.stdout.write(`     ${pdf.pages} pages, ${seconds.toFixed(1)} s for one PDF\n`);
      }
    },
    {
      name: "mcw report without a credential prints the scenario report, on Letter paper with --paper letter",
      async run() {
        const out = join(scratch, "scenario-letter.pdf");
        mcwReport([PRESET, "--out", out, "--paper", "letter", "--seed", "7"]);
        const pdf = await pdfText(out);
        const text = flat(pdf.pageTexts.join("\n"));
        expectThat(pdf.pages > 1, `expected more than one page, got ${pdf.pages}`);
        expectThat(pagesAre(pdf.sizes, 612, 792), `expected Letter pages (612 × 792 pt), got ${JSON.stringify(pdf.sizes[0])}`);
        expectThat(text.includes(`NPV ${presetNpv}`), `no NPV "${presetNpv}" in the scenario report`);
        expectThat(text.includes("seed 7"), "the scenario report does not state seed 7");
        for (const citation of ["Chapman Alliance (2010)", "Florida Board of Governors (2016)", "McGreal & Olcott (2022)"]) expectThat(text.includes(citation), `no citation "${citation}"`);
      }
    },
    {
      name: "a scenario link recomputes a candidate's report and the provenance block says so",
      async run({open}) {
        const fragment = await encodeScenarioHash(presetFile, {draws: 10_000, seed: 3});
        const {page, problems, close} = await open(`/reports/${CREDENTIAL}#${fragment}`);
        const provenance = await ready(page);
        const kpis = await page.$eval(".report-kpis", (el) => ({...(el as HTMLElement).dataset}) as Record<string, string>);
        const scenarioLine = await page.locator(".report-provenance dd").first().innerText();
        const notice = await page.locator(".report-notice").isHidden();
        await close();
        expectThat(problems.length === 0, problems.join("; "));
        expectThat(provenance.scenarioHash === scenarioHash(preset) && provenance.seed === "3" && provenance.fromLink === "true", `provenance: ${JSON.stringify(provenance)}`);
        expectThat(Number(kpis.npv) === runDeterministic(preset.inputs, preset.horizonYears).npv, `NPV ${kpis.npv}`);
        expectThat(scenarioLine.includes("from the link, not the default"), `scenario line: ${scenarioLine}`);
        expectThat(notice, "a notice is shown for a valid link");
      }
    },
    {
      name: "a tampered scenario link is refused with a message and the candidate's default is shown",
      async run({open, output}) {
        const {page, problems, close} = await open(`/reports/${CREDENTIAL}#s=v1.AAAA-tampered`);
        const provenance = await ready(page);
        const notice = await page.locator(".report-notice").innerText();
        await page.screenshot({path: join(output, "reports-tampered-link.png")});
        await close();
        expectThat(problems.length === 0, problems.join("; "));
        expectThat(notice.includes("could not be used") && notice.includes("#s:"), `notice: ${notice}`);
        expectThat(provenance.fromLink === "false", `provenance: ${JSON.stringify(provenance)}`);
      }
    },
    {
      name: "the report index links every candidate's report",
      async run({open}) {
        const built = readdirSync(join(root, "dist", "reports")).filter((f) => f.endsWith(".html") && f !== "index.html" && f !== "scenario.html").length;
        const {page, problems, close} = await open("/reports/");
        await page.waitForSelector(".report-index tbody tr", {timeout: 20_000});
        const links = await page.$$eval(".report-index tbody a", (as) => as.map((a) => (a as HTMLAnchorElement).href));
        await close();
        expectThat(problems.length === 0, problems.join("; "));
        expectThat(links.length === built && built > 1, `${links.length} links for ${built} built reports`);
      }
    }
  ]
};

export default suite;
