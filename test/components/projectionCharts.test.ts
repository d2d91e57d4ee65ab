import {JSDOM} from "jsdom";
import {describe, expect, it} from "vitest";
import {ProjectionDistributionChart, ProjectionStepsChart, learners, projectionHeadline, projectionStepRows, shortPercent} from "../../src/components/ProjectionCharts.js";
import {betaBins, projectFirstYearEnrolments, type ProjectionInputs} from "../../src/model/candidates/index.js";

const {document} = new JSDOM("<!doctype html><body></body>").window;
const inputs: ProjectionInputs = {
  base: {key: "openings", label: "Annual openings", value: 10_000, source: "BLS"},
  factors: [
    {key: "reach", label: "reachable", distribution: {dist: "uniform", min: 0.005, max: 0.015}, value: 0.01, source: "assumption"},
    {key: "intent", label: "intend", distribution: {dist: "pert", min: 0.3, mode: 0.5, max: 0.6}, value: 0.5, source: "survey"}
  ]
};
const projection = projectFirstYearEnrolments(inputs);

describe("projectionStepRows(steps)", () => {
  it("labels each step with the factor it applies", () => {
    expect(projectionStepRows(projection.steps).map((r) => [r.label, r.value])).toEqual([
      ["Annual openings", 10_000],
      ["× 1% reachable", 100],
      ["× 50% intend", 50]
    ]);
  });
});

describe("formatting helpers", () => {
  it("shortPercent keeps two significant digits", () => expect([shortPercent(0.005), shortPercent(0.46), shortPercent(0.1234)]).toEqual(["0.5%", "46%", "12%"]));
  it("learners shows one decimal below 10 and separators above", () => expect([learners(8.44), learners(12_345.6)]).toEqual(["8.4", "12,346"]));
  it("the headline states openings, median and interval", () => {
    expect(projectionHeadline(projection)).toBe(`Of 10,000 openings a year, about ${learners(projection.p50)} learners would enrol in the first year (80% interval ${learners(projection.p10)}–${learners(projection.p90)})`);
  });
});

describe("ProjectionStepsChart(projection, options)", () => {
  const svg = ProjectionStepsChart(projection, {width: 700, document});
  it("draws one bar per step", () => expect(svg.querySelectorAll('g[aria-label="bar"] rect')).toHaveLength(3));
  it("labels each bar with its count", () => expect([...svg.querySelectorAll('g[aria-label="text"] text')].map((t) => t.textContent)).toEqual(["10,000", "100", "50"]));
  it("is labelled for screen readers", () => expect(svg.getAttribute("aria-label")).toMatch(/3 steps from annual openings/));
});

describe("ProjectionDistributionChart(projection, bins, options)", () => {
  const bins = betaBins(projection.distribution);
  const svg = ProjectionDistributionChart(projection, bins, {width: 700, document});
  it("draws one bar per band of learners", () => expect(svg.querySelectorAll('g[aria-label="rect"] rect')).toHaveLength(bins.length));
  it("marks p10, median, p90 and mean", () => {
    const texts = [...svg.querySelectorAll('g[aria-label="text"] text')].map((t) => t.textContent ?? "");
    expect(texts.some((t) => t.startsWith("p10 "))).toBe(true);
    expect(texts.some((t) => t.startsWith("median "))).toBe(true);
    expect(texts.some((t) => t.startsWith("p90 "))).toBe(true);
    expect(texts.some((t) => t.startsWith("mean "))).toBe(true);
  });
});
