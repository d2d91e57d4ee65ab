/**
 * Property-based tests over the scenario parser and the model, beyond the typical budgets of
 * test/model/arbitraries.ts: every input anywhere in its documented domain (money up to 1e12, growth up to 10,
 * 30 years) and distribution parameters anywhere in the double range. For every scenario parseScenario accepts,
 * the deterministic model, the Monte Carlo and the tornado give only finite numbers; every JSON value it does not
 * accept is rejected with a ScenarioError whose messages name a key path, and nothing else is ever thrown.
 */
import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {modelScenario} from "../../src/model/modelScenario.js";
import {parseScenario} from "../../src/model/parseScenario.js";
import {ScenarioError} from "../../src/model/ScenarioError.js";
import {INPUT_KEYS, KIND_DOMAINS, SCENARIO_INPUTS, type NumericInputSpec} from "../../src/model/scenarioInputs.js";
import {SCENARIO_TOP_LEVEL_KEYS} from "../../src/model/scenarioSchema.js";
import {validScenarioArbitrary} from "../model/arbitraries.js";
import {expectNoPollution} from "./corpus.js";

type Json = Record<string, unknown>;

const numericSpecs = SCENARIO_INPUTS.filter((spec): spec is Extract<(typeof SCENARIO_INPUTS)[number], NumericInputSpec> => spec.kind !== "level");

/** Any finite double, biased by fast-check towards the extremes (±1.8e308, ±5e-324, 0, −0). */
const anyDouble = fc.double({noNaN: true, noDefaultInfinity: true});
const positive = fc.double({min: Number.MIN_VALUE, noNaN: true, noDefaultInfinity: true});
const shape = fc.oneof(fc.double({min: Number.MIN_VALUE, max: 1e6, noNaN: true}), fc.constantFrom(Number.MIN_VALUE, 1e-300, 1e-6, 1e6));

/** Every number in an input's domain, its ends included. */
function domainValue(spec: NumericInputSpec): fc.Arbitrary<number> {
  const {min, max} = KIND_DOMAINS[spec.kind];
  if (spec.kind === "integer") return fc.oneof(fc.integer({min, max: Math.min(max, 30)}), fc.constant(max));
  return fc.oneof(fc.constantFrom(min, max), fc.double({min, max, noNaN: true}));
}

/** A distribution with parameters anywhere in the double range (most of which the parser refuses). */
function wildDistribution(spec: NumericInputSpec): fc.Arbitrary<Json> {
  const value = domainValue(spec);
  const sorted3 = fc.tuple(anyDouble, anyDouble, anyDouble).map((xs) => xs.sort((a, b) => a - b));
  return fc.oneof(
    fc.tuple(value, sorted3, fc.constantFrom("triangular", "pert")).map(([v, [min, mode, max], dist]) => ({value: v, dist, min, mode, max})),
    fc.tuple(value, anyDouble, anyDouble).map(([v, a, b]) => ({value: v, dist: "uniform", min: Math.min(a, b), max: Math.max(a, b)})),
    fc.tuple(value, anyDouble, positive).map(([v, mean, sd]) => ({value: v, dist: "normal", mean, sd})),
    fc.tuple(value, anyDouble, positive).map(([v, mu, sigma]) => ({value: v, dist: "lognormal", mu, sigma})),
    fc.tuple(value, shape, shape, anyDouble, anyDouble).map(([v, alpha, beta, a, b]) => ({value: v, dist: "beta", alpha, beta, min: Math.min(a, b), max: Math.max(a, b)}))
  );
}

/** Whether the parser accepts this one input on its own. */
function acceptedAlone(key: string, input: unknown): boolean {
  try {
    parseScenario({inputs: {[key]: input}});
    return true;
  } catch (error) {
    if (error instanceof ScenarioError) return false;
    throw error;
  }
}

/**
 * A valid scenario at the edges: any horizon, every input anywhere in its domain or uncertain with extreme
 * parameters (each input checked alone, so the whole scenario is valid; the two revenue shares stay plain numbers
 * with a sum ≤ 1).
 */
const extremeScenario: fc.Arbitrary<Json> = fc
  .record({
    horizonYears: fc.integer({min: 1, max: 30}),
    level: fc.constantFrom("none", "supervised", "supervised-id"),
    inputs: fc.tuple(
      ...numericSpecs.map((spec) => {
        const plain = domainValue(spec);
        const input = spec.canBeUncertain && spec.key !== "platformRevenueShare" && spec.key !== "paymentProcessingRate" ? fc.oneof(plain, wildDistribution(spec).filter((d) => acceptedAlone(spec.key, d))) : plain;
        return fc.option(input, {nil: undefined, freq: 3}).map((value) => [spec.key, value] as const);
      })
    ),
    shares: fc.double({min: 0, max: 1, noNaN: true}).chain((a) => fc.double({min: 0, max: 1 - a, noNaN: true}).map((b) => [a, b] as const))
  })
  .map(({horizonYears, level, inputs, shares}) => {
    const object: Json = {identityVerification: level};
    for (const [key, value] of inputs) if (value !== undefined) object[key] = value;
    object.platformRevenueShare = shares[0];
    object.paymentProcessingRate = shares[1];
    return {name: "extreme", horizonYears, inputs: object};
  });

