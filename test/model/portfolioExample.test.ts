import {readFileSync, readdirSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {toUsd} from "../../src/model/candidates/exchangeRates.js";
import {modelPortfolio, parsePortfolio, PORTFOLIO_SOURCE_KEYS} from "../../src/model/portfolio/index.js";

/** Agreement of sums of the same amounts added in another order. */
const ROUNDING = 1e-9;

const catalogue = new Map(
  readFileSync("data/catalogue/candidates.csv", "utf8")
    .trim()
    .split("\n")
    .slice(1)
    .map((line) => {
      const id = line.slice(0, line.indexOf(","));
      return [id, line] as const;
    })
);
const files = readdirSync("portfolios").filter((f) => f.endsWith(".json"));

describe("shipped portfolios", () => {
  it("include the data-skills stack", () => expect(files).toContain("data-skills-stack.json"));
  for (const file of files) {
    describe(file, () => {
      const json = JSON.parse(readFileSync(`portfolios/${file}`, "utf8")) as {
        credentials: {id: string; scenario: {inputs: Record<string, unknown>; sources: Record<string, string>}}[];
        sharedModules?: {source?: string}[];
        consortium?: {partners: {source?: string}[]};
        sources: Record<string, string>;
        description: string;
      } & Record<string, unknown>;
      const portfolio = parsePortfolio(json, file);
      const report = modelPortfolio(portfolio, {draws: 2000, seed: 1});

      it("is valid and described", () => expect(json.description.length).toBeGreaterThan(100));
      it("cites a source for every input of every credential's scenario", () => {
        for (const c of json.credentials) for (const key of Object.keys(c.scenario.inputs)) expect(c.scenario.sources[key], `${c.id}: ${key}`).toMatch(/\S{3,}/);
      });
      it("cites a source for every shared module, partner and portfolio-level input it states", () => {
        for (const m of json.sharedModules ?? []) expect(m.source).toMatch(/\S{3,}/);
        for (const p of json.consortium?.partners ?? []) expect(p.source).toMatch(/\S{3,}/);
        for (const key of PORTFOLIO_SOURCE_KEYS) {
          const [head, tail] = key.split(".") as [string, string | undefined];
          const stated = tail === undefined ? head in json : typeof json[head] === "object" && json[head] !== null && tail in (json[head] as object);
          if (stated) expect(json.sources[key], key).toMatch(/\S{3,}/);
        }
      });
      it("uses credentials from the candidate catalogue, with the catalogue's workload", () => {
        for (const c of portfolio.credentials) {
          const row = catalogue.get(c.id);
          expect(row, c.id).toBeDefined();
          expect(row).toContain(`,${c.scenario.inputs.notionalHours},`);
        }
      });
      it("adds up: credentials in the portfolio plus the stack give the portfolio's NPV, and so do the partners", () => {
        const d = report.portfolio.deterministic;
        const parts = report.credentials.reduce((sum, c) => sum + c.npv, 0) + (report.stack?.npv ?? 0);
        expect(Math.abs(parts - d.npv)).toBeLessThan(ROUNDING * Math.abs(d.npv));
        if (report.partners.length > 0) {
          const partners = report.partners.reduce((sum, p) => sum + p.npv, 0);
          expect(Math.abs(partners - d.npv)).toBeLessThan(ROUNDING * Math.abs(d.npv));
        }
      });
    });
  }
});

describe("portfolios/data-skills-stack.json", () => {
  const portfolio = parsePortfolio(JSON.parse(readFileSync("portfolios/data-skills-stack.json", "utf8")));
  it("offers four catalogue credentials, two built new and two repackaged", () =>
    expect(portfolio.credentials.map((c) => [c.id, c.build])).toEqual([
      ["data-analytics-python-sql", "new"],
      ["supply-chain-analytics", "repackage"],
      ["cloud-native-software", "new"],
      ["applied-project-management", "repackage"]
    ]));
  it("prices each credential at its catalogue price converted at the ECB's 2024 rate", () => {
    const prices: Record<string, number> = {"data-analytics-python-sql": 990, "supply-chain-analytics": 495, "cloud-native-software": 990, "applied-project-management": 590};
    for (const c of portfolio.credentials) expect(c.scenario.inputs.pricePerEnrolment).toBeCloseTo(toUsd(prices[c.id] as number, "EUR"), 2);
  });
  it("stacks all four into a graduate certificate and is offered by three partners", () => {
    expect(portfolio.stack?.credentials).toHaveLength(4);
    expect(portfolio.consortium?.partners).toHaveLength(3);
  });
  it("shares three modules, each used by at least two credentials", () => {
    expect(portfolio.sharedModules.map((m) => m.id)).toEqual(["python-sql-foundations", "applied-statistics", "agile-delivery"]);
    for (const m of portfolio.sharedModules) expect(portfolio.credentials.filter((c) => c.sharedModules.includes(m.id)).length).toBeGreaterThanOrEqual(2);
  });
});
