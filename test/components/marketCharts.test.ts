import {JSDOM} from "jsdom";
import {describe, expect, it} from "vitest";
import {ChangeArrowChart, changeFinding, direction, pairPeriods} from "../../src/components/ChangeArrowChart.js";
import {FieldGapChart, gapFinding, gapRanking, isCatchAll, pipelineLabel, pipelines, type FieldGap} from "../../src/components/FieldGapChart.js";
import {RateBarChart, outlierCap, rankedBars, rateRangeFinding} from "../../src/components/RateBarChart.js";
import {VacancyTrendChart, monthName, trendFinding, trendPoints, trendSummary, type VacancyPeriod} from "../../src/components/VacancyTrendChart.js";
import {latestOpeningsBars, nationalOpeningsRate, series, vacancyRateChanges, yearEarlier, type VacancyRow} from "../../src/components/vacancyPressure.js";

const {document} = new JSDOM("<!doctype html><body></body>", {url: "http://localhost/"}).window;
/** The chart's own SVG (a Plot with a legend is a <figure> holding legend swatches and the chart). */
const svgOf = (node: Element) => (node.tagName.toLowerCase() === "svg" ? node : node.querySelector(":scope > svg"))!;
const marks = (node: Element, aria: string) => [...svgOf(node).querySelectorAll(`g[aria-label="${aria}"]`)];

const month = (date: string, rate: number | null, upo: number | null = null): VacancyPeriod & VacancyRow => ({
  source: "BLS JOLTS",
  country_code: "US",
  area_type: "country",
  area: "United States",
  period_start: date,
  period_label: date.slice(0, 7),
  job_vacancy_rate_pct: null,
  job_openings_rate_pct: rate,
  job_openings_rate_3mo_avg_pct: rate,
  unemployed_per_opening: upo,
  unemployed_per_opening_3mo_avg: upo,
  hires_rate_3mo_avg_pct: null,
  quits_rate_3mo_avg_pct: null
});
const us = [month("2022-03-01", 7.4, 0.5), month("2024-05-01", 4.8, 0.8), month("2025-04-01", 4.4, 1), month("2025-05-01", 4.6, 0.9)];

describe("trendSummary(points) and trendFinding(summary, measure)", () => {
  it("finds the latest value, the peak, the trough and the same month a year earlier", () => {
    const summary = trendSummary(trendPoints(us, "openings_rate"));
    expect(summary.latest).toEqual({date: "2025-05-01", value: 4.6});
    expect(summary.peak).toEqual({date: "2022-03-01", value: 7.4});
    expect(summary.trough).toEqual({date: "2025-04-01", value: 4.4});
    expect(summary.yearAgo).toEqual({date: "2024-05-01", value: 4.8});
  });
  it("says the openings rate eased from its peak and by how much over a year", () => {
    expect(trendFinding(trendSummary(trendPoints(us, "openings_rate")), "openings_rate")).toBe(
      "The US job openings rate eased from a 7.4% peak (March 2022) to 4.6% in May 2025, 0.2 points below a year earlier"
    );
  });
  it("says whether job seekers outnumber openings", () => {
    expect(trendFinding(trendSummary(trendPoints(us, "unemployed_per_opening")), "unemployed_per_opening")).toBe(
      "0.9 unemployed people per opening in May 2025, up from 0.5 (March 2022): still fewer job seekers than openings, 0.1 above a year earlier"
    );
  });
  it("has no year-earlier comparison when the month is missing, and refuses an empty series", () => {
    expect(trendSummary([{date: "2025-05-01", value: 1}]).yearAgo).toBeNull();
    expect(() => trendSummary([])).toThrow(/empty/);
  });
  it("names months in words", () => {
    expect(monthName("2025-05-01")).toBe("May 2025");
    expect(monthName("nonsense")).toBe("—");
  });
  it("draws the monthly dots, the average line and the one-seeker-per-opening rule", () => {
    const chart = VacancyTrendChart(us, {measure: "unemployed_per_opening", document});
    expect(marks(chart, "dot")[0]?.querySelectorAll("circle")).toHaveLength(4);
    expect(marks(chart, "line")).toHaveLength(1);
    expect(svgOf(chart).textContent).toContain("one job seeker per opening");
    expect(svgOf(chart).textContent).toContain("tightest 0.5");
  });
});

