import * as Plot from "@observablehq/plot";
import {MISSING, formatCount, formatPercent, formatSigned, formatUsd} from "./displayFormat.js";

/** An occupation (SOC line item) or a field of study (CIP code) placed on the demand chart. */
export interface DemandPoint<T = unknown> {
  /** SOC or CIP code. */
  id: string;
  label: string;
  /** SOC major group or CIP family. */
  group: string;
  annual_openings: number | null;
  growth_pct: number | null;
  median_wage_usd: number | null;
  certification_relevance_pct: number | null;
  /** Shortage rating as text ("shortage", "2 of 3 linked occupations in shortage"), null when unrated. */
  shortage: string | null;
  /** True when rated in shortage; null when unrated. */
  in_shortage: boolean | null;
  /** The mart row behind the point (what the CSV download gives). */
  row: T;
}

/** The columns of occupation_demand the explorer reads. */
export interface OccupationDemand {
  soc_code: string;
  occupation: string;
  major_group: string;
  employment_2024: number;
  employment_2034: number;
  employment_change_pct: number;
  annual_openings: number;
  median_wage_usd: number | null;
  certification_relevance_pct: number | null;
  shortage_rating: string | null;
  shortage_rating_country: string | null;
  shortage_rating_period: string | null;
}

/** The columns of field_demand the explorer reads. */
export interface FieldDemand {
  cip_code: string;
  cip_title: string;
  cip_family: string;
  cip_family_title: string;
  annual_openings: number | null;
  employment_growth_pct: number | null;
  median_wage_usd: number | null;
  certification_relevance_pct: number | null;
  shortage_rated_occupations: number;
  shortage_occupations: number;
}

/** Certification relevance bands, lowest first, and "not rated" for occupations O*NET does not rate. */
export const CERTIFICATION_BANDS = ["under 10%", "10–25%", "25–50%", "50% or more", "not rated"] as const;
export type CertificationBand = (typeof CERTIFICATION_BANDS)[number];
/** Okabe–Ito colours for the bands, light to strong; grey for "not rated" (drawn hollow, so not colour alone). */
const BAND_COLOURS = ["var(--okabe-sky, #56b4e9)", "var(--okabe-blue, #0072b2)", "var(--okabe-orange, #e69f00)", "var(--okabe-vermillion, #d55e00)", "#999999"];
/** "Where a certificate matters": at least this share of workers need a certificate to enter. */
export const CERTIFICATE_MATTERS_PCT = 25;

/**
 * The band of a certification relevance (percent of workers for whom a post-secondary, post-baccalaureate or
 * post-master's certificate is the level required to enter).
 * @example certificationBand(30) // => "25–50%"
 */
export function certificationBand(pct: number | null): CertificationBand {
  if (pct === null || !Number.isFinite(pct)) return "not rated";
  if (pct < 10) return "under 10%";
  if (pct < 25) return "10–25%";
  if (pct < 50) return "25–50%";
  return "50% or more";
}

/** An occupation_demand row as a chart point; the shortage rating names its country and period. */
export function occupationPoint<T extends OccupationDemand>(row: T): DemandPoint<T> {
  const rated = row.shortage_rating !== null;
  return {
    id: row.soc_code,
    label: row.occupation,
    group: row.major_group,
    annual_openings: row.annual_openings,
    growth_pct: row.employment_change_pct,
    median_wage_usd: row.median_wage_usd,
    certification_relevance_pct: row.certification_relevance_pct,
    shortage: rated ? `${row.shortage_rating} (${[row.shortage_rating_country, row.shortage_rating_period].filter(Boolean).join(" ")})` : null,
    in_shortage: rated ? row.shortage_rating !== "no shortage" : null,
    row
  };
}

