import {describe, expect, it} from "vitest";
import {
  CONSORTIUM_PARTNERS,
  LOW_READINESS_SCORE,
  MIN_MARKET_COVERAGE,
  PAYS_MIN_PROBABILITY,
  VERDICT_RULE_TEXT,
  WEAK_MARKET_NEED_SCORE,
  buildCandidateRecords,
  candidateVerdicts,
  formatMoney,
  npvSummary,
  pays,
  verdict,
  type CandidateMarketRowInput,
  type NpvSummary,
  type VerdictInput,
  type VerdictReadiness
} from "../../src/model/index.js";

const gain = (expectedNpv: number, probabilityNpvPositive: number, p10Npv = -10_000): NpvSummary => ({expectedNpv, probabilityNpvPositive, p10Npv});
const PAYS = gain(120_000, 0.8, -20_000);
const LOSES = gain(-90_000, 0.2, -250_000);

function input(overrides: Partial<VerdictInput> = {}): VerdictInput {
  return {
    marketNeed: {score: 60, coverage: 0.9, rank: 2, of: 11},
    standalone: PAYS,
    withoutPathway: PAYS,
    consortium: PAYS,
    consortiumPartners: 3,
    hasPathway: true,
    identityVerification: "supervised-id",
    ...overrides
  };
}
const ready: VerdictReadiness = {overall: 75, dimensions: {Policy: 80}, hasValidationSystem: true, hasPolicy: true, verifiesIdentity: true, weakest: ["Funding"]};

describe("pays(summary)", () => {
  it("needs a positive expected NPV and P(NPV > 0) of at least one half", () => {
    expect(pays(gain(1, PAYS_MIN_PROBABILITY))).toBe(true);
    expect(pays(gain(1, 0.49))).toBe(false);
    expect(pays(gain(0, 0.9))).toBe(false);
  });
});

describe("verdict(input): finance", () => {
  it("is go when the credential pays without pathway revenue, with the numbers behind it", () => {
    const result = verdict(input());
    expect(result.verdict).toBe("go");
    expect(result.label).toBe("Go");
    expect(result.reasons[0]).toBe("Pays as a credential in its own right: E[NPV] USD 120k, P(NPV > 0) 80% without any pathway revenue.");
    expect(result.reasons[1]).toMatch(/Market-need score 60 of 100, rank 2 of 11, with 90% of its weight backed by data/);
    expect(result.reasons[2]).toBe("Downside: a 1-in-10 chance of losing more than USD 20k (p10 of NPV without pathway revenue).");
  });
  it("is pathway-only when it pays only once pathway revenue is counted", () => {
    const result = verdict(input({withoutPathway: LOSES}));
    expect(result.verdict).toBe("pathway-only");
    expect(result.reasons[0]).toBe("Does not pay as a credential in its own right: E[NPV] USD −90k, P(NPV > 0) 20% without pathway revenue.");
    expect(result.reasons[1]).toMatch(/^Pays once holders who go on to a degree are counted: E\[NPV\] USD 120k/);
  });
  it("is consortium-only when it pays only as one of the partners", () => {
    const result = verdict(input({standalone: LOSES, withoutPathway: LOSES}));
    expect(result.verdict).toBe("consortium-only");
    expect(result.reasons[0]).toMatch(/^Does not pay for one institution alone: E\[NPV\] USD −90k/);
    expect(result.reasons[1]).toMatch(/^Pays as one of 3 partners sharing the development cost: E\[NPV\] USD 120k, P\(NPV > 0\) 80%\.$/);
  });
  it("says when a consortium pays only through pathway revenue", () => {
    const result = verdict(input({standalone: LOSES, withoutPathway: LOSES, consortiumWithoutPathway: gain(-35_000, 0.22)}));
    expect(result.reasons[1]).toMatch(/but only with pathway revenue \(without it USD −35k\)/);
  });
  it("is no-go when even the consortium share does not pay", () => {
    const result = verdict(input({standalone: LOSES, withoutPathway: LOSES, consortium: gain(7_000, 0.4)}));
    expect(result.verdict).toBe("no-go");
    expect(result.reasons[0]).toBe("Does not pay even as one of 3 consortium partners: E[NPV] USD 7k, P(NPV > 0) 40%.");
  });
  it("gives two or three reasons, never more", () => {
    for (const overrides of [{}, {withoutPathway: LOSES}, {standalone: LOSES, withoutPathway: LOSES, consortium: LOSES, marketNeed: {score: 10, coverage: 0.9}}]) {
      const {reasons} = verdict(input(overrides));
      expect(reasons.length).toBeGreaterThanOrEqual(2);
      expect(reasons.length).toBeLessThanOrEqual(3);
    }
  });
  it("records every check with its value and threshold", () => {
    const {checks} = verdict(input({withoutPathway: LOSES}));
    expect(checks.map((c) => [c.id, c.passed])).toEqual([
      ["market-documented", true],
      ["market-strength", true],
      ["pays-alone", true],
      ["pays-without-pathway", false],
      ["pays-in-consortium", true],
      ["readiness-assessment", null],
      ["readiness-overall", null],
      ["readiness-policy", null]
    ]);
    expect(checks[3]).toMatchObject({value: 0.2, threshold: PAYS_MIN_PROBABILITY});
  });
});

