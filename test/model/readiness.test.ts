import {describe, expect, it} from "vitest";
import {
  ReadinessError,
  parseReadinessInstrument,
  parseReadinessScale,
  readinessBenchmarks,
  readinessInstrumentIssues,
  readinessProfile,
  scoreReadiness,
  type ReadinessInstrument
} from "../../src/model/readiness/index.js";
import {EPSILON, FIGURES, INSTRUMENT, item, levels} from "./readiness-support.js";

describe("parseReadinessScale(text)", () => {
  it("reads labelled levels 0…n", () => {
    expect(parseReadinessScale("0: No | 1: Drafted, not approved | 2: Yes")).toEqual([
      {value: 0, label: "No"},
      {value: 1, label: "Drafted, not approved"},
      {value: 2, label: "Yes"}
    ]);
  });
  it("throws naming a level that is out of order", () => expect(() => parseReadinessScale("0: No | 2: Yes")).toThrow(/level 2 is numbered 2; expected 1/));
  it("throws naming a level without a label", () => expect(() => parseReadinessScale("0: No | 1:")).toThrow(/level 2 is "1:"; expected "1: <label>"/));
  it("throws on a single level", () => expect(() => parseReadinessScale("0: Only")).toThrow(/1 level\(s\); expected 2–11 levels/));
});

describe("scoreReadiness(instrument, answers)", () => {
  const score = scoreReadiness(INSTRUMENT, {aa1: 3, aa2: 1, bb1: 1, bb2: null});

  it("scores a dimension as the weighted mean of its answered items' answer / max, × 100", () => {
    // alpha: (2 · 3/4 + 1 · 1/2) / (2 + 1) = 2/3
    expect(score.dimensions[0]!.score).toBeCloseTo(200 / 3, 10);
  });
  it("leaves unanswered items out of numerator and denominator (never scored 0)", () => {
    const beta = score.dimensions[1]!;
    expect(beta.score).toBe(25); // bb1 = 1/4 alone, not (1/4 + 0) / 2
    expect(beta.answered).toBe(1);
    expect(beta.items).toBe(2);
    expect(beta.coverage).toBe(0.5);
    expect(beta.itemScores[1]).toMatchObject({id: "bb2", answer: null, answerLabel: null, score: null});
  });
  it("gives a dimension with no answer a null score, not 0, and lists it as unanswered", () => {
    expect(score.dimensions[2]!.score).toBeNull();
    expect(score.unansweredDimensions).toEqual(["gamma"]);
  });
  it("averages the answered dimensions equally for the overall score", () => {
    expect(score.overall).toBeCloseTo((200 / 3 + 25) / 2, 10);
    expect(score.answered).toBe(3);
    expect(score.items).toBe(5);
    expect(score.complete).toBe(false);
  });
  it("names the weakest answered dimensions, lowest first", () => expect(score.weakest.map((d) => d.id)).toEqual(["beta", "alpha"]));
  it("labels each answer with its level", () => expect(score.dimensions[0]!.itemScores[0]!.answerLabel).toBe("Approved"));
  it("sets a capability when its item reaches the threshold, false below it, null when unanswered", () => {
    expect(score.hasPolicy).toBe(true);
    expect(score.hasValidationSystem).toBe(false);
    expect(score.verifiesIdentity).toBeNull();
    expect(score.capabilities.has_credential_repository).toBeNull(); // no item establishes it
  });
  it("scores nothing answered as null overall with no weakest dimension", () => {
    const empty = scoreReadiness(INSTRUMENT, {});
    expect(empty.overall).toBeNull();
    expect(empty.weakest).toEqual([]);
    expect(empty.dimensions.every((d) => d.score === null)).toBe(true);
  });
  it("scores every item at its top level as 100 everywhere, with no weakest dimension", () => {
    const full = scoreReadiness(INSTRUMENT, {aa1: 4, aa2: 2, bb1: 4, bb2: 4, cc1: 3});
    expect(full.overall).toBe(100);
    expect(full.complete).toBe(true);
    expect(full.weakest).toEqual([]);
  });
  it("scores every item at 0 as 0 (an answered zero is a zero)", () => {
    const zero = scoreReadiness(INSTRUMENT, {aa1: 0, aa2: 0, bb1: 0, bb2: 0, cc1: 0});
    expect(zero.overall).toBe(0);
    expect(zero.hasPolicy).toBe(false);
  });
  it("keeps dimensions tied at the cut among the weakest, in instrument order", () => {
    const wide: ReadinessInstrument = {
      file: "x",
      dimensions: ["d1", "d2", "d3", "d4", "d5"].map((id) => ({id, label: id.toUpperCase()})),
      items: ["d1", "d2", "d3", "d4", "d5"].map((d, i) => item(`it${i + 1}`, d))
    };
    const tied = scoreReadiness(wide, {it1: 2, it2: 1, it3: 2, it4: 2, it5: 4});
    expect(tied.weakest.map((d) => d.id)).toEqual(["d2", "d1", "d3", "d4"]);
  });
  it("ignores answers to ids outside the instrument and own-property tricks", () => {
    const answers = JSON.parse('{"aa1": 4, "__proto__": 4, "zz9": 4}') as Record<string, number>;
    expect(scoreReadiness(INSTRUMENT, answers).answered).toBe(1);
  });
  it("throws on an answer outside the item's scale", () => {
    expect(() => scoreReadiness(INSTRUMENT, {aa2: 3})).toThrow(/answer 3 to aa2 is not a level 0–2/);
    expect(() => scoreReadiness(INSTRUMENT, {aa1: 1.5})).toThrow(RangeError);
  });
  it("weights: a weight-2 item moves its dimension twice as much as a weight-1 item", () => {
    const a = scoreReadiness(INSTRUMENT, {aa1: 4, aa2: 0}).dimensions[0]!.score!;
    const b = scoreReadiness(INSTRUMENT, {aa1: 0, aa2: 2}).dimensions[0]!.score!;
    expect(a).toBeCloseTo(200 / 3, 10);
    expect(b).toBeCloseTo(100 / 3, 10);
    expect(a + b).toBeCloseTo(100, 10);
  });
});

