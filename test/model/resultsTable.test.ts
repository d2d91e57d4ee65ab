import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {formatReportCsv} from "../../cli/format/reportCsv.js";
import {modelScenario} from "../../src/model/modelScenario.js";
import {parseScenario} from "../../src/model/parseScenario.js";
import {distributionText, FORMULA_PREFIX, modelReportOf, neutraliseFormula, resultsRows, resultsSheets} from "../../src/model/resultsTable.js";
import {runScenario} from "../../src/model/runScenario.js";

const preset = JSON.parse(readFileSync(new URL("../../scenarios/own-platform-paid.json", import.meta.url), "utf8"));
const scenario = parseScenario(preset);
const run = runScenario(scenario, {draws: 2000, seed: 9});
const report = modelReportOf(run);

describe("runScenario(scenario, options) and modelReportOf(run)", () => {
  it("gives exactly the report of modelScenario (mcw model --format json), key order included", () =>
    expect(JSON.stringify(modelReportOf(run, {bands: false}))).toBe(JSON.stringify(modelScenario(scenario, {draws: 2000, seed: 9}))));
  it("gives exactly the report of mcw model --bands by default", () =>
    expect(JSON.stringify(report)).toBe(JSON.stringify(modelScenario(scenario, {draws: 2000, seed: 9, bands: true}))));
  it("keeps every draw's NPV and the tornado's input percentiles", () => {
    expect(run.monteCarlo?.npvDraws).toHaveLength(2000);
    expect(run.tornado[0]?.inputLow).toBeLessThan(run.tornado[0]?.inputHigh as number);
  });
  it("has no Monte Carlo without uncertain inputs", () => expect(modelReportOf(runScenario(parseScenario({}))).monteCarlo).toBeNull());
  it("throws for invalid draws", () => expect(() => runScenario(scenario, {draws: -1})).toThrow(RangeError));
});

describe("resultsRows(report, scenario)", () => {
  const rows = resultsRows(report, scenario);
  it("starts with the scenario's settings", () =>
    expect(rows.slice(0, 4).map((r) => [r.metric, r.value])).toEqual([["name", scenario.name], ["description", scenario.description], ["currency", "USD"], ["horizonYears", 5]]));
  it("lists every input's value, its distribution and its source", () => {
    expect(rows.find((r) => r.section === "inputs" && r.input === "pricePerEnrolment" && r.metric === "value")?.value).toBe(600);
    expect(rows.find((r) => r.section === "inputs" && r.input === "pricePerEnrolment" && r.metric === "distribution")?.value).toBe("triangular(min 400, mode 600, max 800)");
    expect(rows.find((r) => r.section === "inputs" && r.input === "passRate" && r.metric === "source")?.value).toBe(preset.sources.passRate);
    expect(rows.find((r) => r.section === "inputs" && r.input === "identityVerification")?.value).toBe("supervised");
  });
  it("then has exactly the rows of mcw model --format csv --bands, in order", () => {
    const cli = formatReportCsv(report).trim().split("\n").slice(1);
    const cell = (v: number | string | null) => (v === null ? "" : String(v));
    const ours = rows.filter((r) => !["scenario", "inputs"].includes(r.section)).map((r) => [r.section, r.input, r.metric, cell(r.year), cell(r.value)].join(","));
    expect(ours).toEqual(cli);
  });
  it("keeps numbers as numbers, a negative NPV included", () => {
    const npv = rows.find((r) => r.section === "deterministic" && r.metric === "npv");
    expect(npv?.value).toBe(run.deterministic.npv);
    expect(typeof npv?.value).toBe("number");
    expect(npv?.value as number).toBeLessThan(0);
  });
  it("writes a missing payback year as null", () => expect(rows.find((r) => r.metric === "paybackYear")?.value).toBeNull());
});

describe("neutraliseFormula(text)", () => {
  it("prefixes every formula starter with an apostrophe", () => {
    for (const text of ["=1+1", "+1", "-2", "@SUM(A1)", "\tx", "\rx"]) expect(neutraliseFormula(text)).toBe(`'${text}`);
  });
  it("leaves ordinary text alone", () => expect(neutraliseFormula("Paid micro-credential")).toBe("Paid micro-credential"));
  it("is idempotent", () => expect(neutraliseFormula(neutraliseFormula("=HYPERLINK(1)"))).toBe("'=HYPERLINK(1)"));
  it("uses the same starters as the chart CSV downloads", () => expect(FORMULA_PREFIX.source).toBe("^[=+\\-@\\t\\r]"));
});

describe("resultsSheets(report, scenario)", () => {
  const hostile = parseScenario({...preset, name: "=HYPERLINK(\"http://evil\",\"x\")", sources: {...preset.sources, passRate: "@cmd|' /C calc'!A0"}});
  const sheets = resultsSheets(modelReportOf(runScenario(hostile, {draws: 500, seed: 1})), hostile);
  const sheet = (name: string) => sheets.find((s) => s.name === name)!;
  it("has Summary, Cash flow, Tornado, Inputs and Results", () => expect(sheets.map((s) => s.name)).toEqual(["Summary", "Cash flow", "Tornado", "Inputs", "Results"]));
  it("neutralises formula text from the scenario in every sheet", () => {
    expect(sheet("Summary").rows[0]).toEqual(["Scenario", "'=HYPERLINK(\"http://evil\",\"x\")", ""]);
    expect(sheet("Inputs").rows.find((r) => r[0] === "passRate")?.[6]).toBe("'@cmd|' /C calc'!A0");
    expect(sheet("Results").rows[0]?.[4]).toBe("'=HYPERLINK(\"http://evil\",\"x\")");
  });
  it("keeps a negative NPV a number", () => {
    const npv = sheet("Summary").rows.find((r) => r[0] === "NPV at the inputs' values")?.[1];
    expect(typeof npv).toBe("number");
    expect(npv as number).toBeLessThan(0);
  });
  it("has one cash-flow row per year, the build year first, with the bands", () => {
    const rows = sheet("Cash flow").rows;
    expect(rows.map((r) => r[0])).toEqual([0, 1, 2, 3, 4, 5]);
    const [year, enrolled, revenue, cost, cashFlow, p10, p50, p90] = rows[0] as number[];
    expect([year, enrolled, revenue]).toEqual([0, 0, 0]);
    expect(cashFlow).toBe(-(cost as number));
    expect((p10 as number) <= (p50 as number) && (p50 as number) <= (p90 as number)).toBe(true);
  });
  it("cites the documented default for inputs the scenario gives no source", () => {
    const bare = parseScenario({});
    const inputs = resultsSheets(modelReportOf(runScenario(bare)), bare).find((s) => s.name === "Inputs")!;
    expect(String(inputs.rows.find((r) => r[0] === "devHoursPerLearnerHour")?.[6])).toMatch(/^Default: Chapman Alliance \(2010\)/);
  });
});

describe("distributionText(d)", () => {
  it("lists parameters in the format's order", () => expect(distributionText({dist: "beta", alpha: 17, beta: 3, min: 0, max: 1})).toBe("beta(alpha 17, beta 3, min 0, max 1)"));
  it("keeps full precision", () => expect(distributionText({dist: "lognormal", mu: 4.499809670330265, sigma: 0.5})).toBe("lognormal(mu 4.499809670330265, sigma 0.5)"));
});
