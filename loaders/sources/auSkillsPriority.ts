import {z} from "zod";
import {cell, type CsvSpec} from "../readCsv.js";

/** Skills Priority List rating codes and what they mean (SPL 2022 "Notes" sheet). */
export const AU_RATINGS = {S: "shortage", NS: "no shortage", R: "regional shortage", M: "metropolitan shortage"} as const;
const RATING_CODES = Object.keys(AU_RATINGS) as [keyof typeof AU_RATINGS, ...(keyof typeof AU_RATINGS)[]];
const rating = z.enum(RATING_CODES, {error: "a rating: S (shortage), NS (no shortage), R (regional shortage) or M (metropolitan shortage)"});
const STATES = ["NSW", "VIC", "QLD", "SA", "WA", "TAS", "NT", "ACT"] as const;

/**
 * Australia's Skills Priority List 2022 (National Skills Commission, now Jobs and Skills Australia): the current
 * labour-market rating of each ANZSCO 6-digit occupation, nationally and by state or territory, and its future
 * demand rating.
 */
export const auSkillsPriority = {
  table: "src_au_skills_priority",
  file: "raw/job_vacancies/au_nsc_skills_priority_list_2022.csv",
  header: ["ANZSCO Code", "Occupation title", "Current National Labour Market Rating", "National Future Demand Rating", ...STATES],
  key: ["ANZSCO Code"],
  row: z
    .object({
      "ANZSCO Code": z.string({error: "a 6-digit ANZSCO code"}).regex(/^\d{6}$/, "a 6-digit ANZSCO code"),
      "Occupation title": cell.text(),
      "Current National Labour Market Rating": rating,
      "National Future Demand Rating": z.enum(["Strong", "Moderate", "Soft"], {error: '"Strong", "Moderate" or "Soft"'}),
      ...Object.fromEntries(STATES.map((state) => [state, rating]))
    } as {
      "ANZSCO Code": z.ZodString;
      "Occupation title": ReturnType<typeof cell.text>;
      "Current National Labour Market Rating": typeof rating;
      "National Future Demand Rating": z.ZodEnum<{Strong: "Strong"; Moderate: "Moderate"; Soft: "Soft"}>;
    } & Record<(typeof STATES)[number], typeof rating>)
    .transform((raw) => ({
      anzsco_code: raw["ANZSCO Code"],
      occupation: raw["Occupation title"],
      national_rating: raw["Current National Labour Market Rating"],
      future_demand: raw["National Future Demand Rating"],
      ...Object.fromEntries(STATES.map((state) => [`${state.toLowerCase()}_rating`, raw[state]]))
    })),
  types: {
    anzsco_code: "VARCHAR",
    occupation: "VARCHAR",
    national_rating: "VARCHAR",
    future_demand: "VARCHAR",
    ...Object.fromEntries(STATES.map((state) => [`${state.toLowerCase()}_rating`, "VARCHAR" as const]))
  }
} satisfies CsvSpec<z.ZodType<Record<string, unknown>>>;
