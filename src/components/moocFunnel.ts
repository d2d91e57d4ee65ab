import * as Plot from "@observablehq/plot";
import {changeFinding, type ChangeRow} from "./ChangeArrowChart.js";
import type {FunnelStage} from "./FunnelChart.js";
import {SERIES_COLOURS, type SeriesPoint} from "./ShareLineChart.js";
import {MISSING, formatCount, formatLarge, formatShare} from "./displayFormat.js";

/**
 * Shapes mooc_funnel rows for the MOOC page: the HarvardX/MITx funnel (participants → explored more than
 * half → certified) overall, by subject and year and by course run, and MOOC Pivot's certification by cohort.
 */

/** mooc_funnel columns: one row per source × funnel level × unit. */
export interface MoocFunnel {
  source: string;
  funnel_level: string;
  unit_id: string;
  institution: string | null;
  course_number: string | null;
  course_title: string | null;
  subject: string;
  academic_year: string;
  group_name: string;
  course_runs: number | null;
  enrolled: number;
  engaged: number | null;
  certified: number;
  engaged_share: number | null;
  certified_share: number | null;
  certified_of_engaged: number | null;
}

export const HARVARDX = "harvardx_mitx_course_report";
export const PIVOT = "mooc_pivot";
export const ALL_SUBJECTS = "All subjects";
export const ALL_YEARS = "All years";

export type FunnelMeasure = "certified_share" | "engaged_share" | "certified_of_engaged";
export const FUNNEL_MEASURES: Record<FunnelMeasure, string> = {
  certified_share: "Certified, share of participants",
  engaged_share: "Explored more than half the course, share of participants",
  certified_of_engaged: "Certified, per participant who explored more than half"
};

/** How each measure reads inside a sentence. */
export const FUNNEL_MEASURE_NOUNS: Record<FunnelMeasure, string> = {
  certified_share: "the certified share",
  engaged_share: "the share exploring more than half the course",
  certified_of_engaged: "certificates per explorer"
};

/** The HarvardX/MITx subject × year row for all subjects and all years (the report's total). */
export function overallRow(rows: readonly MoocFunnel[]): MoocFunnel | undefined {
  return rows.find((d) => d.source === HARVARDX && d.funnel_level === "subject_year" && d.subject === ALL_SUBJECTS && d.academic_year === ALL_YEARS);
}

/** The funnel stages of a subject × year row: participants → explored more than half → certified. */
export function funnelStages(row: MoocFunnel): FunnelStage[] {
  return [
    {stage: "Participants", count: row.enrolled, note: "accessed the course content"},
    ...(row.engaged === null ? [] : [{stage: "Explored > half", count: row.engaged, note: "accessed more than half of the course content"}]),
    {stage: "Certified", count: row.certified, note: "earned an honour-code or verified certificate (a certificate does not require exploring more than half)"}
  ];
}

/**
 * The finding of the overall funnel.
 * @example overallFinding(row) // => "5.5% of 4.45 million HarvardX/MITx participants earned a certificate in 290 course runs, 2012-13 to 2015-16; 16.6% explored more than half the course"
 */
export function overallFinding(row: MoocFunnel | undefined, years: readonly string[]): string {
  if (row === undefined) return "No HarvardX/MITx totals in the data";
  const span = years.length > 0 ? `, ${years[0]} to ${years.at(-1)}` : "";
  const explored = row.engaged_share === null ? "" : `; ${formatShare(row.engaged_share)} explored more than half the course`;
  return `${formatShare(row.certified_share)} of ${formatLarge(row.enrolled)} HarvardX/MITx participants earned a certificate in ${formatCount(row.course_runs)} course runs${span}${explored}`;
}

/** The academic years of the HarvardX/MITx subject × year rows, in order. */
export function academicYears(rows: readonly MoocFunnel[]): string[] {
  return [...new Set(rows.filter((d) => d.source === HARVARDX && d.funnel_level === "subject_year" && d.academic_year !== ALL_YEARS).map((d) => d.academic_year))].sort();
}

