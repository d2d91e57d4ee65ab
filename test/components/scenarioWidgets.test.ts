import {readFileSync} from "node:fs";
import {JSDOM} from "jsdom";
import {describe, expect, it} from "vitest";
import {cliCommand, fileSlug, resultsCsvText, resultsJsonText, ScenarioActions, scenarioJsonText} from "../../src/components/ScenarioActions.js";
import {inputText, ScenarioCompareTable} from "../../src/components/ScenarioCompareTable.js";
import {ScenarioKpis, modelSubtitle} from "../../src/components/ScenarioKpis.js";
import {ScenarioNotice} from "../../src/components/ScenarioNotice.js";
import {MAX_PINNED, pinLabel, ScenarioPinBoard} from "../../src/components/ScenarioPinBoard.js";
import type {TimedRun} from "../../src/components/ScenarioRunner.js";
import {ScenarioRunSettings} from "../../src/components/ScenarioRunSettings.js";
import {formatLearners, formatMoney, formatNumber, formatShare} from "../../src/components/scenarioFormat.js";
import {loadExcel, xlsxBytes} from "../../src/components/scenarioXlsx.js";
import {modelScenario} from "../../src/model/modelScenario.js";
import {parseScenario} from "../../src/model/parseScenario.js";
import {modelReportOf, resultsSheets} from "../../src/model/resultsTable.js";
import {runScenario} from "../../src/model/runScenario.js";

const {window} = new JSDOM("<!doctype html><body></body>");
const document = window.document;
const preset = JSON.parse(readFileSync(new URL("../../scenarios/own-platform-paid.json", import.meta.url), "utf8"));
const timedOf = (file: object, draws = 1000, seed = 1): TimedRun => {
  const scenario = parseScenario(file);
  return {scenario, settings: {draws, seed}, run: runScenario(scenario, {draws, seed}), computeMs: 12.345, roundTripMs: 20, where: "worker"};
};
const paid = timedOf(preset);

describe("number formats", () => {
  it("writes money with a true minus and the currency", () => {
    expect(formatMoney(-92170.84, "USD")).toBe("−USD 92,171");
    expect(formatMoney(1234.4, "EUR")).toBe("EUR 1,234");
    expect(formatMoney(-0.3, "USD")).toBe("USD 0");
  });
  it("writes compact money", () => {
    expect(formatMoney(-92170, "USD", {compact: true})).toBe("−USD 92k");
    expect(formatMoney(1_250_000, "USD", {compact: true})).toBe("USD 1.3M");
    expect(formatMoney(4200, "USD", {compact: true})).toBe("USD 4.2k");
  });
  it("writes shares as percentages, keeping the extremes honest", () =>
    expect([0.3791, 0.004, 0.0004, 0.9996, 1, 0].map(formatShare)).toEqual(["38%", "0.4%", "<0.1%", ">99.9%", "100%", "0%"]));
  it("writes numbers and learners", () => {
    expect(formatNumber(-1234.5678, 2)).toBe("−1,234.57");
    expect(formatLearners(137.39)).toBe("137");
    expect(formatLearners(7.25)).toBe("7.3");
    expect(formatNumber(Number.NaN)).toBe("–");
  });
});

describe("ScenarioKpis(timed)", () => {
  const kpis = ScenarioKpis(paid, {document});
  const card = (key: string) => kpis.querySelector(`[data-kpi="${key}"]`)!;
  it("carries the exact numbers as data attributes", () => {
    expect(kpis.dataset.npv).toBe(String(paid.run.deterministic.npv));
    expect(kpis.dataset.probability).toBe(String(paid.run.monteCarlo?.probabilityNpvPositive));
    expect(kpis.dataset.draws).toBe("1000");
    expect(kpis.dataset.computeMs).toBe("12.35");
    expect(kpis.dataset.where).toBe("worker");
  });
  it("shows NPV, its chance of being positive, break-even against plan and payback", () => {
    expect(card("npv").querySelector(".scenario-kpi-value")?.textContent).toBe("−USD\u00a092,171");
    expect(card("break-even").textContent).toMatch(/137.*90 planned \(47 short\)/);
    expect(card("payback").querySelector(".scenario-kpi-value")?.textContent).toBe("not reached");
    expect(card("npv").className).toContain("scenario-kpi-loss");
  });
  it("sums the headline up in one line for narrow screens", () =>
    expect(kpis.querySelector(".scenario-kpi-strip")?.textContent).toBe(
      `NPV −USD\u00a092k · P(NPV > 0) ${formatShare(paid.run.monteCarlo!.probabilityNpvPositive)} · break-even 137 (90 planned) · no payback`
    ));
  it("says how long the recompute took and where", () => expect(kpis.querySelector(".scenario-timing")?.textContent).toMatch(/^Recomputed 1,000 draws, the deterministic model and the tornado in 12.3 ms in a Web Worker/));
  it("explains a missing Monte Carlo", () => {
    const certain = ScenarioKpis(timedOf({}), {document});
    expect(certain.querySelector('[data-kpi="probability"]')?.textContent).toMatch(/no uncertain input/);
    expect(certain.dataset.probability).toBe("");
  });
  it("names the model, the scenario, where it came from and the Monte Carlo settings in chart subtitles", () => {
    expect(modelSubtitle(paid.scenario, `Preset: ${paid.scenario.name}, edited`, {draws: 1000, seed: 1}, true)).toBe(
      `Source: cost–revenue model of DESIGN.md §6 on “${paid.scenario.name}” (preset, edited); input citations in the editor · Monte Carlo: 1,000 draws, seed 1 · USD, nominal, years 0–5`
    );
    expect(modelSubtitle(paid.scenario, "File: my.json", {draws: 0, seed: 1}, false)).toMatch(/\(file: my\.json\); input citations in the editor · USD/);
  });
});