describe("verdict(input): market need", () => {
  it(`is no-go when the market-need score is below ${WEAK_MARKET_NEED_SCORE}, whatever the cash flow`, () => {
    const result = verdict(input({marketNeed: {score: 19, coverage: 0.75, rank: 11, of: 11}}));
    expect(result.verdict).toBe("no-go");
    expect(result.reasons[0]).toBe("Market need is weak: score 19 of 100, rank 11 of 11 (below 25).");
  });
  it(`is no-go when less than ${MIN_MARKET_COVERAGE * 100}% of the weight has data`, () => {
    const result = verdict(input({marketNeed: {score: 90, coverage: 0.4}}));
    expect(result.verdict).toBe("no-go");
    expect(result.reasons[0]).toMatch(/^Market need is not documented: only 40% of the market-need weight has data/);
  });
  it("is no-go without any market-need score", () => expect(verdict(input({marketNeed: {score: null, coverage: 0}})).verdict).toBe("no-go"));
  it("accepts a score exactly at the threshold", () => expect(verdict(input({marketNeed: {score: WEAK_MARKET_NEED_SCORE, coverage: MIN_MARKET_COVERAGE}})).verdict).toBe("go"));
});

describe("verdict(input): institutional readiness", () => {
  it("leaves the verdict alone when the institution is ready", () => {
    const result = verdict(input({readiness: ready}));
    expect(result.verdict).toBe("go");
    expect(result.checks.filter((c) => c.id.startsWith("readiness")).map((c) => c.passed)).toEqual([true, true, true]);
  });
  it("turns go into consortium-only when supervised-id assessment meets no validation system", () => {
    const result = verdict(input({readiness: {...ready, hasValidationSystem: false}}));
    expect(result.verdict).toBe("consortium-only");
    expect(result.reasons[0]).toMatch(/^The credential needs identity-verified \(supervised-id\) assessment; the institution has no validation system\. Run it with partners/);
    expect(result.checks.find((c) => c.id === "readiness-assessment")?.passed).toBe(false);
  });
  it("turns it into no-go when the consortium share does not pay either", () => {
    const result = verdict(input({consortium: LOSES, readiness: {...ready, hasValidationSystem: false}}));
    expect(result.verdict).toBe("no-go");
  });
  it("does not need a validation system for a credential assessed without supervision", () => {
    expect(verdict(input({identityVerification: "none", readiness: {...ready, hasValidationSystem: false}})).verdict).toBe("go");
  });
  it("flags supervised assessment at an institution that cannot verify identity", () => {
    expect(verdict(input({identityVerification: "supervised", readiness: {...ready, verifiesIdentity: false}})).verdict).toBe("consortium-only");
  });
  it(`downgrades go when overall readiness is below ${LOW_READINESS_SCORE}, naming the weakest dimensions`, () => {
    const result = verdict(input({readiness: {...ready, overall: 39, weakest: ["Validation", "Partnerships"]}}));
    expect(result.verdict).toBe("consortium-only");
    expect(result.reasons[0]).toMatch(/^Institutional readiness is low: 39 of 100 \(weakest: Validation, Partnerships\)\./);
  });
  it("downgrades pathway-only the same way", () => {
    expect(verdict(input({withoutPathway: LOSES, readiness: {...ready, overall: 20}})).verdict).toBe("consortium-only");
  });
  it("reports a missing policy as a reason without changing the verdict", () => {
    const result = verdict(input({readiness: {...ready, hasPolicy: false}}));
    expect(result.verdict).toBe("go");
    expect(result.reasons.join(" ")).toMatch(/no approved micro-credential policy/);
  });
  it("never acts on an unanswered item: unknown capabilities leave the verdict alone", () => {
    const unknown: VerdictReadiness = {overall: null, dimensions: {}, hasValidationSystem: null, hasPolicy: null, weakest: []};
    const result = verdict(input({readiness: unknown}));
    expect(result.verdict).toBe("go");
    expect(result.checks.filter((c) => c.id.startsWith("readiness")).map((c) => c.passed)).toEqual([null, null, null]);
  });
});

