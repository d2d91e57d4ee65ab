import {describe, expect, it} from "vitest";
import {
  CATALOGUE_FIELDS,
  PATHWAY_CONVERSION,
  REACHABLE_SHARE,
  asConsortiumShare,
  betaBins,
  buildCandidateRecords,
  reachableShareAround,
  candidateScenario,
  defaultProjectionInputs,
  distributionSecondMoment,
  distributionVariance,
  projectFirstYearEnrolments,
  toUsd,
  withoutPathwayRevenue,
  type CandidateMarketRowInput,
  type CatalogueCandidate,
  type ProjectionInputs,
  type PublishedFigureInput
} from "../../src/model/candidates/index.js";
import {createRng, parseScenario, quantilesR7, runDeterministic, runMonteCarlo, sampleDistribution} from "../../src/model/index.js";

const published: PublishedFigureInput[] = [
  {survey: "OERu enrolee survey", measure: "strongly_considering_micro_credential", value: 0.34, unit: "share", citation: "OERu (n.d.)"},
  {survey: "OERu enrolee survey", measure: "would_pursue_micro_credential", value: 0.46, unit: "share", citation: "OERu (n.d.)"},
  {survey: "HarvardX/MITx intention survey", measure: "intended_to_certify", value: 0.57, unit: "share", citation: "Ho et al. (2015)"},
  {survey: "HarvardX/MITx intention survey", measure: "certified_of_intending", value: 0.24, unit: "share", citation: "Ho et al. (2015)"},
  {survey: "OERu enrolee survey", measure: "enrolees_surveyed", value: 2000, unit: "count", citation: "OERu (n.d.)"}
];

const catalogue: CatalogueCandidate = {
  id: "solar-pv",
  title: "Solar PV",
  provider: "Faculty of Engineering Technology",
  awarding_body: "Alliance",
  issuer_country: "ES",
  issuer_region: null,
  learning_outcomes: "Size a PV system",
  workload_hours: 150,
  ects: 6,
  eqf_level: 5,
  assessment_type: "Supervised practical installation test on site",
  participation_form: "on-site",
  quality_assurance: "Internal approval",
  identity_verification: "supervised-id",
  prerequisites: null,
  stacks_into: "Higher Technician Diploma",
  stack_credits_ects: 6,
  price: 750,
  price_currency: "EUR",
  price_basis: "EUR 125 per ECTS",
  cip_codes: "15.1703",
  soc_codes: "47-2231"
};

describe("distributionVariance(d) and distributionSecondMoment(d)", () => {
  it("uniform(0, 12): variance 12, E[X²] 48", () => {
    expect(distributionVariance({dist: "uniform", min: 0, max: 12})).toBe(12);
    expect(distributionSecondMoment({dist: "uniform", min: 0, max: 12})).toBe(48);
  });
  it("triangular(0, 0, 3): (9)/18 = 0.5", () => expect(distributionVariance({dist: "triangular", min: 0, mode: 0, max: 3})).toBeCloseTo(0.5, 14));
  it("pert(0, 1, 4) is Beta(2, 4) on [0, 4]: 16·8/(36·7)", () => expect(distributionVariance({dist: "pert", min: 0, mode: 1, max: 4})).toBeCloseTo(128 / 252, 14));
  it("beta(2, 2) on [0, 1]: 4/(16·5) = 0.05", () => expect(distributionVariance({dist: "beta", alpha: 2, beta: 2, min: 0, max: 1})).toBeCloseTo(0.05, 14));
  it("normal: sd²", () => expect(distributionVariance({dist: "normal", mean: 3, sd: 2})).toBe(4));
  it("lognormal(0, 1): (e − 1)·e", () => expect(distributionVariance({dist: "lognormal", mu: 0, sigma: 1})).toBeCloseTo((Math.E - 1) * Math.E, 12));
});

