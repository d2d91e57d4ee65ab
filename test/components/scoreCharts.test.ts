import {JSDOM} from "jsdom";
import {describe, expect, it} from "vitest";
import {ContributionChart, contributionRows, coverageNote, indicatorValueText, scoreFinding} from "../../src/components/ContributionChart.js";
import {RankStabilityChart, stabilityBand, stabilityFinding} from "../../src/components/RankStabilityChart.js";
import {checkWeights, scoreColumns, scoreOrProblem, scoreTableRows, stabilityOrProblem, weightShares, weightSummary} from "../../src/components/marketScore.js";
import {settledValue} from "../../src/components/settledValue.js";
import {DEFAULT_WEIGHTS, INDICATOR_KEYS, type IndicatorValues, type MarketIndicatorRow} from "../../src/model/marketNeed/index.js";

const {document} = new JSDOM("<!doctype html><body></body>", {url: "http://localhost/"}).window;
const svgOf = (node: Element) => (node.tagName.toLowerCase() === "svg" ? node : node.querySelector(":scope > svg"))!;
const marks = (node: Element, aria: string) => [...svgOf(node).querySelectorAll(`g[aria-label="${aria}"]`)];

const none: IndicatorValues = Object.fromEntries(INDICATOR_KEYS.map((k) => [k, null])) as IndicatorValues;
const candidate = (id: string, values: Partial<IndicatorValues>): MarketIndicatorRow => ({id, title: `Candidate ${id.toUpperCase()}`, indicators: {...none, ...values}});
const candidates = [
  candidate("a", {annualOpenings: 300, employmentGrowthPct: 10, medianWageUsd: 90_000, certificationRelevancePct: 40}),
  candidate("b", {annualOpenings: 200, employmentGrowthPct: 20, medianWageUsd: 60_000, certificationRelevancePct: 10}),
  candidate("c", {annualOpenings: 100, employmentGrowthPct: 5, medianWageUsd: 50_000, certificationRelevancePct: null}),
  candidate("d", {})
];
const onlyOpenings = Object.fromEntries(INDICATOR_KEYS.map((k) => [k, k === "annualOpenings" ? 1 : 0]));

describe("scoreOrProblem, stabilityOrProblem and checkWeights", () => {
  it("scores with the model and re-draws the weights", () => {
    const scored = scoreOrProblem(candidates, onlyOpenings);
    expect(scored.ok).toBe(true);
    if (!scored.ok) return;
    // openings alone: percentile ranks 100 × (below + ½) / 3 among the three with a value
    expect(scored.value.map((c) => c.score)).toEqual([(100 * 2.5) / 3, (100 * 1.5) / 3, (100 * 0.5) / 3, null]);
    const stability = stabilityOrProblem(candidates, onlyOpenings, {draws: 200, k: 2, seed: 7});
    expect(stability.ok).toBe(true);
    if (!stability.ok) return;
    expect(stability.value.k).toBe(2);
    expect(stability.value.rows.find((r) => r.id === "a")?.topKShare).toBe(1);
  });
  it("explains weights the model refuses, naming the weight and its value", () => {
    expect(scoreOrProblem(candidates, Object.fromEntries(INDICATOR_KEYS.map((k) => [k, 0])))).toEqual({ok: false, problem: "every weight is 0: set at least one weight above 0"});
    const negative = checkWeights({...DEFAULT_WEIGHTS, medianWageUsd: -1});
    expect(negative.ok).toBe(false);
    if (!negative.ok) expect(negative.problem).toMatch(/weight "medianWageUsd" is -1/);
    expect(checkWeights(DEFAULT_WEIGHTS)).toEqual({ok: true, value: DEFAULT_WEIGHTS});
  });
  it("passes the model's own option errors through as a problem", () => {
    const outcome = stabilityOrProblem(candidates, DEFAULT_WEIGHTS, {draws: 10, k: 0});
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.problem).toMatch(/k is 0/);
  });
});

