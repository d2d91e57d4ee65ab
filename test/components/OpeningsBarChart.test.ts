import {JSDOM} from "jsdom";
import {describe, expect, it} from "vitest";
import {OpeningsBarChart, topByOpenings, type OccupationOpenings} from "../../src/components/OpeningsBarChart.js";
import {chartFigure} from "../../src/components/chartFigure.js";

const occupation = (soc_code: string, annual_openings: number): OccupationOpenings => ({
  soc_code,
  occupation: `Occupation ${soc_code}`,
  major_group: "Group",
  annual_openings,
  employment_change_pct: 1,
  median_wage_usd: 50_000,
  typical_education: "Bachelor's degree"
});
const rows = [occupation("11-1011", 100), occupation("29-1141", 900), occupation("15-1252", 400), occupation("13-2011", 400)];

describe("topByOpenings(rows, top)", () => {
  it("keeps the largest first", () => expect(topByOpenings(rows, 2).map((d) => d.soc_code)).toEqual(["29-1141", "13-2011"]));
  it("breaks ties by SOC code so the order never depends on input order", () => {
    expect(topByOpenings([...rows].reverse(), 3).map((d) => d.soc_code)).toEqual(["29-1141", "13-2011", "15-1252"]);
  });
  it("does not reorder its input", () => {
    topByOpenings(rows, 4);
    expect(rows[0]?.soc_code).toBe("11-1011");
  });
});

describe("OpeningsBarChart(rows, options)", () => {
  const {document} = new JSDOM("<!doctype html><body></body>").window;
  it("draws one bar per occupation shown", () => {
    const svg = OpeningsBarChart(rows, {top: 3, width: 600, document});
    expect(svg.querySelectorAll('g[aria-label="bar"] rect')).toHaveLength(3);
  });
  it("labels the chart for screen readers", () => {
    const svg = OpeningsBarChart(rows, {top: 3, document});
    expect(svg.getAttribute("aria-label")).toMatch(/3 occupations with the most openings/);
  });
});

describe("chartFigure(chart, options)", () => {
  const {document} = new JSDOM("<!doctype html><body></body>").window;
  it("gives the chart its title, subtitle and a CSV download of its data", () => {
    const figure = chartFigure(document.createElement("svg"), {title: "Nurses lead", subtitle: "BLS EP 2024–34", data: [{a: 1}], filename: "x", document});
    expect(figure.querySelector("h2")?.textContent).toBe("Nurses lead");
    expect(figure.querySelector("h3")?.textContent).toBe("BLS EP 2024–34");
    const link = figure.querySelector("a");
    expect(link?.getAttribute("download")).toBe("x.csv");
    expect(decodeURIComponent(link?.getAttribute("href") ?? "")).toBe("data:text/csv;charset=utf-8,a\n1\n");
    expect(figure.dataset.chart).toBe("x");
  });
  it("shows text as text, never as markup", () => {
    const figure = chartFigure(document.createElement("svg"), {title: "<img src=x onerror=alert(1)>", subtitle: "s", data: [], filename: "x", document});
    expect(figure.querySelector("img")).toBeNull();
    expect(figure.querySelector("h2")?.textContent).toBe("<img src=x onerror=alert(1)>");
  });
});
