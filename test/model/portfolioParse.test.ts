import {describe, expect, it} from "vitest";
import type {ScenarioIssue} from "../../src/model/ScenarioError.js";
import {formatPortfolioPath, parsePortfolio, PortfolioError} from "../../src/model/portfolio/index.js";
import {credential} from "./portfolioFixtures.js";

function issuesOf(json: unknown): ScenarioIssue[] {
  try {
    parsePortfolio(json, "p.json");
  } catch (error) {
    if (error instanceof PortfolioError) return [...error.issues];
    throw error;
  }
  throw new Error("expected the portfolio to be rejected");
}
const messages = (json: unknown) => issuesOf(json).map((issue) => issue.message);

const two = (extra: Record<string, unknown> = {}) => ({
  horizonYears: 3,
  credentials: [credential("x", {}, {sharedModules: ["m"]}), credential("y", {}, {sharedModules: ["m"]})],
  sharedModules: [{id: "m", title: "M", learnerHours: 20}],
  ...extra
});

describe("parsePortfolio defaults", () => {
  const portfolio = parsePortfolio({credentials: [{id: "a", scenario: {}}]});
  it("uses 5 years, USD, EAB's repackaging factor and allocation by learner hours", () => {
    expect(portfolio).toMatchObject({horizonYears: 5, currency: "USD", allocation: "learnerHours", stack: null, consortium: null, name: "Untitled portfolio"});
    expect(portfolio.repackagingCostFactor).toEqual({value: 0.1, distribution: null});
  });
  it("builds credentials new and titles them after their scenario", () =>
    expect(portfolio.credentials[0]).toMatchObject({id: "a", build: "new", title: "Untitled scenario", sharedModules: []}));
  it("takes the horizon and currency of the first credential when the portfolio states none", () => {
    const p = parsePortfolio({credentials: [{id: "a", scenario: {horizonYears: 8, currency: "EUR"}}, {id: "b", scenario: {}}]});
    expect([p.horizonYears, p.currency]).toEqual([8, "EUR"]);
    expect(p.credentials[1]!.scenario.horizonYears).toBe(8);
    expect(p.credentials[1]!.scenario.currency).toBe("EUR");
  });
  it("defaults a stack's lag to 1 year and its approval cost to 0, and a consortium to pooled, split by enrolments", () => {
    const p = parsePortfolio({
      ...two(),
      stack: {title: "S", credentials: ["x", "y"], completionRate: 0.3, netValuePerStacker: 100},
      consortium: {partners: [{id: "a", name: "A", developmentShare: 1}]}
    });
    expect(p.stack).toMatchObject({lagYears: 1, approvalCost: {value: 0, distribution: null}});
    expect(p.consortium).toMatchObject({enrolments: "pooled", revenueSplit: "enrolments"});
    expect(p.consortium!.partners[0]!.enrolmentShare).toBe(1);
  });
  it("resolves an uncertain portfolio number like a scenario input: a distribution without value takes its mean", () => {
    const p = parsePortfolio({...two(), repackagingCostFactor: {dist: "pert", min: 0.05, mode: 0.1, max: 0.25}});
    expect(p.repackagingCostFactor.value).toBeCloseTo(0.1166666666666667, 15);
    expect(p.repackagingCostFactor.distribution).toEqual({dist: "pert", min: 0.05, mode: 0.1, max: 0.25});
  });
});

