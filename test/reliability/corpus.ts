/**
 * The bad-input corpus (test/fixtures/bad/cases.json), validated with zod, and what the boundary tests share:
 * capturing `mcw` runs, matching message patterns, and a check that nothing polluted Object.prototype.
 * Not a test file itself; test/reliability/<boundary>.test.ts runs the cases of one boundary each.
 */
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {expect} from "vitest";
import {z} from "zod";
import {main} from "../../cli/main.js";
import {readTextFile} from "../../cli/io.js";
import {projectRoot} from "../../loaders/paths.js";

export const BAD = join(projectRoot, "test", "fixtures", "bad");

/** Where a bad input enters: one test file each, test/reliability/<boundary>.test.ts. */
export const BOUNDARIES = ["data-csv", "survey-mapping", "scenario-json", "url-state", "cli-args", "export"] as const;

/** The classes of bad input issue 10 asks for, plus malformed rows, damaged links and out-of-range numbers. */
export const CLASSES = [
  "missing-column-or-key",
  "extra-column-or-key",
  "renamed-column-or-key",
  "wrong-type",
  "nan-infinity",
  "negative-cost",
  "rate-above-1",
  "out-of-range",
  "duplicate-key",
  "empty-file",
  "header-only",
  "wrong-delimiter",
  "bom",
  "crlf",
  "non-utf8",
  "malformed-row",
  "very-large",
  "deep-or-huge-json",
  "prototype-keys",
  "html-in-text",
  "formula-prefix",
  "damaged-link"
] as const;

const pattern = z.string().refine(
  (source) => {
    try {
      new RegExp(source);
      return true;
    } catch {
      return false;
    }
  },
  {error: "a valid regular expression"}
);

const Input = z.union([
  z.strictObject({file: z.string(), place: z.string().optional(), export: z.string().optional()}),
  z.strictObject({generated: z.string().min(1)}),
  z.strictObject({argv: z.array(z.string())}),
  z.strictObject({hash: z.string().startsWith("#")}),
  z.strictObject({payload: z.string(), truncate: z.number().int().positive().optional()}),
  z.strictObject({search: z.string().startsWith("?")}),
  z.strictObject({cells: z.array(z.union([z.string(), z.number()])).min(1)})
]);

const Expect = z
  .strictObject({
    outcome: z.enum(["error", "safe"]),
    exit: z.number().int().min(0).max(1).optional(),
    messages: z.array(pattern),
    safe: z.string().min(1).optional()
  })
  .refine((e) => e.outcome === "error" || e.safe !== undefined, {error: "a safe outcome says what safe handling means (safe)"})
  .refine((e) => e.outcome === "safe" || e.messages.length > 0, {error: "an error outcome lists at least one message pattern"});

const Case = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  boundary: z.enum(BOUNDARIES),
  class: z.enum(CLASSES),
  description: z.string().min(1),
  input: Input,
  expect: Expect
});
export type BadCase = z.infer<typeof Case>;

const Manifest = z.strictObject({$comment: z.string(), cases: z.array(Case).min(40)});

/** Every case of the corpus, validated (a malformed manifest fails every reliability test with zod's message). */
export const CASES: readonly BadCase[] = Manifest.parse(JSON.parse(readFileSync(join(BAD, "cases.json"), "utf8"))).cases;

/** The cases of one boundary, in manifest order. */
export function casesOf(boundary: (typeof BOUNDARIES)[number]): BadCase[] {
  return CASES.filter((c) => c.boundary === boundary);
}

/** The case with this id (throws for an unknown id, so a renamed case cannot silently stop being tested). */
export function caseById(id: string): BadCase {
  const found = CASES.find((c) => c.id === id);
  if (!found) throw new Error(`no case "${id}" in test/fixtures/bad/cases.json`);
  return found;
}

/** The fixture file of a file case, as an absolute path. */
export function fixturePath(c: BadCase): string {
  if (!("file" in c.input)) throw new Error(`case ${c.id} has no fixture file`);
  return join(BAD, c.input.file);
}

/** One `mcw` run in this process, with the real file reading (size limit, UTF-8 check) and captured output. */
export async function runMcw(argv: readonly string[]): Promise<{exit: number; stdout: string; stderr: string}> {
  let stdout = "";
  let stderr = "";
  const exit = await main(argv, {out: (text) => void (stdout += text), err: (text) => void (stderr += text), readTextFile});
  return {exit, stdout, stderr};
}

/** Asserts that each pattern of the case matches at least one of the lines (regular expressions, no flags). */
export function expectMessages(c: BadCase, lines: readonly string[]): void {
  for (const source of c.expect.messages) {
    const re = new RegExp(source);
    expect(
      lines.some((line) => re.test(line)),
      `${c.id}: no line matches /${source}/ in:\n${lines.join("\n")}`
    ).toBe(true);
  }
}

/** Non-empty lines of some output. */
export function linesOf(text: string): string[] {
  return text.split("\n").filter((line) => line !== "");
}

/** Asserts that no parse added anything to Object.prototype (prototype pollution). */
export function expectNoPollution(): void {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(OBJECT_PROTOTYPE_KEYS);
}

const OBJECT_PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();
