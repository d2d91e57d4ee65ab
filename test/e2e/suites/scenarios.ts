/**
 * Browser tests of the scenario workbench (src/scenarios.md), issue 6: live recompute, share links that
 * reproduce `mcw model` exactly, CSV/XLSX/JSON exports that parse back to the same numbers, tampered links,
 * save/load, candidates, comparison, and the recompute time in Chromium at 10,000 and 100,000 draws.
 */
import {spawnSync} from "node:child_process";
import {mkdtempSync, readdirSync, readFileSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {fileURLToPath} from "node:url";
import type {Page} from "playwright-core";
import {loadExcel} from "../../../src/components/scenarioXlsx.js";
import type {ModelReport} from "../../../src/model/modelScenario.js";
import {parseScenario} from "../../../src/model/parseScenario.js";
import {runDeterministic} from "../../../src/model/runDeterministic.js";
import {base64UrlEncode, deflateRaw, encodeScenarioHash} from "../../../src/model/scenarioUrl.js";
import {expectThat, type E2ESuite} from "../suite.js";

const root = fileURLToPath(new URL("../../..", import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), "mcw-scenarios-e2e-"));
const presetFile = (name: string) => JSON.parse(readFileSync(join(root, "scenarios", `${name}.json`), "utf8"));

/** Runs the CLI exactly as a user would and returns its JSON report. */
function mcwModel(file: object, seed: number, draws: number): ModelReport {
  const path = join(scratch, `cli-${seed}-${draws}.json`);
  writeFileSync(path, JSON.stringify(file, null, 2));
  const result = spawnSync(process.execPath, [join(root, "bin", "mcw.js"), "model", path, "--format", "json", "--bands", "--seed", String(seed), "--draws", String(draws)], {cwd: root, encoding: "utf8"});
  if (result.status !== 0) throw new Error(`mcw model failed (${result.status}): ${result.stderr}`);
  return JSON.parse(result.stdout) as ModelReport;
}

/** The KPI block's data attributes (exact numbers as strings). */
async function kpis(page: Page): Promise<Record<string, string>> {
  await page.waitForSelector(".scenario-kpis", {timeout: 30_000});
  return page.$eval(".scenario-kpis", (el) => ({...(el as HTMLElement).dataset}) as Record<string, string>);
}

/** Waits until the KPIs show a different NPV (or settings) than `before`, i.e. the recompute has landed. */
async function nextResult(page: Page, before: Record<string, string>): Promise<Record<string, string>> {
  await page.waitForFunction(
    (prev) => {
      const d = (document.querySelector(".scenario-kpis") as HTMLElement | null)?.dataset;
      return !!d && (d.npv !== prev.npv || d.draws !== prev.draws || d.seed !== prev.seed || d.computeMs !== prev.computeMs);
    },
    before,
    {timeout: 30_000}
  );
  return kpis(page);
}

async function downloadText(page: Page, action: string): Promise<{text: string; bytes: Buffer; name: string}> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.click(`button[data-action="${action}"]`)]);
  const bytes = readFileSync(await download.path());
  return {text: bytes.toString("utf8"), bytes, name: download.suggestedFilename()};
}

/** RFC 4180 CSV to rows of strings. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") row.push(cell), (cell = "");
    else if (c === "\n") row.push(cell), rows.push(row), (row = []), (cell = "");
    else cell += c;
  }
  if (cell !== "" || row.length > 0) row.push(cell), rows.push(row);
  return rows;
}

/** Every number of a report as "section|input|metric|year" → value, the way the tidy CSV lays them out. */
function reportNumbers(report: ModelReport): Map<string, number | null> {
  const out = new Map<string, number | null>();
  const d = report.deterministic;
  for (const metric of ["enrolments", "revenue", "cost", "cashFlow"] as const) d[metric].forEach((v, t) => out.set(`deterministic||${metric}|${t}`, v));
  out.set("deterministic||npv|", d.npv);
  out.set("deterministic||paybackYear|", d.paybackYear);
  out.set("deterministic||breakEvenFirstYearEnrolments|", d.breakEvenFirstYearEnrolments);
  const mc = report.monteCarlo;
  if (mc) {
    out.set("monteCarlo||draws|", mc.draws);
    out.set("monteCarlo||seed|", mc.seed);
    for (const [k, v] of Object.entries(mc.npv)) out.set(`monteCarlo||npv.${k}|`, v);
    out.set("monteCarlo||probabilityNpvPositive|", mc.probabilityNpvPositive);
    out.set("monteCarlo||clampedDraws|", mc.clampedDraws);
    for (const b of mc.cashFlowBands ?? []) for (const k of ["p10", "p50", "p90"] as const) out.set(`monteCarlo||cashFlowBands.${k}|${b.year}`, b[k]);
  }
  for (const bar of report.tornado) for (const k of ["low", "high", "swing"] as const) out.set(`tornado|${bar.input}|${k}|`, bar[k]);
  return out;
}

