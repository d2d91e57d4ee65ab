import type {TableColumn} from "./DataTable.js";
import {formatPercent, formatSigned, formatUsd} from "./displayFormat.js";
import type {DemandPoint} from "./DemandScatter.js";
import {AU_AREAS, RATING_LABELS, isShortage, ratingIn, type AuArea, type AuShortage} from "./ShortageStateChart.js";

/**
 * The occupation and field demand explorer: what the reader can look at, how the filters select rows, and the
 * table columns of each view. Pure functions; the page only wires Inputs to them.
 */

export type ExplorerView = "occupations" | "fields" | "australia";
export const EXPLORER_VIEWS: readonly ExplorerView[] = ["occupations", "fields", "australia"];
export const EXPLORER_VIEW_LABELS: Record<ExplorerView, string> = {
  occupations: "US occupations (BLS)",
  fields: "US fields of study (CIP)",
  australia: "Australian occupations (shortage ratings)"
};
/** The group filter's "no filter" option. */
export const ALL_GROUPS = "All";

export interface ExplorerFilters {
  query: string;
  /** A major group, a CIP family ("11 Computer and …") or, for Australia, an area code; ALL_GROUPS for none. */
  group: string;
  shortageOnly: boolean;
}

/**
 * True when every word of the query appears (case-insensitive) in one of the texts: "nurse 29-" finds
 * "Registered nurses" coded 29-1141. An empty query matches everything.
 * @example matchesQuery(["Registered nurses", "29-1141"], "nurse 29-") // => true
 */
export function matchesQuery(texts: readonly (string | null)[], query: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = texts.filter((t): t is string => t !== null).join(" ").toLowerCase();
  return words.every((word) => haystack.includes(word));
}

/** The group filter's options for a view: "All" then the groups of the view's points (or the Australian areas). */
export function groupOptions(view: ExplorerView, points: readonly DemandPoint[]): string[] {
  if (view === "australia") return AU_AREAS.map((d) => d.code);
  return [ALL_GROUPS, ...[...new Set(points.map((d) => d.group))].sort((a, b) => a.localeCompare(b, "en", {numeric: true}))];
}

/** How a group option reads: Australian area codes become names. */
export function groupLabel(view: ExplorerView, option: string): string {
  if (view === "australia") return AU_AREAS.find((d) => d.code === option)?.name ?? option;
  return option === ALL_GROUPS ? (view === "occupations" ? "All major groups" : "All CIP families") : option;
}

/** Points matching the search (name, code or group), the group and, if asked, a shortage rating. */
export function filterPoints<T>(points: readonly DemandPoint<T>[], {query, group, shortageOnly}: ExplorerFilters): DemandPoint<T>[] {
  return points.filter((d) => (group === ALL_GROUPS || d.group === group) && (!shortageOnly || d.in_shortage === true) && matchesQuery([d.label, d.id, d.group], query));
}

/** Australian occupations matching the search (title, ANZSCO code or mapped SOC codes) and, if asked, in shortage in the area. */
export function filterAustralia(rows: readonly AuShortage[], {query, group, shortageOnly}: ExplorerFilters): AuShortage[] {
  const area = asArea(group);
  return rows.filter((row) => (!shortageOnly || isShortage(ratingIn(row, area))) && matchesQuery([row.occupation, row.anzsco_code, row.mapped_soc_codes], query));
}

/** An area code from the group filter; anything else (e.g. "All" left over from another view) is the nation. */
export function asArea(group: string): AuArea {
  return AU_AREAS.find((d) => d.code === group)?.code ?? "national";
}

/** A row of the Australian table: the occupation with its rating in the chosen area spelled out. */
export interface AustraliaTableRow {
  anzsco_code: string;
  occupation: string;
  area_rating: string;
  national_rating: string;
  future_demand: string;
  states_in_shortage: number;
  mapped_soc_codes: string | null;
}

export function australiaTableRows(rows: readonly AuShortage[], area: AuArea): AustraliaTableRow[] {
  return rows.map((row) => ({
    anzsco_code: row.anzsco_code,
    occupation: row.occupation,
    area_rating: RATING_LABELS[ratingIn(row, area)],
    national_rating: row.national_rating_label,
    future_demand: row.future_demand,
    states_in_shortage: row.states_in_shortage,
    mapped_soc_codes: row.mapped_soc_codes
  }));
}

/** Table columns of the US views (occupations or fields). */
export function demandColumns(view: "occupations" | "fields"): TableColumn<DemandPoint>[] {
  const occupations = view === "occupations";
  return [
    {key: "id", label: occupations ? "SOC" : "CIP"},
    {key: "label", label: occupations ? "Occupation" : "Field of study"},
    {key: "group", label: occupations ? "Major group" : "CIP family"},
    {key: "annual_openings", label: "Openings a year", title: "Average annual openings 2024–34 (growth + exits + transfers); for a field, openings of its linked occupations split equally across their fields"},
    {key: "growth_pct", label: "Growth 2024–34", format: (v) => formatSigned(v, 1, "%"), title: "Projected employment change 2024–34, percent"},
    {key: "median_wage_usd", label: "Median wage", format: formatUsd, title: "Median annual wage, May 2024, USD"},
    {key: "shortage", label: "Shortage rating", title: "Australia's Skills Priority List 2022, through the project's ANZSCO–SOC map; — where no rating reaches the occupation"},
    {key: "certification_relevance_pct", label: "Certificate relevance", format: (v) => formatPercent(v), title: "O*NET: share of workers for whom a post-secondary, post-baccalaureate or post-master's certificate is the level required to enter"}
  ];
}

/** Table columns of the Australian view; the area column names the chosen area. */
export function australiaColumns(area: AuArea): TableColumn<AustraliaTableRow>[] {
  const name = AU_AREAS.find((d) => d.code === area)?.name ?? area;
  return [
    {key: "anzsco_code", label: "ANZSCO"},
    {key: "occupation", label: "Occupation"},
    {key: "area_rating", label: area === "national" ? "National rating" : `Rating in ${name}`},
    ...(area === "national" ? [] : [{key: "national_rating", label: "National rating"} as TableColumn<AustraliaTableRow>]),
    {key: "future_demand", label: "Future demand", title: "National Future Demand Rating (Strong / Moderate / Soft)"},
    {key: "states_in_shortage", label: "States in shortage", title: "Of the eight states and territories, those rating the occupation S, R or M"},
    {key: "mapped_soc_codes", label: "Mapped SOC", title: "US occupations this rating is carried to (hand-made map, data/catalogue/anzsco_soc_map.csv)"}
  ];
}
