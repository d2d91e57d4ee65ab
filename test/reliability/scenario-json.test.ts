/**
 * Bad scenario files: `mcw validate` and `mcw model` read them through the CLI's strict JSON reading (size limit,
 * UTF-8, syntax, nesting depth, duplicate keys; cli/io.ts, src/model/jsonText.ts) and parseScenario, and name file,
 * line, column, key path, value and expectation.
 */
import {closeSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import fc from "fast-check";
import {afterAll, describe, expect, it} from "vitest";
import {MAX_INPUT_FILE_BYTES} from "../../cli/io.js";
import {MAX_JSON_DEPTH, parseJsonInput} from "../../src/model/jsonText.js";
import {caseById, casesOf, expectMessages, expectNoPollution, fixturePath, linesOf, runMcw, type BadCase} from "./corpus.js";

const dir = mkdtempSync(join(tmpdir(), "mcw-bad-scenario-"));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

/** Runs `mcw validate` and `mcw model` on a file: both must give the case's exit status and messages. */
async function expectOutcome(c: BadCase, file: string): Promise<void> {
  const validate = await runMcw(["validate", file]);
  expect(validate.exit, validate.stderr).toBe(c.expect.exit);
  expectMessages(c, linesOf(c.expect.outcome === "error" ? validate.stderr : validate.stdout));
  const model = await runMcw(["model", file, "--draws", "200"]);
  if (c.expect.outcome === "error") {
    expect(model.exit).toBe(1);
    expect(model.stdout).toBe(""); // nothing half-written
    expect(model.stderr).toBe(validate.stderr);
    for (const line of linesOf(model.stderr)) expect(line.startsWith(`${file}:`), line).toBe(true);
    // the expectation: "expected …", or for an unknown key the nearest known one
    for (const line of linesOf(model.stderr)) expect(line).toMatch(/expected |did you mean "/);
  } else {
    expect(model.exit, model.stderr).toBe(0);
    expect(Object.keys(JSON.parse(model.stdout) as object)).toEqual(["deterministic", "monteCarlo", "tornado"]);
  }
  expectNoPollution();
}

describe("bad scenario files: mcw validate and mcw model name file:line:column, key, value and expectation", () => {
  const fileCases = casesOf("scenario-json").filter((c) => "file" in c.input);
  it.each(fileCases.map((c) => [c.id, c] as const))("%s", async (_id, c) => expectOutcome(c, fixturePath(c)));

  it("prints an HTML name verbatim, as text, in the table format", async () => {
    const {exit, stdout} = await runMcw(["model", fixturePath(caseById("scenario-html-name")), "--format", "table", "--draws", "0"]);
    expect(exit).toBe(0);
    expect(stdout).toContain("<img src=x onerror=alert(1)>");
  });

  it("scenario-deep-nesting: 100,000 nested arrays are refused at the 65th level, without a stack overflow", async () => {
    const c = caseById("scenario-deep-nesting");
    const file = join(dir, "deep.json");
    const depth = 100_000;
    writeFileSync(file, `{"name": ${"[".repeat(depth)}${"]".repeat(depth)}}`);
    await expectOutcome(c, file);
  });

  it("scenario-huge-file: a 50 MB scenario is refused before it is read", async () => {
    const c = caseById("scenario-huge-file");
    const file = join(dir, "huge.json");
    const fd = openSync(file, "w");
    writeSync(fd, '{"name": "Huge", "description": "');
    const chunk = "x".repeat(1024 * 1024);
    for (let i = 0; i < 50; i++) writeSync(fd, chunk);
    writeSync(fd, '"}');
    closeSync(fd);
    await expectOutcome(c, file);
  });
});

describe("parseJsonInput(file, text): the CLI's strict JSON reading", () => {
  const nested = (levels: number) => `${"[".repeat(levels)}${"]".repeat(levels)}`;
  it(`accepts ${MAX_JSON_DEPTH} levels of nesting and refuses ${MAX_JSON_DEPTH + 1}`, () => {
    expect(parseJsonInput("a.json", nested(MAX_JSON_DEPTH))).toHaveProperty("json");
    expect(parseJsonInput("a.json", nested(MAX_JSON_DEPTH + 1))).toEqual({
      problems: [`a.json:1:${MAX_JSON_DEPTH + 1}: refused: arrays and objects nested more than ${MAX_JSON_DEPTH} levels deep; expected at most ${MAX_JSON_DEPTH} levels (the workbench's files need 4 or fewer)`]
    });
  });

  it("names every repeated key with both positions, and keeps keys of different objects apart", () => {
    const text = '{\n  "a": 1,\n  "b": {"a": 2, "c": 3, "c": 4},\n  "a": 5\n}';
    const result = parseJsonInput("x.json", text);
    expect(result).toHaveProperty("problems");
    const problems = (result as {problems: string[]}).problems;
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^x\.json:3:25: b\.c: duplicate key "c" \(first at line 3, column 17\)/);
    expect(problems[1]).toMatch(/^x\.json:4:3: a: duplicate key "a" \(first at line 2, column 3\)/);
  });

  it("treats keys that differ only by escapes as the same key, as JSON.parse does", () => {
    const result = parseJsonInput("x.json", '{"passRate": 0.5, "pass\\u0052ate": 0.9}');
    expect((result as {problems: string[]}).problems[0]).toMatch(/^x\.json:1:19: passRate: duplicate key "passRate"/);
  });

  it("agrees with JSON.parse on every JSON document without repeated keys", () => {
    fc.assert(
      fc.property(fc.json({maxDepth: 6}), (text) => {
        const result = parseJsonInput("x.json", text);
        expect(result).toHaveProperty("json");
        expect((result as {json: unknown}).json).toEqual(JSON.parse(text));
      }),
      {numRuns: 500}
    );
  });

  it("never throws, and rejects exactly the texts JSON.parse rejects, naming a line and column", () => {
    const jsonish = fc.stringMatching(/^[{}[\]",:0-9a-z .eE+\-\\\n]{0,40}$/);
    fc.assert(
      fc.property(fc.oneof(jsonish, fc.string(), fc.json().map((t) => t.slice(0, Math.max(0, t.length - 1)))), (text) => {
        let parsed = true;
        try {
          JSON.parse(text);
        } catch {
          parsed = false;
        }
        const result = parseJsonInput("x.json", text);
        if (!parsed) {
          expect(result).toHaveProperty("problems");
          expect((result as {problems: string[]}).problems[0]).toMatch(/^x\.json:\d+:\d+: invalid JSON: /);
        } else if ("problems" in result) {
          expect(result.problems.every((p) => / duplicate key /.test(p))).toBe(true);
        }
      }),
      {numRuns: 2000}
    );
  });

  it("finds a key written twice wherever it is in a document", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({minLength: 1, maxLength: 6}), fc.jsonValue({maxDepth: 2}), {minKeys: 1, maxKeys: 6}), fc.nat(), (object, pick) => {
        const keys = Object.keys(object);
        const repeated = keys[pick % keys.length] as string;
        const members = keys.map((key) => `${JSON.stringify(key)}: ${JSON.stringify(object[key])}`);
        const text = `{\n  "outer": {\n    ${[...members, `${JSON.stringify(repeated)}: 0`].join(",\n    ")}\n  }\n}`;
        const result = parseJsonInput("x.json", text);
        expect(result).toHaveProperty("problems");
        const problems = (result as {problems: string[]}).problems;
        expect(problems).toHaveLength(1);
        expect(problems[0]).toContain(`: outer.${repeated}: duplicate key ${JSON.stringify(repeated)} (first at line ${3 + keys.indexOf(repeated)}, column 5)`);
        expect(problems[0]).toMatch(new RegExp(`^x\\.json:${3 + keys.length}:5: `));
      }),
      {numRuns: 300}
    );
  });

  it(`limits input files to ${MAX_INPUT_FILE_BYTES.toLocaleString("en-US")} bytes: a file of exactly that size is read`, async () => {
    const file = join(dir, "limit.json");
    const head = '{"description": "';
    writeFileSync(file, `${head}${"x".repeat(MAX_INPUT_FILE_BYTES - head.length - 2)}"}`);
    const {exit, stderr} = await runMcw(["validate", file]);
    expect(exit, stderr).toBe(0);
    writeFileSync(file, `${head}${"x".repeat(MAX_INPUT_FILE_BYTES - head.length - 1)}"}`);
    expect((await runMcw(["validate", file])).stderr).toBe(`${file}: 1,048,577 bytes; expected an input file of at most 1,048,576 bytes\n`);
  });
});
