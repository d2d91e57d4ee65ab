import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {distributionMean} from "../../src/model/distributionMean.js";
import {evaluateDrawBlock, type DrawColumns} from "../../src/model/evaluateDrawBlock.js";
import {inputStream} from "../../src/model/inputStream.js";
import {parseScenario} from "../../src/model/parseScenario.js";
import {quantilesR7} from "../../src/model/quantilesR7.js";
import {createRng} from "../../src/model/rng.js";
import {runDeterministic} from "../../src/model/runDeterministic.js";
import {runMonteCarlo} from "../../src/model/runMonteCarlo.js";
import {sampleDistribution} from "../../src/model/sampleDistribution.js";
import {SCENARIO_INPUTS} from "../../src/model/scenarioInputs.js";
import type {ModelInputs, Scenario} from "../../src/model/types.js";
import {validScenarioArbitrary} from "./arbitraries.js";
import {handInputs, relativeError} from "./helpers.js";

/** Agreement expected between the vectorised kernel and the literal model (floating-point reassociation only). */
const KERNEL_TOLERANCE = 1e-9;

function columnsOf(inputs: ModelInputs): DrawColumns {
  const columns: Record<string, Float64Array> = {};
  for (const spec of SCENARIO_INPUTS) if (spec.kind !== "level" && spec.kind !== "integer") columns[spec.key] = Float64Array.of(inputs[spec.key]);
  return columns as DrawColumns;
}

describe("evaluateDrawBlock", () => {
  it("computes the hand-computed cash flows and NPV", () => {
    const cashFlows = Array.from({length: 4}, () => new Float64Array(1));
    const npv = new Float64Array(1);
    evaluateDrawBlock(columnsOf(handInputs()), 1, 3, 1, cashFlows, npv, 0);
    expect(cashFlows.map((c) => c[0])).toEqual([-8125, 4125, 8312.5, 13718.75]);
    expect(npv[0]).toBeCloseTo(7519, 9);
  });
  it("agrees with the literal model for every valid scenario", () => {
    fc.assert(
      fc.property(validScenarioArbitrary(), (json) => {
        const s = parseScenario(json);
        const cashFlows = Array.from({length: s.horizonYears + 1}, () => new Float64Array(1));
        const npv = new Float64Array(1);
        evaluateDrawBlock(columnsOf(s.inputs), 1, s.horizonYears, s.inputs.pathwayLagYears, cashFlows, npv, 0);
        const literal = runDeterministic(s.inputs, s.horizonYears);
        const scale = Math.max(1, ...literal.cost, ...literal.revenue);
        literal.cashFlow.forEach((cf, t) => expect(Math.abs((cashFlows[t]![0] as number) - cf) / scale).toBeLessThan(KERNEL_TOLERANCE));
        expect(Math.abs((npv[0] as number) - literal.npv) / scale).toBeLessThan(KERNEL_TOLERANCE * (s.horizonYears + 1));
      }),
      {numRuns: 300}
    );
  });
});

const uniformEnrolments = (min: number, max: number): Scenario =>
  parseScenario({horizonYears: 3, inputs: {...handInputs(), firstYearEnrolments: {value: (min + max) / 2, dist: "uniform", min, max}}});

