import type {z} from "zod";
import {DISTRIBUTION_NAMES, DISTRIBUTION_PARAMETERS, type Distribution, type DistributionName} from "./distributions.js";
import {distributionMean} from "./distributionMean.js";
import {nearestKey} from "./nearestKey.js";
import {
  IDENTITY_VERIFICATION_COSTS,
  INPUT_KEYS,
  SCENARIO_INPUTS,
  type IdentityVerificationLevel,
  type InputKey
} from "./scenarioInputs.js";
import {ScenarioError, type ScenarioIssue} from "./ScenarioError.js";
import {
  DEFAULT_CURRENCY,
  DEFAULT_HORIZON_YEARS,
  SCENARIO_TOP_LEVEL_KEYS,
  ScenarioFileSchema,
  withDefaultBounds
} from "./scenarioSchema.js";
import type {ModelInputs, Scenario, UncertainInputs} from "./types.js";
import {deduplicateIssues, isPlainObject, showValue, valueAt, type PathKey} from "./issueValues.js";

/**
 * Validates a parsed scenario file (JSON value) and resolves it into a `Scenario`: every missing
 * input takes its documented default (`SCENARIO_INPUTS`), `identityVerificationCostPerAssessment`
 * defaults to the cost of the chosen `identityVerification` level, an uncertain input written
 * without `value` takes its distribution's mean, and beta bounds default to [0, 1].
 *
 * @param json the result of `JSON.parse` on a scenario file
 * @param source file name or label, used in the error message
 * @returns the validated scenario
 * @throws {ScenarioError} listing every issue (key path, bad value, expectation); unknown keys name
 *   the nearest known key
 * @example parseScenario({name: "Demo", inputs: {passRate: 0.9}}).inputs.passRate; // => 0.9
 */
export function parseScenario(json: unknown, source?: string): Scenario {
  if (!isPlainObject(json)) {
    throw new ScenarioError(
      [makeIssue([], json, `a JSON object with keys among ${SCENARIO_TOP_LEVEL_KEYS.join(", ")}`)],
      source
    );
  }
  const result = ScenarioFileSchema.safeParse(json);
  if (!result.success) {
    const issues = result.error.issues.flatMap((issue) => describeIssue(issue, json, []));
    throw new ScenarioError(deduplicateIssues(issues), source);
  }
  const file = result.data;
  const rawInputs = (file.inputs ?? {}) as Record<string, unknown>;
  const level = (rawInputs.identityVerification ?? defaultOf("identityVerification")) as IdentityVerificationLevel;
  const values: Record<string, number | string> = {};
  const distributions: Record<string, Distribution> = {};
  const defaulted: InputKey[] = [];
  for (const spec of SCENARIO_INPUTS) {
    const raw = rawInputs[spec.key];
    if (raw === undefined) {
      defaulted.push(spec.key);
      values[spec.key] =
        spec.key === "identityVerificationCostPerAssessment" ? IDENTITY_VERIFICATION_COSTS[level].cost : spec.default;
    } else if (typeof raw === "number" || typeof raw === "string") {
      values[spec.key] = raw;
    } else {
      const written = raw as {value?: number; dist: string} & Record<string, unknown>;
      const d = withDefaultBounds(written);
      distributions[spec.key] = d;
      values[spec.key] = written.value ?? distributionMean(d);
    }
  }
  return {
    name: file.name ?? "Untitled scenario",
    description: file.description ?? "",
    currency: file.currency ?? DEFAULT_CURRENCY,
    horizonYears: file.horizonYears ?? DEFAULT_HORIZON_YEARS,
    inputs: values as unknown as ModelInputs,
    distributions: distributions as UncertainInputs,
    sources: (file.sources ?? {}) as Scenario["sources"],
    defaulted
  };
}

function defaultOf(key: InputKey): unknown {
  return SCENARIO_INPUTS.find((spec) => spec.key === key)?.default;
}

