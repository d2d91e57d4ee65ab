import {describe, expect, it} from "vitest";
import {parseScenario} from "../../src/model/parseScenario.js";
import {
  prefillDistribution,
  withDistribution,
  withDistributionParameter,
  withInputValue,
  withoutDeterministicValue,
  withoutInput
} from "../../src/model/scenarioEdits.js";
import {DISTRIBUTION_NAMES} from "../../src/model/distributions.js";
import {UNCERTAIN_INPUT_KEYS, inputDomain, inputSpec} from "../../src/model/scenarioInputs.js";
import type {ScenarioFileJson} from "../../src/model/scenarioFileJson.js";

describe("withInputValue(file, key, value)", () => {
  it("states a number", () => expect(withInputValue({}, "passRate", 0.9).inputs).toEqual({passRate: 0.9}));
  it("sets the value of an uncertain input and keeps its distribution", () =>
    expect(withInputValue({inputs: {passRate: {dist: "uniform", min: 0.5, max: 0.9}}}, "passRate", 0.8).inputs).toEqual({passRate: {dist: "uniform", min: 0.5, max: 0.9, value: 0.8}}));
  it("sets the verification level word", () => expect(withInputValue({}, "identityVerification", "none").inputs).toEqual({identityVerification: "none"}));
  it("leaves the original file untouched", () => {
    const file: ScenarioFileJson = {inputs: {passRate: 0.5}};
    withInputValue(file, "passRate", 0.9);
    expect(file.inputs).toEqual({passRate: 0.5});
  });
});

describe("withoutInput / withoutDeterministicValue", () => {
  it("resets an input to its default by leaving it out, keeping its source", () =>
    expect(withoutInput({inputs: {passRate: 0.9, payingShare: 1}, sources: {passRate: "x"}}, "passRate")).toEqual({inputs: {payingShare: 1}, sources: {passRate: "x"}}));
  it("drops value so the distribution's mean is used", () => {
    const file = withoutDeterministicValue({inputs: {pricePerEnrolment: {value: 700, dist: "triangular", min: 300, mode: 600, max: 900}}}, "pricePerEnrolment");
    expect(parseScenario(file).inputs.pricePerEnrolment).toBe(600);
  });
  it("throws when the input has no distribution", () => expect(() => withoutDeterministicValue({inputs: {passRate: 0.8}}, "passRate")).toThrow("has no distribution"));
});

describe("withDistribution(file, key, name)", () => {
  it("prefills a triangular ±20% around the current value, keeping it as value", () =>
    expect(withDistribution({}, "pricePerEnrolment", "triangular").inputs?.pricePerEnrolment).toEqual({value: 500, dist: "triangular", min: 400, mode: 500, max: 600}));
  it("turns a distribution back into its deterministic value", () =>
    expect(withDistribution({inputs: {pricePerEnrolment: {value: 650, dist: "uniform", min: 400, max: 800}}}, "pricePerEnrolment", null).inputs).toEqual({pricePerEnrolment: 650}));
  it("switching between distributions keeps the deterministic value", () => {
    const first = withDistribution({inputs: {passRate: 0.7}}, "passRate", "pert");
    expect(parseScenario(withDistribution(first, "passRate", "normal")).inputs.passRate).toBe(0.7);
  });
  it("refuses inputs that cannot be uncertain", () => {
    expect(() => withDistribution({}, "pathwayLagYears", "uniform")).toThrow("pathwayLagYears cannot be uncertain");
    expect(() => withDistribution({}, "identityVerification", "uniform")).toThrow("cannot be uncertain");
  });
  it("gives a valid scenario with an unchanged deterministic value for every uncertain input and distribution", () => {
    for (const key of UNCERTAIN_INPUT_KEYS) {
      for (const name of DISTRIBUTION_NAMES) {
        const scenario = parseScenario(withDistribution({}, key, name));
        expect(scenario.inputs[key], `${key} ${name}`).toBe(inputSpec(key)?.default);
        expect(scenario.distributions[key]?.dist).toBe(name);
      }
    }
  });
});

describe("withDistributionParameter(file, key, parameter, value)", () => {
  const file: ScenarioFileJson = {inputs: {passRate: {value: 0.8, dist: "triangular", min: 0.6, mode: 0.8, max: 0.9}}};
  it("sets one parameter", () => expect(withDistributionParameter(file, "passRate", "max", 0.95).inputs?.passRate).toMatchObject({max: 0.95, min: 0.6}));
  it("refuses a parameter of another distribution", () => expect(() => withDistributionParameter(file, "passRate", "sd", 1)).toThrow('a triangular distribution has no parameter "sd"'));
  it("refuses an input without distribution", () => expect(() => withDistributionParameter({}, "passRate", "min", 1)).toThrow("has no distribution"));
});

describe("prefillDistribution(name, value, domain, kind)", () => {
  const rate = inputDomain("passRate");
  it("clamps a range to the domain", () => expect(prefillDistribution("uniform", 0.9, rate, "rate")).toEqual({value: 0.9, dist: "uniform", min: 0.72, max: 1}));
  it("uses a kind-dependent scale around 0", () => {
    expect(prefillDistribution("triangular", 0, rate, "rate")).toEqual({value: 0, dist: "triangular", min: 0, mode: 0, max: 0.02});
    expect(prefillDistribution("triangular", 0, inputDomain("subsidyPerCredential"), "money")).toEqual({value: 0, dist: "triangular", min: 0, mode: 0, max: 20});
  });
  it("centres a beta on a share at the value with α + β = 20", () => expect(prefillDistribution("beta", 0.85, rate, "rate")).toEqual({value: 0.85, dist: "beta", alpha: 17, beta: 3}));
  it("puts a lognormal's median at the value", () => expect(Math.exp(prefillDistribution("lognormal", 90, inputDomain("firstYearEnrolments"), "quantity").mu as number)).toBeCloseTo(90, 10));
  it("gives a normal an sd of 10% of the value", () => expect(prefillDistribution("normal", 500, inputDomain("pricePerEnrolment"), "money")).toMatchObject({mean: 500, sd: 50}));
});