describe("ScenarioCompareTable(scenarios)", () => {
  const cheaper = timedOf({...preset, inputs: {...preset.inputs, pricePerEnrolment: 450}});
  const table = ScenarioCompareTable([{label: "A", timed: paid}, {label: "B", timed: cheaper}], {document});
  it("has a column per scenario", () => expect([...table.querySelectorAll("thead th")].map((th) => th.textContent)).toEqual(["", "", "A", "B"]));
  it("shows only the differing inputs, marked ≠, by default", () => {
    const rows = [...table.querySelectorAll("tr.scenario-differs")];
    expect(rows.map((r) => (r as HTMLElement).dataset.key)).toEqual(["pricePerEnrolment"]);
    expect(rows[0]?.querySelectorAll("td")[0]?.textContent).toBe("≠");
    expect([...rows[0]!.querySelectorAll("td")].slice(1).map((td) => td.textContent)).toEqual(["600 · triangular(min 400, mode 600, max 800)", "450"]);
  });
  it("lists results first, with each scenario's NPV", () => expect(table.querySelector("tbody tr:nth-child(2) td:nth-child(3)")?.textContent).toBe("−USD 92,171"));
  it("shows every input when the box is unticked", () => {
    const box = table.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    box.checked = false;
    box.dispatchEvent(new window.Event("change"));
    expect(table.querySelectorAll("tr[data-key]").length).toBe(33);
  });
  it("writes an uncertain input as value and distribution", () => expect(inputText({value: 0.85, distribution: {dist: "beta", alpha: 17, beta: 3, min: 0, max: 1}})).toBe("0.85 · beta(alpha 17, beta 3, min 0, max 1)"));
});

describe("ScenarioPinBoard()", () => {
  it("pins the current scenario under a unique label, up to four, and not twice", () => {
    const board = ScenarioPinBoard({document});
    const button = board.querySelector<HTMLButtonElement>(".scenario-pin-button")!;
    expect(button.disabled).toBe(true);
    board.setCurrent({file: preset, origin: "Preset", timed: paid});
    button.click();
    expect(board.value.map((p) => p.label)).toEqual([paid.scenario.name]);
    expect(button.disabled).toBe(true);
    expect(board.querySelector(".scenario-pin-reason")?.textContent).toBe("This scenario is already pinned.");
    for (const seed of [2, 3, 4, 5]) {
      board.setCurrent({file: preset, origin: "Preset", timed: timedOf(preset, 1000, seed)});
      button.click();
    }
    expect(board.value).toHaveLength(MAX_PINNED);
    expect(board.value[1]?.label).toBe(`${paid.scenario.name} (2)`);
    expect(board.querySelector(".scenario-pin-reason")?.textContent).toBe("4 scenarios pinned: unpin one to add another.");
  });
  it("unpins and asks to load a pin back into the editor", () => {
    const board = ScenarioPinBoard({document});
    board.setCurrent({file: preset, origin: "Preset", timed: paid});
    board.querySelector<HTMLButtonElement>(".scenario-pin-button")!.click();
    let loaded: unknown;
    board.addEventListener("scenario-load", (event) => (loaded = (event as CustomEvent).detail));
    board.querySelector<HTMLButtonElement>('button[aria-label^="Open"]')!.click();
    expect(loaded).toBe(board.value[0]);
    board.querySelector<HTMLButtonElement>('button[aria-label^="Unpin"]')!.click();
    expect(board.value).toEqual([]);
  });
  it("numbers repeated labels", () => expect(pinLabel("A", ["A", "A (2)"])).toBe("A (3)"));
});