describe("vacancy_pressure helpers", () => {
  const industry = (area: string, rate: number | null, period = "2025-05-01"): VacancyRow => ({...month(period, null), area_type: "industry", area, job_openings_rate_3mo_avg_pct: rate, hires_rate_3mo_avg_pct: 3, quits_rate_3mo_avg_pct: 2});
  const eu = (area: string, period_label: string, rate: number | null): VacancyRow => ({
    ...month(`${period_label.slice(0, 4)}-${String((Number(period_label.slice(-1)) - 1) * 3 + 1).padStart(2, "0")}-01`, null),
    source: "Eurostat JVS",
    area,
    period_label,
    job_vacancy_rate_pct: rate
  });
  it("takes the latest month of a cross-section as bars with hires and quits", () => {
    const latest = latestOpeningsBars([industry("Construction", 2.9), industry("Information", 5.1), industry("Information", 6, "2025-04-01")]);
    expect(latest.period).toBe("2025-05");
    expect(latest.bars).toEqual([
      {label: "Construction", value: 2.9, hires: 3, quits: 2},
      {label: "Information", value: 5.1, hires: 3, quits: 2}
    ]);
    expect(nationalOpeningsRate(us, "2025-05")).toBe(4.6);
    expect(nationalOpeningsRate(us, "1999-01")).toBeNull();
  });
  it("keeps one source and area type, oldest first", () => {
    expect(series([...us].reverse(), "BLS JOLTS", "country").map((d) => d.period_label)).toEqual(["2022-03", "2024-05", "2025-04", "2025-05"]);
  });
  it("compares each EU country's latest quarter with the same quarter a year earlier", () => {
    const result = vacancyRateChanges([eu("Austria", "2022-Q2", 5), eu("Austria", "2023-Q1", 4.8), eu("Austria", "2023-Q2", 4.6), eu("Malta", "2023-Q2", 2.7), eu("Spain", "2022-Q2", 0.9), eu("Spain", "2023-Q2", 0.9)]);
    expect(result?.from).toBe("2022-Q2");
    expect(result?.to).toBe("2023-Q2");
    // Malta has no 2022-Q2: it cannot show a change and is left out
    expect(result?.changes).toEqual([
      {label: "Austria", from: 5, to: 4.6},
      {label: "Spain", from: 0.9, to: 0.9}
    ]);
    expect(vacancyRateChanges(us)).toBeNull();
  });
  it("steps a period label back a year, and refuses anything else", () => {
    expect(yearEarlier("2023-Q2")).toBe("2022-Q2");
    expect(yearEarlier("2025-05")).toBe("2024-05");
    expect(yearEarlier("2024")).toBe("2023");
    expect(() => yearEarlier("Q2 2023")).toThrow(/not a period label/);
  });
});

describe("ChangeArrowChart(rows, options) and its helpers", () => {
  const rows = [
    {label: "Austria", from: 5, to: 4.6},
    {label: "Spain", from: 0.9, to: 0.9},
    {label: "Cyprus", from: 2.6, to: 2.9},
    {label: "Ireland", from: 1.5, to: 1.3}
  ];
  it("judges direction at the shown precision", () => {
    expect(rows.map((d) => direction(d))).toEqual(["fell", "unchanged", "rose", "fell"]);
    expect(direction({from: 1, to: 1.04})).toBe("unchanged");
  });
  it("counts rises and falls in a sentence", () => {
    expect(changeFinding(rows, "EU countries", "the job vacancy rate", "2022-Q2", "2023-Q2")).toBe("The job vacancy rate fell in 2 of 4 EU countries from 2022-Q2 to 2023-Q2 (rose in 1)");
    expect(changeFinding([], "countries", "the rate", "a", "b")).toBe("No countries have values in both a and b");
  });
  it("pairs two periods by key and carries a caution from either end", () => {
    const data = [
      {k: "a", p: "x", v: 1, c: false},
      {k: "a", p: "y", v: 2, c: true},
      {k: "b", p: "x", v: null, c: false},
      {k: "b", p: "y", v: 3, c: false}
    ];
    expect(pairPeriods(data, (d) => d.k, (d) => d.p, (d) => d.v, "x", "y", (d) => ({caution: d.c}))).toEqual([{label: "a", from: 1, to: 2, caution: true}]);
  });
  it("draws one arrow per row and a panel per group", () => {
    const chart = ChangeArrowChart(rows, {fromLabel: "2022-Q2", toLabel: "2023-Q2", measure: "Rate (%)", document});
    expect(marks(chart, "arrow")[0]?.children).toHaveLength(4);
    const grouped = ChangeArrowChart(
      rows.map((d, i) => ({...d, group: i < 2 ? "A" : "B"})),
      {fromLabel: "2012", toLabel: "2016", measure: "Share (%)", document}
    );
    // faceted: one arrow layer holding a group per panel, four arrows in all
    expect(marks(grouped, "arrow")[0]?.children).toHaveLength(2);
    expect(marks(grouped, "arrow")[0]?.querySelectorAll("path")).toHaveLength(4);
    expect(svgOf(grouped).textContent).toContain("B");
    expect(svgOf(chart).getAttribute("aria-label")).toMatch(/2022-Q2 and 2023-Q2 for 4 rows/);
  });
});

