/**
 * What the input parsers (scenario, portfolio) share to describe an issue: the value found at a key path, shown
 * briefly and safely, and a list of issues without repeats.
 */
import type {ScenarioIssue} from "./ScenarioError.js";

/** A key of an issue's path: an object key or an array index. */
export type PathKey = string | number;

/**
 * A short, printable rendering of a bad value: at most 80 characters; Infinity and NaN as themselves (JSON would
 * write null); a value nested too deep to stringify is described rather than crashing the parser.
 *
 * @example showValue("a".repeat(100)).length; // => 80
 */
export function showValue(value: unknown): string {
  if (typeof value === "number" && !Number.isFinite(value)) return String(value);
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    // Nesting too deep for the stack (a hostile document): describe the value instead of crashing.
    text = Array.isArray(value) ? "[…deeply nested array…]" : "{…deeply nested object…}";
  }
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** The value at `path` inside `root` (own keys only, so "__proto__" finds nothing), or undefined. */
export function valueAt(root: unknown, path: readonly PathKey[]): unknown {
  let current = root;
  for (const key of path) {
    if (current === null || typeof current !== "object" || !Object.hasOwn(current, key)) return undefined;
    current = (current as Record<PathKey, unknown>)[key];
  }
  return current;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The issues in order, each message once (zod may report one problem through two schemas). */
export function deduplicateIssues(issues: ScenarioIssue[]): ScenarioIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => !seen.has(issue.message) && (seen.add(issue.message), true));
}
