import {describe, expect, it} from "vitest";
import {benchmarkMonteCarloSizes, benchmarkScenario, drawUniformsOnly} from "../../bench/monteCarloSizes.js";
import {createRng} from "../../src/model/rng.js";
import {inputStream} from "../../src/model/inputStream.js";

describe("drawUniformsOnly(scenario, draws, seed, column) — the floor", () => {
  const scenario = benchmarkScenario("scenarios/own-platform-paid.json");
  it("fixes the preset's horizon at the 5 years the goal is stated for", () => expect(scenario.horizonYears).toBe(5));
  it("draws each uncertain input's uniforms from that input's own stream", () => {
    const keys = Object.keys(scenario.distributions);
    const column = new Float64Array(3);
    const checksum = drawUniformsOnly(scenario, 3, 9, column);
    const expected = keys
      .map((key) => {
        const rng = createRng(9, inputStream(key));
        rng.nextUniform();
        rng.nextUniform();
        return rng.nextUniform();
      })
      .reduce((a, b) => a + b, 0);
    expect(checksum).toBeCloseTo(expected, 12);
  });
  it("refuses a column too short for the draws", () => expect(() => drawUniformsOnly(scenario, 10, 1, new Float64Array(5))).toThrow(/cannot hold 10 draws/));
});

describe("benchmarkMonteCarloSizes(options)", () => {
  it("times the model and the floor at each size and relates them", async () => {
    const result = await benchmarkMonteCarloSizes({sizes: [1_000, 2_000], repeats: 3});
    expect(result).toMatchObject({scenario: "scenarios/own-platform-paid.json", horizonYears: 5, uncertainInputs: 10});
    expect(result.sizes.map((s) => [s.draws, s.model.runs, s.floor.runs])).toEqual([[1_000, 3, 3], [2_000, 3, 3]]);
    for (const size of result.sizes) {
      expect(size.ratioToFloor).toBeCloseTo(size.model.medianMs / size.floor.medianMs, 10);
      expect(size.drawsPerSecond).toBeCloseTo(size.draws / (size.model.medianMs / 1000), 6);
      expect(size.model.medianMs).toBeGreaterThan(size.floor.medianMs); // the model draws the same numbers and more
    }
  });
  it("names a scenario file that does not exist", async () => {
    await expect(benchmarkMonteCarloSizes({scenarioFile: "scenarios/__missing__.json"})).rejects.toThrow(/__missing__\.json/);
  });
});
