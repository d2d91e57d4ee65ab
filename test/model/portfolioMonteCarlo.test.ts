import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {evaluateDrawBlock} from "../../src/model/evaluateDrawBlock.js";
import {parseScenario} from "../../src/model/parseScenario.js";
import {runMonteCarlo} from "../../src/model/runMonteCarlo.js";
import {createScenarioSampler, SAMPLER_BLOCK_SIZE} from "../../src/model/scenarioSampler.js";
import {inputStream} from "../../src/model/inputStream.js";
import {
  addCandidateCredentials,
  combinationsUpTo,
  createPortfolioSampler,
  consortiumSizeSweep,
  credentialStreams,
  modelPortfolio,
  parsePortfolio,
  rankCombinations,
  runPortfolioDeterministic,
  runPortfolioMonteCarlo,
  samplePortfolio,
  summarizePortfolioSample
} from "../../src/model/portfolio/index.js";
import {credential, handScenario} from "./portfolioFixtures.js";

const preset = (file: string) => JSON.parse(readFileSync(`scenarios/${file}`, "utf8")) as Record<string, unknown>;
/** Monte Carlo means agree with the expected value within this many standard errors. */
const STANDARD_ERRORS = 4;

describe("createScenarioSampler", () => {
  it("reproduces runMonteCarlo's draws exactly with the default streams", () => {
    const scenario = parseScenario(preset("consortium-3-partners.json"));
    const draws = SAMPLER_BLOCK_SIZE + 904; // two blocks, the second partial
    const sampler = createScenarioSampler(scenario, 7, draws);
    const cashFlows = Array.from({length: scenario.horizonYears + 1}, () => new Float64Array(draws));
    const npv = new Float64Array(draws);
    for (let offset = 0; offset < draws; offset += sampler.blockSize) {
      const count = Math.min(sampler.blockSize, draws - offset);
      sampler.sampleBlock(count);
      evaluateDrawBlock(sampler.columns, count, scenario.horizonYears, scenario.inputs.pathwayLagYears, cashFlows, npv, offset);
    }
    const reference = runMonteCarlo(scenario, {draws, seed: 7})!;
    expect(npv).toEqual(reference.npvDraws);
    expect(sampler.clampedByInput).toEqual(reference.clampedByInput);
  });
  it("rejects bad draws, seeds and block counts", () => {
    const scenario = parseScenario({});
    expect(() => createScenarioSampler(scenario, 1, 0)).toThrow(/draws must be a whole number ≥ 1/);
    expect(() => createScenarioSampler(scenario, -1, 10)).toThrow(/seed must be an integer/);
    expect(() => createScenarioSampler(scenario, 1, 10).sampleBlock(11)).toThrow(/count must be a whole number in \[1, 10\]/);
  });
});

