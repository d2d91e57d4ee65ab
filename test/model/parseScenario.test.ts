import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {parseScenario} from "../../src/model/parseScenario.js";
import {ScenarioError, type ScenarioIssue} from "../../src/model/ScenarioError.js";
import {IDENTITY_VERIFICATION_COSTS, INPUT_KEYS, SCENARIO_INPUTS, UNCERTAIN_INPUT_KEYS} from "../../src/model/scenarioInputs.js";
import {validScenarioArbitrary} from "./arbitraries.js";

function issuesOf(json: unknown): ScenarioIssue[] {
  try {
    parseScenario(json, "test.json");
  } catch (error) {
    if (error instanceof ScenarioError) return [...error.issues];
    throw error;
  }
  throw new Error("expected the scenario to be rejected");
}

describe("parseScenario defaults", () => {
  const scenario = parseScenario({});
  it("fills every input with its documented default", () => {
    for (const spec of SCENARIO_INPUTS) expect(scenario.inputs[spec.key]).toBe(spec.default);
    expect(scenario.defaulted).toEqual(INPUT_KEYS);
  });
  it("uses a 5-year horizon, USD and an untitled name", () => {
    expect(scenario.horizonYears).toBe(5);
    expect(scenario.currency).toBe("USD");
    expect(scenario.name).toBe("Untitled scenario");
  });
  it("has no uncertain input", () => expect(scenario.distributions).toEqual({}));
  it("gives every default a citation", () => {
    for (const spec of SCENARIO_INPUTS) expect(spec.citation.length).toBeGreaterThan(10);
  });
});

describe("parseScenario identity verification", () => {
  it("sets the verification cost from the level", () => {
    expect(parseScenario({inputs: {identityVerification: "none"}}).inputs.identityVerificationCostPerAssessment).toBe(0);
    expect(parseScenario({inputs: {identityVerification: "supervised"}}).inputs.identityVerificationCostPerAssessment).toBe(11);
    expect(parseScenario({inputs: {identityVerification: "supervised-id"}}).inputs.identityVerificationCostPerAssessment).toBe(22.5);
  });
  it("keeps an explicit cost whatever the level", () =>
    expect(parseScenario({inputs: {identityVerification: "supervised-id", identityVerificationCostPerAssessment: 40}}).inputs.identityVerificationCostPerAssessment).toBe(40));
  it("states a source for each level", () => {
    for (const level of Object.values(IDENTITY_VERIFICATION_COSTS)) expect(level.citation.length).toBeGreaterThan(10);
  });
});

describe("parseScenario distributions", () => {
  it("uses value for the deterministic model and keeps the distribution without it", () => {
    const s = parseScenario({inputs: {pricePerEnrolment: {value: 300, dist: "triangular", min: 100, mode: 300, max: 600}}});
    expect(s.inputs.pricePerEnrolment).toBe(300);
    expect(s.distributions.pricePerEnrolment).toEqual({dist: "triangular", min: 100, mode: 300, max: 600});
  });
  it("uses the distribution's mean when value is left out", () =>
    expect(parseScenario({inputs: {pricePerEnrolment: {dist: "uniform", min: 100, max: 300}}}).inputs.pricePerEnrolment).toBe(200));
  it("gives beta the bounds 0 and 1 when left out", () =>
    expect(parseScenario({inputs: {passRate: {dist: "beta", alpha: 8, beta: 2}}}).distributions.passRate).toEqual({dist: "beta", alpha: 8, beta: 2, min: 0, max: 1}));
  it("accepts a distribution that reaches outside the domain (its draws are clamped)", () =>
    expect(parseScenario({inputs: {passRate: {value: 0.9, dist: "normal", mean: 0.9, sd: 0.1}}}).distributions.passRate).toBeDefined());
  it("accepts enrolment decline down to −100%", () =>
    expect(parseScenario({inputs: {enrolmentGrowthRate: {value: -0.2, dist: "uniform", min: -1, max: 0.2}}}).inputs.enrolmentGrowthRate).toBe(-0.2));
});

