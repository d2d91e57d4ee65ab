import type {RateBar} from "./RateBarChart.js";
import type {SeriesPoint} from "./ShareLineChart.js";
import {formatCount, formatSigned} from "./displayFormat.js";

/**
 * Shapes field_supply rows for the certificates-and-completions page: which award series exist, the top
 * fields over time, each field's change between the first and the last year, and the finding of each chart.
 */

/** The field_supply columns these helpers read: one row per source × field × award level × year. */
export interface FieldSupply {
  source: string;
  field_vocabulary: string;
  field_code: string;
  field: string;
  award_level: string;
  year: number;
  completions: number;
  unit: string;
}

/** An award series: one source × award level with a field breakdown over several years. */
export interface SupplySeries {
  key: string;
  /** Short name for file names: "shed10-certificates", "shed3-associate", "user-registrar-certificates". */
  slug: string;
  source: string;
  award_level: string;
  label: string;
  first_year: number;
  last_year: number;
}

const SOURCE_NAMES: Record<string, string> = {
  ncses_shed10_certificates: "all institutions (NCSES SHED-10)",
  ncses_shed11_associate_degrees: "all institutions (NCSES SHED-11)",
  ncses_shed3_community_colleges: "community colleges (NCSES SHED-3)"
};

/** Award levels read as plain words. */
function awardName(level: string): string {
  if (/^Certificate below/.test(level)) return "Certificates below the associate's level";
  if (/^Associate/.test(level)) return "Associate's degrees";
  return level;
}

/**
 * Every source × award level with fields and at least two years (the series a trend can be drawn for):
 * the shipped NCSES series first, then a user's own enrolments.
 */