describe("portfolio Monte Carlo streams", () => {
  it("give each credential's inputs their own stream, named by credential and key", () =>
    expect(credentialStreams("a")("passRate")).toBe(inputStream("a:passRate")));
  it("share the discount rate's plain stream", () => expect(credentialStreams("a")("discountRate")).toBe(inputStream("discountRate")));
  it("make a one-credential portfolio whose only uncertain input is the discount rate equal runMonteCarlo exactly", () => {
    const scenario = handScenario({discountRate: {value: 0.05, dist: "uniform", min: 0, max: 0.1}});
    const mc = runPortfolioMonteCarlo(parsePortfolio({credentials: [{id: "x", scenario}]}), {draws: 5000, seed: 3})!;
    const reference = runMonteCarlo(parseScenario(scenario), {draws: 5000, seed: 3})!;
    expect(mc.npvDraws).toEqual(reference.npvDraws);
    expect(mc.npv).toEqual(reference.npv);
    expect(mc.probabilityNpvPositive).toBe(reference.probabilityNpvPositive);
  });
  it("make a one-credential portfolio equal the single model's kernel driven by the credential's streams", () => {
    const json = preset("stackable-masters-pathway.json");
    const scenario = parseScenario(json);
    const draws = 3000;
    const sampler = createScenarioSampler(scenario, 11, draws, credentialStreams("pathway"));
    const cashFlows = Array.from({length: scenario.horizonYears + 1}, () => new Float64Array(draws));
    const npv = new Float64Array(draws);
    for (let offset = 0; offset < draws; offset += sampler.blockSize) {
      const count = Math.min(sampler.blockSize, draws - offset);
      sampler.sampleBlock(count);
      evaluateDrawBlock(sampler.columns, count, scenario.horizonYears, scenario.inputs.pathwayLagYears, cashFlows, npv, offset);
    }
    expect(runPortfolioMonteCarlo(parsePortfolio({credentials: [{id: "pathway", scenario: json}]}), {draws, seed: 11})!.npvDraws).toEqual(npv);
  });
  it("draw the same input of two credentials independently (correlation near 0)", () => {
    const scenario = handScenario({firstYearEnrolments: {value: 100, dist: "uniform", min: 50, max: 150}});
    const sample = samplePortfolio(parsePortfolio({credentials: [{id: "x", scenario}, {id: "y", scenario}]}), {draws: 20000, seed: 1});
    const a = sample.flows.get("x")!.cashFlow[1]!;
    const b = sample.flows.get("y")!.cashFlow[1]!;
    expect(Math.abs(correlation(a, b))).toBeLessThan(0.03);
  });
  it("value every credential of a draw at one discount rate", () => {
    const scenario = handScenario({discountRate: {value: 0.05, dist: "uniform", min: 0, max: 0.1}});
    const sample = samplePortfolio(parsePortfolio({credentials: [{id: "x", scenario}, {id: "y", scenario}]}), {draws: 1000, seed: 1});
    expect(sample.flows.get("y")!.discountRate).toEqual(sample.flows.get("x")!.discountRate);
  });
  it("do not depend on the order in which a lazy sampler is asked for the credentials", () => {
    const x = {id: "x", scenario: handScenario({passRate: {value: 0.5, dist: "uniform", min: 0.3, max: 0.7}})};
    const y = {id: "y", scenario: handScenario({pricePerEnrolment: {value: 100, dist: "uniform", min: 50, max: 150}})};
    const portfolio = parsePortfolio({credentials: [x, y]});
    const sampler = createPortfolioSampler(portfolio, {draws: 1500, seed: 8});
    expect(sampler.sample(["y"]).flows.size).toBe(1);
    const lazy = sampler.sample(["x", "y"]);
    const eager = samplePortfolio(portfolio, {draws: 1500, seed: 8});
    for (const id of ["x", "y"]) expect(lazy.flows.get(id)!.cashFlow).toEqual(eager.flows.get(id)!.cashFlow);
    expect(() => sampler.sample(["z"])).toThrow(/unknown credential "z"/);
  });
  it("leave a credential's draws unchanged when another credential joins", () => {
    const x = {id: "x", scenario: handScenario({passRate: {value: 0.5, dist: "uniform", min: 0.3, max: 0.7}})};
    const y = {id: "y", scenario: handScenario({pricePerEnrolment: {value: 100, dist: "uniform", min: 50, max: 150}})};
    const alone = samplePortfolio(parsePortfolio({credentials: [x]}), {draws: 2000, seed: 5});
    const together = samplePortfolio(parsePortfolio({credentials: [x, y]}), {draws: 2000, seed: 5});
    expect(together.flows.get("x")!.cashFlow).toEqual(alone.flows.get("x")!.cashFlow);
  });
});

