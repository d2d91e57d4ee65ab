import type {z} from "zod";
import {nearestKey} from "../nearestKey.js";
import {parseScenario} from "../parseScenario.js";
import {ScenarioError, type ScenarioIssue} from "../ScenarioError.js";
import {DEFAULT_CURRENCY, DEFAULT_HORIZON_YEARS, ScenarioFileSchema} from "../scenarioSchema.js";
import type {Scenario} from "../types.js";
import {PortfolioError} from "./PortfolioError.js";
import {
  DEFAULT_ALLOCATION,
  DEFAULT_REPACKAGING_COST_FACTOR,
  DEFAULT_STACK_LAG_YEARS,
  PORTFOLIO_NUMBERS,
  PORTFOLIO_TOP_LEVEL_KEYS,
  PortfolioFileSchema,
  portfolioKeysAt,
  type PortfolioFile
} from "./portfolioSchema.js";
import type {Consortium, Partner, Portfolio, PortfolioCredential, SharedModule, StackAward, UncertainNumber} from "./types.js";
import {deduplicateIssues, isPlainObject, showValue, valueAt, type PathKey} from "../issueValues.js";

type PortfolioNumber = (typeof PORTFOLIO_NUMBERS)[number];

/** Largest gap between a set of shares and 1 that still counts as summing to 1 (thirds written as 0.3333…). */
export const SHARE_SUM_TOLERANCE = 1e-9;

/**
 * Validates a parsed portfolio file (docs/portfolio-format.md) and resolves it into a `Portfolio`:
 * - every credential's `scenario` is a scenario object in exactly the single-credential format, validated
 *   and resolved by `parseScenario`; a scenario that leaves out `horizonYears` or `currency` inherits the
 *   portfolio's, and one that states them must agree with it (a portfolio that leaves them out takes the
 *   first credential's, else 5 years and USD);
 * - every credential shares one discount rate (the portfolio is valued at one rate); in a consortium, each
 *   scenario describes the whole credential (`developmentCostShare` 1), since the consortium splits costs;
 * - shared modules, the stack's credentials and `builtBy` refer to known ids (unknown ids name the nearest);
 *   a credential's shared modules fit in its notional hours; partners' shares each sum to 1;
 * - unknown keys anywhere are errors that name the nearest known key (as in scenario files);
 * - defaults: repackagingCostFactor 0.1 (EAB), allocation "learnerHours", build "new", stack lag 1 year and
 *   approval cost 0, consortium enrolments "pooled" and revenue split "enrolments", a partner's enrolment
 *   share = its development share.
 *
 * @param json the result of `JSON.parse` on a portfolio file
 * @param source file name or label, used in the error message
 * @returns the validated portfolio
 * @throws {PortfolioError} listing every issue (key path such as `credentials[1].scenario.inputs.passRate`,
 *   bad value, expectation)
 * @example parsePortfolio({credentials: [{id: "a", scenario: {}}]}).credentials[0].scenario.inputs.passRate; // => 0.85
 */
export function parsePortfolio(json: unknown, source?: string): Portfolio {
  if (!isPlainObject(json)) {
    throw new PortfolioError([makeIssue([], json, `a JSON object with keys among ${PORTFOLIO_TOP_LEVEL_KEYS.join(", ")}`)], source);
  }
  const result = PortfolioFileSchema.safeParse(json);
  const issues: ScenarioIssue[] = result.success ? [] : describeSchemaIssues(result.error.issues, json);
  // Every scenario is checked even when other parts of the file are wrong, so one run lists every problem.
  const scenarios = parseCredentialScenarios(json, issues);
  if (!result.success || issues.length > 0) throw new PortfolioError(deduplicateIssues(issues), source);

  const file = result.data;
  const numbers = resolveNumbers(json);
  const portfolio = assemble(file, scenarios, numbers, horizonOf(json), currencyOf(json));
  const crossIssues = crossReferenceIssues(portfolio, file);
  if (crossIssues.length > 0) throw new PortfolioError(crossIssues, source);
  return portfolio;
}