/** Every number anywhere in a value. */
const numbersIn = (value: unknown): number[] =>
  typeof value === "number" ? [value] : value !== null && typeof value === "object" ? Object.values(value).flatMap(numbersIn) : [];

describe("the model on every valid scenario, to the edges of the domain", () => {
  it("gives only finite numbers: deterministic, Monte Carlo (with bands) and tornado", () => {
    fc.assert(
      fc.property(extremeScenario, fc.integer({min: 0, max: 2 ** 32 - 1}), (json, seed) => {
        const report = modelScenario(parseScenario(json), {draws: 64, seed, bands: true});
        const bad = numbersIn(report).filter((x) => !Number.isFinite(x));
        expect(bad, JSON.stringify(json)).toEqual([]);
      }),
      {numRuns: 300}
    );
  });

  it("gives only finite numbers for the typical scenarios too, with clamping", () => {
    fc.assert(
      fc.property(validScenarioArbitrary({allowClamping: true}), (json) => {
        expect(numbersIn(modelScenario(parseScenario(json), {draws: 64, bands: true})).every(Number.isFinite)).toBe(true);
      }),
      {numRuns: 200}
    );
  });

  it("gives the same report twice for the same scenario and seed", () => {
    fc.assert(
      fc.property(extremeScenario, fc.integer({min: 0, max: 2 ** 32 - 1}), (json, seed) => {
        const scenario = parseScenario(json);
        expect(JSON.stringify(modelScenario(scenario, {draws: 32, seed, bands: true}))).toBe(JSON.stringify(modelScenario(scenario, {draws: 32, seed, bands: true})));
      }),
      {numRuns: 50}
    );
  });
});

/** Keys where a bad value is put: known keys at every level, and keys that must never be special. */
const TRICKY_KEYS = ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "valueOf", ""];
const place = fc.oneof(
  fc.constantFrom(...SCENARIO_TOP_LEVEL_KEYS, ...TRICKY_KEYS).map((key) => [key]),
  fc.constantFrom(...INPUT_KEYS, ...TRICKY_KEYS).map((key) => ["inputs", key]),
  fc.tuple(fc.constantFrom(...INPUT_KEYS), fc.constantFrom("value", "dist", "min", "mode", "max", "mean", "sd", "mu", "sigma", "alpha", "beta", ...TRICKY_KEYS)).map(([key, parameter]) => ["inputs", key, parameter]),
  fc.constantFrom(...INPUT_KEYS, ...TRICKY_KEYS).map((key) => ["sources", key])
);

/** Sets a value at a path the way JSON.parse would: own, enumerable properties, even for "__proto__". */
function setOwn(root: Json, path: readonly string[], value: unknown): void {
  let node: Json = root;
  for (const key of path.slice(0, -1)) {
    const next = Object.hasOwn(node, key) ? node[key] : undefined;
    const child: Json = next !== null && typeof next === "object" && !Array.isArray(next) ? (next as Json) : {};
    Object.defineProperty(node, key, {value: child, enumerable: true, writable: true, configurable: true});
    node = child;
  }
  Object.defineProperty(node, path[path.length - 1] as string, {value, enumerable: true, writable: true, configurable: true});
}

describe("parseScenario on any JSON value placed anywhere", () => {
  it("accepts it, or rejects it with a ScenarioError whose every message names its key path", () => {
    fc.assert(
      fc.property(validScenarioArbitrary(), place, fc.jsonValue({maxDepth: 3}), (json, path, value) => {
        const copy = JSON.parse(JSON.stringify(json)) as Json;
        setOwn(copy, path, value);
        try {
          parseScenario(copy);
        } catch (error) {
          expect(error).toBeInstanceOf(ScenarioError);
          const issues = (error as ScenarioError).issues;
          expect(issues.length).toBeGreaterThan(0);
          for (const issue of issues) {
            expect(issue.keys.length, issue.message).toBeGreaterThan(0);
            expect(issue.message.startsWith(`${issue.path}: `), issue.message).toBe(true);
          }
          // the value's own place, or the place it shares a rule with (the two revenue shares), is among those named
          const named = issues.some((issue) => issue.keys[0] === path[0]);
          expect(named, `${path.join(".")} not named in: ${issues.map((i) => i.message).join(" | ")}`).toBe(true);
        }
        expectNoPollution();
      }),
      {numRuns: 1000}
    );
  });

  it("rejects any JSON value that is not an object at the top level, naming the top level", () => {
    fc.assert(
      fc.property(fc.jsonValue().filter((v) => v === null || typeof v !== "object" || Array.isArray(v)), (value) => {
        expect(() => parseScenario(value)).toThrow(ScenarioError);
        try {
          parseScenario(value);
        } catch (error) {
          expect((error as ScenarioError).issues[0]?.message).toMatch(/^\(top level\): got .*; expected a JSON object/);
        }
      }),
      {numRuns: 200}
    );
  });
});