describe("portfolio Monte Carlo results", () => {
  const uncertain = (id: string, extra: Record<string, unknown> = {}) => ({
    id,
    sharedModules: ["m"],
    scenario: handScenario({
      firstYearEnrolments: {value: 100, dist: "triangular", min: 40, mode: 100, max: 200},
      pricePerEnrolment: {value: 100, dist: "uniform", min: 80, max: 120},
      devHoursPerLearnerHour: {value: 10, dist: "pert", min: 6, mode: 10, max: 20}
    }),
    ...extra
  });
  const portfolio = parsePortfolio({
    horizonYears: 3,
    credentials: [uncertain("x"), uncertain("y", {build: "repackage"})],
    sharedModules: [{id: "m", title: "M", learnerHours: 20}],
    repackagingCostFactor: {value: 0.1, dist: "uniform", min: 0.05, max: 0.15}
  });
  const mc = runPortfolioMonteCarlo(portfolio, {draws: 20000, seed: 2})!;

  it("has a mean NPV equal to the deterministic NPV at the inputs' means, within sampling error (the model is multilinear)", () => {
    const atMeans = parsePortfolio({
      horizonYears: 3,
      credentials: [
        {id: "x", sharedModules: ["m"], scenario: handScenario({firstYearEnrolments: 340 / 3, pricePerEnrolment: 100, devHoursPerLearnerHour: 66 / 6})},
        {id: "y", build: "repackage", sharedModules: ["m"], scenario: handScenario({firstYearEnrolments: 340 / 3, pricePerEnrolment: 100, devHoursPerLearnerHour: 66 / 6})}
      ],
      sharedModules: [{id: "m", title: "M", learnerHours: 20}],
      repackagingCostFactor: 0.1
    });
    const expected = runPortfolioDeterministic(atMeans).npv;
    expect(Math.abs(mc.npv.mean - expected)).toBeLessThan((STANDARD_ERRORS * mc.npv.sd) / Math.sqrt(mc.draws));
  });
  it("reports P(NPV > 0) as the share of positive draws", () =>
    expect(mc.probabilityNpvPositive).toBe(mc.npvDraws.filter((x) => x > 0).length / mc.draws));
  it("gives the same figures for the same seed and other figures for another", () => {
    expect(runPortfolioMonteCarlo(portfolio, {draws: 20000, seed: 2})!.npvDraws).toEqual(mc.npvDraws);
    expect(runPortfolioMonteCarlo(portfolio, {draws: 20000, seed: 3})!.npv.mean).not.toBe(mc.npv.mean);
  });
  it("is null with 0 draws or nothing uncertain", () => {
    expect(runPortfolioMonteCarlo(portfolio, {draws: 0})).toBeNull();
    expect(runPortfolioMonteCarlo(parsePortfolio({credentials: [credential("x")]}))).toBeNull();
  });
  it("rejects bad draws and seeds", () => {
    expect(() => runPortfolioMonteCarlo(portfolio, {draws: -1})).toThrow(/draws must be a whole number ≥ 0/);
    expect(() => samplePortfolio(portfolio, {draws: 10, seed: 2 ** 32})).toThrow(/seed must be an integer/);
  });
  it("counts clamped draws, the shared discount rate once", () => {
    const scenario = handScenario({discountRate: {value: 0.05, dist: "normal", mean: 0, sd: 0.05}});
    const result = runPortfolioMonteCarlo(parsePortfolio({credentials: [{id: "x", scenario}, {id: "y", scenario}]}), {draws: 4000, seed: 1})!;
    const single = runMonteCarlo(parseScenario(scenario), {draws: 4000, seed: 1})!;
    expect(result.clampedDraws).toBe(single.clampedDraws);
    expect(result.clampedDraws).toBeGreaterThan(1500);
  });
  it("gives each partner of a pooled equal consortium a quarter of every draw", () => {
    const withPartners = parsePortfolio({
      horizonYears: 3,
      credentials: [uncertain("x")],
      sharedModules: [{id: "m", title: "M", learnerHours: 20}],
      consortium: {partners: ["a", "b", "c", "d"].map((id) => ({id, name: id, developmentShare: 0.25})), revenueSplit: "equal"}
    });
    const result = runPortfolioMonteCarlo(withPartners, {draws: 5000, seed: 4})!;
    expect(result.partners).toHaveLength(4);
    expect(result.partners[0]!.npv.mean).toBeCloseTo(result.npv.mean / 4, 6);
    expect(result.partners[0]!.probabilityNpvPositive).toBe(result.probabilityNpvPositive);
  });
  it("summarises any selection from one sample exactly as a fresh run of that selection", () => {
    const sample = samplePortfolio(portfolio, {draws: 5000, seed: 9});
    const fromSample = summarizePortfolioSample(portfolio, sample, ["y"])!;
    const alone = parsePortfolio({
      horizonYears: 3,
      credentials: [uncertain("y", {build: "repackage"})],
      sharedModules: [{id: "m", title: "M", learnerHours: 20}],
      repackagingCostFactor: {value: 0.1, dist: "uniform", min: 0.05, max: 0.15}
    });
    const fresh = runPortfolioMonteCarlo(alone, {draws: 5000, seed: 9})!;
    expect(fromSample.npvDraws).toEqual(fresh.npvDraws);
  });
  it("gives modelPortfolio the same Monte Carlo as runPortfolioMonteCarlo, with or without a shared sample", () => {
    const report = modelPortfolio(portfolio, {draws: 20000, seed: 2});
    expect(report.portfolio.monteCarlo).toEqual({draws: 20000, seed: 2, npv: mc.npv, probabilityNpvPositive: mc.probabilityNpvPositive, clampedDraws: mc.clampedDraws});
    const sample = samplePortfolio(portfolio, {draws: 20000, seed: 2});
    expect(modelPortfolio(portfolio, {draws: 20000, seed: 2, sample})).toEqual(report);
  });
});

