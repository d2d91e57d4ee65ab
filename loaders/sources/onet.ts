import {z} from "zod";
import {cell, type CsvSpec} from "../readCsv.js";
import {ONET_SOC_CODE} from "./publishedCells.js";

/**
 * O*NET 27.0 database (National Center for O*NET Development for USDOL/ETA, CC BY 4.0), tab-separated text files.
 * Only the columns a mart uses are read; every header is still checked in full.
 */

const onetCode = z.string({error: "an O*NET-SOC code like 15-1252.00"}).regex(ONET_SOC_CODE, "an O*NET-SOC code like 15-1252.00");
const NA = "n/a";
/** Scales whose values are a percentage of respondents per category; IM is an importance score 1–5. */
const CATEGORY_SCALES = ["RL", "RW", "PT", "OJ"] as const;

/** Education, Training, and Experience: category distributions (RL, RW, PT, OJ) and importance ratings (IM). */
export const onetEducation = {
  table: "src_onet_education",
  file: "raw/onet/onet_education_training_experience.tsv",
  delimiter: "\t",
  header: [
    "O*NET-SOC Code", "Element ID", "Element Name", "Scale ID", "Category", "Data Value", "N", "Standard Error",
    "Lower CI Bound", "Upper CI Bound", "Recommend Suppress", "Date", "Domain Source"
  ],
  key: ["O*NET-SOC Code", "Element ID", "Scale ID", "Category"],
  row: z
    .object({
      "O*NET-SOC Code": onetCode,
      "Element ID": z.string({error: "an O*NET element ID like 2.D.1"}).regex(/^\d(\.[A-Za-z0-9]+)+$/, "an O*NET element ID like 2.D.1"),
      "Scale ID": z.enum([...CATEGORY_SCALES, "IM"], {error: `a scale ID (${[...CATEGORY_SCALES, "IM"].join(", ")})`}),
      Category: z.union([z.null(), z.string()]).transform((s, ctx) => {
        if (s === null || s === NA) return null;
        if (!/^\d{1,2}$/.test(s)) {
          ctx.addIssue({code: "custom", message: 'a category number (1–12) or "n/a"'});
          return z.NEVER;
        }
        return Number(s);
      }),
      "Data Value": cell.number("a number"),
      N: z.union([z.null(), z.string()]).transform((s, ctx) => {
        if (s === null || s === NA) return null;
        if (!/^\d+$/.test(s)) {
          ctx.addIssue({code: "custom", message: 'a respondent count or "n/a"'});
          return z.NEVER;
        }
        return Number(s);
      }),
      "Recommend Suppress": z.enum(["Y", "N", NA], {error: '"Y", "N" or "n/a"'}),
      "Domain Source": z.enum(["Incumbent", "Occupational Expert", "Analyst"], {error: '"Incumbent", "Occupational Expert" or "Analyst"'})
    })
    .superRefine((raw, ctx) => {
      const isCategory = (CATEGORY_SCALES as readonly string[]).includes(raw["Scale ID"]);
      if (isCategory && raw.Category === null) ctx.addIssue({code: "custom", path: ["Category"], message: `a category number for scale ${raw["Scale ID"]}`});
      const [min, max, what] = isCategory ? [0, 100, "a share of respondents in percent, 0–100"] : [1, 5, "an importance rating, 1–5"];
      const value = raw["Data Value"];
      if (value < min || value > max) ctx.addIssue({code: "custom", path: ["Data Value"], message: what});
    })
    .transform((raw) => ({
      onet_soc_code: raw["O*NET-SOC Code"],
      element_id: raw["Element ID"],
      scale_id: raw["Scale ID"],
      category: raw.Category,
      data_value: raw["Data Value"],
      respondents: raw.N,
      recommend_suppress: raw["Recommend Suppress"] === NA ? null : raw["Recommend Suppress"] === "Y",
      domain_source: raw["Domain Source"]
    })),
  types: {
    onet_soc_code: "VARCHAR",
    element_id: "VARCHAR",
    scale_id: "VARCHAR",
    category: "INTEGER",
    data_value: "DOUBLE",
    respondents: "INTEGER",
    recommend_suppress: "BOOLEAN",
    domain_source: "VARCHAR"
  }
} satisfies CsvSpec<z.ZodType<Record<string, unknown>>>;

