import {beforeAll, describe, expect, it} from "vitest";
import {buildCandidateRecords, type CandidateRecord} from "../../src/model/candidates/index.js";
import {parseScenario} from "../../src/model/index.js";
import {candidateVerdicts, type CandidateVerdicts} from "../../src/model/verdict/index.js";
import {readCandidateMarts} from "../../src/data/readCandidateMarts.js";

/** The decision layer over the shipped data: what src/data/candidate-scenarios.json and candidate-verdicts.json hold. */
let records: CandidateRecord[] = [];
let verdicts: CandidateVerdicts;
beforeAll(async () => {
  records = buildCandidateRecords(await readCandidateMarts());
  verdicts = candidateVerdicts(records, {draws: 2_000, seed: 1});
}, 300_000);
const record = (id: string) => records.find((r) => r.id === id) as CandidateRecord;

describe("candidate records from the shipped marts", () => {
  it("has one record per catalogue candidate, each with a scenario that parses", () => {
    expect(records).toHaveLength(11);
    for (const r of records) expect(() => parseScenario(r.scenario, r.id)).not.toThrow();
  });
  it("reads learner interest for cloud-native software from the three freeCodeCamp roles coded CIP 11.0201", () => {
    // full-stack 2,573 + back-end 705 + quality assurance 104 of 6,507 respondents
    expect(record("cloud-native-software").market.indicators.learnerInterestPct).toBeCloseTo((100 * (2573 + 705 + 104)) / 6507, 9);
  });
  it("leaves learner interest missing where no survey answer maps to the candidate's CIP codes", () => {
    expect(record("gerontological-nursing").market.indicators.learnerInterestPct).toBeNull();
  });
  it("derives the nursing demand–supply gap from the health field: 1 − 453,606 sub-baccalaureate completions / 2.25 million openings", () => {
    const fields = record("gerontological-nursing").market.evidence.supplyFields;
    expect(fields.map((f) => f.fieldCode)).toEqual(["health"]);
    expect(fields[0]!.completions).toBe(453_606);
    expect(record("gerontological-nursing").market.indicators.supplyGapPct).toBeCloseTo(100 * (1 - 453_606 / (fields[0]!.annualOpenings as number)), 9);
  });
  it("projects 78,200 × 0.5% × 46% × 24% = 43.2 first-year learners at central values for project management", () => {
    expect(record("applied-project-management").projection?.central).toBeCloseTo(78_200 * 0.005 * 0.46 * 0.24, 6);
  });
  it("gives every candidate a market-need score with the default weights, ranks 1 to 11", () => {
    expect(records.map((r) => r.market.defaultScore.rank).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });
});

describe("candidate verdicts from the shipped marts", () => {
  it("gives every candidate a verdict with two or three reasons", () => {
    expect(verdicts.rows).toHaveLength(11);
    for (const row of verdicts.rows) expect(row.reasons.length).toBeGreaterThanOrEqual(2);
  });
  it("never lets a credential that does not pay alone be go", () => {
    for (const row of verdicts.rows) if (row.verdict === "go") expect(row.scenarios.withoutPathway.expectedNpv).toBeGreaterThan(0);
  });
  it("rules out the candidate with the weakest market need", () => {
    const weakest = verdicts.rows.reduce((a, b) => ((a.marketNeed.score ?? 0) < (b.marketNeed.score ?? 0) ? a : b));
    expect(weakest.marketNeed.score).toBeLessThan(25);
    expect(weakest.verdict).toBe("no-go");
  });
});
