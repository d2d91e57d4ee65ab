import {describe, expect, it} from "vitest";
import {
  candidateMarket,
  learnerInterestIndicator,
  ncsesFieldOfCip,
  splitCodes,
  supplyGapIndicator,
  type FieldGapInput,
  type FieldPrefix,
  type SurveyShareInput
} from "../../src/model/marketNeed/index.js";

const prefixes: FieldPrefix[] = [
  {field_code: "multidisciplinary_sciences", cip_prefix: "30"},
  {field_code: "mathematics_statistics", cip_prefix: "30.71"},
  {field_code: "computer_sciences", cip_prefix: "11"},
  {field_code: "homeland_security", cip_prefix: "43"},
  {field_code: "education", cip_prefix: "13"}
];
const gap = (field_code: string, supply_source: string, completions: number, annual_openings: number | null): FieldGapInput => ({
  field_vocabulary: "ncses_broad_field",
  field_code,
  field: `Field ${field_code}`,
  supply_source,
  supply_year: 2021,
  completions,
  annual_openings
});
const fieldGap = [
  gap("computer_sciences", "ncses_sub_baccalaureate", 80_000, 260_000),
  gap("computer_sciences", "ncses_shed10_certificates", 47_000, 260_000),
  gap("homeland_security", "ncses_sub_baccalaureate", 15_000, 340_000),
  gap("mathematics_statistics", "ncses_sub_baccalaureate", 5_000, null)
];
const answer = (survey: string, answerText: string, cip_code: string | null, weighted_share: number): SurveyShareInput => ({
  survey,
  question: "field_of_interest",
  breakdown: "all",
  answer: answerText,
  cip_code,
  respondents: 1000,
  weighted_share,
  lower_95: weighted_share - 0.01,
  upper_95: weighted_share + 0.01
});
const survey = [answer("s1", "Full-stack", "11.0201", 0.4), answer("s1", "Back-end", "11.0201", 0.1), answer("s1", "PM", "52.0211", 0.03), answer("s2", "Dev", "11.0201", 0.3)];

describe("splitCodes(codes)", () => {
  it("splits on semicolons and trims", () => expect(splitCodes(" 11.1003;43.0403 ;")).toEqual(["11.1003", "43.0403"]));
  it("gives no codes for null", () => expect(splitCodes(null)).toEqual([]));
});

describe("ncsesFieldOfCip(cip, prefixes)", () => {
  it("uses the longest matching prefix", () => expect(ncsesFieldOfCip("30.7101", prefixes)).toBe("mathematics_statistics"));
  it("falls back to the shorter prefix", () => expect(ncsesFieldOfCip("30.0101", prefixes)).toBe("multidisciplinary_sciences"));
  it("returns null when nothing matches", () => expect(ncsesFieldOfCip("99.0000", prefixes)).toBeNull());
});

describe("supplyGapIndicator(cips, fieldGap, prefixes)", () => {
  it("is 100·(openings − completions)/openings of the sub-baccalaureate pipeline", () => {
    expect(supplyGapIndicator(["11.0201"], fieldGap, prefixes).valuePct).toBeCloseTo((100 * 180_000) / 260_000, 10);
  });
  it("sums openings and completions over the distinct broad fields of several CIP codes", () => {
    const result = supplyGapIndicator(["11.1003", "43.0403", "11.0201"], fieldGap, prefixes);
    expect(result.valuePct).toBeCloseTo((100 * (600_000 - 95_000)) / 600_000, 10);
    expect(result.fields.map((f) => [f.fieldCode, f.cipCodes])).toEqual([
      ["computer_sciences", ["11.1003", "11.0201"]],
      ["homeland_security", ["43.0403"]]
    ]);
  });
  it("is missing (null, not 0) when the field has no openings figure", () => {
    const result = supplyGapIndicator(["30.7101"], fieldGap, prefixes);
    expect(result.valuePct).toBeNull();
    expect(result.fields[0]).toMatchObject({fieldCode: "mathematics_statistics", annualOpenings: null, completions: 5_000});
  });
  it("is missing without CIP codes", () => expect(supplyGapIndicator([], fieldGap, prefixes).valuePct).toBeNull());
});

describe("learnerInterestIndicator(cips, survey)", () => {
  it("adds the shares of every answer mapped to the candidate's codes, then averages over surveys", () => {
    const result = learnerInterestIndicator(["11.0201"], survey);
    expect(result.valuePct).toBeCloseTo((50 + 30) / 2, 10);
    expect(result.matches).toHaveLength(3);
  });
  it("is missing when no answer maps to the codes", () => expect(learnerInterestIndicator(["47.0614"], survey)).toEqual({valuePct: null, matches: []}));
  it("ignores breakdown rows and other questions", () => {
    const other = [{...answer("s1", "PM", "52.0211", 0.5), breakdown: "region"}, {...answer("s1", "PM", "52.0211", 0.5), question: "career_change_intent"}];
    expect(learnerInterestIndicator(["52.0211"], other).valuePct).toBeNull();
  });
});

describe("candidateMarket(row, fieldGap, prefixes, survey)", () => {
  it("passes the mart's indicators through, nulls included, and derives gap and interest", () => {
    const market = candidateMarket(
      {id: "c", title: "C", cip_codes: "11.0201", annual_openings: 1000, employment_growth_pct: -2, median_wage_usd: 50_000, certification_relevance_pct: null, shortage_employment_share_pct: 0},
      fieldGap,
      prefixes,
      survey
    );
    expect(market.indicators).toEqual({
      annualOpenings: 1000,
      employmentGrowthPct: -2,
      medianWageUsd: 50_000,
      certificationRelevancePct: null,
      shortageSharePct: 0,
      supplyGapPct: (100 * 180_000) / 260_000,
      learnerInterestPct: 40
    });
    expect(market.evidence.cipCodes).toEqual(["11.0201"]);
  });
});