/** Labels of the categories of the Education, Training, and Experience scales. */
export const onetEducationCategories = {
  table: "src_onet_education_categories",
  file: "raw/onet/onet_education_training_experience_categories.tsv",
  delimiter: "\t",
  header: ["Element ID", "Element Name", "Scale ID", "Category", "Category Description"],
  key: ["Element ID", "Scale ID", "Category"],
  row: z
    .object({
      "Element ID": cell.text(),
      "Element Name": cell.text(),
      "Scale ID": cell.text(),
      Category: cell.number("a category number").pipe(z.number().int("a whole category number").min(1, "a category number ≥ 1")),
      "Category Description": cell.text()
    })
    .transform((raw) => ({
      element_id: raw["Element ID"],
      element_name: raw["Element Name"],
      scale_id: raw["Scale ID"],
      category: raw.Category,
      category_description: raw["Category Description"]
    })),
  types: {element_id: "VARCHAR", element_name: "VARCHAR", scale_id: "VARCHAR", category: "INTEGER", category_description: "VARCHAR"}
} satisfies CsvSpec<z.ZodType<Record<string, unknown>>>;

/** Job Zones: the preparation an occupation needs, 1 (little or none) to 5 (extensive). */
export const onetJobZones = {
  table: "src_onet_job_zones",
  file: "raw/onet/onet_job_zones.tsv",
  delimiter: "\t",
  header: ["O*NET-SOC Code", "Job Zone", "Date", "Domain Source"],
  key: ["O*NET-SOC Code"],
  row: z
    .object({
      "O*NET-SOC Code": onetCode,
      "Job Zone": z.enum(["1", "2", "3", "4", "5"], {error: "a job zone, 1–5"})
    })
    .transform((raw) => ({onet_soc_code: raw["O*NET-SOC Code"], job_zone: Number(raw["Job Zone"])})),
  types: {onet_soc_code: "VARCHAR", job_zone: "INTEGER"}
} satisfies CsvSpec<z.ZodType<Record<string, unknown>>>;

/** Names of the five job zones. */
export const onetJobZoneReference = {
  table: "src_onet_job_zone_reference",
  file: "raw/onet/onet_job_zone_reference.tsv",
  delimiter: "\t",
  header: ["Job Zone", "Name", "Experience", "Education", "Job Training", "Examples", "SVP Range"],
  key: ["Job Zone"],
  row: z
    .object({"Job Zone": z.enum(["1", "2", "3", "4", "5"], {error: "a job zone, 1–5"}), Name: cell.text()})
    .transform((raw) => ({job_zone: Number(raw["Job Zone"]), job_zone_name: raw.Name})),
  types: {job_zone: "INTEGER", job_zone_name: "VARCHAR"}
} satisfies CsvSpec<z.ZodType<Record<string, unknown>>>;

/** O*NET-SOC occupations: code and title (the long description is not read). */
export const onetOccupations = {
  table: "src_onet_occupations",
  file: "raw/onet/onet_occupation_data.tsv",
  delimiter: "\t",
  header: ["O*NET-SOC Code", "Title", "Description"],
  key: ["O*NET-SOC Code"],
  row: z
    .object({"O*NET-SOC Code": onetCode, Title: cell.text()})
    .transform((raw) => ({onet_soc_code: raw["O*NET-SOC Code"], title: raw.Title})),
  types: {onet_soc_code: "VARCHAR", title: "VARCHAR"}
} satisfies CsvSpec<z.ZodType<Record<string, unknown>>>;