describe("rankCombinations", () => {
  const scenario = (price: number) => handScenario({pricePerEnrolment: {value: price, dist: "uniform", min: price - 40, max: price + 40}});
  const portfolio = parsePortfolio({
    horizonYears: 3,
    credentials: [
      {id: "a", scenario: scenario(300), sharedModules: ["m"]},
      {id: "b", scenario: scenario(200), sharedModules: ["m"]},
      {id: "c", scenario: scenario(100)}
    ],
    sharedModules: [{id: "m", title: "M", learnerHours: 40}],
    stack: {title: "S", credentials: ["a", "b"], completionRate: 0.5, netValuePerStacker: 400}
  });
  const sample = samplePortfolio(portfolio, {draws: 4000, seed: 1});
  const rows = rankCombinations(portfolio, {sample});

  it("evaluates every subset up to the size limit", () => {
    expect(rows).toHaveLength(7);
    expect(rankCombinations(portfolio, {maxSize: 2})).toHaveLength(6);
  });
  it("ranks by expected NPV, best first", () => {
    for (let i = 1; i < rows.length; i++) expect(rows[i - 1]!.expectedNpv).toBeGreaterThanOrEqual(rows[i]!.expectedNpv);
    expect(rows[0]!.members).toEqual(["a", "b"]);
    expect(rows[0]!.includesStack).toBe(true);
  });
  it("agrees with a portfolio of just those credentials", () => {
    for (const row of rows) {
      const deterministic = runPortfolioDeterministic(portfolio, row.members).npv;
      const mc = summarizePortfolioSample(portfolio, sample, row.members)!;
      expect(row.npv).toBeCloseTo(deterministic, 6);
      expect(row.expectedNpv).toBeCloseTo(mc.npv.mean, 6);
      expect(row.probabilityNpvPositive).toBe(mc.probabilityNpvPositive);
      expect(row.p10).toBeCloseTo(mc.npv.p10, 6);
    }
  });
  it("gives only deterministic figures without a sample", () => expect(rankCombinations(portfolio)[0]!.probabilityNpvPositive).toBeNull());
  it("rejects an unknown pool, a bad size and too many combinations", () => {
    expect(() => rankCombinations(portfolio, {pool: ["z"]})).toThrow(/unknown credential "z"/);
    expect(() => rankCombinations(portfolio, {maxSize: 0})).toThrow(/maxSize must be a whole number ≥ 1/);
    const many = parsePortfolio({credentials: Array.from({length: 30}, (_, k) => ({id: `c${k}`, scenario: {}}))});
    expect(() => rankCombinations(many)).toThrow(/31930 combinations exceed 2000/);
  });
});

