import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {parseScenario} from "../../src/model/parseScenario.js";
import {compareScenarios, minimalScenarioFile} from "../../src/model/scenarioDiff.js";
import {defaultValueOf, effectiveInput, verificationLevel} from "../../src/model/scenarioFileJson.js";
import {INPUT_GROUPS, SCENARIO_INPUTS} from "../../src/model/scenarioInputs.js";

const presetNames = ["consortium-3-partners", "mooc-verified-certificate", "own-platform-paid", "public-subsidy", "stackable-masters-pathway"];
const preset = (name: string) => JSON.parse(readFileSync(new URL(`../../scenarios/${name}.json`, import.meta.url), "utf8"));

describe("minimalScenarioFile(file)", () => {
  it("leaves out top-level keys and inputs equal to their defaults", () =>
    expect(minimalScenarioFile({name: "A", description: "", currency: "USD", horizonYears: 5, inputs: {passRate: 0.85, pricePerEnrolment: 450}, sources: {}})).toEqual({
      name: "A",
      inputs: {pricePerEnrolment: 450}
    }));
  it("keeps a non-default horizon, currency and description", () =>
    expect(minimalScenarioFile({horizonYears: 8, currency: "EUR", description: "x"})).toEqual({description: "x", currency: "EUR", horizonYears: 8}));
  it("drops the untitled name parseScenario would give anyway", () => expect(minimalScenarioFile({name: "Untitled scenario"})).toEqual({}));
  it("keeps a distribution even when its value equals the default", () => {
    const price = {value: 500, dist: "uniform" as const, min: 400, max: 600};
    expect(minimalScenarioFile({inputs: {pricePerEnrolment: price}})).toEqual({inputs: {pricePerEnrolment: price}});
  });
  it("drops a verification cost equal to its level's default, keeps one that differs", () => {
    expect(minimalScenarioFile({inputs: {identityVerification: "supervised-id", identityVerificationCostPerAssessment: 22.5}})).toEqual({inputs: {identityVerification: "supervised-id"}});
    expect(minimalScenarioFile({inputs: {identityVerification: "none", identityVerificationCostPerAssessment: 11}})).toEqual({inputs: {identityVerification: "none", identityVerificationCostPerAssessment: 11}});
  });
  it("keeps unknown keys so validation still reports them", () =>
    expect(minimalScenarioFile({inputs: {pasRate: 0.3} as never}).inputs).toEqual({pasRate: 0.3}));
  for (const name of presetNames) {
    it(`changes nothing the model uses in ${name}`, () => {
      const file = preset(name);
      const full = parseScenario(file);
      const small = parseScenario(minimalScenarioFile(file));
      expect({...small, defaulted: []}).toEqual({...full, defaulted: []});
    });
  }
});

describe("effectiveInput(file, key)", () => {
  it("gives the documented default for a missing input", () => expect(effectiveInput({}, "passRate")).toEqual({key: "passRate", value: 0.85, distribution: null, explicit: false}));
  it("gives the verification level's cost when the cost is left out", () => {
    expect(effectiveInput({inputs: {identityVerification: "none"}}, "identityVerificationCostPerAssessment").value).toBe(0);
    expect(effectiveInput({inputs: {identityVerification: "supervised-id"}}, "identityVerificationCostPerAssessment").value).toBe(22.5);
  });
  it("gives a distribution's mean when it has no value", () =>
    expect(effectiveInput({inputs: {pricePerEnrolment: {dist: "triangular", min: 300, mode: 600, max: 900}}}, "pricePerEnrolment").value).toBe(600));
  it("gives NaN for a distribution whose parameters are not numbers yet", () =>
    expect(effectiveInput({inputs: {pricePerEnrolment: {dist: "uniform", min: 300}}}, "pricePerEnrolment").value).toBeNaN());
  it("throws for a key that is not an input", () => expect(() => effectiveInput({}, "pasRate" as never)).toThrow('"pasRate" is not an input key'));
  it("gives the value a left-out input takes", () => {
    expect(defaultValueOf({inputs: {identityVerification: "supervised-id", passRate: 0.5}}, "passRate")).toBe(0.85);
    expect(defaultValueOf({inputs: {identityVerification: "supervised-id"}}, "identityVerificationCostPerAssessment")).toBe(22.5);
  });
  it("falls back to the default level for an unknown level word", () => expect(verificationLevel({inputs: {identityVerification: "proctored"}})).toBe("supervised"));
});

describe("compareScenarios(scenarios)", () => {
  const a = parseScenario({inputs: {pricePerEnrolment: 500}});
  const b = parseScenario({inputs: {pricePerEnrolment: 600, passRate: 0.85}});
  const rows = compareScenarios([a, b]);

  it("has a row for horizon, currency and every input", () => {
    expect(rows.map((r) => r.key).slice(0, 3)).toEqual(["horizonYears", "currency", "notionalHours"]);
    expect(rows).toHaveLength(2 + SCENARIO_INPUTS.length);
  });
  it("groups inputs in the editor's order, each group once", () => {
    const groups = rows.slice(2).map((r) => r.group);
    expect(groups.filter((g, i) => g !== groups[i - 1])).toEqual(INPUT_GROUPS.map((g) => g.id));
  });
  it("flags exactly the inputs that differ", () => expect(rows.filter((r) => r.differs).map((r) => r.key)).toEqual(["pricePerEnrolment"]));
  it("treats a default and the same value written out as equal", () => expect(rows.find((r) => r.key === "passRate")?.differs).toBe(false));
  it("treats the same value with and without a distribution as different", () => {
    const c = parseScenario({inputs: {pricePerEnrolment: {value: 500, dist: "uniform", min: 400, max: 600}}});
    expect(compareScenarios([a, c]).find((r) => r.key === "pricePerEnrolment")?.differs).toBe(true);
  });
  it("treats beta bounds written out as [0, 1] and left out as equal", () => {
    const x = parseScenario({inputs: {passRate: {dist: "beta", alpha: 17, beta: 3}}});
    const y = parseScenario({inputs: {passRate: {dist: "beta", alpha: 17, beta: 3, min: 0, max: 1}}});
    expect(compareScenarios([x, y]).some((r) => r.differs)).toBe(false);
  });
  it("flags a different horizon", () => expect(compareScenarios([a, parseScenario({horizonYears: 7})]).find((r) => r.key === "horizonYears")?.differs).toBe(true));
  it("labels rows with the input's label, unit and group", () =>
    expect(rows.find((r) => r.key === "pricePerEnrolment")).toMatchObject({label: "Price per enrolment", unit: "USD per enrolment", groupLabel: "Revenue"}));
  it("flags nothing for a single scenario", () => expect(compareScenarios([a]).some((r) => r.differs)).toBe(false));
  it("throws without scenarios", () => expect(() => compareScenarios([])).toThrow("needs at least one scenario"));
});
