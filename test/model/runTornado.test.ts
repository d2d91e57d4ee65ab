import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {modelScenario} from "../../src/model/modelScenario.js";
import {parseScenario} from "../../src/model/parseScenario.js";
import {runDeterministic} from "../../src/model/runDeterministic.js";
import {runTornado} from "../../src/model/runTornado.js";
import {validScenarioArbitrary} from "./arbitraries.js";
import {handInputs} from "./helpers.js";

const Z90 = 1.2815515655446004;

describe("runTornado", () => {
  const scenario = parseScenario({
    horizonYears: 3,
    inputs: {
      ...handInputs(),
      firstYearEnrolments: {value: 100, dist: "normal", mean: 100, sd: 20},
      pricePerEnrolment: {value: 200, dist: "uniform", min: 150, max: 250},
      costPerCohort: {value: 500, dist: "triangular", min: 0, mode: 500, max: 1000}
    }
  });
  const bars = runTornado(scenario);
  const npvWith = (key: string, x: number) => runDeterministic({...scenario.inputs, [key]: x}, 3).npv;

  it("puts each input at its exact 10th and 90th percentile, the others at their values", () => {
    const enrolments = bars.find((b) => b.input === "firstYearEnrolments")!;
    expect(enrolments.inputLow).toBeCloseTo(100 - 20 * Z90, 12);
    expect(enrolments.low).toBeCloseTo(npvWith("firstYearEnrolments", 100 - 20 * Z90), 8);
    expect(enrolments.high).toBeCloseTo(npvWith("firstYearEnrolments", 100 + 20 * Z90), 8);
    const price = bars.find((b) => b.input === "pricePerEnrolment")!;
    expect([price.inputLow, price.inputHigh]).toEqual([160, 240]);
    const cohort = bars.find((b) => b.input === "costPerCohort")!;
    expect(cohort.inputLow).toBeCloseTo(Math.sqrt(0.1 * 1000 * 500), 10);
  });
  it("measures the swing as |high − low| and sorts by it, largest first", () => {
    for (const bar of bars) expect(bar.swing).toBe(Math.abs(bar.high - bar.low));
    // swings: enrolments b·(2·20·z₀.₉) = 199.24 × 51.26 ≈ 10,214; price 101.92 NPV per dollar × 80 ≈ 8,154;
    // cohort cost 1.25 × 2 × (0.8 + 0.64 + 0.512) per dollar × (p90 − p10 ≈ 552.8) ≈ 2,698
    expect(bars.find((b) => b.input === "firstYearEnrolments")!.swing).toBeCloseTo(199.24 * 2 * 20 * Z90, 6);
    expect(bars.find((b) => b.input === "pricePerEnrolment")!.swing).toBeCloseTo(101.92 * 80, 6);
    expect(bars.map((b) => b.input)).toEqual(["firstYearEnrolments", "pricePerEnrolment", "costPerCohort"]);
  });
  it("lists nothing when nothing is uncertain", () => expect(runTornado(parseScenario({}))).toEqual([]));
  it("clamps percentiles to the input's domain, as draws are", () => {
    const bar = runTornado(parseScenario({inputs: {passRate: {value: 0.95, dist: "normal", mean: 0.95, sd: 0.1}}}))[0]!;
    expect(bar.inputHigh).toBe(1);
    expect(bar.inputLow).toBeCloseTo(0.95 - 0.1 * Z90, 12);
  });
  it("is sorted by swing for every valid scenario", () => {
    fc.assert(
      fc.property(validScenarioArbitrary(), (json) => {
        const sorted = runTornado(parseScenario(json));
        for (let i = 1; i < sorted.length; i++) expect(sorted[i - 1]!.swing).toBeGreaterThanOrEqual(sorted[i]!.swing);
      }),
      {numRuns: 100}
    );
  });
});

describe("modelScenario", () => {
  it("returns exactly the keys of DESIGN.md §7", () => {
    const report = modelScenario(parseScenario({inputs: {passRate: {value: 0.8, dist: "uniform", min: 0.6, max: 0.9}}}), {draws: 500});
    expect(Object.keys(report)).toEqual(["deterministic", "monteCarlo", "tornado"]);
    expect(Object.keys(report.deterministic)).toEqual(["years", "enrolments", "revenue", "cost", "cashFlow", "npv", "paybackYear", "breakEvenFirstYearEnrolments"]);
    expect(Object.keys(report.monteCarlo!)).toEqual(["draws", "seed", "npv", "probabilityNpvPositive", "clampedDraws"]);
    expect(Object.keys(report.monteCarlo!.npv)).toEqual(["mean", "sd", "p5", "p10", "p50", "p90", "p95"]);
    expect(Object.keys(report.tornado[0]!)).toEqual(["input", "low", "high", "swing"]);
  });
  it("adds cash-flow bands only when asked", () => {
    const scenario = parseScenario({inputs: {passRate: {value: 0.8, dist: "uniform", min: 0.6, max: 0.9}}});
    expect(modelScenario(scenario, {draws: 100, bands: true}).monteCarlo?.cashFlowBands).toHaveLength(6);
  });
  it("has a null Monte Carlo and an empty tornado when nothing is uncertain", () => {
    const report = modelScenario(parseScenario({}));
    expect(report.monteCarlo).toBeNull();
    expect(report.tornado).toEqual([]);
  });
  it("uses 10,000 draws and seed 1 by default", () => {
    const report = modelScenario(parseScenario({inputs: {passRate: {value: 0.8, dist: "uniform", min: 0.6, max: 0.9}}}));
    expect([report.monteCarlo?.draws, report.monteCarlo?.seed]).toEqual([10000, 1]);
  });
  it("never contains NaN or Infinity for any valid scenario", () => {
    const numbers = (value: unknown): number[] =>
      typeof value === "number" ? [value] : value && typeof value === "object" ? Object.values(value).flatMap(numbers) : [];
    fc.assert(
      fc.property(validScenarioArbitrary(), (json) => {
        for (const x of numbers(modelScenario(parseScenario(json), {draws: 200, bands: true}))) expect(Number.isFinite(x)).toBe(true);
      }),
      {numRuns: 150}
    );
  });
});
