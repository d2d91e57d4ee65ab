import {z} from "zod";
import {cell, parseNumber, type CsvSpec} from "../readCsv.js";
import {AU_RATINGS} from "./auSkillsPriority.js";
import {optionalText, SOC_CODE} from "./publishedCells.js";

/** Indicators a user may supply, and the value each one takes. */
export const SHORTAGE_INDICATORS = {
  job_vacancy_rate_pct: "job vacancy rate: vacancies / (occupied posts + vacancies), percent 0–100",
  job_openings_rate_pct: "job openings rate, percent 0–100",
  unemployed_per_opening: "unemployed persons per job opening, 0 or more",
  hires_rate_pct: "hires rate, percent 0–100",
  quits_rate_pct: "quits rate, percent 0–100",
  shortage_rating: "an occupation's shortage rating: S, NS, R or M (as in Australia's Skills Priority List)"
} as const;
type Indicator = keyof typeof SHORTAGE_INDICATORS;
const INDICATORS = Object.keys(SHORTAGE_INDICATORS) as [Indicator, ...Indicator[]];
export const AREA_TYPES = ["country", "region", "industry", "occupation"] as const;

/** The header of a shortage-indicator file, in order, with what each column holds (README lists the same). */
export const SHORTAGE_COLUMNS = {
  source: "publisher and table the value comes from",
  country_code: "ISO 3166-1 alpha-2 country code",
  area_type: "country, region, industry or occupation",
  area: "name of the country, region, industry or occupation",
  soc_code: "SOC 2018 code; required when area_type is occupation, empty otherwise",
  period: "YYYY, YYYY-Qn or YYYY-MM",
  indicator: INDICATORS.join(", "),
  value: "a number (a percent 0–100 for *_pct, 0 or more for unemployed_per_opening) or S/NS/R/M for shortage_rating",
  notes: "anything a reader should know (optional)"
} as const;

/** Parses YYYY, YYYY-Qn or YYYY-MM into the first day of the period, its type and a sortable label. */
export function parsePeriod(text: string): {start: string; type: "year" | "quarter" | "month"; label: string} | undefined {
  const s = text.trim();
  let m = /^(\d{4})$/.exec(s);
  if (m) return {start: `${m[1]}-01-01`, type: "year", label: s};
  m = /^(\d{4})-?Q([1-4])$/i.exec(s);
  if (m) return {start: `${m[1]}-${String((Number(m[2]) - 1) * 3 + 1).padStart(2, "0")}-01`, type: "quarter", label: `${m[1]}-Q${m[2]}`};
  m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(s);
  if (m) return {start: `${m[1]}-${m[2]}-01`, type: "month", label: s};
  return undefined;
}

/**
 * A user's own shortage indicators (data/user/shortage/*.csv; template data/templates/shortage-indicators.csv):
 * one row per source × country × area × period × indicator. Area-level rates extend vacancy_pressure;
 * occupation shortage ratings (area_type occupation, with an SOC code) rate that occupation in occupation_demand.
 */
export const userShortage = {
  table: "src_user_shortage",
  file: "templates/shortage-indicators.csv",
  header: Object.keys(SHORTAGE_COLUMNS) as (keyof typeof SHORTAGE_COLUMNS)[],
  key: ["source", "country_code", "area_type", "area", "soc_code", "period", "indicator"],
  row: z
    .object({
      source: cell.text(),
      country_code: z.string({error: "an ISO 3166-1 alpha-2 country code like DE"}).regex(/^[A-Z]{2}$/, "an ISO 3166-1 alpha-2 country code like DE"),
      area_type: z.enum(AREA_TYPES, {error: `one of ${AREA_TYPES.join(", ")}`}),
      area: cell.text(),
      soc_code: z.union([z.null(), z.string().regex(SOC_CODE, "an SOC 2018 code like 15-1212")], {error: "an SOC 2018 code like 15-1212"}),
      period: z.string({error: "a period: YYYY, YYYY-Qn or YYYY-MM"}).transform((s, ctx) => {
        const period = parsePeriod(s);
        if (period === undefined) {
          ctx.addIssue({code: "custom", message: "a period: YYYY, YYYY-Qn or YYYY-MM"});
          return z.NEVER;
        }
        return period;
      }),
      indicator: z.enum(INDICATORS, {error: `one of ${INDICATORS.join(", ")}`}),
      value: cell.text(),
      notes: optionalText()
    })
    .transform((raw, ctx) => {
      if (raw.area_type === "occupation" && raw.soc_code === null) ctx.addIssue({code: "custom", path: ["soc_code"], message: "an SOC 2018 code for an occupation row"});
      if (raw.area_type !== "occupation" && raw.soc_code !== null) ctx.addIssue({code: "custom", path: ["soc_code"], message: `an empty cell (area_type is ${raw.area_type}, not occupation)`});
      let number: number | null = null;
      let rating: string | null = null;
      if (raw.indicator === "shortage_rating") {
        if (!(raw.value in AU_RATINGS)) ctx.addIssue({code: "custom", path: ["value"], message: SHORTAGE_INDICATORS.shortage_rating});
        else rating = AU_RATINGS[raw.value as keyof typeof AU_RATINGS];
        if (raw.area_type !== "occupation") ctx.addIssue({code: "custom", path: ["indicator"], message: "a rate or ratio: shortage_rating rates an occupation (area_type occupation)"});
      } else {
        const n = parseNumber(raw.value);
        const max = raw.indicator === "unemployed_per_opening" ? Number.POSITIVE_INFINITY : 100;
        if (n === undefined || n < 0 || n > max) ctx.addIssue({code: "custom", path: ["value"], message: SHORTAGE_INDICATORS[raw.indicator]});
        else number = n;
      }
      return {
        source: raw.source,
        country_code: raw.country_code,
        area_type: raw.area_type,
        area: raw.area,
        soc_code: raw.soc_code,
        period_start: raw.period.start,
        period_type: raw.period.type,
        period_label: raw.period.label,
        indicator: raw.indicator,
        value: number,
        shortage_rating: rating,
        notes: raw.notes
      };
    }),
  types: {
    source: "VARCHAR",
    country_code: "VARCHAR",
    area_type: "VARCHAR",
    area: "VARCHAR",
    soc_code: "VARCHAR",
    period_start: "DATE",
    period_type: "VARCHAR",
    period_label: "VARCHAR",
    indicator: "VARCHAR",
    value: "DOUBLE",
    shortage_rating: "VARCHAR",
    notes: "VARCHAR"
  }
} satisfies CsvSpec<z.ZodType<Record<string, unknown>>>;

/** Where a user's shortage files go: every *.csv there extends the shipped shortage data at the next build. */
export const USER_SHORTAGE_DIR = "user/shortage";