/** Compares exported rows (section, input, metric, year, value) with the CLI's numbers: every number, exactly. */
function compareRows(rows: (string | number | null)[][], expected: Map<string, number | null>, what: string): number {
  let compared = 0;
  const differences: string[] = [];
  for (const [section, input, metric, year, value] of rows) {
    const key = `${section}|${input ?? ""}|${metric}|${year ?? ""}`;
    if (!expected.has(key)) continue;
    const want = expected.get(key) ?? null;
    const got = value === "" || value === null || value === undefined ? null : typeof value === "number" ? value : Number(value);
    if (got !== want) differences.push(`${key} is ${String(value)}, mcw model says ${String(want)}`);
    compared++;
  }
  expectThat(differences.length === 0, `${what}: ${differences.length} of ${compared} numbers differ: ${differences.join("; ")}`);
  expectThat(compared === expected.size, `${what}: compared ${compared} of the CLI's ${expected.size} numbers`);
  return compared;
}

/** A scenario with a hostile name and a tweak, shared by the reproduction and export tests. */
const sharedFile = () => {
  const file = presetFile("stackable-masters-pathway");
  return {...file, name: '=HYPERLINK("http://203.0.113.7/","steal") <img src=x onerror="window.__pwned=1">', inputs: {...file.inputs, pricePerEnrolment: 725}};
};
const SHARED = {seed: 7, draws: 20_000};

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

