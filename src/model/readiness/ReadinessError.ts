/** One problem in readiness answers (a JSON file or a URL) or in the instrument. */
export interface ReadinessIssue {
  /** Dotted key path, e.g. "answers.pol1"; "" for the whole input. */
  readonly path: string;
  /** The offending value as found (undefined when a required key is missing). */
  readonly value: unknown;
  /** What was expected there, e.g. "an answer level 0–4 (0 = None … 4 = …)". */
  readonly expected: string;
  /** One line naming the path, the bad value and the expectation. */
  readonly message: string;
}

/**
 * Thrown by the readiness parsers (`parseReadinessAnswers`, `decodeReadinessAnswers`, `parseReadinessInstrument`)
 * with every issue found, not just the first.
 *
 * @example
 * try { parseReadinessAnswers({format: "mcw-readiness-answers", version: 1, answers: {pol9: 1}}, instrument); }
 * catch (e) { (e as ReadinessError).issues[0].path; } // => "answers.pol9"
 */
export class ReadinessError extends Error {
  readonly issues: readonly ReadinessIssue[];
  readonly source: string | undefined;

  constructor(issues: readonly ReadinessIssue[], source?: string, what = "readiness answers") {
    const where = source ? `${source}: ` : "";
    super(`${where}invalid ${what}:\n${issues.map((issue) => `  ${issue.message}`).join("\n")}`);
    this.name = "ReadinessError";
    this.issues = issues;
    this.source = source;
  }
}

/** Builds an issue whose message reads `path: got <value>; expected <expectation>`. */
export function readinessIssue(path: string, value: unknown, expected: string): ReadinessIssue {
  const where = path === "" ? "(whole input)" : path;
  const got = value === undefined ? "missing" : `got ${showValue(value)}`;
  return {path, value, expected, message: `${where}: ${got}; expected ${expected}`};
}

/** A short, printable rendering of a bad value (long strings and big objects are cut). */
export function showValue(value: unknown): string {
  let text: string;
  try {
    text = typeof value === "string" ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}