export function supplySeries(rows: readonly FieldSupply[]): SupplySeries[] {
  const groups = new Map<string, FieldSupply[]>();
  for (const row of rows) {
    if (row.field_vocabulary === "all_fields") continue;
    const key = `${row.source}|${row.award_level}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  const series: SupplySeries[] = [];
  for (const [key, list] of groups) {
    const years = [...new Set(list.map((d) => d.year))].sort((a, b) => a - b);
    const first = list[0] as FieldSupply;
    if (years.length < 2) continue;
    const where = SOURCE_NAMES[first.source] ?? (first.source.startsWith("user:") ? `your enrolments (${first.source.slice(5)})` : first.source);
    const slug = `${first.source.replace(/^ncses_/, "").replace(/_.*$/, "")}-${awardName(first.award_level).split(/[ ']/)[0]?.toLowerCase()}`.replace(/[^a-z0-9-]+/gi, "-");
    series.push({key, slug, source: first.source, award_level: first.award_level, label: `${awardName(first.award_level)}, ${where}`, first_year: years[0] as number, last_year: years.at(-1) as number});
  }
  const rank = (s: SupplySeries) => (s.source.startsWith("user:") ? 1 : 0);
  return series.sort((a, b) => rank(a) - rank(b) || a.source.localeCompare(b.source) || a.award_level.localeCompare(b.award_level, "en", {sensitivity: "base"}) * -1);
}

/** The rows of one series. */
export function seriesRows(rows: readonly FieldSupply[], key: string): FieldSupply[] {
  return rows.filter((d) => d.field_vocabulary !== "all_fields" && `${d.source}|${d.award_level}` === key);
}

/**
 * The `top` fields by completions in the last year, year by year, and every other field summed as
 * "All other fields (n)", so the lines stay readable and still add up to the total.
 */
export function topFieldLines(rows: readonly FieldSupply[], top = 6): SeriesPoint[] {
  const last = Math.max(...rows.map((d) => d.year));
  const leaders = rows
    .filter((d) => d.year === last)
    .sort((a, b) => b.completions - a.completions || a.field.localeCompare(b.field))
    .slice(0, top)
    .map((d) => d.field);
  const others = new Set(rows.map((d) => d.field).filter((f) => !leaders.includes(f)));
  const otherName = `All other fields (${others.size})`;
  const totals = new Map<string, number>();
  const points: SeriesPoint[] = [];
  for (const row of rows) {
    if (leaders.includes(row.field)) points.push({series: row.field, period: String(row.year), value: row.completions, detail: {Completions: formatCount(row.completions)}});
    else totals.set(String(row.year), (totals.get(String(row.year)) ?? 0) + row.completions);
  }
  if (others.size > 0) for (const [period, value] of totals) points.push({series: otherName, period, value, detail: {Completions: formatCount(value)}});
  return points.sort((a, b) => a.period.localeCompare(b.period));
}

/**
 * Each field's change from the first to the last year: `value` in completions (what a bar shows, so a tiny
 * field's tenfold growth does not outrank a large field's), `change_pct` in percent (null when the first
 * year had none).
 */
export function fieldChanges(rows: readonly FieldSupply[]): (RateBar & {first: number; last: number; change_pct: number | null})[] {
  const years = rows.map((d) => d.year);
  const [from, to] = [Math.min(...years), Math.max(...years)];
  const fields = [...new Set(rows.map((d) => d.field))];
  return fields.map((field) => {
    const first = rows.find((d) => d.field === field && d.year === from)?.completions ?? 0;
    const last = rows.find((d) => d.field === field && d.year === to)?.completions ?? 0;
    return {label: field, value: last - first, first, last, change_pct: first > 0 ? (last / first - 1) * 100 : null};
  });
}

/**
 * The finding of the trend: the series' total in the first and last year, and how many fields grew.
 * @example supplyFinding(rows, "Certificates below the associate's level") // => "Certificates below the associate's level: 985,251 in 2021, +1.4% since 2012; up in 11 of 20 fields"
 */
export function supplyFinding(rows: readonly FieldSupply[], label: string): string {
  if (rows.length === 0) return `${label}: no data`;
  const years = rows.map((d) => d.year);
  const [from, to] = [Math.min(...years), Math.max(...years)];
  const total = (year: number) => rows.filter((d) => d.year === year).reduce((sum, d) => sum + d.completions, 0);
  const [first, last] = [total(from), total(to)];
  const changes = fieldChanges(rows);
  const up = changes.filter((d) => (d.value as number) > 0).length;
  return `${label}: ${formatCount(last)} in ${to}, ${formatSigned(first > 0 ? (last / first - 1) * 100 : null, 1, "%")} since ${from}; up in ${up} of ${changes.length} fields`;
}

/**
 * The finding of the change chart: the fields that added and lost most completions, with their percentages.
 * @example changeRangeFinding(fieldChanges(rows), 2012, 2021) // => "From 2012 to 2021, Business added most (+39,923, +59.6%) and Health lost most (−145,667, −35.4%)" (test/components/enrolmentCharts.test.ts)
 */
export function changeRangeFinding(changes: readonly (RateBar & {change_pct: number | null})[], from: number, to: number): string {
  const known = changes.filter((d): d is RateBar & {value: number; change_pct: number | null} => d.value !== null).sort((a, b) => b.value - a.value);
  const top = known[0];
  const bottom = known.at(-1);
  if (top === undefined || bottom === undefined) return "No field has completions in both years";
  const describe = (d: {value: number; change_pct: number | null}) => `${signedCount(d.value)}${d.change_pct === null ? "" : `, ${formatSigned(d.change_pct, 1, "%")}`}`;
  return `From ${from} to ${to}, ${top.label} ${top.value >= 0 ? "added most" : "lost least"} (${describe(top)}) and ${bottom.label} ${bottom.value < 0 ? "lost most" : "added least"} (${describe(bottom)})`;
}

/**
 * A whole-number change with its sign and thousands separators.
 * @example signedCount(-146289) // => "−146,289"
 */
export function signedCount(value: number): string {
  const rounded = Math.round(value);
  return `${rounded > 0 ? "+" : rounded < 0 ? "−" : "±"}${formatCount(Math.abs(rounded))}`;
}

/** The all-fields rows (IPEDS completers by award level) as bars, with their year. */
export function awardLevelBars(rows: readonly FieldSupply[]): (RateBar & {year: number; unit: string})[] {
  return rows.filter((d) => d.field_vocabulary === "all_fields").map((d) => ({label: d.award_level, value: d.completions, year: d.year, unit: d.unit}));
}

/**
 * How many completed an award of less than one academic year, and their share of all completers.
 * @example shortAwardFinding(bars) // => "433,217 students completed an award of less than one academic year in 2015–16: 9.9% of all completers"
 */
export function shortAwardFinding(bars: readonly (RateBar & {year: number})[]): string {
  const short = bars.find((d) => /less than 1 academic year/i.test(d.label));
  const all = bars.reduce((sum, d) => sum + (d.value ?? 0), 0);
  if (short === undefined || short.value === null || !(all > 0)) return "Completers by award level";
  return `${formatCount(short.value)} students completed an award of less than one academic year in ${short.year - 1}–${String(short.year).slice(2)}: ${((short.value / all) * 100).toFixed(1)}% of all completers`;
}