describe("the contribution chart", () => {
  const outcome = scoreOrProblem(candidates, DEFAULT_WEIGHTS);
  if (!outcome.ok) throw new Error(outcome.problem);
  const scored = outcome.value;

  it("has one segment per present, weighted indicator, in rank order, adding up to the score", () => {
    const rows = contributionRows(scored);
    expect(new Set(rows.map((r) => r.id))).toEqual(new Set(["a", "b", "c"]));
    expect(rows.filter((r) => r.id === "c").map((r) => r.key)).toEqual(["annualOpenings", "employmentGrowthPct", "medianWageUsd"]);
    for (const c of scored.filter((s) => s.score !== null)) {
      const sum = rows.filter((r) => r.id === c.id).reduce((total, r) => total + r.points, 0);
      expect(sum).toBeCloseTo(c.score as number, 10);
    }
    expect(rows[0]!.rank).toBe(1);
  });
  it("flags coverage and the missing indicators, and a candidate with no score", () => {
    const c = scored.find((s) => s.id === "c")!;
    expect(coverageNote(c)).toBe(`${Math.round(c.coverage * 100)}% coverage · missing: Certificate relevance, Shortage rating, Demand–supply gap, Learner interest`);
    expect(coverageNote(scored.find((s) => s.id === "d")!)).toBe("no score: no weighted indicator has a value");
  });
  it("states the leader, the margin and how many scores are incomplete", () => {
    const first = [...scored].sort((x, y) => x.rank - y.rank)[0]!;
    expect(scoreFinding(scored)).toMatch(new RegExp(`^${first.title} scores highest \\(\\d+ of 100\\), (level with|\\d+ points? ahead of) Candidate [A-D]; 4 of 4 scores rest on incomplete data$`));
    expect(scoreFinding([])).toBe("No candidate has a score under these weights");
  });
  it("writes indicator values with their units, and missing as a dash", () => {
    expect(indicatorValueText("annualOpenings", 218_600)).toBe("218,600 a year");
    expect(indicatorValueText("medianWageUsd", 93_600)).toBe("$93,600");
    expect(indicatorValueText("employmentGrowthPct", -1.747)).toBe("−1.7%");
    expect(indicatorValueText("employmentGrowthPct", 14.85)).toBe("+14.8%");
    expect(indicatorValueText("shortageSharePct", null)).toBe("—");
  });
  it("draws the stacked segments and a note per candidate", () => {
    const chart = ContributionChart(scored, {document});
    expect(marks(chart, "bar")[0]?.children).toHaveLength(contributionRows(scored).length);
    expect(svgOf(chart).textContent).toContain("no score: no weighted indicator has a value");
    expect(chart.textContent).toContain("Learner interest");
  });
  it("lists every candidate in the table with raw values and what is missing", () => {
    const rows = scoreTableRows(scored);
    expect(rows.map((r) => r.rank)).toEqual([1, 2, 3, 4]);
    expect(rows.find((r) => r.title === "Candidate C")).toMatchObject({certificationRelevancePct: "—", annualOpenings: "100 a year"});
    expect(scoreColumns().map((c) => c.key)).toEqual(["rank", "title", "score", "coverage_pct", "missing", ...INDICATOR_KEYS]);
  });
  it("reads the weights back as shares of their total", () => {
    expect(weightShares({a: 1, b: 3})).toEqual({a: 0.25, b: 0.75});
    expect(weightSummary(DEFAULT_WEIGHTS)).toMatch(/^Annual openings 25% · Employment growth 15% · Median wage 10%/);
  });
});

describe("the rank stability chart", () => {
  it("bands top-k shares by how sure they are", () => {
    expect([1, 0.9, 0.89, 0.5, 0.2, 0.05, 0].map(stabilityBand)).toEqual([
      "almost always in (≥ 90%)",
      "almost always in (≥ 90%)",
      "usually in (50–90%)",
      "usually in (50–90%)",
      "sometimes in (10–50%)",
      "rarely in (< 10%)",
      "rarely in (< 10%)"
    ]);
  });
  it("names the sure places and the contested ones", () => {
    const result = {
      draws: 10_000,
      concentration: 20,
      k: 2,
      seed: 1,
      rows: [
        {id: "a", title: "A", baseRank: 1, topKShare: 0.97, medianRank: 1, p10Rank: 1, p90Rank: 2},
        {id: "b", title: "B", baseRank: 2, topKShare: 0.61, medianRank: 2, p10Rank: 1.9, p90Rank: 3.2},
        {id: "c", title: "C", baseRank: 3, topKShare: 0.42, medianRank: 3, p10Rank: 2, p90Rank: 4},
        {id: "d", title: "D", baseRank: null, topKShare: 0, medianRank: null, p10Rank: null, p90Rank: null}
      ]
    };
    expect(stabilityFinding(result)).toBe("Under 10,000 re-drawn weightings, 1 candidate stays in the top 2 almost always: A; B holds its place in 61%");
    const chart = RankStabilityChart(result, {document});
    expect(marks(chart, "bar")[0]?.children).toHaveLength(4);
    // R-7 ranks are read as whole ranks in the labels
    expect(svgOf(chart).textContent).toContain("61% · rank 2–3");
    expect(svgOf(chart).textContent).toContain("0% · —");
  });
  it("says so when no candidate is sure of its place", () => {
    const result = {draws: 100, concentration: 5, k: 1, seed: 1, rows: [{id: "a", title: "A", baseRank: 1, topKShare: 0.5, medianRank: 1, p10Rank: 1, p90Rank: 2}]};
    expect(stabilityFinding(result)).toBe("Under 100 re-drawn weightings, no candidate stays in the top 1 in 90% of them; A holds its place in 50%");
  });
});

describe("settledValue(input, delayMs)", () => {
  it("yields the value at once, then once per burst of input events after the pause", async () => {
    const input = Object.assign(new EventTarget(), {value: 1});
    const values = settledValue(input, 20);
    expect((await values.next()).value).toBe(1);
    const next = values.next();
    for (const v of [2, 3, 4]) {
      input.value = v;
      input.dispatchEvent(new Event("input"));
    }
    const started = performance.now();
    expect((await next).value).toBe(4); // one value for the burst: the last
    expect(performance.now() - started).toBeGreaterThanOrEqual(15);
    await values.return();
    // closed: later events are no longer heard
    input.value = 5;
    input.dispatchEvent(new Event("input"));
    expect((await values.next()).done).toBe(true);
  });
  it("refuses a negative delay", async () => {
    await expect(settledValue(Object.assign(new EventTarget(), {value: 0}), -1).next()).rejects.toThrow(/delay -1 ms/);
  });
});
