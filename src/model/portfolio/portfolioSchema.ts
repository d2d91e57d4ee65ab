/**
 * zod schema of a portfolio file (docs/portfolio-format.md): several credentials, each a scenario object in
 * exactly the single-credential format (validated by `parseScenario`), plus shared modules, a stacked award,
 * the repackaging cost factor and a consortium. `parsePortfolio` turns the schema's issues into readable
 * messages, validates every scenario, checks the cross-references and fills in defaults.
 *
 * The portfolio's own uncertain numbers (the repackaging cost factor, the stack's completion rate, net value
 * per stacker, approval cost and lag) accept exactly the syntax of a scenario input — a number, or a flat
 * distribution object — because their schemas are the scenario inputs' schemas of the same kind
 * (`PORTFOLIO_NUMBERS`).
 */
import {z} from "../zod.js";
import {ScenarioFileSchema, ScenarioInputsSchema} from "../scenarioSchema.js";
import type {UncertainInputKey} from "../scenarioInputs.js";

/** How a credential's content is produced. */
export const BUILD_KINDS = ["new", "repackage"] as const;
export type BuildKind = (typeof BUILD_KINDS)[number];

/** How a shared module's development cost is allocated to the credentials that use it. */
export const ALLOCATION_RULES = ["learnerHours", "equal"] as const;
export type AllocationRule = (typeof ALLOCATION_RULES)[number];

/** How a consortium's learners are served: one joint delivery, or each partner teaching its own learners. */
export const ENROLMENT_MODES = ["pooled", "split"] as const;
export type EnrolmentMode = (typeof ENROLMENT_MODES)[number];

/** How a consortium divides its delivery income: by development share, by enrolments contributed, or equally. */
export const REVENUE_SPLIT_RULES = ["share", "enrolments", "equal"] as const;
export type RevenueSplitRule = (typeof REVENUE_SPLIT_RULES)[number];

/** Keys a portfolio file may have at its top level. */
export const PORTFOLIO_TOP_LEVEL_KEYS = [
  "name",
  "description",
  "currency",
  "horizonYears",
  "repackagingCostFactor",
  "allocation",
  "credentials",
  "sharedModules",
  "stack",
  "consortium",
  "sources"
] as const;
export const CREDENTIAL_KEYS = ["id", "title", "build", "sharedModules", "scenario"] as const;
export const SHARED_MODULE_KEYS = ["id", "title", "learnerHours", "builtBy", "source"] as const;
export const STACK_KEYS = ["title", "credentials", "completionRate", "netValuePerStacker", "lagYears", "approvalCost"] as const;
export const CONSORTIUM_KEYS = ["partners", "enrolments", "revenueSplit"] as const;
export const PARTNER_KEYS = ["id", "name", "developmentShare", "enrolmentShare", "source"] as const;
/** Keys of the top-level `sources` object: one citation per portfolio-level input. */
export const PORTFOLIO_SOURCE_KEYS = [
  "repackagingCostFactor",
  "allocation",
  "stack.credentials",
  "stack.completionRate",
  "stack.netValuePerStacker",
  "stack.lagYears",
  "stack.approvalCost",
  "consortium.enrolments",
  "consortium.revenueSplit"
] as const;

/**
 * The portfolio's uncertain numbers and the scenario input whose kind (domain, number-or-distribution syntax)
 * each one shares: its schema, its error messages and its resolution (a distribution without `value` takes its
 * mean) are the scenario input's.
 */
export const PORTFOLIO_NUMBERS = [
  {path: ["repackagingCostFactor"], as: "developmentCostShare", kind: "a share in [0, 1]"},
  {path: ["stack", "completionRate"], as: "pathwayConversionRate", kind: "a share in [0, 1]"},
  {path: ["stack", "netValuePerStacker"], as: "pathwayNetValuePerStudent", kind: "an amount in [0, 1e12]"},
  {path: ["stack", "approvalCost"], as: "qualityAssuranceCost", kind: "an amount in [0, 1e12]"},
  {path: ["stack", "lagYears"], as: "pathwayLagYears", kind: "a whole number of years in [0, 1000]"}
] as const satisfies readonly {path: readonly string[]; as: string; kind: string}[];