/**
 * Dotted path with array indices in brackets: ["credentials", 1, "scenario"] → "credentials[1].scenario".
 *
 * @example formatPortfolioPath(["consortium", "partners", 0, "developmentShare"]); // => "consortium.partners[0].developmentShare"
 */
export function formatPortfolioPath(path: readonly PathKey[]): string {
  return path.map((key, i) => (typeof key === "number" ? `[${key}]` : i === 0 ? key : `.${key}`)).join("");
}

/**
 * The portfolio's horizon: its own `horizonYears`, else the first credential's scenario's, else the default 5.
 * Scenarios that leave theirs out inherit it. (An invalid value is reported where it is written; the
 * inheritance then falls back to the default, so it is not reported twice.)
 */
function horizonOf(json: Record<string, unknown>): number {
  const valid = (value: unknown) => {
    const parsed = ScenarioFileSchema.shape.horizonYears.safeParse(value);
    return parsed.success ? parsed.data : undefined;
  };
  return valid(json.horizonYears) ?? valid(firstScenario(json)?.horizonYears) ?? DEFAULT_HORIZON_YEARS;
}

/** The portfolio's currency: its own, else the first credential's scenario's, else USD (like `horizonOf`). */
function currencyOf(json: Record<string, unknown>): string {
  const valid = (value: unknown) => {
    const parsed = ScenarioFileSchema.shape.currency.safeParse(value);
    return parsed.success ? parsed.data : undefined;
  };
  return valid(json.currency) ?? valid(firstScenario(json)?.currency) ?? DEFAULT_CURRENCY;
}

function firstScenario(json: Record<string, unknown>): Record<string, unknown> | undefined {
  const first: unknown = Array.isArray(json.credentials) ? json.credentials[0] : undefined;
  return isPlainObject(first) && isPlainObject(first.scenario) ? first.scenario : undefined;
}

/** parseScenario on each credential's scenario (inheriting horizon and currency); issues re-rooted at the credential. */
function parseCredentialScenarios(json: Record<string, unknown>, issues: ScenarioIssue[]): (Scenario | undefined)[] {
  const credentials = Array.isArray(json.credentials) ? json.credentials : [];
  return credentials.map((entry: unknown, i) => {
    if (!isPlainObject(entry) || !isPlainObject(entry.scenario)) return undefined;
    const written = entry.scenario;
    const scenarioJson = {
      ...written,
      horizonYears: "horizonYears" in written ? written.horizonYears : horizonOf(json),
      currency: "currency" in written ? written.currency : currencyOf(json)
    };
    try {
      return parseScenario(scenarioJson);
    } catch (error) {
      if (!(error instanceof ScenarioError)) throw error;
      issues.push(...error.issues.map((issue) => reroot(issue, ["credentials", i, "scenario"])));
      return undefined;
    }
  });
}

/** A scenario issue moved under `prefix` (its message keeps its wording, with the full path in front). */
function reroot(issue: ScenarioIssue, prefix: readonly PathKey[], renamed?: {from: string; to: string}): ScenarioIssue {
  const inner = renamed ? issue.keys.slice(2) : issue.keys; // a renamed input drops its synthetic ["inputs", key]
  const keys = [...prefix, ...inner];
  const path = formatPortfolioPath(keys);
  const head = issue.path === "" ? "(top level)" : issue.path;
  let message = issue.message.startsWith(head) ? `${path}${issue.message.slice(head.length)}` : `${path}: ${issue.message}`;
  let expected = issue.expected;
  if (renamed) {
    message = message.replaceAll(renamed.from, renamed.to);
    expected = expected.replaceAll(renamed.from, renamed.to);
  }
  return {path, keys, value: issue.value, expected, message};
}

