import * as Plot from "@observablehq/plot";

/** The columns of au_shortage the charts read (Skills Priority List 2022, one row per ANZSCO occupation). */
export interface AuShortage {
  anzsco_code: string;
  occupation: string;
  national_rating: Rating;
  national_rating_label: string;
  future_demand: string;
  states_in_shortage: number;
  nsw_rating: Rating;
  vic_rating: Rating;
  qld_rating: Rating;
  sa_rating: Rating;
  wa_rating: Rating;
  tas_rating: Rating;
  nt_rating: Rating;
  act_rating: Rating;
  mapped_soc_codes: string | null;
}

export type Rating = "S" | "NS" | "R" | "M";

/** The areas the Skills Priority List rates: the nation, then the eight states and territories. */
export const AU_AREAS = [
  {code: "national", name: "Australia (national)"},
  {code: "nsw", name: "New South Wales"},
  {code: "vic", name: "Victoria"},
  {code: "qld", name: "Queensland"},
  {code: "sa", name: "South Australia"},
  {code: "wa", name: "Western Australia"},
  {code: "tas", name: "Tasmania"},
  {code: "nt", name: "Northern Territory"},
  {code: "act", name: "Australian Capital Territory"}
] as const;
export type AuArea = (typeof AU_AREAS)[number]["code"];

/** Rating labels as the list defines them, shortage kinds first. */
export const RATING_LABELS: Record<Rating, string> = {S: "shortage", R: "regional shortage", M: "metropolitan shortage", NS: "no shortage"};
const RATING_ORDER: Rating[] = ["S", "R", "M", "NS"];
const RATING_COLOURS = ["var(--okabe-vermillion, #d55e00)", "var(--okabe-orange, #e69f00)", "var(--okabe-yellow, #f0e442)", "var(--okabe-sky, #56b4e9)"];

/** An occupation's rating in one area (the national rating for "national"). */
export function ratingIn(row: AuShortage, area: AuArea): Rating {
  return area === "national" ? row.national_rating : row[`${area}_rating`];
}

/** True for the three shortage kinds (S, R, M). */
export function isShortage(rating: Rating): boolean {
  return rating !== "NS";
}

export interface AreaRatingCount {
  area: AuArea;
  area_name: string;
  rating: Rating;
  rating_label: string;
  occupations: number;
  /** Share of the occupations counted in this area, 0–1. */
  share: number;
}

/**
 * How many of the rows carry each rating, per area (nation and eight states/territories), every rating listed
 * even when its count is 0, so the bars of each area add up to the rows counted.
 * @example areaRatingCounts(rows).find((d) => d.area === "nsw" && d.rating === "S")?.occupations
 */
export function areaRatingCounts(rows: readonly AuShortage[]): AreaRatingCount[] {
  const counts: AreaRatingCount[] = [];
  for (const {code, name} of AU_AREAS) {
    for (const rating of RATING_ORDER) {
      const occupations = rows.filter((row) => ratingIn(row, code) === rating).length;
      counts.push({area: code, area_name: name, rating, rating_label: RATING_LABELS[rating], occupations, share: rows.length > 0 ? occupations / rows.length : 0});
    }
  }
  return counts;
}

/**
 * The finding of the state chart: how many of the occupations shown are in shortage in the chosen area, and
 * which state or territory rates the most of them in shortage.
 * @example shortageFinding([], "national") // => "No occupations match the filters"
 */
export function shortageFinding(rows: readonly AuShortage[], area: AuArea): string {
  if (rows.length === 0) return "No occupations match the filters";
  const counts = areaRatingCounts(rows);
  const inShortage = (code: AuArea) => counts.filter((d) => d.area === code && isShortage(d.rating)).reduce((sum, d) => sum + d.occupations, 0);
  const name = AU_AREAS.find((d) => d.code === area)?.name ?? area;
  const states = AU_AREAS.filter((d) => d.code !== "national").map((d) => ({...d, n: inShortage(d.code)}));
  const most = states.reduce((best, d) => (d.n > best.n ? d : best));
  const tied = states.filter((d) => d.n === most.n).length;
  const leader = tied > 1 ? `${tied} states and territories tie for the most (${most.n})` : `${most.name} rates the most in shortage (${most.n})`;
  return `${inShortage(area).toLocaleString("en-US")} of ${rows.length.toLocaleString("en-US")} occupations shown are in shortage in ${name}; ${leader}`;
}

export interface ShortageStateChartOptions {
  /** The area the reader chose: its bar is outlined and its label bold. */
  area?: AuArea;
  width?: number;
  document?: Document;
}

/**
 * Stacked horizontal bars, one per area: the share of the occupations shown rated in shortage, regional
 * shortage, metropolitan shortage or no shortage, with the count of shortage ratings written at the bar's end.
 */
export function ShortageStateChart(rows: readonly AuShortage[], {area = "national", width = 800, document}: ShortageStateChartOptions = {}) {
  const counts = areaRatingCounts(rows);
  const totals = AU_AREAS.map(({code, name}) => ({
    area: code,
    area_name: name,
    shortage: counts.filter((d) => d.area === code && isShortage(d.rating)).reduce((sum, d) => sum + d.occupations, 0)
  }));
  const chosen = AU_AREAS.find((d) => d.code === area)?.name;
  return Plot.plot({
    width,
    height: 44 + 30 * AU_AREAS.length,
    marginLeft: Math.min(210, width * 0.32),
    marginRight: 112,
    ariaLabel: `Stacked bar chart: Skills Priority List 2022 ratings of ${rows.length} occupations in Australia and each state and territory`,
    x: {label: "Share of the occupations shown (%) →", percent: true, domain: [0, 100], grid: true},
    y: {label: null, domain: AU_AREAS.map((d) => d.name), tickFormat: (d: string) => (d === chosen ? `▶ ${d}` : d)},
    color: {legend: true, domain: RATING_ORDER.map((r) => RATING_LABELS[r]), range: RATING_COLOURS},
    marks: [
      Plot.barX(counts, {
        y: "area_name",
        x: "share",
        fill: "rating_label",
        order: RATING_ORDER.map((r) => RATING_LABELS[r]),
        tip: {channels: {Area: "area_name", Rating: "rating_label", Occupations: "occupations"}, format: {x: (v: number) => `${(v * 100).toFixed(1)}%`, y: false, fill: false}}
      }),
      Plot.barX(
        totals.filter((d) => d.area_name === chosen),
        {y: "area_name", x1: 0, x2: 1, fill: "none", stroke: "currentColor", strokeWidth: 2, ariaHidden: "true"}
      ),
      Plot.text(totals, {y: "area_name", x: 1, text: (d: {shortage: number}) => `${d.shortage} in shortage`, textAnchor: "start", dx: 4, fill: "currentColor"}),
      Plot.ruleX([0])
    ],
    ...(document ? {document} : {})
  });
}