describe("parseScenario errors", () => {
  it("rejects a file that is not an object", () => expect(issuesOf([1, 2])[0]?.message).toMatch(/expected a JSON object/));
  it("names the nearest known key for a misspelled input", () => {
    const [issue] = issuesOf({inputs: {pasRate: 0.5}});
    expect(issue?.path).toBe("inputs.pasRate");
    expect(issue?.message).toMatch(/unknown key "pasRate" in inputs; did you mean "passRate"\?/);
  });
  it("names the nearest known key at the top level and in sources", () => {
    expect(issuesOf({horizon: 5})[0]?.message).toMatch(/did you mean "horizonYears"/);
    expect(issuesOf({sources: {firstYearEnrollments: "x"}})[0]?.message).toMatch(/did you mean "firstYearEnrolments"/);
  });
  it("reports the path, the bad value and the expectation for an out-of-domain rate", () => {
    const [issue] = issuesOf({inputs: {passRate: 1.2}});
    expect(issue).toMatchObject({path: "inputs.passRate", keys: ["inputs", "passRate"], value: 1.2, expected: "a number in [0, 1]"});
    expect(issue?.message).toBe("inputs.passRate: got 1.2; expected a number in [0, 1]");
  });
  it("rejects a negative cost", () => expect(issuesOf({inputs: {costPerCohort: -1}})[0]?.expected).toMatch(/\[0, 1000000000000\]/));
  it("rejects growth below −1", () => expect(issuesOf({inputs: {enrolmentGrowthRate: -1.5}})[0]?.expected).toMatch(/\[-1, 10\]/));
  it("rejects a horizon that is not a whole number from 1 to 30", () => {
    for (const horizonYears of [0, 31, 2.5, "5"]) expect(issuesOf({horizonYears})[0]?.path).toBe("horizonYears");
  });
  it("rejects a lag that is not a whole number, or that is uncertain", () => {
    expect(issuesOf({inputs: {pathwayLagYears: 1.5}})[0]?.expected).toMatch(/whole number/);
    expect(issuesOf({inputs: {pathwayLagYears: {value: 1, dist: "uniform", min: 0, max: 2}}})[0]?.expected).toMatch(/cannot be uncertain/);
  });
  it("rejects an unknown identity-verification level", () => expect(issuesOf({inputs: {identityVerification: "proctored"}})[0]?.expected).toMatch(/"none", "supervised", "supervised-id"/));
  it("rejects a misspelled distribution name with a suggestion", () =>
    expect(issuesOf({inputs: {passRate: {dist: "triangle", min: 0, mode: 0.5, max: 1}}})[0]?.message).toMatch(/inputs\.passRate\.dist: got "triangle"; expected one of .* \(did you mean "triangular"\?\)/));
  it("explains the flat shape when the distribution is nested", () =>
    expect(issuesOf({inputs: {passRate: {value: 0.5, dist: {type: "uniform", min: 0, max: 1}}}})[0]?.message).toMatch(/parameters next to it \(not nested\)/));
  it("asks for min ≤ mode ≤ max", () => expect(issuesOf({inputs: {passRate: {dist: "pert", min: 0.5, mode: 0.4, max: 0.9}}})[0]?.message).toMatch(/inputs\.passRate\.mode: got 0\.4; expected a number with min ≤ mode ≤ max/));
  it("asks for min < max", () => expect(issuesOf({inputs: {passRate: {dist: "uniform", min: 0.5, max: 0.5}}})[0]?.path).toBe("inputs.passRate.max"));
  it("asks for sd > 0, sigma > 0, alpha > 0 and beta > 0", () => {
    expect(issuesOf({inputs: {passRate: {dist: "normal", mean: 0.5, sd: 0}}})[0]?.path).toBe("inputs.passRate.sd");
    expect(issuesOf({inputs: {pricePerEnrolment: {dist: "lognormal", mu: 5, sigma: -1}}})[0]?.path).toBe("inputs.pricePerEnrolment.sigma");
    expect(issuesOf({inputs: {passRate: {dist: "beta", alpha: 0, beta: 2}}})[0]?.path).toBe("inputs.passRate.alpha");
    expect(issuesOf({inputs: {passRate: {dist: "beta", alpha: 2, beta: -3}}})[0]?.path).toBe("inputs.passRate.beta");
  });
  it("names a missing parameter", () => expect(issuesOf({inputs: {passRate: {dist: "triangular", min: 0, max: 1}}})[0]?.message).toBe("inputs.passRate.mode: missing; expected a finite number"));
  it("says which distribution a stray parameter belongs to", () =>
    expect(issuesOf({inputs: {passRate: {dist: "normal", mean: 0.5, sd: 0.1, mode: 0.5}}})[0]?.message).toMatch(/"mode" is a parameter of triangular/));
  it("rejects a value outside the domain, and a distribution entirely outside it", () => {
    expect(issuesOf({inputs: {passRate: {value: 1.5, dist: "uniform", min: 0, max: 1}}})[0]?.path).toBe("inputs.passRate.value");
    expect(issuesOf({inputs: {passRate: {dist: "uniform", min: 2, max: 3}}})[0]?.expected).toMatch(/overlaps the domain \[0, 1\]/);
  });
  it("rejects a mean outside the domain when value is left out", () =>
    expect(issuesOf({inputs: {passRate: {dist: "normal", mean: 1.2, sd: 0.1}}})[0]?.expected).toMatch(/mean \(1\.2\) is used/));
  it("rejects platform and processing shares that add up to more than 1", () =>
    expect(issuesOf({inputs: {platformRevenueShare: 0.99, paymentProcessingRate: 0.05}})[0]?.path).toBe("inputs.platformRevenueShare"));
  it("reports every issue, not only the first", () => expect(issuesOf({nme: 1, inputs: {passRate: 2, costPerCohort: -1}})).toHaveLength(3));
  it("puts the file name and every issue in the error message", () => {
    expect(() => parseScenario({inputs: {passRate: 2}}, "my.json")).toThrow(/^my\.json: invalid scenario:\n {2}inputs\.passRate: got 2/);
  });
});