describe("runMonteCarlo", () => {
  it("returns null when nothing is uncertain or draws = 0", () => {
    expect(runMonteCarlo(parseScenario({}))).toBeNull();
    expect(runMonteCarlo(uniformEnrolments(50, 150), {draws: 0})).toBeNull();
  });

  it("matches the analytic NPV distribution when NPV is affine in one uniform input", () => {
    // NPV = a + b·E with E ~ U(50, 150): NPV is uniform on [a + 50b, a + 150b]
    const scenario = uniformEnrolments(50, 150);
    const a = -12405;
    const b = 199.24;
    const low = a + 50 * b;
    const width = 100 * b;
    const draws = 100_000;
    const mc = runMonteCarlo(scenario, {draws, seed: 3})!;
    const sd = width / Math.sqrt(12);
    expect(Math.abs(mc.npv.mean - (low + width / 2))).toBeLessThan((4 * sd) / Math.sqrt(draws));
    // the sample sd of a uniform has standard error σ·√(0.2/n) (fourth moment 9σ⁴/5)
    expect(Math.abs(mc.npv.sd - sd)).toBeLessThan(4 * sd * Math.sqrt(0.2 / draws));
    for (const [stat, p] of [["p5", 0.05], ["p10", 0.1], ["p50", 0.5], ["p90", 0.9], ["p95", 0.95]] as const) {
      expect(Math.abs(mc.npv[stat] - (low + p * width)) / width).toBeLessThan(0.01);
    }
    const breakEven = -a / b; // 62.26 learners
    expect(Math.abs(mc.probabilityNpvPositive - (150 - breakEven) / 100)).toBeLessThan(0.01);
    expect(mc.clampedDraws).toBe(0);
  });

  it("reports R-7 percentiles, the n − 1 sd and the share of strictly positive NPVs of its own draws", () => {
    const mc = runMonteCarlo(uniformEnrolments(0, 200), {draws: 5000, seed: 9})!;
    const draws = mc.npvDraws;
    expect(quantilesR7(draws, [0.05, 0.5, 0.95])).toEqual([mc.npv.p5, mc.npv.p50, mc.npv.p95]);
    let sum = 0;
    let positive = 0;
    for (const x of draws) {
      sum += x;
      if (x > 0) positive++;
    }
    const mean = sum / draws.length;
    let squares = 0;
    for (const x of draws) squares += (x - mean) ** 2;
    expect(mc.npv.mean).toBeCloseTo(mean, 6);
    expect(mc.npv.sd).toBeCloseTo(Math.sqrt(squares / (draws.length - 1)), 6);
    expect(mc.probabilityNpvPositive).toBe(positive / draws.length);
  });

  it("gives per-year cash-flow bands for years 0…H, constant where nothing is uncertain", () => {
    const mc = runMonteCarlo(uniformEnrolments(50, 150), {draws: 2000, seed: 1})!;
    expect(mc.cashFlowBands.map((b) => b.year)).toEqual([0, 1, 2, 3]);
    expect(mc.cashFlowBands[0]).toEqual({year: 0, p10: -8125, p50: -8125, p90: -8125});
    for (const band of mc.cashFlowBands) expect(band.p10).toBeLessThanOrEqual(band.p50);
  });

  it("clamps out-of-domain draws and counts each clamped input value", () => {
    const scenario = parseScenario({inputs: {passRate: {value: 0.9, dist: "uniform", min: 0.5, max: 1.5}, assessmentUptake: {value: 0.5, dist: "uniform", min: -1, max: 1}}});
    const draws = 4000;
    const mc = runMonteCarlo(scenario, {draws, seed: 5})!;
    const count = (key: string, outside: (x: number) => boolean) => {
      const column = new Float64Array(draws);
      sampleDistribution(scenario.distributions[key as "passRate"]!, createRng(5, inputStream(key)), column);
      return column.filter(outside).length;
    };
    const expectedPass = count("passRate", (x) => x > 1);
    const expectedUptake = count("assessmentUptake", (x) => x < 0);
    expect(mc.clampedByInput).toEqual({passRate: expectedPass, assessmentUptake: expectedUptake});
    expect(mc.clampedDraws).toBe(expectedPass + expectedUptake);
    expect(expectedPass / draws).toBeCloseTo(0.5, 1);
  });

  it("gives the same result for the same seed and a different one for another seed", () => {
    const scenario = uniformEnrolments(20, 300);
    const first = runMonteCarlo(scenario, {draws: 3000, seed: 17})!;
    const again = runMonteCarlo(scenario, {draws: 3000, seed: 17})!;
    const other = runMonteCarlo(scenario, {draws: 3000, seed: 18})!;
    expect(again).toEqual(first);
    expect(other.npv.mean).not.toBe(first.npv.mean);
  });

  it("does not change an input's draws when another input becomes uncertain", () => {
    const one = uniformEnrolments(20, 300);
    const two = parseScenario({
      horizonYears: 3,
      inputs: {...handInputs(), firstYearEnrolments: {value: 160, dist: "uniform", min: 20, max: 300}, overheadRate: {value: 0.25, dist: "uniform", min: 0.25, max: 0.25000001}}
    });
    const a = runMonteCarlo(one, {draws: 100, seed: 4})!;
    const b = runMonteCarlo(two, {draws: 100, seed: 4})!;
    a.npvDraws.forEach((x, i) => expect(relativeError(b.npvDraws[i] as number, x)).toBeLessThan(1e-6));
  });

  it("validates draws and seed", () => {
    const scenario = uniformEnrolments(50, 150);
    expect(() => runMonteCarlo(scenario, {draws: -1})).toThrow(/draws must be a whole number/);
    expect(() => runMonteCarlo(scenario, {draws: 2.5})).toThrow(/draws must be a whole number/);
    expect(() => runMonteCarlo(scenario, {seed: 2 ** 32})).toThrow(/seed must be an integer/);
  });

  it("has a mean NPV equal to the deterministic NPV at the inputs' means, within 4 standard errors", () => {
    // with growth and discount rate fixed the model is multilinear in independent inputs
    fc.assert(
      fc.property(validScenarioArbitrary({allowClamping: false}), fc.integer({min: 0, max: 2 ** 32 - 1}), (json, seed) => {
        const inputs = json.inputs as Record<string, unknown>;
        inputs.enrolmentGrowthRate = 0.05;
        inputs.discountRate = 0.05;
        const scenario = parseScenario(json);
        const means = {...scenario.inputs} as Record<string, number | string>;
        for (const [key, d] of Object.entries(scenario.distributions)) means[key] = distributionMean(d);
        const expected = runDeterministic(means as unknown as ModelInputs, scenario.horizonYears).npv;
        const mc = runMonteCarlo(scenario, {draws: 20_000, seed});
        if (!mc) return;
        expect(mc.clampedDraws).toBe(0);
        const standardError = mc.npv.sd / Math.sqrt(mc.draws);
        expect(Math.abs(mc.npv.mean - expected)).toBeLessThanOrEqual(4 * standardError + 1e-9 * Math.abs(expected));
      }),
      {numRuns: 40, seed: 20240601}
    );
  });

  it("never reports NaN or Infinity for any valid scenario, even with clamping", () => {
    fc.assert(
      fc.property(validScenarioArbitrary(), fc.integer({min: 0, max: 2 ** 32 - 1}), (json, seed) => {
        const mc = runMonteCarlo(parseScenario(json), {draws: 300, seed});
        if (!mc) return;
        const numbers = [mc.npv.mean, mc.npv.sd, mc.npv.p5, mc.npv.p95, mc.probabilityNpvPositive, ...mc.cashFlowBands.flatMap((b) => [b.p10, b.p50, b.p90])];
        for (const x of numbers) expect(Number.isFinite(x)).toBe(true);
        for (const x of mc.npvDraws) if (!Number.isFinite(x)) throw new Error(`non-finite NPV draw ${x}`);
      }),
      {numRuns: 200}
    );
  });
});