describe("ScenarioActions and its exports", () => {
  it("makes file names from scenario names", () => {
    expect(fileSlug("Paid micro-credential on the institution's own platform")).toBe("paid-micro-credential-on-the-institution-s-own-platform");
    expect(fileSlug("Ünïcödé — ✓")).toBe("unicode");
    expect(fileSlug("<>")).toBe("scenario");
  });
  it("saves the file as pretty JSON that parseScenario reads back", () => expect(parseScenario(JSON.parse(scenarioJsonText(preset))).inputs).toEqual(paid.scenario.inputs));
  it("gives the CLI command that reproduces the run", () => expect(cliCommand("My plan", {draws: 100000, seed: 7})).toBe("npx mcw model my-plan.json --format json --bands --seed 7 --draws 100000"));
  it("exports results JSON equal to mcw model --format json --bands", () =>
    expect(resultsJsonText(paid)).toBe(`${JSON.stringify(modelScenario(paid.scenario, {draws: 1000, seed: 1, bands: true}), null, 2)}\n`));
  it("exports CSV with numbers as numbers and formula text neutralised", () => {
    const hostile = timedOf({...preset, name: "=1+1"});
    const lines = resultsCsvText(hostile).split("\n");
    expect(lines[0]).toBe("section,input,metric,year,value");
    expect(lines[1]).toBe("scenario,,name,,'=1+1");
    expect(lines.find((l) => l.startsWith("deterministic,,npv,"))).toBe(`deterministic,,npv,,${hostile.run.deterministic.npv}`);
  });
  it("disables exports while the draft has problems", () => {
    const bar = ScenarioActions({file: preset, timed: null}, {document});
    const disabled = [...bar.querySelectorAll<HTMLButtonElement>("button")].map((b) => [b.dataset.action, b.disabled]);
    expect(disabled).toEqual([["save", false], ["share", true], ["csv", true], ["xlsx", true], ["json", true]]);
  });
  it("shows the reproducing command", () =>
    expect(ScenarioActions({file: preset, timed: paid}, {document}).querySelector(".scenario-cli code")?.textContent).toBe(cliCommand(paid.scenario.name, paid.settings)));
});

describe("xlsxBytes(sheets)", () => {
  it("writes a workbook that reads back to the same numbers and neutralised text", async () => {
    const hostile = timedOf({...preset, name: "@SUM(A1:A9)"});
    const sheets = resultsSheets(modelReportOf(hostile.run), hostile.scenario);
    const bytes = await xlsxBytes(sheets, {created: new Date(0)});
    const ExcelJS = await loadExcel();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["Summary", "Cash flow", "Tornado", "Inputs", "Results"]);
    const summary = workbook.getWorksheet("Summary")!;
    expect(summary.getRow(2).getCell(2).value).toBe("'@SUM(A1:A9)");
    expect(summary.getRow(5).getCell(2).value).toBe(hostile.run.deterministic.npv);
    expect(summary.getRow(5).getCell(2).type).toBe(ExcelJS.ValueType.Number);
    expect(workbook.getWorksheet("Cash flow")!.getRow(2).getCell(5).value).toBe(hostile.run.deterministic.cashFlow[0]);
    expect(summary.views[0]).toMatchObject({state: "frozen", ySplit: 1});
  });
  it("refuses a sheet name Excel would refuse", async () =>
    await expect(xlsxBytes([{name: "x".repeat(32), columns: [], rows: []}])).rejects.toThrow("must be 1–31 characters and unique"));
});

describe("ScenarioRunSettings(initial)", () => {
  it("offers the usual draw counts plus the one a link asked for", () => {
    const form = ScenarioRunSettings({draws: 20000, seed: 7}, {document});
    expect([...form.querySelectorAll("option")].map((o) => o.value)).toEqual(["1000", "10000", "20000", "100000", "1000000"]);
    expect(form.value).toEqual({draws: 20000, seed: 7});
  });
  it("takes other settings, such as a pinned scenario's", () => {
    const form = ScenarioRunSettings({draws: 10000, seed: 7}, {document});
    let events = 0;
    form.addEventListener("input", () => events++);
    form.setValue({draws: 5000, seed: 9});
    expect(form.value).toEqual({draws: 5000, seed: 9});
    expect(form.querySelector<HTMLSelectElement>("select")!.value).toBe("5000");
    expect(events).toBe(1);
  });
  it("keeps the last valid seed and says what is wrong with a bad one", () => {
    const form = ScenarioRunSettings({draws: 10000, seed: 7}, {document});
    const seed = form.querySelector<HTMLInputElement>('input[name="seed"]')!;
    seed.value = "1.5";
    seed.dispatchEvent(new window.Event("input", {bubbles: true}));
    expect(form.value.seed).toBe(7);
    expect(form.querySelector(".scenario-issue")?.textContent).toBe('seed: got "1.5"; expected a whole number from 0 to 4,294,967,295');
    seed.value = "42";
    seed.dispatchEvent(new window.Event("input", {bubbles: true}));
    expect(form.value).toEqual({draws: 10000, seed: 42});
  });
});

describe("ScenarioNotice(notice)", () => {
  it("shows a link problem as text, as an alert", () => {
    const notice = ScenarioNotice({title: "Bad link", message: "<img src=x onerror=alert(1)>", details: ["inputs.passRate: got 2"]}, {document});
    expect(notice.getAttribute("role")).toBe("alert");
    expect(notice.querySelector("img")).toBeNull();
    expect(notice.textContent).toBe("Bad link<img src=x onerror=alert(1)>inputs.passRate: got 2");
  });
  it("is hidden when there is nothing to say", () => expect(ScenarioNotice(null, {document}).hidden).toBe(true));
});