describe("parsePortfolio errors", () => {
  it("rejects a file that is not an object", () => expect(messages([1])[0]).toMatch(/^\(top level\): got \[1\]; expected a JSON object/));
  it("rejects unknown keys with the nearest known key, at every level", () => {
    expect(messages({...two(), credentails: []})).toContain('credentails: unknown key "credentails" in the top level; did you mean "credentials"?');
    expect(messages({...two(), stack: {title: "S", credentials: ["x", "y"], completionRate: 0.2, netValuePerStacker: 1, lagYear: 1}})).toContain(
      'stack.lagYear: unknown key "lagYear" in stack; did you mean "lagYears"?'
    );
    expect(messages({...two(), consortium: {partners: [{id: "a", name: "A", developmentShare: 1, enrolmentShar: 1}]}})).toContain(
      'consortium.partners[0].enrolmentShar: unknown key "enrolmentShar" in a partner; did you mean "enrolmentShare"?'
    );
    expect(messages({credentials: [{id: "a", scenario: {}, bulid: "new"}]})).toContain('credentials[0].bulid: unknown key "bulid" in a credential; did you mean "build"?');
    expect(messages({...two(), sources: {repackagingFactor: "EAB"}})).toContain('sources.repackagingFactor: unknown key "repackagingFactor" in sources; did you mean "repackagingCostFactor"?');
  });
  it("reports a scenario's own errors under the credential's path, in the scenario format's words", () => {
    expect(messages({credentials: [{id: "a", scenario: {inputs: {pasRate: 0.5}}}, {id: "b", scenario: {inputs: {passRate: 1.5}}}]})).toEqual([
      'credentials[0].scenario.inputs.pasRate: unknown key "pasRate" in inputs; did you mean "passRate"?',
      "credentials[1].scenario.inputs.passRate: got 1.5; expected a number in [0, 1]"
    ]);
  });
  it("keeps the key path of a scenario error for locating it in the file", () =>
    expect(issuesOf({credentials: [{id: "a", scenario: {inputs: {passRate: 2}}}]})[0]!.keys).toEqual(["credentials", 0, "scenario", "inputs", "passRate"]));
  it("describes a bad portfolio number in the scenario format's words, under its own name", () => {
    expect(messages({...two(), repackagingCostFactor: 1.5})).toEqual(["repackagingCostFactor: got 1.5; expected a number in [0, 1]"]);
    expect(messages({...two(), stack: {title: "S", credentials: ["x", "y"], completionRate: {dist: "triangular", min: 0.1, mod: 0.2, max: 0.3}, netValuePerStacker: 1}})).toContain(
      'stack.completionRate.mod: unknown key "mod" in a triangular distribution, which takes min, mode, max; did you mean "mode"?'
    );
    expect(messages({...two(), stack: {title: "S", credentials: ["x", "y"], netValuePerStacker: 1}})).toEqual([
      'stack.completionRate: missing; expected a share in [0, 1], as a number or a distribution object such as {"value": 0.3, "dist": "pert", "min": 0.1, "mode": 0.3, "max": 0.5}'
    ]);
    expect(messages({...two(), stack: {title: "S", credentials: ["x", "y"], completionRate: 0.2, netValuePerStacker: 1, lagYears: 1.5}})).toEqual([
      "stack.lagYears: got 1.5; expected a whole number in [0, 1000] (it cannot be uncertain)"
    ]);
  });
  it("names an unknown module, with the nearest module id", () =>
    expect(messages({...two(), credentials: [credential("x", {}, {sharedModules: ["n"]}), credential("y", {}, {sharedModules: ["m"]})]})).toContain(
      'credentials[0].sharedModules[0]: got "n"; expected the id of a module in sharedModules (did you mean "m"?)'
    ));
  it("rejects shared modules that do not fit in a credential's notional hours", () =>
    expect(messages({...two(), sharedModules: [{id: "m", title: "M", learnerHours: 150}]})[0]).toMatch(
      /^credentials\[0\]\.sharedModules: got \["m"\]; expected shared modules whose learner hours \(150\) fit in the credential's notionalHours \(100\)/
    ));
  it("rejects a module nobody uses and a builder that does not use it", () => {
    expect(messages({...two(), sharedModules: [{id: "m", title: "M", learnerHours: 20}, {id: "z", title: "Z", learnerHours: 5}]})).toContain(
      'sharedModules[1]: got "z"; expected a module that at least one credential lists in its sharedModules'
    );
    expect(messages({...two(), sharedModules: [{id: "m", title: "M", learnerHours: 20, builtBy: "q"}]})[0]).toMatch(/^sharedModules\[0\]\.builtBy: got "q"; expected the id of a credential that uses the module/);
  });
  it("rejects repeated ids", () => {
    expect(messages({credentials: [credential("x"), credential("x")], horizonYears: 3})).toContain('credentials[1].id: got "x"; expected an id not used by another credential (credentials[0] has it)');
  });
  it("rejects an id that is not kebab-case", () => expect(messages({credentials: [{id: "Data Analytics", scenario: {}}]})[0]).toMatch(/^credentials\[0\]\.id: got "Data Analytics"; expected a kebab-case id/));
  it("rejects a stack of unknown or repeated credentials", () => {
    expect(messages({...two(), stack: {title: "S", credentials: ["x", "yy"], completionRate: 0.2, netValuePerStacker: 1}})).toContain(
      'stack.credentials[1]: got "yy"; expected the id of a credential in this portfolio (did you mean "y"?)'
    );
    expect(messages({...two(), stack: {title: "S", credentials: ["x"], completionRate: 0.2, netValuePerStacker: 1}})).toContain(
      'stack.credentials: got ["x"]; expected a list of at least two credential ids'
    );
  });
  it("requires one horizon, currency and discount rate across credentials", () => {
    expect(messages({horizonYears: 5, credentials: [{id: "a", scenario: {}}, {id: "b", scenario: {horizonYears: 6}}]})).toEqual([
      "credentials[1].scenario.horizonYears: got 6; expected the portfolio's horizon, 5 years (leave it out to inherit it)"
    ]);
    expect(messages({credentials: [{id: "a", scenario: {}}, {id: "b", scenario: {currency: "EUR"}}]})).toEqual([
      'credentials[1].scenario.currency: got "EUR"; expected the portfolio\'s currency, "USD" (leave it out to inherit it)'
    ]);
    expect(messages({credentials: [{id: "a", scenario: {}}, {id: "b", scenario: {inputs: {discountRate: 0.07}}}]})).toEqual([
      "credentials[1].scenario.inputs.discountRate: got 0.07; expected the discount rate of credentials[0] (0.05): a portfolio is valued at one discount rate"
    ]);
  });
  it("requires each scenario of a consortium portfolio to bear its whole development", () =>
    expect(messages({credentials: [{id: "a", scenario: {inputs: {developmentCostShare: 0.5}}}], consortium: {partners: [{id: "p", name: "P", developmentShare: 1}]}})[0]).toMatch(
      /^credentials\[0\]\.scenario\.inputs\.developmentCostShare: got 0\.5; expected 1 \(or left out\)/
    ));
  it("requires partners' shares to sum to 1", () => {
    const partners = [
      {id: "a", name: "A", developmentShare: 0.5, enrolmentShare: 0.5},
      {id: "b", name: "B", developmentShare: 0.4, enrolmentShare: 0.5}
    ];
    expect(messages({credentials: [{id: "a", scenario: {}}], consortium: {partners}})).toEqual([
      "consortium.partners: got [0.5,0.4]; expected partners whose developmentShare values sum to 1 (they sum to 0.9)"
    ]);
  });
  it("accepts thirds written as 0.3333333333333333", () =>
    expect(
      parsePortfolio({credentials: [{id: "a", scenario: {}}], consortium: {partners: ["a", "b", "c"].map((id) => ({id, name: id, developmentShare: 0.3333333333333333}))}}).consortium
        ?.partners.length
    ).toBe(3));
  it("requires the revenue split of split delivery to follow enrolments", () =>
    expect(messages({credentials: [{id: "a", scenario: {}}], consortium: {partners: [{id: "p", name: "P", developmentShare: 1}], enrolments: "split", revenueSplit: "equal"}})[0]).toMatch(
      /^consortium\.revenueSplit: got "equal"; expected "enrolments" when enrolments are "split"/
    ));
  it("rejects a bad word with the allowed words", () => {
    expect(messages({credentials: [{id: "a", scenario: {}, build: "reuse"}]})).toEqual(['credentials[0].build: got "reuse"; expected one of "new", "repackage"']);
    expect(messages({credentials: [{id: "a", scenario: {}}], allocation: "hours"})).toEqual(['allocation: got "hours"; expected one of "learnerHours", "equal"']);
  });
  it("requires at least one credential, each with a scenario object", () => {
    expect(messages({credentials: []})).toEqual(["credentials: got []; expected a list of at least one credential"]);
    expect(messages({credentials: [{id: "a", scenario: 3}]})).toEqual(["credentials[0].scenario: got 3; expected a scenario object in the format of docs/scenario-format.md"]);
  });
  it("lists every problem of the file in one error, with the file name", () => {
    try {
      parsePortfolio({credentials: [{id: "a", scenario: {inputs: {passRate: 2}}}], allocation: "x"}, "p.json");
    } catch (error) {
      expect((error as Error).message).toMatch(/^p\.json: invalid portfolio:\n {2}allocation: got "x".*\n {2}credentials\[0\]\.scenario\.inputs\.passRate: got 2/);
      return;
    }
    throw new Error("expected an error");
  });
});

describe("formatPortfolioPath", () => {
  it("puts array indices in brackets", () => expect(formatPortfolioPath(["consortium", "partners", 0, "developmentShare"])).toBe("consortium.partners[0].developmentShare"));
  it("formats the root as an empty path", () => expect(formatPortfolioPath([])).toBe(""));
});
