import {z} from "zod";
import {cell, type CsvSpec} from "../readCsv.js";

/** BLS marks "not applicable" with an em dash. */
const NOT_APPLICABLE = ["—"];
const TOP_CODED_WAGE = ">=$239,200"; // OEWS top-codes wages at the highest published band

/**
 * BLS Employment Projections 2024–34, table 1.2 (occupational projections and worker characteristics).
 * One row per National Employment Matrix occupation, both summary groups and line items.
 */
export const blsProjections = {
  table: "src_bls_projections",
  file: "raw/labour_market_us/bls_ep_table_1_2_occupational_projections_2024-34.csv",
  header: [
    "2024 National Employment Matrix title",
    "2024 National Employment Matrix code",
    "Occupation type",
    "Employment, 2024",
    "Employment, 2034",
    "Employment distribution, percent, 2024",
    "Employment distribution, percent, 2034",
    "Employment change, numeric, 2024–34",
    "Employment change, percent, 2024–34",
    "Percent self employed, 2024",
    "Occupational openings, 2024–34 annual average",
    "Median annual wage, dollars, 2024[1]",
    "Typical education needed for entry",
    "Work experience in a related occupation",
    "Typical on-the-job training needed to attain competency in the occupation",
    "Related Occupational Outlook Handbook (OOH) content xlsx"
  ],
  key: ["2024 National Employment Matrix code"],
  row: z
    .object({
      "2024 National Employment Matrix title": cell.text(),
      "2024 National Employment Matrix code": z.string().regex(/^\d{2}-\d{4}$/, "an SOC code like 15-1252"),
      "Occupation type": z.enum(["Summary", "Line item"], {error: '"Summary" or "Line item"'}),
      "Employment, 2024": cell.number("employment in thousands"),
      "Employment, 2034": cell.number("employment in thousands"),
      "Employment change, numeric, 2024–34": cell.number("a change in thousands"),
      "Employment change, percent, 2024–34": cell.number("a percent change"),
      "Occupational openings, 2024–34 annual average": cell.number("openings in thousands per year"),
      "Median annual wage, dollars, 2024[1]": z.union([z.null(), z.string()]),
      "Typical education needed for entry": cell.text(),
      "Work experience in a related occupation": cell.text(),
      "Typical on-the-job training needed to attain competency in the occupation": cell.text()
    })
    .transform((raw, ctx) => {
      const wageText = raw["Median annual wage, dollars, 2024[1]"];
      const topCoded = wageText === TOP_CODED_WAGE;
      const wage = topCoded ? 239_200 : cell.numberOr(NOT_APPLICABLE, "a wage in dollars").safeParse(wageText);
      if (typeof wage !== "number" && !wage.success) {
        ctx.addIssue({code: "custom", path: ["Median annual wage, dollars, 2024[1]"], message: `a wage in dollars, "—" or "${TOP_CODED_WAGE}"`});
        return z.NEVER;
      }
      const orNull = (text: string) => (NOT_APPLICABLE.includes(text) ? null : text);
      return {
        soc_code: raw["2024 National Employment Matrix code"],
        occupation: raw["2024 National Employment Matrix title"],
        occupation_type: raw["Occupation type"],
        employment_2024_thousands: raw["Employment, 2024"],
        employment_2034_thousands: raw["Employment, 2034"],
        employment_change_thousands: raw["Employment change, numeric, 2024–34"],
        employment_change_pct: raw["Employment change, percent, 2024–34"],
        annual_openings_thousands: raw["Occupational openings, 2024–34 annual average"],
        median_wage_usd: typeof wage === "number" ? wage : wage.data,
        median_wage_top_coded: topCoded,
        typical_education: orNull(raw["Typical education needed for entry"]),
        work_experience: orNull(raw["Work experience in a related occupation"]),
        on_the_job_training: orNull(raw["Typical on-the-job training needed to attain competency in the occupation"])
      };
    }),
  types: {
    soc_code: "VARCHAR",
    occupation: "VARCHAR",
    occupation_type: "VARCHAR",
    employment_2024_thousands: "DOUBLE",
    employment_2034_thousands: "DOUBLE",
    employment_change_thousands: "DOUBLE",
    employment_change_pct: "DOUBLE",
    annual_openings_thousands: "DOUBLE",
    median_wage_usd: "DOUBLE",
    median_wage_top_coded: "BOOLEAN",
    typical_education: "VARCHAR",
    work_experience: "VARCHAR",
    on_the_job_training: "VARCHAR"
  }
} satisfies CsvSpec<z.ZodType<Record<string, unknown>>>;
