import fc from "fast-check";
import {KIND_DOMAINS, SCENARIO_INPUTS, type NumericInputSpec} from "../../src/model/scenarioInputs.js";

type Json = Record<string, unknown>;

/** Magnitude a generated money or quantity input stays below, so that numbers look like budgets. */
const TYPICAL_MAX = 1e6;

const numericSpecs = SCENARIO_INPUTS.filter((spec): spec is Extract<(typeof SCENARIO_INPUTS)[number], NumericInputSpec> => spec.kind !== "level");

/** Domain used for generated values: the real domain, with money and quantities kept ≤ 1e6. */
export function generatedRange(kind: NumericInputSpec["kind"]): {min: number; max: number} {
  const domain = KIND_DOMAINS[kind];
  if (kind === "growth") return {min: -1, max: 1};
  return {min: domain.min, max: Math.min(domain.max, TYPICAL_MAX)};
}

const inRange = (min: number, max: number) => fc.double({min, max, noNaN: true, noDefaultInfinity: true});

/**
 * A valid distribution object for an input, possibly reaching outside its domain (clamping) when
 * `allowClamping`, otherwise with all mass inside the domain.
 */
export function distributionArbitrary(spec: NumericInputSpec, allowClamping: boolean): fc.Arbitrary<Json> {
  const {min, max} = generatedRange(spec.kind);
  const span = max - min;
  const lo = allowClamping ? min - span / 2 : min;
  const hi = allowClamping ? max + span / 2 : max;
  const bounded = fc
    .tuple(inRange(lo, hi), inRange(lo, hi), fc.double({min: 0, max: 1, noNaN: true}))
    .filter(([a, b]) => Math.abs(a - b) > span * 1e-6 && Math.min(a, b) <= max && Math.max(a, b) >= min)
    .map(([a, b, t]) => {
      const low = Math.min(a, b);
      const high = Math.max(a, b);
      return {low, high, mode: clampTo(low + t * (high - low), low, high)}; // rounding can step past high
    });
  const center = (min + max) / 2;
  const options: fc.Arbitrary<Json>[] = [
    bounded.map(({low, high, mode}) => ({dist: "triangular", min: low, mode, max: high, value: clampTo(mode, min, max)})),
    bounded.map(({low, high, mode}) => ({dist: "pert", min: low, mode, max: high, value: clampTo(mode, min, max)})),
    bounded.map(({low, high}) => ({dist: "uniform", min: low, max: high})).filter((d) => (d.min + d.max) / 2 >= min && (d.min + d.max) / 2 <= max),
    fc
      .tuple(fc.double({min: 0.2, max: 20, noNaN: true}), fc.double({min: 0.2, max: 20, noNaN: true}))
      .chain(([alpha, beta]) => bounded.map(({low, high}) => ({dist: "beta", alpha, beta, min: low, max: high, value: clampTo((low + high) / 2, min, max)})))
  ];
  if (allowClamping) {
    options.push(inRange(span * 0.01, span).map((sd) => ({dist: "normal", mean: center, sd})));
  }
  if (min >= 0 && max > 1) {
    // lognormal with median between 1 and max/10 and moderate spread: stays ≥ 0, rarely above max
    options.push(
      fc.tuple(inRange(0, Math.log(max / 10)), inRange(0.05, 1)).map(([mu, sigma]) => ({dist: "lognormal", mu, sigma, value: Math.exp(mu)}))
    );
  }
  return fc.oneof(...options);
}

function clampTo(x: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, x));
}

/** A valid value for an input: a number in its domain, or (when uncertain) a distribution. */
function inputValueArbitrary(spec: (typeof numericSpecs)[number], allowClamping: boolean): fc.Arbitrary<unknown> {
  const {min, max} = generatedRange(spec.kind);
  if (spec.kind === "integer") return fc.integer({min: 0, max: 8});
  const plain = inRange(min, max);
  return spec.canBeUncertain ? fc.oneof(plain, distributionArbitrary(spec, allowClamping)) : plain;
}

/**
 * A valid scenario file: random horizon, a random subset of inputs (numbers or distributions), a
 * random verification level. Shares are kept so that platformRevenueShare + paymentProcessingRate ≤ 1.
 */
export function validScenarioArbitrary(options: {allowClamping?: boolean} = {}): fc.Arbitrary<Json> {
  const allowClamping = options.allowClamping ?? true;
  const entries = numericSpecs.map((spec) => fc.option(inputValueArbitrary(spec, allowClamping), {nil: undefined}).map((value) => [spec.key, value] as const));
  return fc
    .record({
      horizonYears: fc.integer({min: 1, max: 30}),
      level: fc.constantFrom("none", "supervised", "supervised-id"),
      inputs: fc.tuple(...entries)
    })
    .map(({horizonYears, level, inputs}) => {
      const object: Json = {identityVerification: level};
      for (const [key, value] of inputs) if (value !== undefined) object[key] = value;
      // keep the two revenue shares compatible: write them as plain numbers that sum to ≤ 1
      if (object.platformRevenueShare !== undefined) object.platformRevenueShare = 0.5;
      if (object.paymentProcessingRate !== undefined) object.paymentProcessingRate = 0.03;
      return {name: "generated", horizonYears, inputs: object};
    });
}
