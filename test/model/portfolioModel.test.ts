import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {parseScenario} from "../../src/model/parseScenario.js";
import {runDeterministic} from "../../src/model/runDeterministic.js";
import {
  allocationWeights,
  consortiumSizeSweep,
  modelPortfolio,
  parsePortfolio,
  revenueShares,
  runPortfolioDeterministic,
  type Consortium
} from "../../src/model/portfolio/index.js";
import {credential, handScenario} from "./portfolioFixtures.js";

/** Sums of a few numbers with binary fractions: agreement to this relative error is rounding only. */
const ROUNDING = 1e-12;

const close = (actual: number | null, expected: number) => {
  expect(actual).not.toBeNull();
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(ROUNDING * Math.max(1, Math.abs(expected)));
};

const sharing = (extra: Record<string, unknown> = {}) =>
  parsePortfolio({
    horizonYears: 3,
    credentials: [credential("x", {}, {sharedModules: ["m"]}), credential("y", {}, {sharedModules: ["m"]})],
    sharedModules: [{id: "m", title: "Shared module", learnerHours: 20}],
    ...extra
  });

describe("a portfolio of one credential", () => {
  const presetText = readFileSync("scenarios/stackable-masters-pathway.json", "utf8");
  const scenarioJson = JSON.parse(presetText) as Record<string, unknown>;
  const single = parseScenario(scenarioJson);
  const alone = runDeterministic(single.inputs, single.horizonYears);
  const portfolio = runPortfolioDeterministic(parsePortfolio({credentials: [{id: "pathway", scenario: scenarioJson}]}));

  it("gives the single-credential model's yearly enrolments, revenue, cost and cash flow exactly", () => {
    expect(portfolio.years).toEqual(alone.years);
    expect(portfolio.enrolments).toEqual(alone.enrolments);
    expect(portfolio.revenue).toEqual(alone.revenue);
    expect(portfolio.cost).toEqual(alone.cost);
    expect(portfolio.cashFlow).toEqual(alone.cashFlow);
  });
  it("gives its NPV and payback year exactly", () => {
    expect(portfolio.npv).toBe(alone.npv);
    expect(portfolio.paybackYear).toBe(alone.paybackYear);
  });
  it("gives its break-even first-year enrolments (scale × E₁)", () => close(portfolio.credentials[0]!.breakEvenFirstYearEnrolments, alone.breakEvenFirstYearEnrolments as number));
  it("has a standalone NPV equal to its NPV in the portfolio and no shared cost", () => {
    expect(portfolio.credentials[0]!.standaloneNpv).toBe(alone.npv);
    expect(portfolio.credentials[0]!.npv).toBe(alone.npv);
    expect(portfolio.credentials[0]!.allocatedSharedCost).toBe(0);
  });
  it("still equals the single model when it lists a module only it uses", () => {
    const withModule = runPortfolioDeterministic(
      parsePortfolio({credentials: [{id: "pathway", sharedModules: ["m"], scenario: scenarioJson}], sharedModules: [{id: "m", title: "M", learnerHours: 40}]})
    );
    withModule.cashFlow.forEach((cf, t) => close(cf, alone.cashFlow[t] as number));
    close(withModule.npv, alone.npv);
  });
});

describe("the hand-computed credential", () => {
  const one = runPortfolioDeterministic(parsePortfolio({credentials: [credential("x")]}));
  it("has the cash flows −55,000, 9,000, 3,600, 3,600 and NPV −38,800", () => {
    expect(one.cashFlow).toEqual([-55000, 9000, 3600, 3600]);
    expect(one.npv).toBe(-38800);
  });
  it("splits into development 55,000 + 2 × 5,400, fixed 3 × 1,000 and variable 3 × 10,000", () =>
    expect(one.presentValues).toEqual({development: 65800, fixed: 3000, variable: 30000}));
  it("breaks even at 68,800 / 30,000 of its enrolments: 229.33 first-year learners", () => {
    close(one.breakEvenEnrolmentScale, 68800 / 30000);
    close(one.credentials[0]!.breakEvenFirstYearEnrolments, 68800 / 300);
  });
});

