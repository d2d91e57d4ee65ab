import {pairPeriods, type ChangeRow} from "./ChangeArrowChart.js";
import type {RateBar} from "./RateBarChart.js";

/**
 * Shapes vacancy_pressure rows for the hiring-pressure page: the US series, the latest JOLTS cross-sections
 * (industries, states) and the Eurostat year-on-year comparison. Pure functions over the mart's rows.
 */

/** The vacancy_pressure columns these helpers read. */
export interface VacancyRow {
  source: string;
  country_code: string;
  area_type: string;
  area: string;
  period_start: string;
  period_label: string;
  job_vacancy_rate_pct: number | null;
  job_openings_rate_pct: number | null;
  job_openings_rate_3mo_avg_pct: number | null;
  unemployed_per_opening: number | null;
  unemployed_per_opening_3mo_avg: number | null;
  hires_rate_3mo_avg_pct: number | null;
  quits_rate_3mo_avg_pct: number | null;
}

export const JOLTS = "BLS JOLTS";
export const EUROSTAT = "Eurostat JVS";

/** Rows of one source and area type, oldest first. */
export function series<T extends VacancyRow>(rows: readonly T[], source: string, areaType: string): T[] {
  return rows.filter((d) => d.source === source && d.area_type === areaType).sort((a, b) => a.period_start.localeCompare(b.period_start) || a.area.localeCompare(b.area));
}

/**
 * The latest period's rows of a cross-section (e.g. JOLTS industries in May 2025) as bars of the trailing
 * three-month openings rate, with hires and quits alongside.
 */
export function latestOpeningsBars(rows: readonly VacancyRow[]): {period: string | null; bars: RateBar[]} {
  const latest = rows.reduce<string | null>((max, d) => (max === null || d.period_start > max ? d.period_start : max), null);
  const current = rows.filter((d) => d.period_start === latest);
  return {
    period: current[0]?.period_label ?? null,
    bars: current.map((d) => ({label: d.area, value: d.job_openings_rate_3mo_avg_pct, hires: d.hires_rate_3mo_avg_pct, quits: d.quits_rate_3mo_avg_pct}))
  };
}

/**
 * The label of the same period one year earlier: "2023-Q2" → "2022-Q2", "2025-05" → "2024-05", "2024" → "2023".
 * @throws {RangeError} for a label that is not a year, a quarter or a month
 */
export function yearEarlier(label: string): string {
  const match = /^(\d{4})(-Q[1-4]|-\d{2})?$/.exec(label);
  if (!match) throw new RangeError(`yearEarlier: "${label}" is not a period label like 2024, 2023-Q2 or 2025-05`);
  return `${Number(match[1]) - 1}${match[2] ?? ""}`;
}

/**
 * Eurostat job vacancy rates: each country's latest quarter against the same quarter a year earlier (the
 * extract is most likely not seasonally adjusted, so quarters are compared with the same quarter).
 */
export function vacancyRateChanges(rows: readonly VacancyRow[]): {from: string; to: string; changes: ChangeRow[]} | null {
  const eu = rows.filter((d) => d.source === EUROSTAT && d.job_vacancy_rate_pct !== null);
  const to = eu.reduce<VacancyRow | null>((max, d) => (max === null || d.period_start > max.period_start ? d : max), null)?.period_label;
  if (to === undefined) return null;
  const from = yearEarlier(to);
  const changes = pairPeriods(
    eu,
    (d) => d.area,
    (d) => d.period_label,
    (d) => d.job_vacancy_rate_pct,
    from,
    to
  );
  return {from, to, changes};
}

/** The US trailing three-month openings rate in a given month (the reference line of the cross-sections). */
export function nationalOpeningsRate(rows: readonly VacancyRow[], period: string | null): number | null {
  return rows.find((d) => d.source === JOLTS && d.area_type === "country" && d.period_label === period)?.job_openings_rate_3mo_avg_pct ?? null;
}
