import * as Plot from "@observablehq/plot";
import {MISSING} from "./displayFormat.js";

/** A vacancy_pressure row as the trend chart reads it (monthly series of one area). */
export interface VacancyPeriod {
  period_start: string;
  period_label: string;
  job_openings_rate_pct: number | null;
  job_openings_rate_3mo_avg_pct: number | null;
  unemployed_per_opening: number | null;
  unemployed_per_opening_3mo_avg: number | null;
}

export type TrendMeasure = "openings_rate" | "unemployed_per_opening";

const MEASURES: Record<TrendMeasure, {monthly: keyof VacancyPeriod; smooth: keyof VacancyPeriod; label: string; unit: string; digits: number}> = {
  openings_rate: {monthly: "job_openings_rate_pct", smooth: "job_openings_rate_3mo_avg_pct", label: "Job openings rate (% of employment + openings)", unit: "%", digits: 1},
  unemployed_per_opening: {monthly: "unemployed_per_opening", smooth: "unemployed_per_opening_3mo_avg", label: "Unemployed people per job opening", unit: "", digits: 1}
};

export interface TrendPoint {
  date: string;
  value: number;
}

export interface TrendSummary {
  latest: TrendPoint;
  peak: TrendPoint;
  trough: TrendPoint;
  /** The same month a year before the latest, when the series has it. */
  yearAgo: TrendPoint | null;
}

/**
 * Latest, highest and lowest value of a dated series, and the value twelve months before the latest.
 * Ties take the earliest date. Dates are ISO "YYYY-MM-DD".
 * @throws {RangeError} for an empty series
 * @example trendSummary([{date: "2024-05-01", value: 4.8}, {date: "2025-05-01", value: 4.6}]).yearAgo // => {date: "2024-05-01", value: 4.8}
 */
export function trendSummary(points: readonly TrendPoint[]): TrendSummary {
  if (points.length === 0) throw new RangeError("trendSummary: the series is empty");
  const sorted = [...points].sort((a, b) => a.date.localeCompare(b.date));
  const latest = sorted.at(-1) as TrendPoint;
  const peak = sorted.reduce((best, d) => (d.value > best.value ? d : best));
  const trough = sorted.reduce((best, d) => (d.value < best.value ? d : best));
  const target = `${Number(latest.date.slice(0, 4)) - 1}${latest.date.slice(4)}`;
  return {latest, peak, trough, yearAgo: sorted.find((d) => d.date === target) ?? null};
}

/** The monthly values of one measure, missing months left out. */
export function trendPoints(rows: readonly VacancyPeriod[], measure: TrendMeasure, smooth = false): TrendPoint[] {
  const key = smooth ? MEASURES[measure].smooth : MEASURES[measure].monthly;
  return rows.flatMap((row) => {
    const value = row[key];
    return typeof value === "number" ? [{date: row.period_start, value}] : [];
  });
}

/**
 * "March 2022" from "2022-03-01".
 * @example monthName("2025-05-01") // => "May 2025"
 */