describe("combinationsUpTo", () => {
  it("lists subsets smallest first, in order", () =>
    expect(combinationsUpTo(["a", "b", "c"], 2)).toEqual([["a"], ["b"], ["c"], ["a", "b"], ["a", "c"], ["b", "c"]]));
  it("stops at the number of items", () => expect(combinationsUpTo(["a", "b"], 4)).toHaveLength(3));
});

describe("consortiumSizeSweep with a sample", () => {
  it("gives each partner's expected NPV and P(NPV > 0) from the same draws", () => {
    const portfolio = parsePortfolio({credentials: [{id: "x", scenario: handScenario({pricePerEnrolment: {value: 400, dist: "uniform", min: 300, max: 500}})}]});
    const sample = samplePortfolio(portfolio, {draws: 4000, seed: 1});
    const rows = consortiumSizeSweep(portfolio, {sample, sizes: [1, 3]});
    const alone = runPortfolioMonteCarlo(portfolio, {draws: 4000, seed: 1})!;
    expect(rows[0]!.expectedNpv).toBeCloseTo(alone.npv.mean, 6);
    expect(rows[0]!.probabilityNpvPositive).toBe(alone.probabilityNpvPositive);
    expect(rows[1]!.expectedNpv).toBeGreaterThan(rows[0]!.expectedNpv);
  });
});

describe("addCandidateCredentials", () => {
  const portfolio = parsePortfolio({credentials: [{id: "a", scenario: {}}], consortium: {partners: [{id: "p", name: "P", developmentShare: 1}]}});
  const pool = addCandidateCredentials(portfolio, [
    {id: "a", title: "Already in", scenario: {inputs: {passRate: 0.1}}},
    {id: "b", title: "Fits", scenario: {inputs: {pricePerEnrolment: 700}}},
    {id: "c", title: "Other horizon", scenario: {horizonYears: 4}},
    {id: "d", title: "Other currency", scenario: {currency: "EUR"}},
    {id: "e", title: "Other rate", scenario: {inputs: {discountRate: 0.03}}},
    {id: "f", title: "A share", scenario: {inputs: {developmentCostShare: 0.5}}},
    {id: "g", title: "Invalid", scenario: {inputs: {passRate: 3}}}
  ]);
  it("adds a compatible candidate, built new and sharing nothing", () => {
    expect(pool.added).toEqual(["b"]);
    expect(pool.portfolio.credentials.map((c) => c.id)).toEqual(["a", "b"]);
    expect(pool.portfolio.credentials[1]).toMatchObject({title: "Fits", build: "new", sharedModules: []});
  });
  it("keeps the portfolio's own scenario for a candidate already in it", () => expect(pool.portfolio.credentials[0]!.scenario.inputs.passRate).toBe(0.85));
  it("says why every other candidate was left out", () =>
    expect(pool.skipped.map((s) => [s.id, s.reason])).toEqual([
      ["c", "its horizon is 4 years, the portfolio's 5"],
      ["d", "its currency is EUR, the portfolio's USD"],
      ["e", "its discount rate (0.03) differs from the portfolio's (0.05)"],
      ["f", "its scenario bears only a share of development, but the portfolio's consortium splits the whole credential"],
      ["g", "its scenario is invalid: inputs.passRate: got 3; expected a number in [0, 1]"]
    ]));
});

function correlation(a: Float64Array, b: Float64Array): number {
  const n = a.length;
  const mean = (x: Float64Array) => x.reduce((s, v) => s + v, 0) / n;
  const [ma, mb] = [mean(a), mean(b)];
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let i = 0; i < n; i++) {
    const [da, db] = [(a[i] as number) - ma, (b[i] as number) - mb];
    sab += da * db;
    saa += da * da;
    sbb += db * db;
  }
  return sab / Math.sqrt(saa * sbb);
}