function describeSchemaIssues(zodIssues: readonly z.core.$ZodIssue[], root: Record<string, unknown>): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  const delegated = new Set<PortfolioNumber>();
  for (const issue of zodIssues) {
    const path = issue.path as PathKey[];
    const number = PORTFOLIO_NUMBERS.find((n) => n.path.length <= path.length && n.path.every((key, i) => path[i] === key));
    if (number) {
      delegated.add(number);
      continue;
    }
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) issues.push(unknownKeyIssue([...path, key], root));
      continue;
    }
    issues.push(makeIssue(path, valueAt(root, path), issue.message));
  }
  // The portfolio's numbers are described by the scenario format's own messages (see PORTFOLIO_NUMBERS).
  for (const number of PORTFOLIO_NUMBERS) if (delegated.has(number)) issues.push(...checkNumber(number, valueAt(root, number.path)).issues);
  return issues;
}

/** Validates and resolves one portfolio number as the scenario input of the same kind. */
function checkNumber(number: PortfolioNumber, value: unknown): {issues: ScenarioIssue[]; resolved?: UncertainNumber} {
  if (value === undefined) {
    return {issues: [makeIssue(number.path, value, `${number.kind}, as a number or a distribution object such as {"value": 0.3, "dist": "pert", "min": 0.1, "mode": 0.3, "max": 0.5}`)]};
  }
  try {
    const scenario = parseScenario({inputs: {[number.as]: value}});
    const key = number.as;
    return {issues: [], resolved: {value: scenario.inputs[key], distribution: key === "pathwayLagYears" ? null : (scenario.distributions[key] ?? null)}};
  } catch (error) {
    if (!(error instanceof ScenarioError)) throw error;
    const to = number.path[number.path.length - 1] as string;
    return {issues: error.issues.map((issue) => reroot(issue, number.path, {from: number.as, to}))};
  }
}

interface ResolvedNumbers {
  repackagingCostFactor: UncertainNumber;
  completionRate: UncertainNumber | undefined;
  netValuePerStacker: UncertainNumber | undefined;
  lagYears: number;
  approvalCost: UncertainNumber;
}

function resolveNumbers(root: Record<string, unknown>): ResolvedNumbers {
  const get = (n: number, fallback?: number): UncertainNumber | undefined => {
    const spec = PORTFOLIO_NUMBERS[n] as PortfolioNumber;
    const value = valueAt(root, spec.path);
    if (value === undefined) return fallback === undefined ? undefined : {value: fallback, distribution: null};
    return checkNumber(spec, value).resolved;
  };
  return {
    repackagingCostFactor: get(0, DEFAULT_REPACKAGING_COST_FACTOR) as UncertainNumber,
    completionRate: get(1),
    netValuePerStacker: get(2),
    approvalCost: get(3, 0) as UncertainNumber,
    lagYears: (get(4, DEFAULT_STACK_LAG_YEARS) as UncertainNumber).value
  };
}

function assemble(
  file: PortfolioFile,
  scenarios: readonly (Scenario | undefined)[],
  numbers: ResolvedNumbers,
  horizonYears: number,
  currency: string
): Portfolio {
  const credentials: PortfolioCredential[] = file.credentials.map((c, i) => {
    const scenario = scenarios[i] as Scenario;
    return {id: c.id, title: c.title ?? scenario.name, build: c.build ?? "new", sharedModules: c.sharedModules ?? [], scenario};
  });
  const sharedModules: SharedModule[] = (file.sharedModules ?? []).map((m) => ({
    id: m.id,
    title: m.title,
    learnerHours: m.learnerHours,
    builtBy: m.builtBy ?? null,
    source: m.source ?? null
  }));
  const stack: StackAward | null = file.stack
    ? {
        title: file.stack.title,
        credentials: file.stack.credentials,
        completionRate: numbers.completionRate as UncertainNumber,
        netValuePerStacker: numbers.netValuePerStacker as UncertainNumber,
        lagYears: numbers.lagYears,
        approvalCost: numbers.approvalCost
      }
    : null;
  const consortium: Consortium | null = file.consortium
    ? {
        partners: file.consortium.partners.map(
          (p): Partner => ({
            id: p.id,
            name: p.name,
            developmentShare: p.developmentShare,
            enrolmentShare: p.enrolmentShare ?? p.developmentShare,
            source: p.source ?? null
          })
        ),
        enrolments: file.consortium.enrolments ?? "pooled",
        revenueSplit: file.consortium.revenueSplit ?? "enrolments"
      }
    : null;
  return {
    name: file.name ?? "Untitled portfolio",
    description: file.description ?? "",
    currency,
    horizonYears,
    repackagingCostFactor: numbers.repackagingCostFactor,
    allocation: file.allocation ?? DEFAULT_ALLOCATION,
    credentials,
    sharedModules,
    stack,
    consortium,
    sources: (file.sources ?? {}) as Record<string, string>
  };
}

