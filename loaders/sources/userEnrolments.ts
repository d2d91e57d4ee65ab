import {z} from "zod";
import {cell, type CsvSpec} from "../readCsv.js";

/** Award levels an institution's own completions may be reported at (the template lists them). */
export const USER_AWARD_LEVELS = ["certificate", "associate", "bachelor", "master", "doctoral", "micro-credential", "other"] as const;

/**
 * The institution's own completions (bring your own data): one row per CIP 2020 field × award level × year,
 * each with its source. Read from `user/enrolments.csv` under the data directory when it exists; its rows
 * extend the field_supply mart (and so the field_gap mart, at CIP level).
 */
export const userEnrolments = {
  table: "src_user_enrolments",
  file: "user/enrolments.csv",
  key: ["cip_code", "award_level", "year"],
  header: ["cip_code", "field", "award_level", "year", "completions", "source"],
  row: z
    .object({
      cip_code: z.string({error: "a six-digit CIP 2020 code like 11.0701"}).trim().regex(/^\d{2}\.\d{4}$/, "a six-digit CIP 2020 code like 11.0701"),
      field: cell.text(),
      award_level: z.enum(USER_AWARD_LEVELS, {error: `an award level (${USER_AWARD_LEVELS.join(", ")})`}),
      year: z.string({error: "a four-digit year like 2023"}).regex(/^(19|20)\d\d$/, "a four-digit year like 2023"),
      completions: cell.number("a whole number of completions").pipe(z.number().int("a whole number of completions").nonnegative("a whole number of completions (not negative)")),
      source: cell.text()
    })
    .transform((raw) => ({...raw, year: Number(raw.year)})),
  types: {cip_code: "VARCHAR", field: "VARCHAR", award_level: "VARCHAR", year: "INTEGER", completions: "BIGINT", source: "VARCHAR"}
} satisfies CsvSpec<z.ZodType<Record<string, unknown>>>;
