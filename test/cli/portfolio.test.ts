import {spawnSync} from "node:child_process";
import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {main} from "../../cli/main.js";
import {modelPortfolio, parsePortfolio} from "../../src/model/portfolio/index.js";
import {memoryIo} from "./memoryIo.js";

const EXAMPLE = "portfolios/data-skills-stack.json";
const SMALL = JSON.stringify({
  horizonYears: 2,
  credentials: [
    {id: "a", sharedModules: ["m"], scenario: {inputs: {pricePerEnrolment: 800}}},
    {id: "b", sharedModules: ["m"], scenario: {inputs: {pricePerEnrolment: 600}}}
  ],
  sharedModules: [{id: "m", title: "M", learnerHours: 20}],
  consortium: {partners: [{id: "p", name: "P", developmentShare: 0.5}, {id: "q", name: "Q", developmentShare: 0.5}]}
});

async function run(args: string[], files: Record<string, string> = {}) {
  const io = memoryIo(files);
  const code = await main(["portfolio", ...args], io);
  return {code, out: io.stdout(), err: io.stderr()};
}

describe("mcw portfolio --format json", () => {
  it("prints modelPortfolio's report for the shipped example", async () => {
    const {code, out, err} = await run([EXAMPLE, "--draws", "2000", "--seed", "7"]);
    expect([code, err]).toEqual([0, ""]);
    const report = JSON.parse(out);
    expect(Object.keys(report)).toEqual(["name", "currency", "horizonYears", "members", "credentials", "sharedModules", "stack", "portfolio", "partners"]);
    const portfolio = parsePortfolio(JSON.parse(readFileSync(EXAMPLE, "utf8")));
    expect(report).toEqual(JSON.parse(JSON.stringify(modelPortfolio(portfolio, {draws: 2000, seed: 7}))));
    expect(report.portfolio.monteCarlo).toMatchObject({draws: 2000, seed: 7});
    expect(report.partners.map((p: {id: string}) => p.id)).toEqual(["alliance-nl", "alliance-ie", "alliance-de"]);
  });
  it("defaults to JSON, 10,000 draws and seed 1", async () => {
    const report = JSON.parse((await run([EXAMPLE])).out);
    expect(report.portfolio.monteCarlo).toMatchObject({draws: 10000, seed: 1});
  });
  it("prints monteCarlo null when nothing is uncertain or --draws 0", async () => {
    expect(JSON.parse((await run(["small.json"], {"small.json": SMALL})).out).portfolio.monteCarlo).toBeNull();
    const report = JSON.parse((await run([EXAMPLE, "--draws", "0"])).out);
    expect(report.portfolio.monteCarlo).toBeNull();
    expect(report.partners[0].monteCarlo).toBeNull();
  });
  it("gives the same output for the same seed", async () =>
    expect((await run([EXAMPLE, "--draws", "500", "--seed", "3"])).out).toBe((await run([EXAMPLE, "--draws", "500", "--seed", "3"])).out));
});

