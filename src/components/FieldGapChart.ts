import * as Plot from "@observablehq/plot";
import {MISSING, formatCount, formatLarge} from "./displayFormat.js";

/** The field_gap columns the chart reads: one row per field × supply pipeline. */
export interface FieldGap {
  field_code: string;
  field: string;
  supply_source: string;
  supply_year: number;
  completions: number;
  annual_openings: number | null;
  gap: number | null;
  completions_per_opening: number | null;
}

const PIPELINES: Record<string, string> = {
  ncses_shed10_certificates: "Certificates below the associate's level",
  ncses_shed11_associate_degrees: "Associate's degrees",
  ncses_sub_baccalaureate: "All sub-baccalaureate awards (certificates + associate's degrees)"
};

/**
 * How a supply pipeline reads: the shipped NCSES pipelines by name, a user's own enrolments as "Your enrolments: …".
 * @example pipelineLabel("user:registrar-2024") // => "Your enrolments: registrar-2024"
 */
export function pipelineLabel(source: string): string {
  if (source.startsWith("user:")) return `Your enrolments: ${source.slice(5)}`;
  return PIPELINES[source] ?? source;
}

/** The pipelines in the data, shipped ones in a fixed order first, then the user's. */
export function pipelines(rows: readonly Pick<FieldGap, "supply_source">[]): string[] {
  const present = new Set(rows.map((d) => d.supply_source));
  return [...Object.keys(PIPELINES).filter((p) => present.has(p)), ...[...present].filter((p) => !(p in PIPELINES)).sort()];
}

/** Rows of one pipeline, largest gap first; fields whose openings are missing go last (their gap is unknown, not 0). */
export function gapRanking<T extends FieldGap>(rows: readonly T[], pipeline: string): T[] {
  return rows
    .filter((d) => d.supply_source === pipeline)
    .sort((a, b) => (a.gap === null ? 1 : 0) - (b.gap === null ? 1 : 0) || (b.gap ?? 0) - (a.gap ?? 0) || a.field.localeCompare(b.field));
}

/**
 * The finding of the gap chart: the named field (not an NCSES catch-all group) with the largest gap, and how
 * many fields produce fewer completers than their occupations' openings.
 * @example gapFinding(rows) // => "Business has the largest gap of the named fields: 3.26 million openings a year against 106,923 completions in 2021; 19 of 20 fields produce fewer completers than openings"
 */
export function gapFinding(rows: readonly FieldGap[]): string {
  const known = rows.filter((d) => d.gap !== null);
  const named = known.filter((d) => !isCatchAll(d));
  const pool = named.length > 0 ? named : known;
  const top = pool.reduce<FieldGap | undefined>((best, d) => (best === undefined || (d.gap ?? 0) > (best.gap ?? 0) ? d : best), undefined);
  if (top === undefined) return "No field has both openings and completions";
  const short = known.filter((d) => (d.gap ?? 0) > 0).length;
  const missing = rows.length - known.length;
  const which = pool === named && named.length < known.length ? "the largest gap of the named fields" : "the largest gap";
  return `${top.field} has ${which}: ${formatLarge(top.annual_openings)} openings a year against ${formatCount(top.completions)} completions in ${top.supply_year}; ${short} of ${known.length} fields produce fewer completers than openings${missing > 0 ? ` (${missing} without openings data)` : ""}`;
}

/** NCSES's catch-all groups ("Other non-S&E fields", "Other S&E-related fields"): their gaps mix unrelated programmes. */
export function isCatchAll(row: Pick<FieldGap, "field_code">): boolean {
  return row.field_code.startsWith("other_");
}

export interface FieldGapChartOptions {
  width?: number;
  document?: Document;
}

/**
 * One row per field: a line from completions (orange dot) to annual openings (blue dot), largest gap first.
 * A field without openings data shows only its completions dot and says so in its tooltip.
 */
export function FieldGapChart(rows: readonly FieldGap[], {width = 800, document}: FieldGapChartOptions = {}) {
  const order = rows.map((d) => d.field);
  const points = rows.flatMap((d) => [
    {...d, measure: "completions (latest year)", value: d.completions},
    ...(d.annual_openings === null ? [] : [{...d, measure: "openings a year (2024–34)", value: d.annual_openings}])
  ]);
  const tip = {
    channels: {
      Field: "field",
      "Openings a year": (d: FieldGap) => formatCount(d.annual_openings),
      Completions: (d: FieldGap) => `${formatCount(d.completions)} (${d.supply_year})`,
      Gap: (d: FieldGap) => (d.gap === null ? `${MISSING} (no openings data)` : formatCount(d.gap)),
      "Completions per 100 openings": (d: FieldGap) => (d.completions_per_opening === null ? MISSING : (d.completions_per_opening * 100).toFixed(1))
    },
    format: {x: false, y: false, fill: false}
  } as const;
  return Plot.plot({
    width,
    height: 50 + rows.length * 24,
    marginLeft: Math.min(290, width * 0.38),
    marginRight: 24,
    ariaLabel: `Dumbbell chart: annual openings 2024–34 against completions for ${rows.length} fields, largest gap first`,
    x: {label: "Persons a year →", grid: true, tickFormat: "~s"},
    y: {label: null, domain: order, tickFormat: (d: string) => (d.length > 44 ? `${d.slice(0, 43)}…` : d)},
    color: {domain: ["completions (latest year)", "openings a year (2024–34)"], range: ["var(--okabe-orange, #e69f00)", "var(--okabe-blue, #0072b2)"]},
    symbol: {legend: true, domain: ["completions (latest year)", "openings a year (2024–34)"], range: ["circle", "diamond"]},
    marks: [
      Plot.ruleY(
        rows.filter((d) => d.annual_openings !== null),
        {y: "field", x1: "completions", x2: "annual_openings", stroke: "currentColor", strokeOpacity: 0.35, strokeWidth: 2}
      ),
      Plot.dot(points, {y: "field", x: "value", fill: "measure", r: 5, symbol: "measure", tip}),
      Plot.ruleX([0])
    ],
    ...(document ? {document} : {})
  });
}