/** Repackaging cost factor used when a file leaves it out: 25k / 250k (EAB). */
export const DEFAULT_REPACKAGING_COST_FACTOR = 0.1;
export const REPACKAGING_COST_FACTOR_CITATION =
  "EAB: launching a micro-credential portfolio costs about USD 250k from scratch and about USD 25k by repackaging existing content (DESIGN.md §6 documented defaults); 25k / 250k = 0.1.";
/** Allocation rule used when a file leaves it out. */
export const DEFAULT_ALLOCATION: AllocationRule = "learnerHours";
/** Lag of the stacked award's value when a file leaves it out (as `pathwayLagYears`). */
export const DEFAULT_STACK_LAG_YEARS = 1;
/** Ids of credentials, modules and partners: kebab-case, like the catalogue's ids. */
const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const ID_EXPECTED = 'a kebab-case id such as "data-analytics-python-sql" (lower-case letters, digits and single hyphens)';

/** Largest number of credentials (and of partners) in one portfolio: keeps combinations and reports readable. */
export const MAX_PORTFOLIO_CREDENTIALS = 30;
export const MAX_PARTNERS = 30;

const shapes = ScenarioInputsSchema.shape;
/** The schema of the scenario input `as` (optional, as every scenario input is). */
const uncertainNumber = (as: UncertainInputKey | "pathwayLagYears") => {
  const schema = shapes[as];
  if (!schema) throw new Error(`portfolioSchema: "${as}" is not a scenario input`);
  return schema as z.ZodOptional<z.ZodType<unknown>>;
};

const id = () => z.string({error: ID_EXPECTED}).regex(ID_PATTERN, {error: ID_EXPECTED});
const text = (what: string) => z.string({error: what}).min(1, {error: what});
const share = (what: string) => z.number({error: `${what} in [0, 1]`}).min(0, {error: `${what} in [0, 1]`}).max(1, {error: `${what} in [0, 1]`});
const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** One credential of the portfolio: its id (a catalogue id), how it is built, the shared modules it uses and its scenario. */
export const PortfolioCredentialSchema = z.strictObject({
  id: id(),
  title: text("a non-empty title").optional(),
  build: z.enum(BUILD_KINDS, {error: `one of ${BUILD_KINDS.map((b) => `"${b}"`).join(", ")}`}).optional(),
  sharedModules: z.array(id(), {error: 'a list of shared-module ids, e.g. ["sql-foundations"]'}).optional(),
  // parsePortfolio validates the scenario itself with parseScenario, so its messages are the scenario format's.
  scenario: z.custom<Record<string, unknown>>(isPlainObject, {error: "a scenario object in the format of docs/scenario-format.md"})
});

/** A module (block of learner hours) developed once and used by several credentials. */
export const SharedModuleSchema = z.strictObject({
  id: id(),
  title: text("a non-empty title"),
  learnerHours: z
    .number({error: "learner hours, a number > 0"})
    .gt(0, {error: "learner hours, a number > 0"})
    .max(1e12, {error: "learner hours, a number in (0, 1e12]"}),
  builtBy: id().optional(),
  source: text("a non-empty citation string").optional()
});

/** The larger credit-bearing award the credentials stack into. */
export const StackSchema = z.strictObject({
  title: text("a non-empty title"),
  credentials: z.array(id(), {error: "a list of at least two credential ids"}).min(2, {error: "a list of at least two credential ids"}),
  completionRate: uncertainNumber("pathwayConversionRate").unwrap(),
  netValuePerStacker: uncertainNumber("pathwayNetValuePerStudent").unwrap(),
  lagYears: uncertainNumber("pathwayLagYears"),
  approvalCost: uncertainNumber("qualityAssuranceCost")
});