describe("shared modules", () => {
  const result = runPortfolioDeterministic(sharing({allocation: "equal"}));
  it("are counted once: 2 × 45,000 own build + 10,000 module = 100,000 in year 0", () => expect(result.cashFlow[0]).toBe(-100000));
  it("give the hand-computed cash flows and NPV −65,600", () => {
    expect(result.cashFlow).toEqual([-100000, 18000, 8200, 8200]);
    expect(result.npv).toBe(-65600);
  });
  it("save the second user's build and maintenance: 10,000 + 2 × 1,000", () => {
    expect(result.sharedModules[0]).toMatchObject({id: "m", builtBy: "x", usedBy: ["x", "y"], developmentCost: 12000, saving: 12000});
    expect(result.sumOfStandaloneNpv).toBe(2 * -38800);
    expect(result.npv - result.sumOfStandaloneNpv).toBe(12000);
  });
  it("are allocated equally under the equal rule: 6,000 each", () => {
    expect(result.credentials.map((c) => c.allocatedSharedCost)).toEqual([6000, 6000]);
    expect(result.credentials.map((c) => c.npv)).toEqual([-32800, -32800]);
    expect(result.credentials[0]!.cashFlow).toEqual([-50000, 9000, 4100, 4100]);
  });
  it("are allocated by learner hours delivered: 300 against 900 learners gives a quarter and three quarters", () => {
    const weighted = runPortfolioDeterministic(
      parsePortfolio({
        horizonYears: 3,
        credentials: [credential("x", {}, {sharedModules: ["m"]}), credential("y", {firstYearEnrolments: 300}, {sharedModules: ["m"]})],
        sharedModules: [{id: "m", title: "M", learnerHours: 20}]
      })
    );
    expect(weighted.credentials.map((c) => c.allocatedSharedCost)).toEqual([3000, 9000]);
    expect(weighted.credentials[0]!.npv + weighted.credentials[1]!.npv).toBe(weighted.npv);
  });
  it("are built at the rates of builtBy when it names another user", () => {
    const cheapY = runPortfolioDeterministic(
      parsePortfolio({
        horizonYears: 3,
        credentials: [credential("x", {}, {sharedModules: ["m"]}), credential("y", {devCostPerHour: 25}, {sharedModules: ["m"]})],
        sharedModules: [{id: "m", title: "M", learnerHours: 20, builtBy: "y"}]
      })
    );
    expect(cheapY.sharedModules[0]).toMatchObject({builtBy: "y", developmentCost: 6000, saving: 12000});
  });
  it("leave the portfolio total unchanged whatever the allocation rule", () =>
    expect(runPortfolioDeterministic(sharing({allocation: "learnerHours"})).npv).toBe(result.npv));
});

describe("allocationWeights", () => {
  it("splits by learners", () => expect(allocationWeights("learnerHours", [300, 100])).toEqual([0.75, 0.25]));
  it("splits equally under the equal rule", () => expect(allocationWeights("equal", [300, 100])).toEqual([0.5, 0.5]));
  it("splits equally when no user has learners", () => expect(allocationWeights("learnerHours", [0, 0, 0])).toEqual([1 / 3, 1 / 3, 1 / 3]));
  it("throws without users or with a negative count", () => {
    expect(() => allocationWeights("equal", [])).toThrow(/at least one user/);
    expect(() => allocationWeights("learnerHours", [1, -1])).toThrow(/finite and ≥ 0/);
  });
});

describe("repackaging", () => {
  it("multiplies content development by the factor: build 5,000 + 4,000 + 1,000, maintenance 900", () => {
    const result = runPortfolioDeterministic(parsePortfolio({repackagingCostFactor: 0.1, credentials: [credential("y", {}, {build: "repackage"})]}));
    expect(result.cashFlow).toEqual([-10000, 9000, 8100, 8100]);
    expect(result.credentials[0]!.standaloneNpv).toBe(15200);
  });
  it("uses EAB's 25k / 250k = 0.1 by default", () =>
    expect(runPortfolioDeterministic(parsePortfolio({credentials: [credential("y", {}, {build: "repackage"})]})).cashFlow[0]).toBe(-10000));
  it("does not touch a credential built new", () =>
    expect(runPortfolioDeterministic(parsePortfolio({repackagingCostFactor: 0.1, credentials: [credential("x", {}, {build: "new"})]})).npv).toBe(-38800));
});

