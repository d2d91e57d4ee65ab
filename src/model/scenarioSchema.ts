/**
 * zod schema of a scenario file (DESIGN.md §6; docs/scenario-format.md). It checks structure, types,
 * domains and distribution parameters; `parseScenario` turns its issues into readable messages and
 * fills in defaults.
 *
 * Every schema's error text is the *expectation* ("a number in [0, 1]"); `parseScenario` adds the
 * path and the bad value.
 */
import {z} from "./zod.js";
import {distributionMean} from "./distributionMean.js";
import {DISTRIBUTION_NAMES, type Distribution} from "./distributions.js";
import {distributionSupport} from "./distributionSupport.js";
import {
  IDENTITY_VERIFICATION_LEVELS,
  KIND_DOMAINS,
  SCENARIO_INPUTS,
  type Domain,
  type InputSpec,
  type NumericInputSpec
} from "./scenarioInputs.js";

/** Keys a scenario file may have at its top level. */
export const SCENARIO_TOP_LEVEL_KEYS = ["name", "description", "currency", "horizonYears", "inputs", "sources"] as const;

/** Default horizon H in years (DESIGN.md §6). */
export const DEFAULT_HORIZON_YEARS = 5;
/** Longest horizon accepted. */
export const MAX_HORIZON_YEARS = 30;
/** Currency of every default. */
export const DEFAULT_CURRENCY = "USD";
/** Largest shape parameter of a beta distribution (keeps every computation finite and accurate). */
export const MAX_BETA_SHAPE = 1e6;
/**
 * Smallest shape parameter of a beta distribution. Below about 1e-307 the sampler's ln(U)/shape overflows and draws
 * become NaN; 1e-6 already puts all but a vanishing share of the mass at the two ends.
 */
export const MIN_BETA_SHAPE = 1e-6;

/**
 * Formats an interval for messages: "[0, 1]", "≥ 0" is not used because every domain is closed.
 *
 * @example formatDomain({min: 0, max: 1}); // => "[0, 1]"
 */
export function formatDomain(domain: Domain): string {
  return `[${domain.min}, ${domain.max}]`;
}

const FINITE = "a finite number";

function numberIn(domain: Domain, what: string) {
  const expected = `${what} in ${formatDomain(domain)}`;
  return z.number({error: expected}).min(domain.min, {error: expected}).max(domain.max, {error: expected});
}

/** Relation between a distribution's parameters that is violated, or undefined when it is valid. */
export function distributionParameterProblem(d: Distribution): {parameter: string; expected: string} | undefined {
  // A width beyond the largest double (min −1.7e308, max 1.7e308) is Infinity, and Infinity / Infinity is NaN in
  // every formula that scales by it (the PERT shape, quantiles), so such bounds are refused here.
  if ("min" in d && "max" in d && d.min < d.max && !Number.isFinite(d.max - d.min)) {
    return {parameter: "max", expected: `a number with max − min finite (at most ${Number.MAX_VALUE}); here min is ${d.min}`};
  }
  switch (d.dist) {
    case "triangular":
    case "pert":
      if (!(d.min < d.max)) return {parameter: "max", expected: `a number greater than min (${d.min})`};
      if (!(d.mode >= d.min && d.mode <= d.max)) {
        return {parameter: "mode", expected: `a number with min ≤ mode ≤ max, i.e. in [${d.min}, ${d.max}]`};
      }
      return undefined;
    case "uniform":
      return d.min < d.max ? undefined : {parameter: "max", expected: `a number greater than min (${d.min})`};
    case "normal":
      return d.sd > 0 ? undefined : {parameter: "sd", expected: "a standard deviation > 0"};
    case "lognormal":
      return d.sigma > 0 ? undefined : {parameter: "sigma", expected: "a standard deviation of the underlying normal > 0"};
    case "beta":
      if (!(d.alpha >= MIN_BETA_SHAPE && d.alpha <= MAX_BETA_SHAPE)) return {parameter: "alpha", expected: `a shape parameter in [${MIN_BETA_SHAPE}, ${MAX_BETA_SHAPE}]`};
      if (!(d.beta >= MIN_BETA_SHAPE && d.beta <= MAX_BETA_SHAPE)) return {parameter: "beta", expected: `a shape parameter in [${MIN_BETA_SHAPE}, ${MAX_BETA_SHAPE}]`};
      return d.min < d.max ? undefined : {parameter: "max", expected: `a number greater than min (${d.min})`};
  }
}

const param = () => z.number({error: FINITE});
const valueField = (domain: Domain) => numberIn(domain, "a deterministic value").optional();

function distributionSchema(domain: Domain) {
  const value = valueField(domain);
  const options = [
    z.strictObject({value, dist: z.literal("triangular"), min: param(), mode: param(), max: param()}),
    z.strictObject({value, dist: z.literal("pert"), min: param(), mode: param(), max: param()}),
    z.strictObject({value, dist: z.literal("uniform"), min: param(), max: param()}),
    z.strictObject({value, dist: z.literal("normal"), mean: param(), sd: param()}),
    z.strictObject({value, dist: z.literal("lognormal"), mu: param(), sigma: param()}),
    z.strictObject({value, dist: z.literal("beta"), alpha: param(), beta: param(), min: param().optional(), max: param().optional()})
  ] as const;
  return z.discriminatedUnion("dist", options, {error: `one of ${DISTRIBUTION_NAMES.join(", ")}`});
}

