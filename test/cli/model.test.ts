import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {main} from "../../cli/main.js";
import {modelScenario, parseScenario} from "../../src/model/index.js";
import {memoryIo} from "./memoryIo.js";

const PRESET = "scenarios/own-platform-paid.json";
const CERTAIN = JSON.stringify({name: "Certain", horizonYears: 2, inputs: {passRate: 0.9}});

async function run(args: string[], files: Record<string, string> = {}) {
  const io = memoryIo(files);
  const code = await main(["model", ...args], io);
  return {code, out: io.stdout(), err: io.stderr()};
}

describe("mcw model --format json", () => {
  it("prints exactly the keys of DESIGN.md §7 and the model's numbers", async () => {
    const {code, out, err} = await run([PRESET, "--draws", "2000", "--seed", "7"]);
    expect([code, err]).toEqual([0, ""]);
    const report = JSON.parse(out);
    expect(Object.keys(report)).toEqual(["deterministic", "monteCarlo", "tornado"]);
    expect(Object.keys(report.deterministic)).toEqual(["years", "enrolments", "revenue", "cost", "cashFlow", "npv", "paybackYear", "breakEvenFirstYearEnrolments"]);
    expect(Object.keys(report.monteCarlo)).toEqual(["draws", "seed", "npv", "probabilityNpvPositive", "clampedDraws"]);
    const scenario = parseScenario(JSON.parse(readFileSync(PRESET, "utf8")));
    expect(report).toEqual(JSON.parse(JSON.stringify(modelScenario(scenario, {draws: 2000, seed: 7}))));
    expect(report.monteCarlo).toMatchObject({draws: 2000, seed: 7});
  });
  it("uses JSON by default", async () => expect(JSON.parse((await run([PRESET, "--draws", "10"])).out).deterministic.years).toEqual([0, 1, 2, 3, 4, 5]));
  it("prints monteCarlo null for --draws 0 but keeps the tornado", async () => {
    const report = JSON.parse((await run([PRESET, "--draws", "0"])).out);
    expect(report.monteCarlo).toBeNull();
    expect(report.tornado.length).toBeGreaterThan(0);
  });
  it("prints monteCarlo null and an empty tornado when nothing is uncertain", async () => {
    const report = JSON.parse((await run(["certain.json"], {"certain.json": CERTAIN})).out);
    expect(report.monteCarlo).toBeNull();
    expect(report.tornado).toEqual([]);
    expect(report.deterministic.years).toEqual([0, 1, 2]);
  });
  it("adds per-year cash-flow bands with --bands", async () => {
    const report = JSON.parse((await run([PRESET, "--draws", "500", "--bands"])).out);
    expect(report.monteCarlo.cashFlowBands.map((b: {year: number}) => b.year)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(Object.keys(report.monteCarlo.cashFlowBands[0])).toEqual(["year", "p10", "p50", "p90"]);
  });
  it("gives the same output for the same seed", async () => {
    expect((await run([PRESET, "--draws", "300", "--seed", "5"])).out).toBe((await run([PRESET, "--draws", "300", "--seed", "5"])).out);
  });
});

describe("mcw model --format csv and table", () => {
  it("prints one number per row under section,input,metric,year,value", async () => {
    const {code, out} = await run([PRESET, "--draws", "500", "--format", "csv"]);
    expect(code).toBe(0);
    const lines = out.trimEnd().split("\n");
    expect(lines[0]).toBe("section,input,metric,year,value");
    expect(lines).toContain("deterministic,,cost,0,162500");
    expect(lines.some((line) => line.startsWith("monteCarlo,,npv.p90,,"))).toBe(true);
    expect(lines.some((line) => line.startsWith("tornado,firstYearEnrolments,swing,,"))).toBe(true);
    expect(lines).toContain("deterministic,,paybackYear,,");
    // 4 yearly metrics × 6 years + 3 summaries + 2 + 7 + 2 Monte Carlo + 3 per tornado bar
    expect(lines.length - 1).toBe(24 + 3 + 11 + 3 * 10);
  });
  it("prints a readable table with the yearly figures, NPV, Monte Carlo and tornado", async () => {
    const {code, out} = await run([PRESET, "--draws", "500", "--format", "table"]);
    expect(code).toBe(0);
    expect(out).toMatch(/^Paid micro-credential on the institution's own platform \(USD, years 0–5/);
    expect(out).toMatch(/\n0 +0 +0 +162,500 +-162,500 +-162,500\n/);
    expect(out).toContain("NPV at 5%: -92,171 USD");
    expect(out).toContain("Payback year: none within 5 years");
    expect(out).toMatch(/P\(NPV > 0\) = \d+(\.\d)?%/);
    expect(out).toMatch(/\nfirstYearEnrolments +-174,990 +65,016 +240,006\n/);
  });
});

describe("mcw model errors", () => {
  it.each([
    [["--draws", "abc"], /--draws: expected a whole number from 0 to 10000000, got "abc"/],
    [["--draws", "1.5"], /--draws: expected a whole number/],
    [["--draws=-3"], /--draws: expected a whole number/],
    [["--draws", "10000001"], /--draws: expected a whole number from 0 to 10000000, got 10000001/],
    [["--seed", "4294967296"], /--seed: expected an integer from 0 to 4294967295/],
    [["--format", "xml"], /--format: expected one of json, csv, table, got "xml"/],
    [["--colour"], /Unknown option '--colour'/],
    [["--draws"], /argument missing/]
  ])("rejects %j with a clear message and the usage, exit 1", async (flags, message) => {
    const {code, out, err} = await run([PRESET, ...flags]);
    expect(code).toBe(1);
    expect(out).toBe("");
    expect(err).toMatch(message);
    expect(err).toContain("Usage: mcw model <scenario.json>");
  });
  it("requires exactly one scenario file", async () => {
    expect((await run([])).err).toMatch(/missing <scenario\.json>/);
    expect((await run([PRESET, PRESET])).err).toMatch(/expected one scenario file, got 2/);
  });
  it("names the file, line and column of a JSON syntax error", async () => {
    const {code, err} = await run(["broken.json"], {"broken.json": '{\n  "name": "x",\n  "inputs": {\n    "passRate": 0.5,\n  }\n}\n'});
    expect(code).toBe(1);
    expect(err).toBe("broken.json:5:3: invalid JSON: trailing comma before '}'\n");
  });
  it("names the file, line, column, key path, bad value and expectation of a schema error", async () => {
    const text = '{\n  "name": "x",\n  "inputs": {\n    "passRate": 1.5,\n    "pasRate": 0.2\n  }\n}\n';
    const {code, out, err} = await run(["bad.json"], {"bad.json": text});
    expect([code, out]).toEqual([1, ""]);
    expect(err).toBe(
      'bad.json:4:5: inputs.passRate: got 1.5; expected a number in [0, 1]\nbad.json:5:5: inputs.pasRate: unknown key "pasRate" in inputs; did you mean "passRate"?\n'
    );
  });
  it("reports a file that cannot be read", async () => {
    const {code, err} = await run(["does/not/exist.json"]);
    expect(code).toBe(1);
    expect(err).toMatch(/^does\/not\/exist\.json: cannot read the file \(ENOENT/);
  });
  it("accepts a file that starts with a byte-order mark", async () => expect((await run(["bom.json"], {"bom.json": `\uFEFF${CERTAIN}`})).code).toBe(0));
});
