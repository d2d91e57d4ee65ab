import {describe, expect, it} from "vitest";
import {
  MAX_ANSWERS_TEXT_LENGTH,
  ReadinessError,
  parseReadinessAnswers,
  readReadinessAnswersText,
  serializeReadinessAnswers,
  type ReadinessIssue
} from "../../src/model/readiness/index.js";
import {INSTRUMENT} from "./readiness-support.js";

const file = (answers: unknown, extra: Record<string, unknown> = {}) => ({format: "mcw-readiness-answers", version: 1, answers, ...extra});

/** The issues a parse throws (failing the test when it does not throw). */
function issuesOf(run: () => unknown): readonly ReadinessIssue[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ReadinessError) return error.issues;
    throw error;
  }
  throw new Error("expected a ReadinessError");
}

describe("parseReadinessAnswers(json, instrument)", () => {
  it("reads answers and fills every item, unanswered as null", () => {
    const parsed = parseReadinessAnswers(file({aa1: 3, bb2: null}, {institution: "Acme University", example: true}), INSTRUMENT);
    expect(parsed).toEqual({
      institution: "Acme University",
      description: "",
      example: true,
      answers: {aa1: 3, aa2: null, bb1: null, bb2: null, cc1: null}
    });
  });
  it("names an institution that gives none", () => expect(parseReadinessAnswers(file({}), INSTRUMENT).institution).toBe("Unnamed institution"));

  it("rejects an unknown item id, naming the nearest and its question", () => {
    expect(issuesOf(() => parseReadinessAnswers(file({ab1: 2}), INSTRUMENT))).toEqual([
      {path: "answers.ab1", value: "ab1", expected: 'a known key in answers; did you mean "aa1" (Question aa1?)?', message: 'answers.ab1: got "ab1"; expected a known key in answers; did you mean "aa1" (Question aa1?)?'}
    ]);
  });
  it("rejects an answer outside the item's scale, naming the scale", () => {
    const [issue] = issuesOf(() => parseReadinessAnswers(file({aa2: 3}), INSTRUMENT));
    expect(issue?.message).toBe("answers.aa2: got 3; expected a whole number 0–2 (0 = No … 2 = Yes), or null for unanswered");
  });
  it("rejects a fractional, negative, textual or boolean answer", () => {
    const issues = issuesOf(() => parseReadinessAnswers(file({aa1: 2.5, aa2: -1, bb1: "3", bb2: true}), INSTRUMENT));
    expect(issues.map((i) => [i.path, i.value])).toEqual([
      ["answers.aa1", 2.5],
      ["answers.aa2", -1],
      ["answers.bb1", "3"],
      ["answers.bb2", true]
    ]);
  });
  it("rejects __proto__ and constructor keys as unknown items instead of touching prototypes", () => {
    const json = JSON.parse('{"format":"mcw-readiness-answers","version":1,"answers":{"__proto__":{"polluted":1},"constructor":2}}') as unknown;
    expect(issuesOf(() => parseReadinessAnswers(json, INSTRUMENT)).map((i) => i.path)).toEqual(["answers.__proto__", "answers.constructor"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
  it("rejects an unknown top-level key, naming the nearest", () => {
    const [issue] = issuesOf(() => parseReadinessAnswers({format: "mcw-readiness-answers", version: 1, answers: {}, institutoin: "X"}, INSTRUMENT));
    expect(issue?.message).toBe('institutoin: got "institutoin"; expected a known key in the answers file; did you mean "institution"?');
  });
  it("rejects a file of another format or version, and one without answers", () => {
    expect(issuesOf(() => parseReadinessAnswers({format: "mcw-scenario", version: 1, answers: {}}, INSTRUMENT))[0]?.message).toBe(
      'format: got "mcw-scenario"; expected "mcw-readiness-answers" (this is not a readiness answers file)'
    );
    expect(issuesOf(() => parseReadinessAnswers({format: "mcw-readiness-answers", version: 2, answers: {}}, INSTRUMENT))[0]?.expected).toBe(
      "1 (this workbench reads version 1 answers files)"
    );
    expect(issuesOf(() => parseReadinessAnswers({format: "mcw-readiness-answers", version: 1}, INSTRUMENT))[0]?.message).toMatch(/^answers: missing; expected an object/);
  });
  it("rejects a value that is not an object", () => {
    expect(issuesOf(() => parseReadinessAnswers([1, 2], INSTRUMENT))[0]?.message).toMatch(/^\(whole input\): got \[1,2\]; expected a JSON object/);
    expect(issuesOf(() => parseReadinessAnswers(null, INSTRUMENT))).toHaveLength(1);
  });
  it("rejects an over-long institution name", () => {
    expect(issuesOf(() => parseReadinessAnswers(file({}, {institution: "x".repeat(201)}), INSTRUMENT))[0]?.path).toBe("institution");
  });
  it("lists at most 20 problems and counts the rest", () => {
    const many = Object.fromEntries(Array.from({length: 30}, (_, i) => [`zz${i}`, 1]));
    const issues = issuesOf(() => parseReadinessAnswers(file(many), INSTRUMENT));
    expect(issues).toHaveLength(21);
    expect(issues[20]?.message).toBe("… and 10 more problem(s)");
  });
  it("puts the source in the error message", () => {
    expect(() => parseReadinessAnswers(file({aa1: 9}), INSTRUMENT, "mine.json")).toThrow(/^mine\.json: invalid readiness answers:\n {2}answers\.aa1: got 9/);
  });
});

describe("readReadinessAnswersText(text, instrument)", () => {
  it("names the line and column of a JSON syntax error", () => {
    const issues = issuesOf(() => readReadinessAnswersText('{\n  "format": "mcw-readiness-answers",\n  "answers": {,}\n}', INSTRUMENT));
    expect(issues[0]?.message).toMatch(/^answers:3:15: invalid JSON: /);
  });
  it("refuses an item answered twice, naming both places, instead of keeping the last answer", () => {
    const issues = issuesOf(() => readReadinessAnswersText('{"format":"mcw-readiness-answers","version":1,"answers":{"cc1":3,"cc1":0}}', INSTRUMENT, "mine.json"));
    expect(issues[0]?.message).toMatch(/^mine\.json:1:66: answers\.cc1: duplicate key "cc1" \(first at line 1, column 58\)/);
  });
  it("accepts a byte-order mark", () => expect(readReadinessAnswersText('\uFEFF{"format":"mcw-readiness-answers","version":1,"answers":{"cc1":3}}', INSTRUMENT).answers.cc1).toBe(3));
  it("refuses text longer than the limit before parsing it", () => {
    expect(issuesOf(() => readReadinessAnswersText(" ".repeat(MAX_ANSWERS_TEXT_LENGTH + 1), INSTRUMENT))[0]?.expected).toBe("an answers file of at most 200,000 characters");
  });
});

describe("serializeReadinessAnswers(answers, instrument)", () => {
  it("writes every item in instrument order, null when unanswered, and reads back unchanged", () => {
    const answers = {institution: "Acme", description: "Test", example: false, answers: {cc1: 2, aa1: 4}};
    const text = serializeReadinessAnswers(answers, INSTRUMENT);
    expect(text).toBe(
      '{\n  "format": "mcw-readiness-answers",\n  "version": 1,\n  "institution": "Acme",\n  "description": "Test",\n  "answers": {\n    "aa1": 4,\n    "aa2": null,\n    "bb1": null,\n    "bb2": null,\n    "cc1": 2\n  }\n}\n'
    );
    expect(readReadinessAnswersText(text, INSTRUMENT)).toEqual({...answers, answers: {aa1: 4, aa2: null, bb1: null, bb2: null, cc1: 2}});
  });
  it("keeps the example flag", () => expect(serializeReadinessAnswers({institution: "E", description: "", example: true, answers: {}}, INSTRUMENT)).toContain('"example": true'));
});