/** One line per subject (and all subjects) over academic years, for one funnel measure. */
export function subjectYearLines(rows: readonly MoocFunnel[], measure: FunnelMeasure): SeriesPoint[] {
  return rows
    .filter((d) => d.source === HARVARDX && d.funnel_level === "subject_year" && d.academic_year !== ALL_YEARS)
    .map((d) => ({
      series: d.subject,
      period: d.academic_year,
      value: d[measure],
      detail: {Participants: formatCount(d.enrolled), Certified: formatCount(d.certified), "Course runs": formatCount(d.course_runs)}
    }));
}

/** First against last academic year of each subject (all subjects left out), for a "fell in k of n subjects" finding. */
export function subjectChanges(lines: readonly SeriesPoint[]): ChangeRow[] {
  const bySubject = new Map<string, SeriesPoint[]>();
  for (const p of lines) if (p.series !== ALL_SUBJECTS && p.value !== null) bySubject.set(p.series, [...(bySubject.get(p.series) ?? []), p]);
  return [...bySubject.entries()].flatMap(([label, list]) => {
    const sorted = [...list].sort((a, b) => a.period.localeCompare(b.period));
    const first = sorted[0];
    const last = sorted.at(-1);
    return first && last && first !== last ? [{label, from: (first.value as number) * 100, to: (last.value as number) * 100}] : [];
  });
}

/**
 * The finding of the subject chart: in how many subjects the measure rose or fell from the first to the last year.
 * @example subjectFinding(lines, "certified_share") // => "The certified share fell in 4 of 4 subjects from 2012-13 to 2015-16"
 */
export function subjectFinding(lines: readonly SeriesPoint[], measure: FunnelMeasure): string {
  const periods = [...new Set(lines.map((d) => d.period))].sort();
  return changeFinding(subjectChanges(lines), "subjects", FUNNEL_MEASURE_NOUNS[measure], periods[0] ?? "", periods.at(-1) ?? "");
}

/** MOOC Pivot cohorts as series: all participants, those who said they intended to complete, and the paid verified track. */
export const PIVOT_COHORTS: Record<string, string> = {
  "cohort: participants": "All participants",
  "cohort: intend_complete": "Said they intended to complete",
  "cohort: verified": "Paid for a verified certificate"
};

export function cohortLines(rows: readonly MoocFunnel[]): SeriesPoint[] {
  return rows
    .filter((d) => d.source === PIVOT && d.group_name in PIVOT_COHORTS)
    .map((d) => ({
      series: PIVOT_COHORTS[d.group_name] as string,
      period: d.academic_year,
      value: d.certified_share,
      detail: {Learners: formatCount(d.enrolled), Certified: formatCount(d.certified), Courses: formatCount(d.course_runs)}
    }));
}

/**
 * The finding of the cohort chart: certification of paying learners against all participants in the latest year.
 * @example cohortFinding(lines) // => "In 2017-18, 46.0% of learners who paid for a verified certificate earned one, against 3.1% of all participants and 15.4% of those who said they intended to complete"
 */
export function cohortFinding(lines: readonly SeriesPoint[]): string {
  const latest = lines.reduce((max, d) => (d.period > max ? d.period : max), "");
  const at = (series: string) => lines.find((d) => d.period === latest && d.series === series)?.value ?? null;
  const [paid, all, intend] = [at("Paid for a verified certificate"), at("All participants"), at("Said they intended to complete")];
  if (paid === null || all === null) return "Certification by learner cohort";
  return `In ${latest}, ${formatShare(paid)} of learners who paid for a verified certificate earned one, against ${formatShare(all)} of all participants${intend === null ? "" : ` and ${formatShare(intend)} of those who said they intended to complete`}`;
}

/**
 * How many times as often paying learners, and learners who intended to complete, certified as all
 * participants did, in the latest year (null where a cohort is missing).
 * @example cohortMultiples(lines) // => {period: "2017-18", paid: 14.7, intend: 4.9}
 */
