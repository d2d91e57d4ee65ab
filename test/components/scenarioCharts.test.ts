import {readFileSync} from "node:fs";
import {JSDOM} from "jsdom";
import {describe, expect, it} from "vitest";
import {BreakEvenChart, breakEvenCurves, breakEvenFinding, breakEvenRows} from "../../src/components/BreakEvenChart.js";
import {CashFlowBandsChart, cashFlowFinding, cashFlowRows} from "../../src/components/CashFlowBandsChart.js";
import {NpvHistogram, npvBinRows, npvFinding} from "../../src/components/NpvHistogram.js";
import {TornadoChart, tornadoFinding, tornadoRows} from "../../src/components/TornadoChart.js";
import {cashFlowSeries, npvSeries, sharedCurrency, breakEvenSeries} from "../../src/components/scenarioSeries.js";
import type {TimedRun} from "../../src/components/ScenarioRunner.js";
import {defaultInputs} from "../../src/model/defaultInputs.js";
import {parseScenario} from "../../src/model/parseScenario.js";
import {runScenario} from "../../src/model/runScenario.js";

const {document} = new JSDOM("<!doctype html><body></body>").window;
const preset = JSON.parse(readFileSync(new URL("../../scenarios/own-platform-paid.json", import.meta.url), "utf8"));
const timedOf = (file: object, draws = 2000): TimedRun => {
  const scenario = parseScenario(file);
  return {scenario, settings: {draws, seed: 1}, run: runScenario(scenario, {draws, seed: 1}), computeMs: 1, roundTripMs: 2, where: "main thread"};
};
const paid = timedOf(preset);
const cheaper = timedOf({...preset, name: "Cheaper", inputs: {...preset.inputs, pricePerEnrolment: 450}});
const one = [{label: "Paid", timed: paid}];
const two = [...one, {label: "Cheaper", timed: cheaper}];
/** Data marks drawn by the mark described as `label` (its group's aria-description). */
const marks = (chart: Element, label: string) => chart.querySelectorAll(`g[aria-description="${label}"] > *`).length;

describe("CashFlowBandsChart(series, options)", () => {
  const series = cashFlowSeries(one);
  it("has one row per year with the cumulative cash flow and the bands", () => {
    const rows = cashFlowRows(series);
    expect(rows).toHaveLength(6);
    expect(rows[5]?.cumulative_cash_flow).toBeCloseTo(paid.run.deterministic.cumulativeCashFlow[5] as number, 6);
    expect(rows[2]?.p10).toBe(paid.run.monteCarlo?.cashFlowBands[2]?.p10);
  });
  it("draws a dot per year, the median line and the p10–p90 band", () => {
    const chart = CashFlowBandsChart(series, {document, width: 640});
    expect(marks(chart, "cash flow")).toBe(6);
    expect(marks(chart, "p10–p90 band")).toBe(1);
    expect(chart.getAttribute("aria-label")).toMatch(/cash flow by year for “Paid”/);
  });
  it("states the build cost and that yearly cash flow does not repay it", () =>
    expect(cashFlowFinding(series)).toBe("A USD 162,500 build in year 0; yearly cash flow of USD 10,974 to USD 24,761 does not repay it within 5 years"));
  it("states the payback year when there is one", () =>
    expect(cashFlowFinding([{label: "A", years: [0, 1, 2], cashFlow: [-100, 60, 60], bands: null}])).toBe("A USD 100 build in year 0; yearly cash flow of USD 60 repays it in year 2"));
  it("overlays several scenarios with a legend and names the best", () => {
    const chart = CashFlowBandsChart(cashFlowSeries(two), {document});
    expect(marks(chart, "cash flow")).toBe(12);
    expect(chart.textContent).toContain("Cheaper");
    expect(cashFlowFinding(cashFlowSeries(two))).toMatch(/^“Paid” ends the horizon with the highest cumulative cash flow/);
  });
});

