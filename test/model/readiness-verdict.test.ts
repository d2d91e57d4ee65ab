import {describe, expect, it} from "vitest";
import {readinessVerdicts, scoreReadiness, toVerdictReadiness} from "../../src/model/readiness/index.js";
import type {CandidateVerdicts, VariantResult} from "../../src/model/verdict/candidateVerdicts.js";
import {verdict} from "../../src/model/verdict/verdict.js";
import {INSTRUMENT} from "./readiness-support.js";

describe("toVerdictReadiness(score)", () => {
  it("fills the verdict's readiness slot from the score", () => {
    const score = scoreReadiness(INSTRUMENT, {aa1: 4, aa2: 2, bb1: 1, bb2: 3});
    expect(toVerdictReadiness(score)).toEqual({
      overall: (100 + 25 * 0.5 + 75 * 0.5) / 2, // alpha 100; beta (1/4 + 3/4) / 2 = 50
      dimensions: {"Alpha policy": 100, "Beta validation": 50, "Gamma funding": null},
      hasValidationSystem: false,
      hasPolicy: true,
      verifiesIdentity: true,
      weakest: ["Beta validation"]
    });
  });
  it("passes unknown capabilities as null, so they never change a verdict", () => {
    expect(toVerdictReadiness(scoreReadiness(INSTRUMENT, {}))).toMatchObject({overall: null, hasValidationSystem: null, hasPolicy: null, verifiesIdentity: null, weakest: []});
  });
});

const variant = (expectedNpv: number, probabilityNpvPositive: number): VariantResult => ({
  expectedNpv,
  probabilityNpvPositive,
  p10Npv: expectedNpv - 100_000,
  deterministicNpv: expectedNpv,
  p50Npv: expectedNpv,
  p90Npv: expectedNpv + 100_000,
  breakEvenFirstYearEnrolments: 50
});

/** One candidate that pays alone (go on market and finance), with supervised-id assessment. */
const VERDICTS = {
  draws: 1000,
  seed: 1,
  consortiumPartners: 3,
  currency: "USD",
  thresholds: {paysMinProbability: 0.5, minMarketCoverage: 0.5, weakMarketNeedScore: 25, lowReadinessScore: 50},
  rows: [
    {
      id: "nursing",
      title: "Gerontological Nursing",
      identityVerification: "supervised-id",
      stacksInto: null,
      marketNeed: {score: 70, coverage: 0.9, rank: 1, of: 2},
      scenarios: {standalone: variant(90_000, 0.6), withoutPathway: variant(90_000, 0.6), consortium: variant(400_000, 0.95), consortiumWithoutPathway: variant(400_000, 0.95)}
    },
    {
      id: "pedagogy",
      title: "Digital Pedagogy",
      identityVerification: "none",
      stacksInto: null,
      marketNeed: {score: 70, coverage: 0.9, rank: 2, of: 2},
      scenarios: {standalone: variant(90_000, 0.6), withoutPathway: variant(90_000, 0.6), consortium: variant(400_000, 0.95), consortiumWithoutPathway: variant(400_000, 0.95)}
    }
  ]
} as unknown as CandidateVerdicts; // only the fields readinessVerdicts reads

describe("readinessVerdicts(candidateVerdicts, readiness)", () => {
  it("keeps every verdict when readiness is not given", () => {
    const rows = readinessVerdicts(VERDICTS, undefined);
    expect(rows.map((r) => [r.id, r.withoutReadiness.verdict, r.withReadiness.verdict, r.changed])).toEqual([
      ["nursing", "go", "go", false],
      ["pedagogy", "go", "go", false]
    ]);
  });

  it("flags a credential that pays on paper but needs identity-verified assessment at an institution with no validation system", () => {
    const ready = toVerdictReadiness(scoreReadiness(INSTRUMENT, {aa1: 4, aa2: 2, bb1: 2, bb2: 4, cc1: 3})); // overall 83, no validation system
    const [nursing, pedagogy] = readinessVerdicts(VERDICTS, ready);
    expect(nursing).toMatchObject({changed: true, withoutReadiness: {verdict: "go"}, withReadiness: {verdict: "consortium-only"}});
    expect(nursing!.withReadiness.reasons[0]).toMatch(/no validation system/);
    expect(pedagogy).toMatchObject({changed: false, withReadiness: {verdict: "go"}}); // needs no supervision
  });

  it("lets the same credential go once the validation system is in place and readiness is high", () => {
    const ready = toVerdictReadiness(scoreReadiness(INSTRUMENT, {aa1: 4, aa2: 2, bb1: 4, bb2: 4, cc1: 3}));
    expect(readinessVerdicts(VERDICTS, ready)[0]).toMatchObject({changed: false, withReadiness: {verdict: "go"}});
  });

  it("gives the same result as calling verdict() with the readiness slot directly", () => {
    const ready = toVerdictReadiness(scoreReadiness(INSTRUMENT, {aa1: 1, bb1: 1}));
    const row = VERDICTS.rows[0]!;
    const direct = verdict({
      marketNeed: row.marketNeed,
      standalone: row.scenarios.standalone,
      withoutPathway: row.scenarios.withoutPathway,
      consortium: row.scenarios.consortium,
      consortiumWithoutPathway: row.scenarios.consortiumWithoutPathway,
      consortiumPartners: 3,
      hasPathway: false,
      identityVerification: "supervised-id",
      currency: "USD",
      readiness: ready
    });
    expect(readinessVerdicts(VERDICTS, ready)[0]!.withReadiness).toEqual(direct);
  });
});