/** Distribution with beta's optional bounds resolved to [0, 1]. */
export function withDefaultBounds(d: {dist: string} & Record<string, unknown>): Distribution {
  const {value: _value, ...parameters} = d;
  if (parameters.dist === "beta") return {min: 0, max: 1, ...parameters} as unknown as Distribution;
  return parameters as unknown as Distribution;
}

function uncertainInputSchema(spec: NumericInputSpec) {
  const domain = KIND_DOMAINS[spec.kind];
  return z
    .union([numberIn(domain, "a number"), distributionSchema(domain)])
    .superRefine((input, ctx) => {
      if (typeof input === "number") return;
      const d = withDefaultBounds(input);
      const problem = distributionParameterProblem(d);
      if (problem) {
        ctx.addIssue({code: "custom", path: [problem.parameter], message: problem.expected});
        return;
      }
      const support = distributionSupport(d);
      if (support.max < domain.min || support.min > domain.max) {
        ctx.addIssue({
          code: "custom",
          path: [],
          message:
            `a distribution that overlaps the domain ${formatDomain(domain)} of ${spec.key} ` +
            `(its values lie in [${support.min}, ${support.max}])`
        });
        return;
      }
      if (input.value === undefined) {
        const mean = distributionMean(d);
        if (!(mean >= domain.min && mean <= domain.max)) {
          ctx.addIssue({
            code: "custom",
            path: ["value"],
            message:
              `a deterministic value in ${formatDomain(domain)}: ` +
              `without "value" the distribution's mean (${mean}) is used, and it lies outside`
          });
        }
      }
    });
}

function inputSchema(spec: InputSpec) {
  if (spec.kind === "level") {
    return z.enum(IDENTITY_VERIFICATION_LEVELS, {error: `one of ${IDENTITY_VERIFICATION_LEVELS.map((l) => `"${l}"`).join(", ")}`});
  }
  if (!spec.canBeUncertain) {
    const domain = KIND_DOMAINS[spec.kind];
    const expected = `a whole number in ${formatDomain(domain)} (it cannot be uncertain)`;
    return z.number({error: expected}).int({error: expected}).min(domain.min, {error: expected}).max(domain.max, {error: expected});
  }
  return uncertainInputSchema(spec);
}

const inputShape = Object.fromEntries(SCENARIO_INPUTS.map((spec) => [spec.key, inputSchema(spec).optional()]));

/** Deterministic value of an input as written (a number or a distribution's "value"), if any. */
function writtenValue(x: unknown): number | undefined {
  if (typeof x === "number") return x;
  if (typeof x === "object" && x !== null && typeof (x as {value?: unknown}).value === "number") return (x as {value: number}).value;
  return undefined;
}

function defaultNumber(key: string): number {
  const spec = SCENARIO_INPUTS.find((s) => s.key === key);
  return typeof spec?.default === "number" ? spec.default : 0;
}

/** The `inputs` object: every key optional, unknown keys rejected; the two revenue shares may not exceed 1 together. */
const INPUTS_EXPECTED = 'an object of input values, e.g. {"passRate": 0.8}';
export const ScenarioInputsSchema = z.strictObject(inputShape, {error: INPUTS_EXPECTED}).superRefine((inputs, ctx) => {
  const share = writtenValue(inputs.platformRevenueShare);
  const processing = writtenValue(inputs.paymentProcessingRate);
  const total = (share ?? defaultNumber("platformRevenueShare")) + (processing ?? defaultNumber("paymentProcessingRate"));
  if (total > 1) {
    ctx.addIssue({
      code: "custom",
      path: [share !== undefined ? "platformRevenueShare" : "paymentProcessingRate"],
      message: `a share with platformRevenueShare + paymentProcessingRate ≤ 1 (with the other one they sum to ${total})`
    });
  }
});

const citation = () => z.string({error: "a citation string"}).min(1, {error: "a non-empty citation string"}).optional();
const sourcesShape = Object.fromEntries(SCENARIO_INPUTS.map((spec) => [spec.key, citation()]));
const CURRENCY_EXPECTED = 'a three-letter currency code such as "USD"';

/** Top-level scenario file. */
export const ScenarioFileSchema = z.strictObject({
  name: z.string({error: "a non-empty string"}).min(1, {error: "a non-empty string"}).optional(),
  description: z.string({error: "a string"}).optional(),
  currency: z.string({error: CURRENCY_EXPECTED}).regex(/^[A-Z]{3}$/, {error: CURRENCY_EXPECTED}).optional(),
  horizonYears: z
    .number({error: `a whole number of years in [1, ${MAX_HORIZON_YEARS}]`})
    .int({error: `a whole number of years in [1, ${MAX_HORIZON_YEARS}]`})
    .min(1, {error: `a whole number of years in [1, ${MAX_HORIZON_YEARS}]`})
    .max(MAX_HORIZON_YEARS, {error: `a whole number of years in [1, ${MAX_HORIZON_YEARS}]`})
    .optional(),
  inputs: ScenarioInputsSchema.optional(),
  sources: z.strictObject(sourcesShape, {error: 'an object of citations by input key, e.g. {"passRate": "Jordan (2015)"}'}).optional()
});

export type ScenarioFile = z.infer<typeof ScenarioFileSchema>;
