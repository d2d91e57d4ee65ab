import {readFileSync, readdirSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {modelScenario} from "../../src/model/modelScenario.js";
import {parseScenario} from "../../src/model/parseScenario.js";
import {INPUT_KEYS} from "../../src/model/scenarioInputs.js";

const directory = new URL("../../scenarios/", import.meta.url);
const files = readdirSync(directory).filter((file) => file.endsWith(".json"));
const load = (file: string) => JSON.parse(readFileSync(new URL(file, directory), "utf8")) as {inputs: Record<string, unknown>; sources: Record<string, string>; description: string};

describe("preset scenarios", () => {
  it("include the five cases of issue 4", () =>
    expect(files.sort()).toEqual(["consortium-3-partners.json", "mooc-verified-certificate.json", "own-platform-paid.json", "public-subsidy.json", "stackable-masters-pathway.json"]));

  for (const file of files) {
    describe(file, () => {
      const json = load(file);
      const scenario = parseScenario(json, file);
      it("is valid", () => expect(scenario.name.length).toBeGreaterThan(10));
      it("has a description", () => expect(json.description.length).toBeGreaterThan(50));
      it("cites a source for every input it states", () => {
        for (const key of Object.keys(json.inputs)) expect(json.sources[key], `source of ${key}`).toMatch(/\S{3,}/);
      });
      it("states every input explicitly, except unused pathway inputs and the verification cost its level sets", () => {
        const missing = INPUT_KEYS.filter((key) => !(key in json.inputs));
        expect(missing.filter((key) => !key.startsWith("pathway") && key !== "identityVerificationCostPerAssessment")).toEqual([]);
      });
      it("has at least five uncertain inputs, so Monte Carlo and tornado are meaningful", () =>
        expect(Object.keys(scenario.distributions).length).toBeGreaterThanOrEqual(5));
    });
  }

  it("include at least one credential with a negative expected NPV and one likely to pay off", () => {
    const results = files.map((file) => modelScenario(parseScenario(load(file), file), {draws: 5000, seed: 1}).monteCarlo!);
    expect(results.some((mc) => mc.npv.mean < 0 && mc.probabilityNpvPositive < 0.25)).toBe(true);
    expect(results.some((mc) => mc.probabilityNpvPositive > 0.75)).toBe(true);
  });
});
