import type {ChangeRow} from "./ChangeArrowChart.js";
import type {SeriesPoint} from "./ShareLineChart.js";
import type {StackedShare} from "./StackedShareChart.js";
import {formatCount, formatLarge} from "./displayFormat.js";

/**
 * Shapes distance_enrolment rows for the distance-education page: IPEDS fall enrolment by distance status
 * (2012–2016) and NPSAS shares of students taking any class entirely online (2011–12, 2015–16).
 */

/** distance_enrolment columns: one row per source × year × student level × control × field × distance status. */
export interface DistanceEnrolment {
  source: string;
  year: number;
  student_level: string;
  institution_control: string;
  field: string;
  distance_status: string;
  students: number | null;
  students_total: number | null;
  share: number | null;
  caution: boolean;
}

export const IPEDS = "ipeds_ef_dist";
export const NPSAS = "ncses_shed8_npsas";
export const EXCLUSIVELY = "Exclusively distance education";
/** Distance statuses that split a student level (they add up to its total), in reading order. */
export const DISTANCE_PARTS = [EXCLUSIVELY, "Some but not all distance education", "No distance education"] as const;
/** IPEDS student levels, broadest first. */
export const STUDENT_LEVELS = ["All students", "Undergraduate", "Graduate", "Undergraduate, degree/certificate-seeking", "Undergraduate, non-degree/certificate-seeking"] as const;
/** Institution controls from the IPEDS directory (institutions missing from it are left out of comparisons). */
export const CONTROLS = ["Public", "Private not-for-profit", "Private for-profit"] as const;

/** IPEDS share studying exclusively at a distance, per student level and year, all institutions. */
export function exclusiveShareLines(rows: readonly DistanceEnrolment[], levels: readonly string[] = STUDENT_LEVELS): SeriesPoint[] {
  return rows
    .filter((d) => d.source === IPEDS && d.institution_control === "All" && d.distance_status === EXCLUSIVELY && levels.includes(d.student_level))
    .sort((a, b) => a.year - b.year)
    .map((d) => ({
      series: d.student_level,
      period: String(d.year),
      value: d.share,
      detail: {"Students exclusively online": formatCount(d.students), "All students at this level": formatCount(d.students_total)}
    }));
}

/**
 * The finding of the trend: the share and number of all students studying exclusively at a distance in the
 * first and last fall.
 * @example exclusiveFinding(rows) // => "Students studying entirely online rose from 12.3% (2.64 million) in fall 2012 to 14.6% (3.01 million) in fall 2016"
 */
export function exclusiveFinding(rows: readonly DistanceEnrolment[]): string {
  const all = rows
    .filter((d) => d.source === IPEDS && d.institution_control === "All" && d.distance_status === EXCLUSIVELY && d.student_level === "All students" && d.share !== null)
    .sort((a, b) => a.year - b.year);
  const first = all[0];
  const last = all.at(-1);
  if (first === undefined || last === undefined || first === last) return "Students studying entirely online";
  const verb = (last.share ?? 0) > (first.share ?? 0) ? "rose" : (last.share ?? 0) < (first.share ?? 0) ? "fell" : "held";
  const pct = (v: number | null) => `${((v ?? 0) * 100).toFixed(1)}%`;
  return `Students studying entirely online ${verb} from ${pct(first.share)} (${formatLarge(first.students)}) in fall ${first.year} to ${pct(last.share)} (${formatLarge(last.students)}) in fall ${last.year}`;
}

/** One year's split of a student level by distance status, per institution control. */
export function controlShares(rows: readonly DistanceEnrolment[], year: number, level = "All students"): StackedShare[] {
  return rows
    .filter((d) => d.source === IPEDS && d.year === year && d.student_level === level && (CONTROLS as readonly string[]).includes(d.institution_control) && (DISTANCE_PARTS as readonly string[]).includes(d.distance_status))
    .map((d) => ({bar: d.institution_control, part: d.distance_status, share: d.share ?? 0, count: d.students}));
}

/** The latest IPEDS year. */
export function latestYear(rows: readonly DistanceEnrolment[], source = IPEDS): number | null {
  const years = rows.filter((d) => d.source === source).map((d) => d.year);
  return years.length > 0 ? Math.max(...years) : null;
}

/**
 * NPSAS: share of students taking at least one class entirely online, first survey against the last, per
 * degree level (group) and field (row), in percent. Flagged estimates keep their caution.
 */
export function onlineClassChanges(rows: readonly DistanceEnrolment[]): {from: number; to: number; changes: ChangeRow[]} | null {
  const npsas = rows.filter((d) => d.source === NPSAS && d.share !== null);
  const years = [...new Set(npsas.map((d) => d.year))].sort((a, b) => a - b);
  const from = years[0];
  const to = years.at(-1);
  if (from === undefined || to === undefined || from === to) return null;
  const changes: ChangeRow[] = [];
  for (const start of npsas.filter((d) => d.year === from)) {
    const end = npsas.find((d) => d.year === to && d.student_level === start.student_level && d.field === start.field);
    if (end === undefined) continue;
    changes.push({label: start.field, group: start.student_level, from: (start.share ?? 0) * 100, to: (end.share ?? 0) * 100, caution: start.caution || end.caution});
  }
  return {from, to, changes};
}

/** NPSAS years are academic years: 2012 is 2011–12. */
export function academicYear(year: number): string {
  return `${year - 1}–${String(year).slice(2)}`;
}

/**
 * The finding of the control chart: where the share studying exclusively at a distance is highest and lowest.
 * @example controlFinding(controlShares(rows, 2016), 2016) // => "52.0% of students at private for-profit institutions study entirely online, against 11.1% at public ones (fall 2016)"
 */
export function controlFinding(split: readonly StackedShare[], year: number | null): string {
  const of = split.filter((d) => d.part === EXCLUSIVELY);
  if (of.length === 0) return `Distance-education status by institution control, fall ${year ?? ""}`.trim();
  const high = of.reduce((a, b) => (b.share > a.share ? b : a));
  const low = of.reduce((a, b) => (b.share < a.share ? b : a));
  const pct = (v: number) => `${(v * 100).toFixed(1)}%`;
  return `${pct(high.share)} of students at ${high.bar.toLowerCase()} institutions study entirely online, against ${pct(low.share)} at ${low.bar.toLowerCase()} ones (fall ${year})`;
}