describe("readinessBenchmarks(instrument, score, figures)", () => {
  const score = scoreReadiness(INSTRUMENT, {aa1: 2, bb1: 3});
  const rows = readinessBenchmarks(INSTRUMENT, score, FIGURES);

  it("gives one row per benchmarked item, in instrument order", () => expect(rows.map((r) => r.item)).toEqual(["aa1", "bb1"]));
  it("takes the peer share from the published counts when both are given", () => {
    expect(rows[0]).toMatchObject({peerCount: 17, peerBase: 34, peerShare: 0.5, statement: "50% (17 of 34) had a policy", capability: "has_policy"});
    expect(rows[1]!.peerShare).toBeCloseTo(11 / 34, 15);
    expect(rows[1]!.statement).toBe("32% (11 of 34) had a validation system");
  });
  it("says whether the institution meets each benchmark, with its answer", () => {
    expect(rows[0]).toMatchObject({meets: false, answerLabel: "Drafted", threshold: 3, thresholdLabel: "Approved"});
    expect(rows[1]).toMatchObject({meets: true, answerLabel: "Approved"});
  });
  it("leaves meets unknown when the item is unanswered", () => expect(readinessBenchmarks(INSTRUMENT, scoreReadiness(INSTRUMENT, {}), FIGURES)[0]!.meets).toBeNull());
  it("carries the citation next to the benchmark", () => expect(rows[0]!.citation).toBe("Author (2020), section X, https://example.org/s"));
  it("uses a published share with only a base (88% of 34)", () => {
    const instrument: ReadinessInstrument = {...INSTRUMENT, items: [item("aa1", "alpha", {threshold: 2, benchmark: {survey: "Survey S", measure: "developing", statement: "were developing"}})]};
    const [row] = readinessBenchmarks(instrument, scoreReadiness(instrument, {aa1: 2}), FIGURES);
    expect(row).toMatchObject({peerShare: 0.88, peerCount: null, peerBase: 34, statement: "88% of 34 were developing", meets: true});
  });
  it("throws when an item names a measure that is not published", () => {
    const instrument: ReadinessInstrument = {...INSTRUMENT, items: [item("aa1", "alpha", {threshold: 2, benchmark: {survey: "Survey S", measure: "with_polcy", statement: "x"}})]};
    expect(() => readinessBenchmarks(instrument, scoreReadiness(instrument, {}), FIGURES)).toThrow(/aa1 names Survey S \/ with_polcy, which is not among the published survey figures/);
  });
  it("throws when the measure is a count without a base", () => {
    const instrument: ReadinessInstrument = {...INSTRUMENT, items: [item("aa1", "alpha", {threshold: 2, benchmark: {survey: "Survey S", measure: "surveyed", statement: "x"}})]};
    expect(() => readinessBenchmarks(instrument, scoreReadiness(instrument, {}), FIGURES)).toThrow(/count without a base/);
  });
});