const suite: E2ESuite = {
  name: "scenarios",
  tests: [
    {
      name: "changing an input changes the NPV, to exactly the model's figure",
      async run({open}) {
        const {page, problems, close} = await open("/scenarios");
        const before = await kpis(page);
        const preset = presetFile("own-platform-paid");
        expectThat(before.npv === String(runDeterministic(parseScenario(preset).inputs, 5).npv), `opening NPV ${before.npv} is not the own-platform-paid preset's`);
        await page.fill('.scenario-editor input[name="pricePerEnrolment"]', "700");
        const after = await nextResult(page, before);
        const expected = runDeterministic(parseScenario({...preset, inputs: {...preset.inputs, pricePerEnrolment: {...preset.inputs.pricePerEnrolment, value: 700}}}).inputs, 5).npv;
        expectThat(after.npv === String(expected), `NPV after setting the price to 700 is ${after.npv}; the model gives ${expected}`);
        expectThat(Number(after.npv) > Number(before.npv), "a higher price should raise NPV");
        const hashed = await page.waitForFunction(() => location.hash.startsWith("#s=v1."), null, {timeout: 5000}).then(() => true, () => false);
        expectThat(hashed, `the URL does not hold the scenario: ${page.url()}`);
        await close();
        expectThat(problems.length === 0, problems.join("; "));
      }
    },
    {
      name: "a shared link reproduces exactly the numbers of mcw model for the same scenario, seed and draws",
      async run({open}) {
        const file = sharedFile();
        const cli = mcwModel(file, SHARED.seed, SHARED.draws);
        const {page, problems, close} = await open(`/scenarios#${await encodeScenarioHash(file, SHARED)}`);
        const shown = await kpis(page);
        expectThat(shown.seed === "7" && shown.draws === "20000", `page ran seed ${shown.seed}, draws ${shown.draws}`);
        expectThat(shown.npv === String(cli.deterministic.npv), `NPV ${shown.npv} ≠ CLI ${cli.deterministic.npv}`);
        expectThat(shown.probability === String(cli.monteCarlo?.probabilityNpvPositive), `P(NPV>0) ${shown.probability} ≠ CLI ${cli.monteCarlo?.probabilityNpvPositive}`);
        expectThat(shown.npvMean === String(cli.monteCarlo?.npv.mean), `MC mean ${shown.npvMean} ≠ CLI ${cli.monteCarlo?.npv.mean}`);
        const {text} = await downloadText(page, "json");
        expectThat(JSON.stringify(JSON.parse(text)) === JSON.stringify(cli), "the page's results JSON differs from mcw model --format json --bands");
        const title = await page.$eval(".scenario-editor input[name='name']", (el) => (el as HTMLInputElement).value);
        const pwned = await page.evaluate(() => (window as unknown as {__pwned?: number}).__pwned);
        expectThat(title === file.name && pwned === undefined && (await page.$$("main img")).length === 0, "the scenario's name must be shown as text, never run");
        await close();
        expectThat(problems.length === 0, problems.join("; "));
      }
    },
    {
      name: "exported CSV and XLSX parse back to the CLI's numbers, with formula text neutralised",
      async run({open}) {
        const file = sharedFile();
        const expected = reportNumbers(mcwModel(file, SHARED.seed, SHARED.draws));
        const {page, problems, close} = await open(`/scenarios#${await encodeScenarioHash(file, SHARED)}`);
        await kpis(page);
        const csv = parseCsv((await downloadText(page, "csv")).text);
        expectThat(csv[0]?.join(",") === "section,input,metric,year,value", `CSV header: ${csv[0]?.join(",")}`);
        const csvCount = compareRows(csv.slice(1), expected, "CSV");
        const csvName = csv.find((r) => r[0] === "scenario" && r[2] === "name")?.[4];
        expectThat(csvName === `'${file.name}`, `CSV name cell not neutralised: ${csvName}`);

        const {bytes, name} = await downloadText(page, "xlsx");
        expectThat(name.endsWith("-results.xlsx"), `XLSX file name: ${name}`);
        const ExcelJS = await loadExcel();
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
        expectThat(workbook.worksheets.map((w) => w.name).join() === "Summary,Cash flow,Tornado,Inputs,Results", `sheets: ${workbook.worksheets.map((w) => w.name).join()}`);
        const results: (string | number | null)[][] = [];
        workbook.getWorksheet("Results")?.eachRow((row, n) => {
          if (n > 1) results.push([1, 2, 3, 4, 5].map((c) => (row.getCell(c).value as string | number | null) ?? null));
        });
        const xlsxCount = compareRows(results, expected, "XLSX");
        let formulas = 0;
        let unsafe = 0;
        workbook.eachSheet((sheet) =>
          sheet.eachRow((row) =>
            row.eachCell((cell) => {
              if (cell.type === ExcelJS.ValueType.Formula) formulas++;
              if (typeof cell.value === "string" && /^[=+\-@]/.test(cell.value)) unsafe++;
            })
          )
        );
        const npvCell = workbook.getWorksheet("Summary")?.getRow(5).getCell(2);
        await close();
        expectThat(formulas === 0 && unsafe === 0, `XLSX has ${formulas} formula cells and ${unsafe} text cells starting a formula`);
        expectThat(npvCell?.type === ExcelJS.ValueType.Number && (npvCell.value as number) === expected.get("deterministic||npv|"), `Summary NPV cell is ${String(npvCell?.value)} (type ${npvCell?.type})`);
        expectThat(xlsxCount === csvCount, `compared ${csvCount} CSV and ${xlsxCount} XLSX numbers`);
        expectThat(problems.length === 0, problems.join("; "));
      }
    },
    {
      name: "a tampered link shows what is wrong and the documented defaults, and never runs its content",
      async run({open}) {
        const payload = base64UrlEncode(await deflateRaw(new TextEncoder().encode(JSON.stringify({name: "<script>window.__pwned=1</script>", inputs: {passRate: 1.5}}))));
        const cases = [
          {hash: `#s=v1.${payload}`, says: "inputs.passRate: got 1.5; expected a number in [0, 1]"},
          {hash: `#s=v1.${payload.slice(0, -12)}`, says: "the shared scenario is damaged"},
          {hash: "#s=v1.%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E", says: 'expected "v1." followed by base64url characters'},
          {hash: "#seed=-3", says: '#seed: got "-3"; expected a whole number from 0 to 4,294,967,295'},
          {hash: "#candidate=no-such-credential", says: '#candidate: no candidate "no-such-credential"'}
        ];
        const defaults = String(runDeterministic(parseScenario({}).inputs, 5).npv);
        for (const {hash, says} of cases) {
          const {page, problems, close} = await open(`/scenarios${hash}`);
          const shown = await kpis(page);
          const notice = await page.$eval(".scenario-notice[role=alert]", (el) => el.textContent ?? "").catch(() => "");
          const origin = await page.$eval(".scenario-editor select[name=start]", (el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent ?? "");
          const pwned = await page.evaluate(() => (window as unknown as {__pwned?: number}).__pwned);
          await close();
          expectThat(notice.includes(says), `${hash}: notice "${notice}" does not say "${says}"`);
          expectThat(notice.includes("the documented defaults are shown instead"), `${hash}: notice does not say the defaults are shown`);
          expectThat(shown.npv === defaults && origin === "Documented defaults", `${hash}: shows NPV ${shown.npv} from "${origin}", not the defaults' ${defaults}`);
          expectThat(pwned === undefined, `${hash}: the link's content ran`);
          expectThat(problems.length === 0, `${hash}: ${problems.join("; ")}`);
        }
      }
    },
    {
      name: "a saved scenario is read by mcw model, and a loaded file is checked with parseScenario",
      async run({open}) {
        const {page, problems, close} = await open("/scenarios");
        const before = await kpis(page);
        await page.fill('.scenario-editor input[name="cohortsPerYear"]', "3");
        const after = await nextResult(page, before);
        const saved = await downloadText(page, "save");
        expectThat(saved.name === "paid-micro-credential-on-the-institution-s-own-platform.json", `saved as ${saved.name}`);
        const cli = mcwModel(JSON.parse(saved.text), Number(after.seed), Number(after.draws));
        expectThat(String(cli.deterministic.npv) === after.npv && String(cli.monteCarlo?.probabilityNpvPositive) === after.probability, `mcw model on the saved file gives NPV ${cli.deterministic.npv}, P ${cli.monteCarlo?.probabilityNpvPositive}; the page showed ${after.npv}, ${after.probability}`);

        const fileInput = page.locator('.scenario-editor input[type="file"]');
        await fileInput.setInputFiles({name: "typo.json", mimeType: "application/json", buffer: Buffer.from('{"inputs": {"pasRate": 0.3, "pricePerEnrolment": -5}}')});
        await page.waitForSelector(".scenario-load-status li");
        const status = await page.$eval(".scenario-load-status", (el) => el.textContent ?? "");
        expectThat(status.includes('typo.json: inputs.pasRate: unknown key "pasRate" in inputs; did you mean "passRate"?'), `load status: ${status}`);
        expectThat(status.includes("typo.json: inputs.pricePerEnrolment: got -5; expected a number in [0, 1000000000000]"), `load status: ${status}`);
        expectThat((await kpis(page)).npv === after.npv, "an invalid file must not replace the scenario");

        await fileInput.setInputFiles({name: "public.json", mimeType: "application/json", buffer: readFileSync(join(root, "scenarios", "public-subsidy.json"))});
        const loaded = await nextResult(page, after);
        const expected = runDeterministic(parseScenario(presetFile("public-subsidy")).inputs, parseScenario(presetFile("public-subsidy")).horizonYears).npv;
        expectThat(loaded.npv === String(expected), `loaded file gives NPV ${loaded.npv}, expected ${expected}`);
        await close();
        expectThat(problems.length === 0, problems.join("; "));
      }
    },
    {
      name: "#candidate=<id> opens a candidate credential with its market-derived enrolment distribution",
      async run({open}) {
        const dataDir = join(root, "dist", "_file", "data");
        const file = readdirSync(dataDir).find((f) => /^candidate-scenarios\.[0-9a-f]+\.json$/.test(f));
        expectThat(file !== undefined, "dist has no candidate-scenarios JSON");
        const candidates = JSON.parse(readFileSync(join(dataDir, file as string), "utf8")) as {id: string; title: string; scenario: {inputs: Record<string, unknown>}}[];
        const candidate = candidates.find((c) => typeof c.scenario.inputs.firstYearEnrolments === "object");
        expectThat(candidate !== undefined, "no candidate has a market-derived enrolment distribution");
        const {page, problems, close} = await open(`/scenarios#candidate=${candidate.id}`);
        const shown = await kpis(page);
        const name = await page.$eval(".scenario-editor input[name='name']", (el) => (el as HTMLInputElement).value);
        const enrolments = await page.$eval('.scenario-input[data-key="firstYearEnrolments"] select', (el) => (el as HTMLSelectElement).value);
        await close();
        const expected = parseScenario(candidate.scenario);
        expectThat(name === expected.name, `editor shows "${name}", expected "${expected.name}"`);
        expectThat(enrolments === (candidate.scenario.inputs.firstYearEnrolments as {dist: string}).dist, `first-year enrolments are ${enrolments}, not the candidate's distribution`);
        expectThat(shown.npv === String(runDeterministic(expected.inputs, expected.horizonYears).npv), `NPV ${shown.npv} is not the candidate scenario's`);
        expectThat(problems.length === 0, problems.join("; "));
      }
    },
    {
      name: "pinned scenarios compare side by side, differing inputs marked, charts overlaid, at most four",
      async run({open, output}) {
        const {page, problems, close} = await open("/scenarios");
        let last = await kpis(page);
        const pin = () => page.click(".scenario-pin-button");
        await pin();
        for (const [price, cohorts] of [["450", "2"], ["800", "3"], ["650", "4"]] as const) {
          await page.fill('.scenario-editor input[name="pricePerEnrolment"]', price);
          last = await nextResult(page, last);
          await page.fill('.scenario-editor input[name="cohortsPerYear"]', cohorts);
          last = await nextResult(page, last);
          await pin();
        }
        await page.waitForSelector('figure[data-chart="compare-npv-by-enrolments"] svg');
        const headers = await page.$$eval(".scenario-compare thead th", (ths) => ths.map((th) => th.textContent));
        const differing = await page.$$eval(".scenario-compare tr.scenario-differs", (trs) => trs.map((tr) => (tr as HTMLElement).dataset.key));
        const charts = await page.$$eval("figure[data-chart^='compare-']", (fs) => fs.map((f) => (f as HTMLElement).dataset.chart));
        const pinDisabled = await page.$eval(".scenario-pin-button", (b) => (b as HTMLButtonElement).disabled);
        const reason = await page.$eval(".scenario-pin-reason", (el) => el.textContent);
        await page.screenshot({path: join(output, "scenarios-compare-1280.png"), fullPage: true});
        await close();
        const name = presetFile("own-platform-paid").name;
        expectThat(headers.slice(2).join("|") === [name, `${name} (2)`, `${name} (3)`, `${name} (4)`].join("|"), `columns: ${headers.join("|")}`);
        expectThat(differing.join() === "cohortsPerYear,pricePerEnrolment", `differing rows: ${differing.join()}`);
        expectThat(charts.join() === "compare-cash-flow-by-year,compare-npv-distribution,compare-npv-by-enrolments", `compare charts: ${charts.join()}`);
        expectThat(pinDisabled && reason === "4 scenarios pinned: unpin one to add another.", `fifth pin allowed? ${pinDisabled} ${reason}`);
        expectThat(problems.length === 0, problems.join("; "));
      }
    },
    {
      name: "recomputes run in a Web Worker; recompute time at 10,000 and 100,000 draws",
      async run({open}) {
        const {page, problems, close} = await open("/scenarios");
        let last = await kpis(page);
        expectThat(last.where === "worker", `runs on ${last.where}, not in the worker`);
        await page.evaluate(() => {
          const w = window as unknown as {__longTasks: number[]};
          w.__longTasks = [];
          new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__longTasks.push(e.duration))).observe({type: "longtask"});
        });
        const report: string[] = [];
        for (const draws of [10_000, 100_000]) {
          await page.selectOption('.scenario-run-settings select[name="draws"]', String(draws));
          last = await nextResult(page, last);
          await page.evaluate(() => ((window as unknown as {__longTasks: number[]}).__longTasks = []));
          const compute: number[] = [];
          const roundTrip: number[] = [];
          for (let i = 1; i <= 7; i++) {
            await page.fill('.scenario-editor input[name="pricePerEnrolment"]', String(600 + i));
            last = await nextResult(page, last);
            expectThat(last.draws === String(draws) && last.where === "worker", `run ${i}: ${last.draws} draws on ${last.where}`);
            compute.push(Number(last.computeMs));
            roundTrip.push(Number(last.roundTripMs));
          }
          const longTasks = await page.evaluate(() => (window as unknown as {__longTasks: number[]}).__longTasks);
          report.push(
            `${draws.toLocaleString("en-US")} draws: model ${median(compute).toFixed(1)} ms median (min ${Math.min(...compute).toFixed(1)}, max ${Math.max(...compute).toFixed(1)}) in the worker, ` +
              `${median(roundTrip).toFixed(1)} ms median until shown; main-thread long tasks: ${longTasks.length} (longest ${longTasks.length ? Math.max(...longTasks).toFixed(0) : 0} ms)`
          );
        }
        await close();
        process.stdout.write(report.map((line) => `     timing: ${line}\n`).join(""));
        expectThat(problems.length === 0, problems.join("; "));
      }
    }
  ]
};
export default suite;
