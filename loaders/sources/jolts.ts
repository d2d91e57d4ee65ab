import {z} from "zod";
import {cell, type CsvSpec} from "../readCsv.js";

/** JOLTS measures in these extracts: three rates (percent of employment) and one ratio. */
const RATE_ELEMENTS = ["Job openings", "Hires", "Quits"] as const;
const RATIO_ELEMENT = "Unemployed persons per job opening ratio";

const HEADER = [
  "date", "date_period_text", "value", "data_element_text", "data_measure_text", "date_measure_text", "data_transform_text",
  "geo_entity_type_text", "geo_entity_text", "industry_text", "sizeclass_text", "seas_adj_text", "viz_type_text"
] as const;

/** One JOLTS extract row: a monthly value of one measure for the nation, a state or a supersector. */
const joltsRow = z
  .object({
    date: z.string({error: "a month as YYYY-MM-01"}).regex(/^\d{4}-(0[1-9]|1[0-2])-01$/, "a month as YYYY-MM-01"),
    date_period_text: z.literal("Monthly", {error: '"Monthly"'}),
    value: cell.number("a number"),
    data_element_text: z.enum([...RATE_ELEMENTS, RATIO_ELEMENT], {error: `one of ${[...RATE_ELEMENTS, RATIO_ELEMENT].join(", ")}`}),
    data_measure_text: z.literal("Rate", {error: '"Rate"'}),
    data_transform_text: z.enum(["Raw", "Trail 3"], {error: '"Raw" or "Trail 3" (trailing three-month average)'}),
    geo_entity_type_text: z.enum(["Nation", "State"], {error: '"Nation" or "State"'}),
    geo_entity_text: cell.text(),
    industry_text: cell.text(),
    sizeclass_text: z.literal("All size classes", {error: '"All size classes"'}),
    seas_adj_text: z.enum(["Seasonally adjusted", "Not seasonally adjusted"], {error: '"Seasonally adjusted" or "Not seasonally adjusted"'})
  })
  .superRefine((raw, ctx) => {
    const isRate = (RATE_ELEMENTS as readonly string[]).includes(raw.data_element_text);
    const ok = isRate ? raw.value >= 0 && raw.value <= 100 : raw.value >= 0 && raw.value < 100;
    const expected = isRate ? `a ${raw.data_element_text.toLowerCase()} rate in percent, 0–100` : "unemployed persons per opening, ≥ 0";
    if (!ok) ctx.addIssue({code: "custom", path: ["value"], message: expected});
  })
  .transform((raw) => ({
    period_month: raw.date,
    measure: raw.data_element_text,
    is_trailing_3_month_average: raw.data_transform_text === "Trail 3",
    geo_level: raw.geo_entity_type_text,
    geo: raw.geo_entity_text,
    industry: raw.industry_text,
    seasonally_adjusted: raw.seas_adj_text === "Seasonally adjusted",
    value: raw.value
  }));

const types = {
  period_month: "DATE",
  measure: "VARCHAR",
  is_trailing_3_month_average: "BOOLEAN",
  geo_level: "VARCHAR",
  geo: "VARCHAR",
  industry: "VARCHAR",
  seasonally_adjusted: "BOOLEAN",
  value: "DOUBLE"
} as const;

function joltsExtract(table: string, file: string) {
  return {
    table,
    file: `raw/job_vacancies/${file}`,
    header: HEADER,
    key: ["date", "data_element_text", "data_transform_text", "geo_entity_text", "industry_text"],
    row: joltsRow,
    types
  } satisfies CsvSpec<z.ZodType<Record<string, unknown>>>;
}

/**
 * BLS Job Openings and Labor Turnover Survey extracts (seasonally adjusted, via anesta95/bls_jolts_analysis):
 * six files with one layout; stg_jolts stacks them. Rates are percent of employment (openings: of employment
 * plus openings); the ratio is unemployed persons per job opening.
 */
export const joltsSources = [
  joltsExtract("src_jolts_openings_total", "jolts_2021-05_2025-05_job_openings_rate_total_nonfarm.csv"),
  joltsExtract("src_jolts_unemployed_per_opening", "jolts_2021-05_2025-05_unemployed_per_job_opening.csv"),
  joltsExtract("src_jolts_openings_by_industry", "jolts_2025-05_job_openings_rate_trail3_by_industry.csv"),
  joltsExtract("src_jolts_hires_by_industry", "jolts_2025-05_hires_rate_trail3_by_industry.csv"),
  joltsExtract("src_jolts_quits_by_industry", "jolts_2025-05_quits_rate_trail3_by_industry.csv"),
  joltsExtract("src_jolts_openings_by_state", "jolts_2025-05_job_openings_rate_trail3_by_state.csv")
] as const;