describe("verdict(input): bad input", () => {
  it("throws on a probability outside [0, 1], naming the scenario", () => {
    expect(() => verdict(input({consortium: gain(1, 1.2)}))).toThrow(/consortium.probabilityNpvPositive is 1.2/);
  });
  it("throws on a coverage outside [0, 1]", () => expect(() => verdict(input({marketNeed: {score: 50, coverage: 2}}))).toThrow(/coverage is 2/));
  it("throws on a non-finite NPV", () => expect(() => verdict(input({standalone: gain(Number.NaN, 0.5)}))).toThrow(/standalone NPV is not finite/));
  it("throws on fewer than two consortium partners", () => expect(() => verdict(input({consortiumPartners: 1}))).toThrow(/consortiumPartners is 1/));
});

describe("npvSummary and formatMoney", () => {
  it("uses the deterministic NPV when nothing is uncertain", () => expect(npvSummary(null, 5)).toEqual({expectedNpv: 5, probabilityNpvPositive: 1, p10Npv: 5}));
  it("formats thousands and millions with a true minus sign", () => {
    expect(formatMoney(-72_400, "USD")).toBe("USD −72k");
    expect(formatMoney(1_234_000, "USD")).toBe("USD 1.2m");
    expect(formatMoney(850, "EUR")).toBe("EUR 850");
  });
  it("documents every rule it applies", () => expect(VERDICT_RULE_TEXT.map((r) => r.id)).toEqual(["pays", "finance", "market", "readiness-assessment", "readiness-overall"]));
});

describe("candidateVerdicts(records, options)", () => {
  const published = [
    {survey: "OERu", measure: "strongly_considering_micro_credential", value: 0.34, unit: "share", citation: "c"},
    {survey: "OERu", measure: "would_pursue_micro_credential", value: 0.46, unit: "share", citation: "c"},
    {survey: "HX", measure: "intended_to_certify", value: 0.57, unit: "share", citation: "c"},
    {survey: "HX", measure: "certified_of_intending", value: 0.24, unit: "share", citation: "c"}
  ];
  const row = (id: string, openings: number, stacks: string | null): CandidateMarketRowInput => ({
    id,
    title: `Credential ${id}`,
    provider: "School",
    awarding_body: "Alliance",
    issuer_country: "NL",
    issuer_region: null,
    learning_outcomes: "Outcomes",
    workload_hours: 125,
    ects: 5,
    eqf_level: 6,
    assessment_type: "Proctored exam",
    participation_form: "online",
    quality_assurance: "Internal",
    identity_verification: "supervised-id",
    prerequisites: null,
    stacks_into: stacks,
    stack_credits_ects: stacks === null ? null : 5,
    price: 590,
    price_currency: "EUR",
    price_basis: "basis",
    cip_codes: null,
    soc_codes: "13-1082",
    occupation_basis: "listed SOC codes",
    target_soc_codes: "13-1082",
    target_occupations: 1,
    target_occupations_with_data: 1,
    annual_openings: openings,
    employment_growth_pct: 5,
    median_wage_usd: 90_000,
    certification_relevance_pct: 10,
    shortage_employment_share_pct: 100
  });
  const records = buildCandidateRecords({candidates: [row("big", 400_000, "MBA"), row("small", 5_000, null)], fieldGap: [], fieldPrefixes: [], survey: [], published});
  const result = candidateVerdicts(records, {draws: 2_000, seed: 9});

  it("records the draws, the seed and the consortium size", () => expect(result).toMatchObject({draws: 2_000, seed: 9, consortiumPartners: CONSORTIUM_PARTNERS}));
  it("runs four variants per candidate, the consortium share never worse than going alone", () => {
    for (const r of result.rows) expect(r.scenarios.consortium.expectedNpv).toBeGreaterThan(r.scenarios.standalone.expectedNpv);
  });
  it("finds that pathway revenue adds to the NPV of a stackable credential and to nothing otherwise", () => {
    const [big, small] = result.rows as [(typeof result.rows)[0], (typeof result.rows)[0]];
    expect(big.scenarios.standalone.expectedNpv).toBeGreaterThan(big.scenarios.withoutPathway.expectedNpv);
    expect(small.scenarios.standalone).toEqual(small.scenarios.withoutPathway);
  });
  it("gives a large market a better verdict than a small one", () => {
    expect(result.rows.map((r) => r.verdict)).toEqual(["go", "no-go"]);
  });
  it("is reproducible: the same seed gives the same verdicts and numbers", () => {
    expect(candidateVerdicts(records, {draws: 2_000, seed: 9})).toEqual(result);
  });
});