describe("NpvHistogram(series, options)", () => {
  const series = npvSeries(one);
  it("bins every draw once", () => expect(npvBinRows(series).reduce((n, r) => n + r.draws, 0)).toBe(2000));
  it("draws bars coloured by loss or gain, with 0 and p5/p50/p95 labelled", () => {
    const chart = NpvHistogram(series, {document});
    expect(marks(chart, "NPV bins")).toBeGreaterThan(10);
    expect([...chart.querySelectorAll('g[aria-description="percentile labels"] text')].map((t) => t.textContent?.split(" ")[0])).toEqual(["p5", "p50", "p95"]);
    expect(chart.textContent).toContain("loss or break-even");
  });
  it("states the chance of a positive NPV and the middle 90%", () => {
    const mc = paid.run.monteCarlo!;
    expect(npvFinding(series)).toBe(`NPV is positive in ${Math.round(mc.probabilityNpvPositive * 100)}% of draws; 90% lie between −USD ${Math.round(-mc.npv.p5).toLocaleString("en-US")} and ${mc.npv.p95 < 0 ? "−" : ""}USD ${Math.round(Math.abs(mc.npv.p95)).toLocaleString("en-US")}`);
  });
  it("overlays several samples on shared bins as lines", () => {
    const rows = npvBinRows(npvSeries(two));
    const edges = (label: string) => rows.filter((r) => r.scenario === label).map((r) => r.npv_from);
    expect(edges("Paid")).toEqual(edges("Cheaper"));
    const chart = NpvHistogram(npvSeries(two), {document});
    expect(chart.querySelectorAll('g[aria-description="NPV distribution"] path')).toHaveLength(2);
  });
  it("leaves out runs without a Monte Carlo", () => expect(npvSeries([{label: "certain", timed: timedOf({})}])).toEqual([]));
});

describe("TornadoChart(bars, options)", () => {
  const bars = paid.run.tornado;
  it("has one row per uncertain input with its label and percentiles", () => {
    const rows = tornadoRows(bars);
    expect(rows).toHaveLength(10);
    expect(rows[0]).toMatchObject({input: bars[0]?.input, npv_at_p10: bars[0]?.low, npv_at_p90: bars[0]?.high, swing: bars[0]?.swing});
  });
  it("draws two bars per input around the base NPV", () => {
    const chart = TornadoChart(bars, {baseNpv: paid.run.deterministic.npv, document});
    expect(marks(chart, "tornado bars")).toBe(20);
    expect(chart.textContent).toContain("input at its 10th percentile");
  });
  it("shows only the top inputs when asked", () => expect(marks(TornadoChart(bars, {baseNpv: 0, top: 3, document}), "tornado bars")).toBe(6));
  it("names the input that moves NPV most", () => expect(tornadoFinding(bars)).toMatch(/^NPV is most sensitive to enrolments in year 1: from −USD [\d,]+ to −?USD [\d,]+ between its 10th and 90th percentiles$/));
  it("says so when nothing is uncertain", () => expect(tornadoFinding([])).toBe("No input is uncertain, so nothing moves NPV"));
});

describe("BreakEvenChart(curves, options)", () => {
  const curves = breakEvenSeries(one);
  it("marks the break-even point at NPV 0 and the planned enrolments", () => {
    const chart = BreakEvenChart(curves, {document});
    expect(marks(chart, "break-even points")).toBe(1);
    expect(marks(chart, "planned enrolments")).toBe(1);
    expect(chart.querySelector('g[aria-description="break-even label"] text')?.textContent).toBe("break-even 137");
  });
  it("states the break-even point against the plan", () => expect(breakEvenFinding(curves)).toBe("NPV turns positive at 137 first-year learners, 47 more than the 90 planned"));
  it("says when no enrolment breaks even", () => {
    const losing = breakEvenCurves([{label: "free", inputs: {...defaultInputs(), pricePerEnrolment: 0}, horizonYears: 5}]);
    expect(breakEvenFinding(losing)).toMatch(/^No enrolment level breaks even: each extra first-year learner changes NPV by −USD \d+/);
    expect(marks(BreakEvenChart(losing, {document}), "break-even points")).toBe(0);
  });
  it("puts several scenarios on one x range and names the one that breaks even soonest", () => {
    const both = breakEvenSeries(two);
    const last = (label: string) => breakEvenRows(both).filter((r) => r.scenario === label).at(-1)?.first_year_enrolments;
    expect(last("Paid")).toBe(last("Cheaper"));
    expect(breakEvenFinding(both)).toMatch(/^“Paid” breaks even with the fewest first-year learners: 137$/);
  });
});

describe("sharedCurrency(runs)", () => {
  it("is the currency all runs share", () => expect(sharedCurrency(two)).toBe("USD"));
  it("is null when currencies differ", () => expect(sharedCurrency([...one, {label: "EUR", timed: timedOf({currency: "EUR"})}])).toBeNull());
});