/** Checks that need the whole file: ids, references, shares, and what the scenarios must agree on. */
function crossReferenceIssues(portfolio: Portfolio, file: PortfolioFile): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  const add = (path: PathKey[], value: unknown, expected: string) => issues.push(makeIssue(path, value, expected));
  const credentialIds = portfolio.credentials.map((c) => c.id);
  const moduleIds = portfolio.sharedModules.map((m) => m.id);
  duplicates(credentialIds).forEach(([i, first]) => add(["credentials", i, "id"], credentialIds[i], `an id not used by another credential (credentials[${first}] has it)`));
  duplicates(moduleIds).forEach(([i, first]) => add(["sharedModules", i, "id"], moduleIds[i], `an id not used by another module (sharedModules[${first}] has it)`));

  const reference = portfolio.credentials[0] as PortfolioCredential;
  portfolio.credentials.forEach((credential, i) => {
    const scenario = credential.scenario;
    const at = (...keys: PathKey[]): PathKey[] => ["credentials", i, "scenario", ...keys];
    if (scenario.horizonYears !== portfolio.horizonYears) {
      add(at("horizonYears"), scenario.horizonYears, `the portfolio's horizon, ${portfolio.horizonYears} years (leave it out to inherit it)`);
    }
    if (scenario.currency !== portfolio.currency) {
      add(at("currency"), scenario.currency, `the portfolio's currency, "${portfolio.currency}" (leave it out to inherit it)`);
    }
    if (i > 0 && !sameInput(scenario, reference.scenario, "discountRate")) {
      add(
        at("inputs", "discountRate"),
        writtenInput(file, i, "discountRate") ?? scenario.inputs.discountRate,
        `the discount rate of credentials[0] (${describeInput(reference.scenario, "discountRate")}): a portfolio is valued at one discount rate`
      );
    }
    if (portfolio.consortium && (scenario.inputs.developmentCostShare !== 1 || scenario.distributions.developmentCostShare)) {
      add(
        at("inputs", "developmentCostShare"),
        writtenInput(file, i, "developmentCostShare"),
        "1 (or left out): in a portfolio with a consortium each scenario describes the whole credential, and the consortium's partners split its development"
      );
    }
    const listed = credential.sharedModules;
    duplicates(listed).forEach(([j]) => add(["credentials", i, "sharedModules", j], listed[j], "a module listed once"));
    let sharedHours = 0;
    listed.forEach((moduleId, j) => {
      const module = portfolio.sharedModules.find((m) => m.id === moduleId);
      if (module) {
        sharedHours += module.learnerHours;
        return;
      }
      const hint = nearestKey(moduleId, moduleIds);
      add(["credentials", i, "sharedModules", j], moduleId, `the id of a module in sharedModules${hint ? ` (did you mean "${hint}"?)` : " (there are none)"}`);
    });
    if (sharedHours > scenario.inputs.notionalHours) {
      add(
        ["credentials", i, "sharedModules"],
        listed,
        `shared modules whose learner hours (${sharedHours}) fit in the credential's notionalHours (${scenario.inputs.notionalHours}): shared hours are part of a credential's notional hours`
      );
    }
  });

  portfolio.sharedModules.forEach((module, i) => {
    const users = portfolio.credentials.filter((c) => c.sharedModules.includes(module.id)).map((c) => c.id);
    if (users.length === 0) add(["sharedModules", i], module.id, "a module that at least one credential lists in its sharedModules");
    if (module.builtBy !== null && !users.includes(module.builtBy)) {
      const hint = nearestKey(module.builtBy, users);
      add(["sharedModules", i, "builtBy"], module.builtBy, `the id of a credential that uses the module${hint ? ` (did you mean "${hint}"?)` : ""}`);
    }
  });

  if (portfolio.stack) {
    const members = portfolio.stack.credentials;
    duplicates(members).forEach(([j]) => add(["stack", "credentials", j], members[j], "a credential listed once"));
    members.forEach((member, j) => {
      if (credentialIds.includes(member)) return;
      add(["stack", "credentials", j], member, `the id of a credential in this portfolio (did you mean "${nearestKey(member, credentialIds)}"?)`);
    });
  }

  if (portfolio.consortium) {
    const partners = portfolio.consortium.partners;
    const partnerIds = partners.map((p) => p.id);
    duplicates(partnerIds).forEach(([i, first]) => add(["consortium", "partners", i, "id"], partnerIds[i], `an id not used by another partner (partners[${first}] has it)`));
    for (const key of ["developmentShare", "enrolmentShare"] as const) {
      const total = partners.reduce((sum, p) => sum + p[key], 0);
      if (Math.abs(total - 1) > SHARE_SUM_TOLERANCE) {
        add(["consortium", "partners"], partners.map((p) => p[key]), `partners whose ${key} values sum to 1 (they sum to ${Number(total.toPrecision(12))})`);
      }
    }
    if (portfolio.consortium.enrolments === "split" && portfolio.consortium.revenueSplit !== "enrolments") {
      add(
        ["consortium", "revenueSplit"],
        portfolio.consortium.revenueSplit,
        '"enrolments" when enrolments are "split": each partner teaches its own learners and keeps what they bring (use "pooled" to share income by another rule)'
      );
    }
  }
  return issues;
}