export function monthName(date: string): string {
  const parsed = new Date(`${date.slice(0, 7)}-01T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) ? MISSING : parsed.toLocaleDateString("en-US", {month: "long", year: "numeric", timeZone: "UTC"});
}

/**
 * The finding of a trend chart: has pressure eased from its peak, and how does the latest month compare
 * with a year earlier?
 * @example trendFinding(summary, "openings_rate") // => "The US job openings rate eased from a 7.4% peak (March 2022) to 4.6% in May 2025, 0.2 points below a year earlier"
 */
export function trendFinding(summary: TrendSummary, measure: TrendMeasure): string {
  const {latest, peak, trough, yearAgo} = summary;
  const f = (v: number) => v.toFixed(MEASURES[measure].digits);
  const yoy = yearAgo === null ? "" : (() => {
    const change = Number((latest.value - yearAgo.value).toFixed(MEASURES[measure].digits));
    if (change === 0) return ", the same as a year earlier";
    return `, ${f(Math.abs(change))} ${measure === "openings_rate" ? "points " : ""}${change < 0 ? "below" : "above"} a year earlier`;
  })();
  if (measure === "openings_rate") {
    const verb = latest.value < peak.value ? "eased from" : "is at";
    return `The US job openings rate ${verb} a ${f(peak.value)}% peak (${monthName(peak.date)})${verb === "is at" ? "" : ` to ${f(latest.value)}%`} in ${monthName(latest.date)}${yoy}`;
  }
  const balance = latest.value < 1 ? "still fewer job seekers than openings" : latest.value > 1 ? "more job seekers than openings" : "one job seeker per opening";
  return `${f(latest.value)} unemployed people per opening in ${monthName(latest.date)}, up from ${f(trough.value)} (${monthName(trough.date)}): ${balance}${yoy}`;
}

export interface VacancyTrendChartOptions {
  measure?: TrendMeasure;
  width?: number;
  document?: Document;
}

/**
 * One area's monthly JOLTS series: the monthly value as dots, the trailing three-month average as a line,
 * the tightest month labelled; for unemployed per opening, a rule at 1 (as many job seekers as openings).
 */
export function VacancyTrendChart(rows: readonly VacancyPeriod[], {measure = "openings_rate", width = 800, document}: VacancyTrendChartOptions = {}) {
  const spec = MEASURES[measure];
  const monthly = trendPoints(rows, measure).map((d) => ({...d, when: new Date(`${d.date}T00:00:00Z`)}));
  const smooth = trendPoints(rows, measure, true).map((d) => ({...d, when: new Date(`${d.date}T00:00:00Z`)}));
  const summary = monthly.length > 0 ? trendSummary(monthly) : null;
  // The tightest month: the highest openings rate, or the fewest unemployed per opening (first month if tied).
  const tightest = summary ? (measure === "openings_rate" ? summary.peak : summary.trough) : null;
  const marked = tightest ? monthly.filter((d) => d.date === tightest.date) : [];
  const fmt = (v: number) => `${v.toFixed(spec.digits)}${spec.unit}`;
  return Plot.plot({
    width,
    height: Math.max(260, Math.min(360, width * 0.42)),
    marginLeft: 44,
    ariaLabel: `Line chart: US ${spec.label.toLowerCase()}, monthly, ${monthly[0] ? monthName(monthly[0].date) : ""} to ${summary ? monthName(summary.latest.date) : ""}, with its three-month average`,
    x: {type: "utc", label: null},
    y: {label: `↑ ${spec.label}`, grid: true, zero: measure === "unemployed_per_opening"},
    color: {legend: true, domain: ["monthly", "3-month average"], range: ["var(--okabe-sky, #56b4e9)", "var(--okabe-blue, #0072b2)"]},
    marks: [
      measure === "unemployed_per_opening" ? Plot.ruleY([1], {stroke: "var(--okabe-vermillion, #d55e00)", strokeDasharray: "4 3"}) : null,
      measure === "unemployed_per_opening"
        ? Plot.text([1], {y: (d: number) => d, frameAnchor: "left", dy: -7, dx: 4, textAnchor: "start", text: () => "one job seeker per opening", fill: "var(--okabe-vermillion, #d55e00)"})
        : null,
      Plot.lineY(smooth, {x: "when", y: "value", stroke: () => "3-month average", strokeWidth: 2.5}),
      Plot.dot(monthly, {
        x: "when",
        y: "value",
        fill: () => "monthly",
        r: 2.5,
        tip: {channels: {Month: (d: TrendPoint) => monthName(d.date), Value: (d: TrendPoint) => fmt(d.value)}, format: {x: false, y: false, fill: false}}
      }),
      Plot.text(marked, {x: "when", y: "value", text: (d: TrendPoint) => `${measure === "openings_rate" ? "peak" : "tightest"} ${fmt(d.value)}`, dx: 8, dy: measure === "openings_rate" ? -4 : 10, textAnchor: "start", fill: "currentColor"})
    ],
    ...(document ? {document} : {})
  });
}