export const PartnerSchema = z.strictObject({
  id: id(),
  name: text("a non-empty name"),
  developmentShare: share("a share of development cost"),
  enrolmentShare: share("a share of enrolments").optional(),
  source: text("a non-empty citation string").optional()
});

export const ConsortiumSchema = z.strictObject({
  partners: z
    .array(PartnerSchema, {error: "a list of partners"})
    .min(1, {error: "a list of at least one partner"})
    .max(MAX_PARTNERS, {error: `a list of at most ${MAX_PARTNERS} partners`}),
  enrolments: z.enum(ENROLMENT_MODES, {error: `one of ${ENROLMENT_MODES.map((m) => `"${m}"`).join(", ")}`}).optional(),
  revenueSplit: z.enum(REVENUE_SPLIT_RULES, {error: `one of ${REVENUE_SPLIT_RULES.map((r) => `"${r}"`).join(", ")}`}).optional()
});

const citation = () => text("a non-empty citation string").optional();

/** Top-level portfolio file. */
export const PortfolioFileSchema = z.strictObject({
  name: ScenarioFileSchema.shape.name,
  description: ScenarioFileSchema.shape.description,
  currency: ScenarioFileSchema.shape.currency,
  horizonYears: ScenarioFileSchema.shape.horizonYears,
  repackagingCostFactor: uncertainNumber("developmentCostShare"),
  allocation: z.enum(ALLOCATION_RULES, {error: `one of ${ALLOCATION_RULES.map((r) => `"${r}"`).join(", ")}`}).optional(),
  credentials: z
    .array(PortfolioCredentialSchema, {error: "a list of credentials, each {id, scenario, …}"})
    .min(1, {error: "a list of at least one credential"})
    .max(MAX_PORTFOLIO_CREDENTIALS, {error: `a list of at most ${MAX_PORTFOLIO_CREDENTIALS} credentials`}),
  sharedModules: z.array(SharedModuleSchema, {error: "a list of shared modules, each {id, title, learnerHours}"}).optional(),
  stack: StackSchema.optional(),
  consortium: ConsortiumSchema.optional(),
  sources: z
    .strictObject(Object.fromEntries(PORTFOLIO_SOURCE_KEYS.map((key) => [key, citation()])), {
      error: 'an object of citations by portfolio key, e.g. {"repackagingCostFactor": "EAB"}'
    })
    .optional()
});

export type PortfolioFile = z.infer<typeof PortfolioFileSchema>;

/**
 * Known keys of the object at a path of a portfolio file (for "did you mean" hints), or undefined when the
 * path is not an object of the portfolio format (scenario objects and distributions answer for themselves).
 *
 * @param path key path of the object, e.g. ["consortium", "partners", 0]
 * @returns the keys allowed there and how to name the place in a message
 * @example portfolioKeysAt(["stack"])?.known.includes("completionRate"); // => true
 */
export function portfolioKeysAt(path: readonly (string | number)[]): {known: readonly string[]; where: string} | undefined {
  const [first, second, third, fourth] = path;
  if (path.length === 0) return {known: PORTFOLIO_TOP_LEVEL_KEYS, where: "the top level"};
  if (first === "credentials" && typeof second === "number" && path.length === 2) return {known: CREDENTIAL_KEYS, where: "a credential"};
  if (first === "sharedModules" && typeof second === "number" && path.length === 2) return {known: SHARED_MODULE_KEYS, where: "a shared module"};
  if (first === "stack" && path.length === 1) return {known: STACK_KEYS, where: "stack"};
  if (first === "consortium" && path.length === 1) return {known: CONSORTIUM_KEYS, where: "consortium"};
  if (first === "consortium" && second === "partners" && typeof third === "number" && fourth === undefined) {
    return {known: PARTNER_KEYS, where: "a partner"};
  }
  if (first === "sources" && path.length === 1) return {known: PORTFOLIO_SOURCE_KEYS, where: "sources"};
  return undefined;
}