describe("projectFirstYearEnrolments(inputs)", () => {
  // base 1000 × share ~ uniform(0.2, 0.4): E[N] = 300; E[N²] = 10⁶·(0.04/12 + 0.09) = 93,333.3; sd = √3,333.3 = 57.735
  const single: ProjectionInputs = {
    base: {key: "openings", label: "Openings", value: 1000, source: "BLS"},
    factors: [{key: "share", label: "share", distribution: {dist: "uniform", min: 0.2, max: 0.4}, value: 0.3, source: "assumption"}]
  };
  const projection = projectFirstYearEnrolments(single);

  it("has the exact mean of the product: 1000 × 0.3 = 300", () => expect(projection.mean).toBeCloseTo(300, 10));
  it("has the exact standard deviation of the product: √3,333.3 = 57.735", () => expect(projection.sd).toBeCloseTo(Math.sqrt(10_000 / 3), 9));
  it("is a beta on the product's range [200, 400] with the product's mean and variance: here the uniform itself", () => {
    // m = (300 − 200)/200 = ½, v = 3,333.3/200² = 1/12, c = (¼)/(1/12) − 1 = 2 → Beta(1, 1)
    expect(projection.distribution.dist).toBe("beta");
    expect(projection.distribution.min).toBeCloseTo(200, 10);
    expect(projection.distribution.max).toBeCloseTo(400, 10);
    expect(projection.distribution.alpha).toBeCloseTo(1, 10);
    expect(projection.distribution.beta).toBeCloseTo(1, 10);
    expect([projection.p10, projection.p50, projection.p90].map((x) => Math.round(x * 1e6) / 1e6)).toEqual([220, 300, 380]);
  });
  it("lists the chain of steps at central values, with each factor's 10th and 90th percentiles", () => {
    expect(projection.steps.map((s) => [s.key, s.value, s.factor])).toEqual([
      ["openings", 1000, null],
      ["share", 300, 0.3]
    ]);
    expect(projection.steps[1]!.factorP10).toBeCloseTo(0.22, 12);
    expect(projection.steps[1]!.factorP90).toBeCloseTo(0.38, 12);
  });
  it("matches a simulation of the product of the default factors (mean, p10, p50 and p90 within 3%)", () => {
    const inputs = defaultProjectionInputs(80_000, published);
    const result = projectFirstYearEnrolments(inputs);
    const n = 200_000;
    const product = new Float64Array(n).fill(inputs.base.value);
    const column = new Float64Array(n);
    inputs.factors.forEach((factor, i) => {
      sampleDistribution(factor.distribution, createRng(5, i + 1), column);
      for (let k = 0; k < n; k++) product[k] = (product[k] as number) * (column[k] as number);
    });
    const simulatedMean = product.reduce((a, b) => a + b, 0) / n;
    const [p10, p50, p90] = quantilesR7(product, [0.1, 0.5, 0.9]) as [number, number, number];
    expect(Math.abs(simulatedMean / result.mean - 1)).toBeLessThan(0.01);
    expect(Math.abs(result.p10 / p10 - 1)).toBeLessThan(0.03);
    expect(Math.abs(result.p50 / p50 - 1)).toBeLessThan(0.03);
    expect(Math.abs(result.p90 / p90 - 1)).toBeLessThan(0.03);
  });
  it("throws when the base is not a positive number of persons", () => {
    expect(() => projectFirstYearEnrolments({...single, base: {...single.base, value: 0}})).toThrow(/base "openings" is 0/);
  });
  it("throws when a factor's distribution is not a share", () => {
    const bad = {...single, factors: [{...single.factors[0]!, key: "wide", distribution: {dist: "normal" as const, mean: 0.3, sd: 0.1}}]};
    expect(() => projectFirstYearEnrolments(bad)).toThrow(/factor "wide" has a distribution on \[-Infinity, Infinity\]/);
  });
  it("throws without factors", () => expect(() => projectFirstYearEnrolments({...single, factors: []})).toThrow(/at least one factor/));
});