function describeIssue(issue: z.core.$ZodIssue, root: unknown, prefix: readonly PathKey[]): ScenarioIssue[] {
  const path = [...prefix, ...(issue.path as PathKey[])];
  switch (issue.code) {
    case "unrecognized_keys":
      return issue.keys.map((key) => unknownKeyIssue([...path, key], root));
    case "invalid_union": {
      if ("note" in issue && issue.note === "No matching discriminator") return [distNameIssue(path, root)];
      const value = valueAt(root, path);
      const branches = issue.errors;
      // The union is "number | distribution object": report the branch the value was meant for.
      const branch = typeof value === "number" ? branches[0] : isPlainObject(value) ? branches[1] : undefined;
      if (!branch || branch.length === 0) {
        return [
          makeIssue(
            path,
            value,
            'a number or a distribution object such as {"value": 300, "dist": "triangular", "min": 100, "mode": 300, "max": 600}'
          )
        ];
      }
      return branch.flatMap((inner) => describeIssue(inner, root, path));
    }
    default:
      return [makeIssue(path, valueAt(root, path), issue.message)];
  }
}

/** Known keys of the object at `path` (the parent of an unknown key). */
function knownKeysAt(
  parentPath: readonly PathKey[],
  root: unknown
): {known: readonly string[]; where: string; distName?: DistributionName} {
  if (parentPath.length === 0) return {known: SCENARIO_TOP_LEVEL_KEYS, where: "the top level"};
  if (parentPath.length === 1 && (parentPath[0] === "inputs" || parentPath[0] === "sources")) {
    return {known: INPUT_KEYS, where: parentPath[0]};
  }
  const parent = valueAt(root, parentPath);
  const distName = isPlainObject(parent) ? parent.dist : undefined;
  if (typeof distName === "string" && distName in DISTRIBUTION_PARAMETERS) {
    const name = distName as DistributionName;
    const {required, optional} = DISTRIBUTION_PARAMETERS[name];
    return {known: ["value", "dist", ...required, ...optional], where: `a ${name} distribution`, distName: name};
  }
  return {known: [], where: formatPath(parentPath)};
}

function unknownKeyIssue(path: readonly PathKey[], root: unknown): ScenarioIssue {
  const key = String(path[path.length - 1]);
  const parentPath = path.slice(0, -1);
  const {known, where, distName} = knownKeysAt(parentPath, root);
  const value = valueAt(root, path);
  if (distName) {
    const {required, optional} = DISTRIBUTION_PARAMETERS[distName];
    const takes = [...required, ...optional.map((p) => `${p} (optional)`)].join(", ");
    const owner = DISTRIBUTION_NAMES.find((name) => name !== distName && DISTRIBUTION_PARAMETERS[name].required.includes(key));
    const hint = owner ? `"${key}" is a parameter of ${owner}` : `did you mean "${nearestKey(key, known)}"?`;
    const expected = `only value, dist and the parameters of ${distName} (${takes})`;
    const message = `${formatPath(path)}: unknown key "${key}" in ${where}, which takes ${takes}; ${hint}`;
    return {path: formatPath(path), keys: path, value, expected, message};
  }
  const suggestion = nearestKey(key, known);
  const hint = suggestion ? `; did you mean "${suggestion}"?` : "";
  return {
    path: formatPath(path),
    keys: path,
    value,
    expected: suggestion ? `a known key (nearest: "${suggestion}")` : "no such key",
    message: `${formatPath(path)}: unknown key "${key}" in ${where}${hint}`
  };
}

function distNameIssue(path: readonly PathKey[], root: unknown): ScenarioIssue {
  // path ends with "dist" (zod reports the discriminator's own path)
  const value = valueAt(root, path);
  const names = DISTRIBUTION_NAMES.join(", ");
  const example = '{"value": 300, "dist": "triangular", "min": 100, "mode": 300, "max": 600}';
  if (value === undefined) {
    return makeIssue(path, value, `"dist": one of ${names}, with its parameters next to it, e.g. ${example}`);
  }
  if (typeof value === "string") {
    const suggestion = nearestKey(value, DISTRIBUTION_NAMES);
    return makeIssue(path, value, `one of ${names}${suggestion ? ` (did you mean "${suggestion}"?)` : ""}`);
  }
  const expected = `the name of a distribution (one of ${names}) as a string, with its parameters next to it (not nested), e.g. ${example}`;
  return makeIssue(path, value, expected);
}

function makeIssue(path: readonly PathKey[], value: unknown, expected: string): ScenarioIssue {
  const where = path.length === 0 ? "(top level)" : formatPath(path);
  const got = value === undefined ? "missing" : `got ${showValue(value)}`;
  return {path: formatPath(path), keys: path, value, expected, message: `${where}: ${got}; expected ${expected}`};
}

function formatPath(path: readonly PathKey[]): string {
  return path.map(String).join(".");
}

