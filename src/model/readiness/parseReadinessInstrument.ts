import {z} from "../zod.js";
import {ReadinessError, readinessIssue, type ReadinessIssue} from "./ReadinessError.js";
import {READINESS_CAPABILITIES, type ReadinessDimension, type ReadinessInstrument, type ReadinessItem} from "./types.js";

/** Item ids: two to five lower-case letters and a number, e.g. "pol1", "lead12". */
export const READINESS_ITEM_ID = /^[a-z]{2,5}[0-9]{1,2}$/;
/** Dimension ids: snake_case words. */
export const READINESS_DIMENSION_ID = /^[a-z][a-z0-9_]*$/;
/** Longest question the page lays out on one or two lines. */
export const MAX_QUESTION_LENGTH = 160;
/** Largest weight an item may carry relative to the others (weights are relative within a dimension). */
export const MAX_ITEM_WEIGHT = 10;

const Level = z.strictObject({value: z.number().int().nonnegative(), label: z.string().min(1)});

const Item = z.strictObject({
  id: z.string().regex(READINESS_ITEM_ID, "an item id like pol1: 2–5 lower-case letters and a number"),
  dimension: z.string().regex(READINESS_DIMENSION_ID, "a snake_case dimension id"),
  question: z.string().min(1).max(MAX_QUESTION_LENGTH, `a question of at most ${MAX_QUESTION_LENGTH} characters`),
  levels: z.array(Level).min(2, "at least two levels"),
  weight: z.number().positive("a weight > 0").max(MAX_ITEM_WEIGHT, `a weight ≤ ${MAX_ITEM_WEIGHT}`),
  weightBasis: z.string().min(1).nullable(),
  capability: z.enum(READINESS_CAPABILITIES).nullable(),
  threshold: z.number().int().positive("a threshold ≥ 1 (0 would count every answer)").nullable(),
  benchmark: z.strictObject({survey: z.string().min(1), measure: z.string().regex(/^[a-z][a-z0-9_]*$/), statement: z.string().min(1)}).nullable(),
  source: z.string().min(1)
});

/** The instrument as JSON (what src/data/readiness-instrument.json.ts writes). */
export const ReadinessInstrumentSchema = z.strictObject({
  file: z.string().min(1),
  dimensions: z.array(z.strictObject({id: z.string().regex(READINESS_DIMENSION_ID), label: z.string().min(1)})).min(1, "at least one dimension"),
  items: z.array(Item).min(1, "at least one item")
});

/**
 * The rules that span items, shared by the CSV contract (loaders/sources/readinessInstrument.ts) and
 * `parseReadinessInstrument`: unique item ids; each item's dimension listed and each dimension used; levels numbered
 * 0, 1, …; a threshold exactly when the item has a capability or a benchmark, within its scale; each capability on
 * at most one item; a weight basis exactly when the weight is not 1.
 *
 * @returns one issue per broken rule, with `path` = `items.<index>.<field>` (or `dimensions.<index>`)
 */
export function readinessInstrumentIssues(dimensions: readonly ReadinessDimension[], items: readonly ReadinessItem[]): ReadinessIssue[] {
  const issues: ReadinessIssue[] = [];
  const dimensionIds = dimensions.map((d) => d.id);
  dimensions.forEach((dimension, index) => {
    if (dimensionIds.indexOf(dimension.id) !== index) issues.push(readinessIssue(`dimensions.${index}.id`, dimension.id, "each dimension listed once"));
    if (!items.some((item) => item.dimension === dimension.id)) issues.push(readinessIssue(`dimensions.${index}.id`, dimension.id, "a dimension with at least one item"));
  });
  const firstOfId = new Map<string, number>();
  const capabilityItem = new Map<string, string>();
  items.forEach((item, index) => {
    const at = (field: string) => `items.${index}.${field}`;
    const first = firstOfId.get(item.id);
    if (first !== undefined) issues.push(readinessIssue(at("id"), item.id, `a unique item id (item ${first + 1} has the same id)`));
    else firstOfId.set(item.id, index);
    if (!dimensionIds.includes(item.dimension)) issues.push(readinessIssue(at("dimension"), item.dimension, `one of the dimensions ${dimensionIds.join(", ")}`));
    item.levels.forEach((level, value) => {
      if (level.value !== value) issues.push(readinessIssue(at(`levels.${value}.value`), level.value, `${value} (levels run 0, 1, 2, … in order)`));
    });
    const max = item.levels.length - 1;
    const needsThreshold = item.capability !== null || item.benchmark !== null;
    if (needsThreshold && item.threshold === null) issues.push(readinessIssue(at("threshold"), null, `the lowest answer (1–${max}) that counts as having the capability or meeting the benchmark`));
    if (!needsThreshold && item.threshold !== null) issues.push(readinessIssue(at("threshold"), item.threshold, "no threshold: the item has neither a capability nor a benchmark"));
    if (item.threshold !== null && item.threshold > max) issues.push(readinessIssue(at("threshold"), item.threshold, `a level of the item's scale, 1–${max}`));
    if (item.capability !== null) {
      const other = capabilityItem.get(item.capability);
      if (other !== undefined) issues.push(readinessIssue(at("capability"), item.capability, `each capability on one item only (${other} already establishes it)`));
      else capabilityItem.set(item.capability, item.id);
    }
    if (item.weight !== 1 && item.weightBasis === null) issues.push(readinessIssue(at("weightBasis"), null, `a reason for the weight ${item.weight} (items weigh 1 unless the source singles them out)`));
    if (item.weight === 1 && item.weightBasis !== null) issues.push(readinessIssue(at("weightBasis"), item.weightBasis, "no weight basis for an item of weight 1"));
  });
  return issues;
}

/**
 * Validates the instrument JSON the data loader writes and returns it typed.
 *
 * @param json the parsed JSON of src/data/readiness-instrument.json
 * @param source a label for messages
 * @throws {ReadinessError} listing every problem (shape, and the rules of `readinessInstrumentIssues`)
 * @example parseReadinessInstrument(await FileAttachment("data/readiness-instrument.json").json()).items.length; // => 31
 */
export function parseReadinessInstrument(json: unknown, source = "readiness instrument"): ReadinessInstrument {
  const parsed = ReadinessInstrumentSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 20).map((issue) => readinessIssue(issue.path.map(String).join("."), valueAt(json, issue.path), issue.message));
    throw new ReadinessError(issues, source, "readiness instrument");
  }
  const instrument: ReadinessInstrument = parsed.data;
  const issues = readinessInstrumentIssues(instrument.dimensions, instrument.items);
  if (issues.length > 0) throw new ReadinessError(issues, source, "readiness instrument");
  return instrument;
}

function valueAt(json: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = json;
  for (const key of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = Object.hasOwn(value, key) ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  }
  return value;
}