/** A field_demand row as a chart point; its shortage reads "k of n rated linked occupations in shortage". */
export function fieldPoint<T extends FieldDemand>(row: T): DemandPoint<T> {
  const rated = row.shortage_rated_occupations > 0;
  return {
    id: row.cip_code,
    label: row.cip_title,
    group: `${row.cip_family} ${titleCase(row.cip_family_title)}`,
    annual_openings: row.annual_openings,
    growth_pct: row.employment_growth_pct,
    median_wage_usd: row.median_wage_usd,
    certification_relevance_pct: row.certification_relevance_pct,
    shortage: rated ? `${row.shortage_occupations} of ${row.shortage_rated_occupations} rated linked occupations in shortage` : null,
    in_shortage: rated ? row.shortage_occupations > 0 : null,
    row
  };
}

/** "HEALTH PROFESSIONS AND RELATED PROGRAMS" → "Health professions and related programs" (CIP family titles are upper case). */
export function titleCase(text: string): string {
  const lower = text.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

/**
 * Employment growth of all occupations together: Σ employment 2034 / Σ employment 2024 − 1, in percent.
 * @throws {RangeError} when there is no 2024 employment to divide by
 * @example overallGrowthPct([{employment_2024: 100, employment_2034: 103}]) // => 3
 */
export function overallGrowthPct(rows: readonly Pick<OccupationDemand, "employment_2024" | "employment_2034">[]): number {
  const base = rows.reduce((sum, d) => sum + d.employment_2024, 0);
  if (!(base > 0)) throw new RangeError("overallGrowthPct: no 2024 employment in the rows");
  return (rows.reduce((sum, d) => sum + d.employment_2034, 0) / base - 1) * 100;
}

/** Points that can be placed: openings and growth both present. */
export function plottable<T>(points: readonly DemandPoint<T>[]): DemandPoint<T>[] {
  return points.filter((d) => d.annual_openings !== null && d.growth_pct !== null);
}

/**
 * The finding of the demand chart, as a sentence: how many of the points shown grow faster than all
 * occupations together and need a certificate for at least a quarter of workers, and which has the most openings.
 * @example demandFinding([], 3.1, "occupations") // => "No occupations match the filters"
 */
export function demandFinding(points: readonly DemandPoint[], referenceGrowthPct: number, noun: string): string {
  if (points.length === 0) return `No ${noun} match the filters`;
  const both = points.filter((d) => d.growth_pct !== null && d.growth_pct > referenceGrowthPct && (d.certification_relevance_pct ?? -1) >= CERTIFICATE_MATTERS_PCT);
  const leader = points.reduce<DemandPoint | undefined>((best, d) => (d.annual_openings !== null && (best === undefined || d.annual_openings > (best.annual_openings ?? -1)) ? d : best), undefined);
  const lead = leader ? `; ${leader.label} has the most openings (${formatCount(leader.annual_openings)} a year)` : "";
  return `${both.length.toLocaleString("en-US")} of ${points.length.toLocaleString("en-US")} ${noun} grow faster than all occupations (${formatPercent(referenceGrowthPct)}) and need a certificate for at least ${CERTIFICATE_MATTERS_PCT}% of workers${lead}`;
}

export interface DemandScatterOptions {
  /** Points highlighted (the filtered selection); the rest of `points` is drawn faintly behind them. */
  selected?: readonly DemandPoint[];
  /** Employment growth of all occupations, drawn as a reference line (percent). */
  referenceGrowthPct?: number;
  /** "occupations" or "fields of study": used in the accessible label. */
  noun?: string;
  /** How many of the selected points with the most openings get a text label; default: all of a selection of up to 6, else 1. */
  labelTop?: number;
  width?: number;
  document?: Document;
}

/**
 * Projected growth (x) against annual openings (y, symmetric log so a field with 0 openings still shows) for
 * occupations or fields: dot size is the median wage, colour the certification relevance band (hollow grey
 * when O*NET does not rate it). The filtered selection is drawn in colour over all points in grey.
 */
export function DemandScatter(points: readonly DemandPoint[], {selected = points, referenceGrowthPct, noun = "occupations", labelTop, width = 800, document}: DemandScatterOptions = {}) {
  const all = plottable(points);
  const shown = plottable(selected);
  labelTop ??= shown.length <= 6 ? shown.length : 1;
  const subset = shown.length < all.length;
  const rated = shown.filter((d) => d.certification_relevance_pct !== null);
  const unrated = shown.filter((d) => d.certification_relevance_pct === null);
  const labelled = [...shown].sort((a, b) => (b.annual_openings ?? 0) - (a.annual_openings ?? 0)).slice(0, labelTop);
  const tip = {
    channels: {
      Name: "label",
      Code: "id",
      Group: "group",
      "Openings a year": (d: DemandPoint) => formatCount(d.annual_openings),
      "Growth 2024–34": (d: DemandPoint) => formatSigned(d.growth_pct, 1, "%"),
      "Median wage": (d: DemandPoint) => formatUsd(d.median_wage_usd),
      "Certificate required to enter": (d: DemandPoint) => formatPercent(d.certification_relevance_pct),
      Shortage: (d: DemandPoint) => d.shortage ?? MISSING
    },
    format: {x: false, y: false, r: false, fill: false, stroke: false}
  } as const;
  const wageExtent: [number, number] = [30_000, 240_000];
  return Plot.plot({
    width,
    height: Math.max(360, Math.min(560, width * 0.6)),
    marginLeft: 56,
    marginRight: 16,
    ariaLabel: `Scatter plot: projected employment growth 2024–34 against annual openings for ${shown.length} ${noun}, coloured by certification relevance and sized by median wage`,
    x: {label: "Projected employment growth, 2024–34 (%) →", grid: true},
    y: {
      label: "↑ Openings a year (2024–34 average)",
      type: "symlog",
      constant: 50,
      ticks: [0, 100, 1_000, 10_000, 100_000, 1_000_000],
      tickFormat: shortCount,
      grid: true
    },
    r: {domain: wageExtent, range: [2, 9], clamp: true},
    color: {legend: true, domain: [...CERTIFICATION_BANDS], range: BAND_COLOURS, label: "Certificate required to enter (share of workers)"},
    marks: [
      referenceGrowthPct === undefined ? null : Plot.ruleX([referenceGrowthPct], {stroke: "currentColor", strokeOpacity: 0.5, strokeDasharray: "4 3"}),
      referenceGrowthPct === undefined
        ? null
        : Plot.text([referenceGrowthPct], {x: (d: number) => d, frameAnchor: "bottom", dy: -4, dx: 4, textAnchor: "start", text: (d: number) => `all occupations ${formatPercent(d)}`, fill: "currentColor", fillOpacity: 0.7}),
      subset ? Plot.dot(all, {x: "growth_pct", y: "annual_openings", r: 2, fill: "currentColor", fillOpacity: 0.12, ariaHidden: "true"}) : null,
      Plot.dot(rated, {
        x: "growth_pct",
        y: "annual_openings",
        r: "median_wage_usd",
        fill: (d: DemandPoint) => certificationBand(d.certification_relevance_pct),
        fillOpacity: 0.75,
        stroke: "var(--theme-background, white)",
        strokeWidth: 0.5,
        tip
      }),
      Plot.dot(unrated, {x: "growth_pct", y: "annual_openings", r: "median_wage_usd", stroke: () => "not rated", strokeWidth: 1.2, fill: "none", tip}),
      Plot.text(labelled, {x: "growth_pct", y: "annual_openings", text: (d: DemandPoint) => truncate(d.label, 36), dx: 10, textAnchor: "start", fill: "currentColor", stroke: "var(--theme-background, white)", strokeWidth: 3, paintOrder: "stroke"})
    ],
    ...(document ? {document} : {})
  });
}

/**
 * Axis labels for counts: 0, 100, 1k, 10k, 100k, 1M (each tick with its own prefix).
 * @example shortCount(100000) // => "100k"
 */
export function shortCount(value: number): string {
  if (Math.abs(value) >= 1e6) return `${Number((value / 1e6).toPrecision(3))}M`;
  if (Math.abs(value) >= 1e3) return `${Number((value / 1e3).toPrecision(3))}k`;
  return String(value);
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