export function cohortMultiples(lines: readonly SeriesPoint[]): {period: string; paid: number | null; intend: number | null} {
  const period = lines.reduce((max, d) => (d.period > max ? d.period : max), "");
  const at = (series: string) => lines.find((d) => d.period === period && d.series === series)?.value ?? null;
  const all = at("All participants");
  const ratio = (v: number | null) => (v === null || all === null || !(all > 0) ? null : v / all);
  return {period, paid: ratio(at("Paid for a verified certificate")), intend: ratio(at("Said they intended to complete"))};
}

/** Course runs with a certified share, for the course scatter. */
export function courseRuns(rows: readonly MoocFunnel[]): MoocFunnel[] {
  return rows.filter((d) => d.source === HARVARDX && d.funnel_level === "course" && d.certified_share !== null && d.enrolled > 0);
}

/**
 * The median of a list of numbers (mean of the middle two for an even count).
 * @throws {RangeError} for an empty list
 * @example median([3, 1, 2, 10]) // => 2.5
 */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError("median: needs at least one value");
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  return Number.isInteger(mid) ? ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2 : (sorted[Math.floor(mid)] as number);
}

/**
 * The finding of the course scatter: the median course run's certified share, and that of the largest quarter
 * of runs (by participants) against the smallest quarter.
 */
export function courseFinding(runs: readonly MoocFunnel[]): string {
  if (runs.length < 4) return `${runs.length} course runs`;
  const bySize = [...runs].sort((a, b) => a.enrolled - b.enrolled);
  const quarter = Math.floor(bySize.length / 4);
  const shares = (list: readonly MoocFunnel[]) => list.map((d) => d.certified_share as number);
  const [all, small, large] = [median(shares(runs)), median(shares(bySize.slice(0, quarter))), median(shares(bySize.slice(-quarter)))];
  return `The median course run certified ${formatShare(all)} of participants; the largest quarter of runs ${formatShare(large)}, the smallest quarter ${formatShare(small)}`;
}

export interface CourseScatterOptions {
  width?: number;
  document?: Document;
}

/** One dot per HarvardX/MITx course run: participants (log scale) against the share certified, coloured by subject, with the median as a rule. */
export function CourseScatter(runs: readonly MoocFunnel[], {width = 800, document}: CourseScatterOptions = {}) {
  const subjects = [...new Set(runs.map((d) => d.subject))].sort();
  const mid = runs.length > 0 ? median(runs.map((d) => d.certified_share as number)) : null;
  return Plot.plot({
    width,
    height: Math.max(320, Math.min(460, width * 0.55)),
    marginLeft: 48,
    ariaLabel: `Scatter plot: participants against share certified for ${runs.length} HarvardX and MITx course runs, coloured by subject`,
    x: {type: "log", label: "Participants in the course run (log scale) →", grid: true, tickFormat: "~s"},
    y: {label: "↑ Certified (% of participants)", percent: true, grid: true},
    color: {legend: true, domain: subjects, range: SERIES_COLOURS.slice(0, subjects.length)},
    symbol: {domain: subjects},
    marks: [
      mid === null ? null : Plot.ruleY([mid], {stroke: "currentColor", strokeDasharray: "4 3", strokeOpacity: 0.6}),
      mid === null ? null : Plot.text([mid], {y: (d: number) => d, frameAnchor: "right", dy: -7, textAnchor: "end", text: (d: number) => `median ${formatShare(d)}`, fill: "currentColor"}),
      Plot.dot(runs, {
        x: "enrolled",
        y: "certified_share",
        stroke: "subject",
        symbol: "subject",
        r: 3.5,
        strokeWidth: 1.4,
        tip: {
          channels: {
            Course: (d: MoocFunnel) => d.course_title ?? d.unit_id,
            Run: "unit_id",
            Subject: "subject",
            Year: "academic_year",
            Participants: (d: MoocFunnel) => formatCount(d.enrolled),
            "Explored > half": (d: MoocFunnel) => formatShare(d.engaged_share),
            Certified: (d: MoocFunnel) => `${formatCount(d.certified)} (${d.certified_share === null ? MISSING : formatShare(d.certified_share)})`
          },
          format: {x: false, y: false, stroke: false, symbol: false}
        }
      })
    ],
    ...(document ? {document} : {})
  });
}