describe("readinessProfile(instrument, answers, figures)", () => {
  it("bundles the score, the benchmarks and the verdict's readiness slot", () => {
    const profile = readinessProfile(INSTRUMENT, {institution: "Acme", description: "", example: false, answers: {aa1: 4, bb1: 0}}, FIGURES);
    expect(profile.institution).toBe("Acme");
    expect(profile.score.dimensions[0]!.score).toBe(100);
    expect(profile.benchmarks).toHaveLength(2);
    expect(profile.verdictReadiness).toMatchObject({hasPolicy: true, hasValidationSystem: false, verifiesIdentity: null});
  });
});

describe("parseReadinessInstrument(json) and readinessInstrumentIssues", () => {
  const json = JSON.parse(JSON.stringify(INSTRUMENT)) as ReadinessInstrument;

  it("accepts a valid instrument", () => expect(parseReadinessInstrument(json).items).toHaveLength(5));
  it("rejects a capability established by two items, naming the first", () => {
    const items = [...INSTRUMENT.items, item("cc2", "gamma", {capability: "has_policy", threshold: 1})];
    expect(readinessInstrumentIssues(INSTRUMENT.dimensions, items)).toEqual([
      expect.objectContaining({path: "items.5.capability", value: "has_policy", expected: "each capability on one item only (aa1 already establishes it)"})
    ]);
  });
  it("rejects a threshold beyond the item's scale and a capability without a threshold", () => {
    const issues = readinessInstrumentIssues(INSTRUMENT.dimensions, [item("aa1", "alpha", {capability: "has_policy", threshold: 5}), item("bb1", "beta", {capability: "in_consortium"}), item("cc1", "gamma")]);
    expect(issues.map((i) => [i.path, i.expected])).toEqual([
      ["items.0.threshold", "a level of the item's scale, 1–4"],
      ["items.1.threshold", "the lowest answer (1–4) that counts as having the capability or meeting the benchmark"]
    ]);
  });
  it("rejects a weight other than 1 without a reason, and a dimension without items", () => {
    const issues = readinessInstrumentIssues(INSTRUMENT.dimensions, [item("aa1", "alpha", {weight: 3}), item("bb1", "beta")]);
    expect(issues.map((i) => i.path)).toEqual(["dimensions.2.id", "items.0.weightBasis"]);
  });
  it("rejects an item in an unknown dimension and a duplicate id", () => {
    const issues = readinessInstrumentIssues(INSTRUMENT.dimensions, [...INSTRUMENT.items, item("aa1", "delta")]);
    expect(issues.map((i) => i.message)).toEqual([
      'items.5.id: got "aa1"; expected a unique item id (item 1 has the same id)',
      'items.5.dimension: got "delta"; expected one of the dimensions alpha, beta, gamma'
    ]);
  });
  it("throws a ReadinessError naming the path of a malformed field", () => {
    const bad = {...json, items: [{...json.items[0], levels: levels("Only")}]};
    try {
      parseReadinessInstrument(bad, "instrument.json");
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ReadinessError);
      expect((error as ReadinessError).message).toMatch(/^instrument\.json: invalid readiness instrument:\n {2}items\.0\.levels: got \[\{"value":0,"label":"Only"\}\]; expected at least two levels/);
    }
  });
});