describe("mcw portfolio --format csv and table", () => {
  it("prints one number per row under section,id,metric,year,value", async () => {
    const {code, out} = await run(["small.json", "--format", "csv"], {"small.json": SMALL});
    expect(code).toBe(0);
    const lines = out.trimEnd().split("\n");
    expect(lines[0]).toBe("section,id,metric,year,value");
    // default scenario (overhead 25%): with 20 of 100 hours shared each credential builds 1.25 × (88,000 + 15,000 + 5,000),
    // the module 1.25 × 20 × 22 × 50 = 27,500 once, maintained at 10% in year 2
    expect(lines).toContain("portfolio,,cost,0,297500");
    const moduleCost = Number(lines.find((l) => l.startsWith("sharedModule,m,developmentCost,,"))?.split(",")[4]);
    expect(moduleCost).toBeCloseTo(27500 + 2750 / 1.05 ** 2, 6);
    expect(lines).toContain("partner,p,developmentShare,,0.5");
    expect(lines.filter((l) => l.startsWith("credential,a,cashFlow,"))).toHaveLength(3);
  });
  it("prints a readable table with credentials, modules, totals, Monte Carlo and partners", async () => {
    const {code, out} = await run([EXAMPLE, "--draws", "1000", "--format", "table"]);
    expect(code).toBe(0);
    expect(out).toMatch(/^Data skills stack: four credentials, one graduate certificate, three partners \(USD, years 0–5/);
    expect(out).toMatch(/\ndata-analytics-python-sql +new +/);
    expect(out).toMatch(/\npython-sql-foundations +50 +data-analytics-python-sql +3 /);
    expect(out).toContain("Stacked award: Graduate Certificate in Data and Digital Operations (4 credentials)");
    expect(out).toMatch(/Portfolio NPV at 5%: [\d,]+ USD \(sum of the credentials alone: -?[\d,]+\)/);
    expect(out).toMatch(/P\(NPV > 0\) = \d+(\.\d)?%/);
    expect(out).toMatch(/\nalliance-nl +40% +45% +45% +[\d,]+ +\d+(\.\d)?%\n/);
  });
});

describe("mcw portfolio errors", () => {
  it.each([
    [["--draws", "x"], /--draws: expected a whole number from 0 to 10000000, got "x"/],
    [["--seed", "4294967296"], /--seed: expected an integer from 0 to 4294967295/],
    [["--format", "xml"], /--format: expected one of json, csv, table, got "xml"/],
    [["--bands"], /Unknown option '--bands'/]
  ])("rejects %j with the usage, exit 1", async (flags, message) => {
    const {code, out, err} = await run([EXAMPLE, ...flags]);
    expect([code, out]).toEqual([1, ""]);
    expect(err).toMatch(message);
    expect(err).toContain("Usage: mcw portfolio <portfolio.json>");
  });
  it("requires exactly one portfolio file", async () => {
    expect((await run([])).err).toMatch(/missing <portfolio\.json>/);
    expect((await run([EXAMPLE, EXAMPLE])).err).toMatch(/expected one portfolio file, got 2/);
  });
  it("prints its help", async () => {
    const {code, out} = await run(["--help"]);
    expect(code).toBe(0);
    expect(out).toMatch(/^Usage: mcw portfolio <portfolio\.json> \[--draws N\] \[--seed S\] \[--format json\|csv\|table\]/);
  });
  it("names the file, line and column of a JSON syntax error", async () => {
    const {code, err} = await run(["broken.json"], {"broken.json": '{\n  "credentials": [\n    {"id": "a", "scenario": {}},\n  ]\n}\n'});
    expect(code).toBe(1);
    expect(err).toBe("broken.json:4:3: invalid JSON: trailing comma before ']'\n");
  });
  it("names the file, line, column, key path, bad value and expectation of every problem, in file order", async () => {
    const text = [
      "{",
      '  "credentials": [',
      '    {"id": "a", "sharedModules": ["sql"], "scenario": {"inputs": {"passRate": 1.5}}},',
      '    {"id": "b", "scenario": {"inputs": {"pasRate": 0.5}}}',
      "  ],",
      '  "sharedModules": [{"id": "sql-basics", "title": "SQL", "learnerHours": 10}],',
      '  "consortium": {"partners": [{"id": "p", "name": "P", "developmentShare": 0.9}]},',
      '  "stak": {}',
      "}"
    ].join("\n");
    const {code, out, err} = await run(["bad.json"], {"bad.json": text});
    expect([code, out]).toEqual([1, ""]);
    expect(err).toBe(
      [
        "bad.json:3:67: credentials[0].scenario.inputs.passRate: got 1.5; expected a number in [0, 1]",
        'bad.json:4:41: credentials[1].scenario.inputs.pasRate: unknown key "pasRate" in inputs; did you mean "passRate"?',
        'bad.json:8:3: stak: unknown key "stak" in the top level; did you mean "stack"?',
        ""
      ].join("\n")
    );
  });
  it("reports cross-reference problems once the structure is valid", async () => {
    const text = '{\n  "credentials": [{"id": "a", "sharedModules": ["sql"], "scenario": {}}],\n  "sharedModules": [{"id": "sql-basics", "title": "SQL", "learnerHours": 10}]\n}\n';
    const {err} = await run(["refs.json"], {"refs.json": text});
    expect(err).toBe(
      'refs.json:2:49: credentials[0].sharedModules[0]: got "sql"; expected the id of a module in sharedModules (did you mean "sql-basics"?)\n' +
        'refs.json:3:21: sharedModules[0]: got "sql-basics"; expected a module that at least one credential lists in its sharedModules\n'
    );
  });
  it("refuses a key written twice, as scenario files do", async () => {
    const {code, err} = await run(["twice.json"], {"twice.json": '{\n  "allocation": "equal",\n  "allocation": "learnerHours",\n  "credentials": [{"id": "a", "scenario": {}}]\n}\n'});
    expect(code).toBe(1);
    expect(err).toMatch(/^twice\.json:3:3: allocation: duplicate key "allocation" \(first at line 2, column 3\)/);
  });
  it("reports a file that cannot be read", async () => expect((await run(["nope.json"])).err).toMatch(/^nope\.json: cannot read the file \(ENOENT/));
  it("accepts a file that starts with a byte-order mark", async () => expect((await run(["bom.json"], {"bom.json": `\uFEFF${SMALL}`})).code).toBe(0));
});

describe("bin/mcw.js portfolio (end to end)", () => {
  it("runs the shipped example and exits 0", () => {
    const result = spawnSync(process.execPath, ["bin/mcw.js", "portfolio", EXAMPLE, "--draws", "1000"], {encoding: "utf8"});
    expect(result.status).toBe(0);
    expect(result.stderr).toBe("");
    expect(JSON.parse(result.stdout).members).toHaveLength(4);
  });
  it("is listed in mcw --help", () => expect(spawnSync(process.execPath, ["bin/mcw.js", "--help"], {encoding: "utf8"}).stdout).toMatch(/\n {2}portfolio +Run the portfolio model/));
});