describe("defaultProjectionInputs(openings, published)", () => {
  const inputs = defaultProjectionInputs(78_200, published);
  it("multiplies openings by reachable share, stated intent and intent-to-action", () => {
    expect(inputs.base.value).toBe(78_200);
    expect(inputs.factors.map((f) => f.key)).toEqual(["reachableShare", "statedIntent", "intentToAction"]);
  });
  it("reads stated intent as PERT(34%, 46%, 57%) from the published figures", () => {
    expect(inputs.factors[1]!.distribution).toEqual({dist: "pert", min: 0.34, mode: 0.46, max: 0.57});
  });
  it("lets intent-to-action range from half to 1.5 times the published 24%", () => {
    const d = inputs.factors[2]!.distribution as {min: number; mode: number; max: number};
    expect([d.min, d.mode, d.max].map((x) => Math.round(x * 1e6) / 1e6)).toEqual([0.12, 0.24, 0.36]);
  });
  it("uses the documented reachable share unless given another", () => {
    expect(inputs.factors[0]!.distribution).toEqual({dist: "pert", min: REACHABLE_SHARE.min, mode: REACHABLE_SHARE.mode, max: REACHABLE_SHARE.max});
    const own = defaultProjectionInputs(78_200, published, {min: 0.01, mode: 0.02, max: 0.03});
    expect(own.factors[0]!.value).toBe(0.02);
    expect(own.factors[0]!.source).toMatch(/User's catchment estimate/);
  });
  it("gives 78,200 × 0.5% × 46% × 24% = 43.2 learners at central values", () => {
    expect(projectFirstYearEnrolments(inputs).central).toBeCloseTo(78_200 * 0.005 * 0.46 * 0.24, 9);
  });
  it("throws when a published figure is missing, naming the measure", () => {
    expect(() => defaultProjectionInputs(1000, published.slice(1))).toThrow(/measure "strongly_considering_micro_credential", found 0/);
  });
  it("throws when the reachable share's bounds are out of order", () => {
    expect(() => defaultProjectionInputs(1000, published, {min: 0.02, mode: 0.01, max: 0.03})).toThrow(/"reachableShare" needs min ≤ mode ≤ max/);
  });
});

describe("toUsd(amount, currency)", () => {
  it("converts euros at the ECB 2024 average, 1.0824", () => expect(toUsd(100, "EUR")).toBeCloseTo(108.24, 10));
  it("crosses Australian dollars through the euro", () => expect(toUsd(1.6397, "AUD")).toBeCloseTo(1.0824, 10));
  it("throws for a currency without a rate", () => expect(() => toUsd(1, "CHF")).toThrow(/no exchange rate for currency "CHF"/));
});

describe("candidateScenario(candidate, market, projection)", () => {
  const projection = projectFirstYearEnrolments(defaultProjectionInputs(85_100, published));
  const file = candidateScenario(catalogue, null, projection);
  const scenario = parseScenario(file, "solar");

  it("is a valid scenario file in USD over 5 years", () => {
    expect(scenario.currency).toBe("USD");
    expect(scenario.horizonYears).toBe(5);
    expect(scenario.name).toBe("Solar PV");
  });
  it("takes notional hours from the catalogue's workload", () => expect(scenario.inputs.notionalHours).toBe(150));
  it("converts the catalogue price to USD: EUR 750 × 1.0824 = 811.80", () => expect(scenario.inputs.pricePerEnrolment).toBeCloseTo(811.8, 9));
  it("prices on-site supervised-id assessment at the test-centre range, USD 30–50", () => {
    expect(scenario.inputs.identityVerification).toBe("supervised-id");
    expect(scenario.distributions.identityVerificationCostPerAssessment).toEqual({dist: "uniform", min: 30, max: 50});
    expect(scenario.inputs.identityVerificationCostPerAssessment).toBe(40);
  });
  it("uses online proctoring ranges when participation is online", () => {
    const online = parseScenario(candidateScenario({...catalogue, participation_form: "online"}, null, projection));
    expect(online.distributions.identityVerificationCostPerAssessment).toEqual({dist: "uniform", min: 15, max: 30});
  });
  it("counts pathway revenue when the credential stacks into a programme", () => {
    expect(scenario.inputs.pathwayConversionRate).toBeCloseTo(PATHWAY_CONVERSION.alpha / (PATHWAY_CONVERSION.alpha + PATHWAY_CONVERSION.beta), 12);
    expect(file.sources?.pathwayConversionRate).toMatch(/Stacks into Higher Technician Diploma \(6 ECTS\)/);
  });
  it("takes first-year enrolments from the projection, with value = its mean", () => {
    expect(scenario.inputs.firstYearEnrolments).toBeCloseTo(projection.mean, 9);
    expect(scenario.distributions.firstYearEnrolments).toEqual(projection.distribution);
  });
  it("keeps the Monte Carlo mean of enrolment-driven NPV close to the deterministic NPV", () => {
    const mc = runMonteCarlo(scenario, {draws: 20_000, seed: 2})!;
    const deterministic = runDeterministic(scenario.inputs, scenario.horizonYears).npv;
    expect(Math.abs(mc.npv.mean - deterministic)).toBeLessThan(4 * (mc.npv.sd / Math.sqrt(20_000)) + 1);
  });
  it("cites a source for every input it sets", () => {
    for (const key of Object.keys(file.inputs ?? {})) expect(file.sources?.[key as keyof typeof file.sources], key).toBeTruthy();
  });
  it("leaves pathway revenue, verification cost and price at their defaults when the catalogue says so", () => {
    const plain = parseScenario(candidateScenario({...catalogue, stacks_into: null, stack_credits_ects: null, identity_verification: "none", price: null, price_currency: null}, null, projection));
    expect(plain.inputs.pathwayConversionRate).toBe(0);
    expect(plain.inputs.identityVerificationCostPerAssessment).toBe(0);
    expect(plain.defaulted).toContain("pricePerEnrolment");
  });
  it("falls back to the model default volume, saying so, when there is no projection", () => {
    const none = candidateScenario(catalogue, null, null);
    expect(none.inputs?.firstYearEnrolments).toBeUndefined();
    expect(none.sources?.firstYearEnrolments).toMatch(/not evidence/);
  });
  it("describes the market evidence when given", () => {
    const market = {id: "solar-pv", title: "Solar PV", indicators: {annualOpenings: 85_100, employmentGrowthPct: 10.55, medianWageUsd: null, certificationRelevancePct: null, shortageSharePct: null, supplyGapPct: null, learnerInterestPct: null}};
    expect(candidateScenario(catalogue, market, projection).description).toMatch(/85,100 openings a year and grow 10\.6% by 2034/);
    expect(file.description).toMatch(/No labour-market data/);
  });
  it("throws for a price in a currency without a rate", () => {
    expect(() => candidateScenario({...catalogue, price_currency: "CHF"}, null, projection)).toThrow(/"CHF"/);
  });
});

describe("scenario variants", () => {
  const file = candidateScenario(catalogue, null, null);
  it("withoutPathwayRevenue sets pathwayConversionRate to 0 and says why", () => {
    const variant = withoutPathwayRevenue(file);
    expect(parseScenario(variant).inputs.pathwayConversionRate).toBe(0);
    expect(variant.sources?.pathwayConversionRate).toMatch(/Variant/);
  });
  it("asConsortiumShare gives each of 3 partners a third of the development cost", () => {
    const variant = parseScenario(asConsortiumShare(file));
    expect(variant.inputs.developmentCostShare).toBeCloseTo(1 / 3, 15);
    expect(variant.inputs.firstYearEnrolments).toBe(parseScenario(file).inputs.firstYearEnrolments);
  });
  it("asConsortiumShare rejects fewer than two partners", () => expect(() => asConsortiumShare(file, 1)).toThrow(/partners is 1/));
  it("does not change the scenario it starts from", () => {
    withoutPathwayRevenue(file);
    expect(parseScenario(file).inputs.pathwayConversionRate).toBeGreaterThan(0);
  });
});

describe("buildCandidateRecords(marts)", () => {
  const row = (id: string, openings: number | null): CandidateMarketRowInput => ({
    ...catalogue,
    id,
    title: `Title ${id}`,
    occupation_basis: "listed SOC codes",
    target_soc_codes: "47-2231;47-2111",
    target_occupations: 2,
    target_occupations_with_data: openings === null ? 0 : 2,
    annual_openings: openings,
    employment_growth_pct: openings === null ? null : 10,
    median_wage_usd: openings === null ? null : 60_000,
    certification_relevance_pct: null,
    shortage_employment_share_pct: null
  });
  const records = buildCandidateRecords({candidates: [row("b", null), row("a", 85_100)], fieldGap: [], fieldPrefixes: [], survey: [], published});

  it("returns one record per candidate, sorted by id", () => expect(records.map((r) => r.id)).toEqual(["a", "b"]));
  it("keeps exactly the catalogue's fields in `candidate`", () => expect(Object.keys(records[0]!.candidate)).toEqual([...CATALOGUE_FIELDS]));
  it("projects enrolments when openings are known, and not otherwise", () => {
    expect(records[0]!.projection?.central).toBeCloseTo(85_100 * 0.005 * 0.46 * 0.24, 9);
    expect(records[1]!.projection).toBeNull();
    expect(records[1]!.projectionInputs).toBeNull();
  });
  it("scores market need with the default weights and ranks among all candidates", () => {
    expect(records[0]!.market.defaultScore).toMatchObject({score: 50, rank: 1, of: 2});
    expect(records[1]!.market.defaultScore).toMatchObject({score: null, coverage: 0, rank: 2});
  });
  it("carries the target occupations", () => expect(records[0]!.market.occupations).toEqual({basis: "listed SOC codes", socCodes: ["47-2231", "47-2111"], count: 2, withData: 2}));
  it("produces scenarios that parse", () => {
    for (const record of records) expect(() => parseScenario(record.scenario, record.id)).not.toThrow();
  });
});

describe("reachableShareAround(mode)", () => {
  it("keeps the default's shape: PERT(mode/5, mode, 3·mode)", () => {
    const r = reachableShareAround(0.01);
    expect([r.min, r.mode, r.max].map((x) => Math.round(x * 1e9) / 1e9)).toEqual([0.002, 0.01, 0.03]);
  });
  it("gives back the default at the default mode", () => {
    const r = reachableShareAround(REACHABLE_SHARE.mode);
    expect([r.min, r.mode, r.max]).toEqual([REACHABLE_SHARE.min, REACHABLE_SHARE.mode, REACHABLE_SHARE.max]);
  });
  it("caps the maximum at 1", () => expect(reachableShareAround(0.5).max).toBe(1));
  it("rejects a share outside (0, 1]", () => expect(() => reachableShareAround(0)).toThrow(/mode is 0/));
});

describe("betaBins(d, count)", () => {
  it("cuts a uniform on [0, 100] into nice bands of 5 with probability 0.05 each inside", () => {
    const bins = betaBins({dist: "beta", alpha: 1, beta: 1, min: 0, max: 100}, 20);
    expect(bins[0]).toMatchObject({x0: 0, x1: 5});
    expect(bins[5]!.probability).toBeCloseTo(0.05, 10);
    expect(bins.at(-1)!.x1).toBe(100);
  });
  it("covers the 0.5th to 99.5th percentile: the probabilities sum to at least 0.99", () => {
    const projection = projectFirstYearEnrolments(defaultProjectionInputs(100_000, published));
    const total = betaBins(projection.distribution).reduce((sum, b) => sum + b.probability, 0);
    expect(total).toBeGreaterThanOrEqual(0.99);
    expect(total).toBeLessThanOrEqual(1 + 1e-12);
  });
  it("rejects fewer than two bands", () => expect(() => betaBins({dist: "beta", alpha: 2, beta: 2, min: 0, max: 1}, 1)).toThrow(/count is 1/));
});