/** [index, index of its first occurrence] for every repeated value. */
function duplicates(values: readonly string[]): [number, number][] {
  const found: [number, number][] = [];
  values.forEach((value, i) => {
    const first = values.indexOf(value);
    if (first !== i) found.push([i, first]);
  });
  return found;
}

function sameInput(a: Scenario, b: Scenario, key: "discountRate"): boolean {
  return a.inputs[key] === b.inputs[key] && JSON.stringify(a.distributions[key] ?? null) === JSON.stringify(b.distributions[key] ?? null);
}

function describeInput(scenario: Scenario, key: "discountRate"): string {
  const d = scenario.distributions[key];
  return d ? `${scenario.inputs[key]}, ${JSON.stringify(d)}` : String(scenario.inputs[key]);
}

function writtenInput(file: PortfolioFile, i: number, key: string): unknown {
  const inputs = (file.credentials[i]?.scenario as {inputs?: Record<string, unknown>}).inputs;
  return isPlainObject(inputs) ? inputs[key] : undefined;
}

function unknownKeyIssue(path: readonly PathKey[], root: unknown): ScenarioIssue {
  const key = String(path[path.length - 1]);
  const place = portfolioKeysAt(path.slice(0, -1));
  const suggestion = place ? nearestKey(key, place.known) : undefined;
  const where = place?.where ?? formatPortfolioPath(path.slice(0, -1));
  return {
    path: formatPortfolioPath(path),
    keys: path,
    value: valueAt(root, path),
    expected: suggestion ? `a known key (nearest: "${suggestion}")` : "no such key",
    message: `${formatPortfolioPath(path)}: unknown key "${key}" in ${where}${suggestion ? `; did you mean "${suggestion}"?` : ""}`
  };
}

function makeIssue(path: readonly PathKey[], value: unknown, expected: string): ScenarioIssue {
  const where = path.length === 0 ? "(top level)" : formatPortfolioPath(path);
  const got = value === undefined ? "missing" : `got ${showValue(value)}`;
  return {path: formatPortfolioPath(path), keys: path, value, expected, message: `${where}: ${got}; expected ${expected}`};
}