describe("stacking", () => {
  const stack = (lagYears: number) => ({title: "Certificate", credentials: ["x", "y"], completionRate: 0.2, netValuePerStacker: 1000, lagYears, approvalCost: 2000});
  const base = runPortfolioDeterministic(parsePortfolio({credentials: [credential("x"), credential("y")]}));
  it("adds completionRate × min awards × value, one year later: 0.2 × 50 × 1,000 in years 2 and 3", () => {
    const result = runPortfolioDeterministic(parsePortfolio({credentials: [credential("x"), credential("y")], stack: stack(1)}));
    expect(result.stack).toMatchObject({stackers: [0, 0, 10, 10], value: [0, 0, 10000, 10000], approvalCost: 2000, npv: 18000});
    expect(result.cashFlow.map((cf, t) => cf - (base.cashFlow[t] as number))).toEqual([-2000, 0, 10000, 10000]);
    expect(result.revenue[2]! - base.revenue[2]!).toBe(10000);
  });
  it("arrives in the same year with lag 0", () =>
    expect(runPortfolioDeterministic(parsePortfolio({credentials: [credential("x"), credential("y")], stack: stack(0)})).stack?.value).toEqual([0, 10000, 10000, 10000]));
  it("is limited by the least-awarded credential", () => {
    const result = runPortfolioDeterministic(parsePortfolio({credentials: [credential("x"), credential("y", {firstYearEnrolments: 300})], stack: stack(1)}));
    expect(result.stack?.stackers).toEqual([0, 0, 10, 10]);
  });
  it("is left out of a selection that lacks one of its credentials", () => {
    const portfolio = parsePortfolio({credentials: [credential("x"), credential("y")], stack: stack(1)});
    expect(runPortfolioDeterministic(portfolio, ["x"]).stack).toBeNull();
    expect(runPortfolioDeterministic(portfolio, ["x"]).npv).toBe(-38800);
  });
});

describe("a consortium", () => {
  const partners = (n: number, extra: Record<string, unknown> = {}) =>
    Array.from({length: n}, (_, p) => ({id: `p${p + 1}`, name: `Partner ${p + 1}`, developmentShare: 1 / n, ...extra}));
  it.each([2, 3, 4, 5])("of %i partners with equal shares has each bear 1/N of development", (n) => {
    const result = runPortfolioDeterministic(parsePortfolio({credentials: [credential("x")], consortium: {partners: partners(n), revenueSplit: "equal"}}));
    for (const partner of result.partners) {
      close(partner.cashFlow[0] as number, -55000 / n);
      close(partner.npv, -38800 / n);
    }
  });
  it("of 4 pooled partners gives each −13,750, 2,250, 900, 900", () => {
    const result = runPortfolioDeterministic(parsePortfolio({credentials: [credential("x")], consortium: {partners: partners(4), revenueSplit: "equal"}}));
    expect(result.partners[0]!.cashFlow).toEqual([-13750, 2250, 900, 900]);
    expect(result.npv).toBe(-38800);
  });
  it("with split delivery makes each partner run its own cohorts: 2 × 1,000 a year in total", () => {
    const result = runPortfolioDeterministic(
      parsePortfolio({credentials: [credential("x")], consortium: {partners: partners(2), enrolments: "split", revenueSplit: "enrolments"}})
    );
    expect(result.partners.map((p) => p.cashFlow)).toEqual([
      [-27500, 4000, 1300, 1300],
      [-27500, 4000, 1300, 1300]
    ]);
    expect(result.npv).toBe(-41800);
    expect(result.cost[1]).toBe(2000);
  });
  it("divides pooled delivery income by the chosen rule", () => {
    const consortium = (revenueSplit: Consortium["revenueSplit"]): Consortium => ({
      enrolments: "pooled",
      revenueSplit,
      partners: [
        {id: "a", name: "A", developmentShare: 0.6, enrolmentShare: 0.25, source: null},
        {id: "b", name: "B", developmentShare: 0.4, enrolmentShare: 0.75, source: null}
      ]
    });
    expect(revenueShares(consortium("share"))).toEqual([0.6, 0.4]);
    expect(revenueShares(consortium("enrolments"))).toEqual([0.25, 0.75]);
    expect(revenueShares(consortium("equal"))).toEqual([0.5, 0.5]);
  });
  it("sums its partners to the portfolio's cash flow", () => {
    const result = runPortfolioDeterministic(
      parsePortfolio({
        credentials: [credential("x"), credential("y", {firstYearEnrolments: 40})],
        consortium: {
          partners: [
            {id: "a", name: "A", developmentShare: 0.7, enrolmentShare: 0.2},
            {id: "b", name: "B", developmentShare: 0.3, enrolmentShare: 0.8}
          ],
          revenueSplit: "enrolments"
        }
      })
    );
    result.cashFlow.forEach((cf, t) => close(result.partners.reduce((sum, p) => sum + (p.cashFlow[t] as number), 0), cf));
  });
  it("leaves a non-delivering partner out of the fixed costs when delivery is split", () => {
    const result = runPortfolioDeterministic(
      parsePortfolio({
        credentials: [credential("x")],
        consortium: {
          partners: [
            {id: "a", name: "A", developmentShare: 0.5, enrolmentShare: 1},
            {id: "b", name: "B", developmentShare: 0.5, enrolmentShare: 0}
          ],
          enrolments: "split",
          revenueSplit: "enrolments"
        }
      })
    );
    expect(result.partners[1]!.cashFlow).toEqual([-27500, 0, -2700, -2700]);
    expect(result.npv).toBe(-38800);
  });
});

