import {z} from "zod";
import {cell, type CsvSpec} from "../readCsv.js";
import {numberOrMarker} from "./publishedCells.js";

/** OEWS special values: "*" wage not available, "**" employment not available, "#" wage at or above the top band. */
const TOP_CODED = {marker: "#", cap: 239_200}; // May 2024: "#" = annual wage ≥ $239,200 (hourly ≥ $115.00)
/** An annual wage in dollars; a top-coded "#" becomes the cap (a lower bound) and sets annual_wage_top_coded. */
const annualWage = numberOrMarker("an annual wage in dollars", ["*"], TOP_CODED);
const wageText = z.union([z.null(), z.string()]);
const ANNUAL_WAGE_COLUMNS = ["A_MEAN", "A_PCT10", "A_PCT25", "A_MEDIAN", "A_PCT75", "A_PCT90"] as const;
const flag = (meaning: string) =>
  z.union([z.null(), z.literal("TRUE")], {error: `"TRUE" (${meaning}) or an empty cell`}).transform((s) => s === "TRUE");

/**
 * BLS Occupational Employment and Wage Statistics, May 2024, national cross-industry estimates: employment and
 * the annual wage distribution per SOC code at every level (total, major, minor, broad, detailed).
 */
export const oewsNational = {
  table: "src_oews_national",
  file: "raw/labour_market_us/bls_oews_national_M2024.csv",
  header: [
    "AREA", "AREA_TITLE", "AREA_TYPE", "PRIM_STATE", "NAICS", "NAICS_TITLE", "I_GROUP", "OWN_CODE", "OCC_CODE", "OCC_TITLE",
    "O_GROUP", "TOT_EMP", "EMP_PRSE", "JOBS_1000", "LOC_QUOTIENT", "PCT_TOTAL", "PCT_RPT", "H_MEAN", "A_MEAN", "MEAN_PRSE",
    "H_PCT10", "H_PCT25", "H_MEDIAN", "H_PCT75", "H_PCT90", "A_PCT10", "A_PCT25", "A_MEDIAN", "A_PCT75", "A_PCT90", "ANNUAL", "HOURLY"
  ],
  key: ["OCC_CODE", "O_GROUP"], // an aggregate NEM code (13-1020) appears as both a broad and a detailed row
  row: z
    .object({
      AREA: z.literal("99", {error: '"99" (the national file: U.S.)'}),
      NAICS: z.literal("000000", {error: '"000000" (cross-industry estimates)'}),
      OCC_CODE: z.string({error: "an SOC code like 15-1252"}).regex(/^\d{2}-\d{4}$/, "an SOC code like 15-1252"),
      OCC_TITLE: cell.text(),
      O_GROUP: z.enum(["total", "major", "minor", "broad", "detailed"], {error: "one of total, major, minor, broad, detailed"}),
      TOT_EMP: numberOrMarker("employment (persons)", ["**"]),
      A_MEAN: wageText,
      A_PCT10: wageText,
      A_PCT25: wageText,
      A_MEDIAN: wageText,
      A_PCT75: wageText,
      A_PCT90: wageText,
      ANNUAL: flag("only annual wages are published"),
      HOURLY: flag("only hourly wages are published")
    })
    .transform((raw, ctx) => {
      const wages: Partial<Record<(typeof ANNUAL_WAGE_COLUMNS)[number], number | null>> = {};
      for (const column of ANNUAL_WAGE_COLUMNS) {
        const parsed = annualWage.safeParse(raw[column]);
        if (!parsed.success) {
          ctx.addIssue({code: "custom", path: [column], message: parsed.error.issues[0]?.message ?? "an annual wage in dollars"});
          return z.NEVER;
        }
        wages[column] = parsed.data;
      }
      return {
        soc_code: raw.OCC_CODE,
        occupation: raw.OCC_TITLE,
        occupation_level: raw.O_GROUP,
        employment: raw.TOT_EMP,
        mean_wage_usd: wages.A_MEAN ?? null,
        wage_p10_usd: wages.A_PCT10 ?? null,
        wage_p25_usd: wages.A_PCT25 ?? null,
        median_wage_usd: wages.A_MEDIAN ?? null,
        wage_p75_usd: wages.A_PCT75 ?? null,
        wage_p90_usd: wages.A_PCT90 ?? null,
        annual_wage_top_coded: ANNUAL_WAGE_COLUMNS.some((column) => raw[column]?.trim() === TOP_CODED.marker),
        annual_wages_only: raw.ANNUAL,
        hourly_wages_only: raw.HOURLY
      };
    }),
  types: {
    soc_code: "VARCHAR",
    occupation: "VARCHAR",
    occupation_level: "VARCHAR",
    employment: "DOUBLE",
    mean_wage_usd: "DOUBLE",
    wage_p10_usd: "DOUBLE",
    wage_p25_usd: "DOUBLE",
    median_wage_usd: "DOUBLE",
    wage_p75_usd: "DOUBLE",
    wage_p90_usd: "DOUBLE",
    annual_wage_top_coded: "BOOLEAN",
    annual_wages_only: "BOOLEAN",
    hourly_wages_only: "BOOLEAN"
  }
} satisfies CsvSpec<z.ZodType<Record<string, unknown>>>;