describe("parseScenario properties", () => {
  it("accepts every generated valid scenario", () => {
    fc.assert(fc.property(validScenarioArbitrary(), (json) => void parseScenario(json)), {numRuns: 300});
  });

  /** Ways to break a valid scenario, each with the key path an issue must start with. */
  type Breaker = {apply: (json: Record<string, unknown>) => void; keys: readonly string[]};
  const inputsOf = (json: Record<string, unknown>) => json.inputs as Record<string, unknown>;
  const breakers: fc.Arbitrary<Breaker>[] = [
    fc.constantFrom(...INPUT_KEYS).map((key) => ({apply: (json) => void (inputsOf(json)[`${key}X`] = 1), keys: ["inputs", `${key}X`]})),
    fc.tuple(fc.constantFrom(...UNCERTAIN_INPUT_KEYS), fc.constantFrom<unknown>(-5, "12", null, 2e12, [1], true)).map(([key, bad]) => ({
      apply: (json) => void (inputsOf(json)[key] = bad),
      keys: ["inputs", key]
    })),
    fc.constantFrom(...UNCERTAIN_INPUT_KEYS).map((key) => ({
      apply: (json) => void (inputsOf(json)[key] = {dist: "uniform", min: 0.7, max: 0.3}),
      keys: ["inputs", key, "max"]
    })),
    fc.constantFrom(...UNCERTAIN_INPUT_KEYS).map((key) => ({
      apply: (json) => void (inputsOf(json)[key] = {value: 0.5, dist: "normal", mean: 0.5, sd: -1}),
      keys: ["inputs", key, "sd"]
    })),
    fc.constantFrom<unknown>(0, 31, 1.5, -2, "5").map((horizonYears) => ({apply: (json) => void (json.horizonYears = horizonYears), keys: ["horizonYears"]})),
    fc
      .string({minLength: 1, maxLength: 8})
      .filter((key) => !["name", "description", "currency", "horizonYears", "inputs", "sources", "__proto__"].includes(key))
      .map((key) => ({apply: (json) => void (json[key] = true), keys: [key]}))
  ];

  it("rejects every broken scenario with a message that names the key path", () => {
    fc.assert(
      fc.property(validScenarioArbitrary(), fc.oneof(...breakers), (json, breaker) => {
        breaker.apply(json);
        const issues = issuesOf(json);
        for (const issue of issues) expect(issue.message).toContain(issue.path);
        const named = issues.some((issue) => breaker.keys.every((key, i) => issue.keys[i] === key));
        expect(named, `no issue at ${breaker.keys.join(".")} in ${issues.map((i) => i.message).join(" | ")}`).toBe(true);
      }),
      {numRuns: 400}
    );
  });
});