describe("consortiumSizeSweep", () => {
  const rows = consortiumSizeSweep(parsePortfolio({credentials: [credential("x")]}), {sizes: [1, 2, 4]});
  const find = (mode: string, n: number) => rows.find((r) => r.enrolments === mode && r.partners === n)!;
  it("gives the portfolio's NPV for one partner alone, in both modes", () => {
    expect(find("pooled", 1).npv).toBe(-38800);
    expect(find("split", 1).npv).toBe(-38800);
  });
  it("pools: (−65,800 − 3,000 + N × 30,000) / N per partner", () => {
    expect(find("pooled", 2).npv).toBe(-4400);
    expect(find("pooled", 4).npv).toBe(12800);
  });
  it("splits: −65,800 / N − 3,000 + 30,000 per partner", () => {
    expect(find("split", 2).npv).toBe(-5900);
    expect(find("split", 4).npv).toBe(10550);
  });
  it("scales the consortium's first-year enrolments with its size", () => expect(find("pooled", 4).firstYearEnrolments).toBe(400));
  it("rejects a size below 1", () => expect(() => consortiumSizeSweep(parsePortfolio({credentials: [credential("x")]}), {sizes: [0]})).toThrow(/whole numbers ≥ 1/));
});

describe("runPortfolioDeterministic members", () => {
  const portfolio = sharing();
  it("evaluates a selection as a portfolio of just those credentials", () => expect(runPortfolioDeterministic(portfolio, ["y"]).npv).toBe(-38800));
  it("throws for an unknown or empty selection", () => {
    expect(() => runPortfolioDeterministic(portfolio, ["z"])).toThrow(/unknown credential "z"/);
    expect(() => runPortfolioDeterministic(portfolio, [])).toThrow(/at least one credential/);
  });
});

describe("modelPortfolio", () => {
  it("has no Monte Carlo when nothing is uncertain", () => expect(modelPortfolio(sharing()).portfolio.monteCarlo).toBeNull());
  it("rejects a sample taken with other settings", () => {
    expect(() => modelPortfolio(sharing(), {draws: 10, seed: 2, sample: {draws: 10, seed: 1} as never})).toThrow(/not 10 and 2/);
  });
  it("reports the hand-computed figures", () => {
    const report = modelPortfolio(sharing({allocation: "equal"}));
    expect(report.portfolio.deterministic).toMatchObject({npv: -65600, paybackYear: null, sumOfStandaloneNpv: -77600});
    expect(report.credentials.map((c) => [c.id, c.standaloneNpv, c.npv, c.allocatedSharedCost])).toEqual([
      ["x", -38800, -32800, 6000],
      ["y", -38800, -32800, 6000]
    ]);
  });
});

describe("scenario inputs inside a portfolio", () => {
  it("keep the scenario format: a scenario from scenarios/ is accepted as it is", () => {
    const json = JSON.parse(readFileSync("scenarios/own-platform-paid.json", "utf8"));
    const portfolio = parsePortfolio({credentials: [{id: "own", scenario: json}]});
    expect(portfolio.credentials[0]!.scenario).toEqual(parseScenario(json));
  });
  it("inherit the portfolio's horizon", () => expect(parsePortfolio({horizonYears: 7, credentials: [{id: "a", scenario: {}}]}).credentials[0]!.scenario.horizonYears).toBe(7));
  it("keep the hand credential's horizon of 3 years", () => expect(parsePortfolio({credentials: [{id: "a", scenario: handScenario()}], horizonYears: 3}).horizonYears).toBe(3));
});