describe("RateBarChart(rows, options) and its helpers", () => {
  const bars = [
    {label: "Construction", value: 2.9, hires: 4.1},
    {label: "Education and health", value: 5.8, hires: 3},
    {label: "Mining", value: null, hires: null}
  ];
  it("ranks bars highest first and leaves missing values out", () => {
    expect(rankedBars(bars).map((d) => d.label)).toEqual(["Education and health", "Construction"]);
  });
  it("states the range and how many are above the reference", () => {
    expect(rateRangeFinding(bars, "industries", {value: 4.4, label: "US total"}, 1, "%", "Openings rates")).toBe(
      "Openings rates range from 5.8% (Education and health) to 2.9% (Construction); 1 of 2 industries are above the US total (4.4%)"
    );
    expect(rateRangeFinding([], "states")).toBe("No states have a value");
  });
  it("cuts an outlier bar only when it dwarfs the next", () => {
    expect(outlierCap([{label: "a", value: 252}, {label: "b", value: 20.5}], 100)).toBeCloseTo(115, 12);
    expect(outlierCap([{label: "a", value: 252}, {label: "b", value: 100}], 100)).toBeNull();
    expect(outlierCap([{label: "a", value: 10}])).toBeNull();
  });
  it("draws a bar per value, companion ticks and the reference rule", () => {
    const chart = RateBarChart(bars, {measure: "Openings rate (%)", reference: {value: 4.4, label: "US total"}, companions: [{key: "hires", label: "Hires rate (%)", colour: "green"}], document});
    expect(marks(chart, "bar")[0]?.children).toHaveLength(2);
    // one hires tick per bar that has a hires rate
    expect(marks(chart, "tick")[0]?.querySelectorAll("line")).toHaveLength(2);
    expect(chart.textContent).toContain("Hires rate (%)");
    expect(svgOf(chart).textContent).toContain("US total 4.4%");
  });
  it("labels a cut bar with its true value", () => {
    const chart = RateBarChart([{label: "a", value: 252}, {label: "b", value: 20.5}], {measure: "Per 100", reference: {value: 100, label: "par"}, unit: "", capOutlier: true, document});
    expect(svgOf(chart).textContent).toContain("252.0 (bar cut)");
  });
});

describe("FieldGapChart(rows, options) and its helpers", () => {
  const gap = (field_code: string, field: string, openings: number | null, completions: number, supply_source = "ncses_shed10_certificates"): FieldGap => ({
    field_code,
    field,
    supply_source,
    supply_year: 2021,
    completions,
    annual_openings: openings,
    gap: openings === null ? null : openings - completions,
    completions_per_opening: openings === null ? null : completions / openings
  });
  const rows = [
    gap("other_non_se", "Other non-science and engineering", 3_719_069, 271_146),
    gap("business", "Business", 3_260_127, 106_923),
    gap("other_se_related", "Other science and engineering-related fields", 64_666, 162_891),
    gap("military", "Military", null, 50),
    gap("business", "Business", 3_260_127, 107_323, "ncses_shed11_associate_degrees")
  ];
  it("names pipelines, the shipped ones first and a user's own by its source", () => {
    expect(pipelines([...rows, {supply_source: "user:registrar"}])).toEqual(["ncses_shed10_certificates", "ncses_shed11_associate_degrees", "user:registrar"]);
    expect(pipelineLabel("user:registrar")).toBe("Your enrolments: registrar");
    expect(pipelineLabel("ncses_sub_baccalaureate")).toMatch(/All sub-baccalaureate/);
  });
  it("ranks one pipeline by gap, largest first, with unknown gaps last", () => {
    expect(gapRanking(rows, "ncses_shed10_certificates").map((d) => d.field_code)).toEqual(["other_non_se", "business", "other_se_related", "military"]);
  });
  it("names the largest gap among named fields, not a catch-all group, and counts fields short of completers", () => {
    expect(isCatchAll({field_code: "other_non_se"})).toBe(true);
    expect(gapFinding(gapRanking(rows, "ncses_shed10_certificates"))).toBe(
      "Business has the largest gap of the named fields: 3.26 million openings a year against 106,923 completions in 2021; 2 of 3 fields produce fewer completers than openings (1 without openings data)"
    );
    expect(gapFinding([])).toBe("No field has both openings and completions");
  });
  it("draws both ends for a field with openings and only completions for one without", () => {
    const chart = FieldGapChart(gapRanking(rows, "ncses_shed10_certificates"), {document});
    expect(marks(chart, "dot")[0]?.children).toHaveLength(4 * 2 - 1);
    expect(marks(chart, "rule")[0]?.children).toHaveLength(3);
  });
});
