import {z} from "zod";
import {cell, parseNumber, type CsvSpec} from "../readCsv.js";

/** NCSES prints a suppressed estimate as "s"; the table tool stores each cell as "['value', 'footnote']". */
const SUPPRESSED = "s";
const LISTED_CELL = /^\['([^']*)', '([^']*)'\]$/;

/**
 * One NCSES list-like cell: the percent (null when suppressed or on a heading row) and whether the footnote
 * carries NCSES's "!" (interpret with caution: coefficient of variation 30–50%).
 */
const percentCell = z.string({error: "a cell like ['27.5', '&#160;']"}).transform((text, ctx) => {
  const match = LISTED_CELL.exec(text.trim());
  const value = match?.[1]?.trim();
  if (match === null || value === undefined) {
    ctx.addIssue({code: "custom", message: "a cell like ['27.5', '&#160;'] (value, footnote)"});
    return z.NEVER;
  }
  const caution = (match[2] ?? "").includes("!");
  if (value === "" || value === SUPPRESSED) return {pct: null, caution, suppressed: value === SUPPRESSED};
  const pct = parseNumber(value);
  if (pct === undefined || pct < 0 || pct > 100) {
    ctx.addIssue({code: "custom", message: `a percent from 0 to 100, "s" (suppressed) or empty, inside ['value', 'footnote']`});
    return z.NEVER;
  }
  return {pct, caution, suppressed: false};
});

/**
 * NCSES SHED-8 (table 10070): percent of students who took any class entirely online, by programme level and
 * field, 2011–12 (column field_2012) and 2015–16 (field_2016), from NPSAS:12 and NPSAS:16.
 */
export const ncsesOnlineClasses = {
  table: "src_ncses_online_classes",
  file: "raw/enrolment/ncses/ncses_10070_SHED-8_students_entirely_online_classes_2012_2016.csv",
  key: ["row_id"],
  header: [
    "table_id",
    "row_id",
    "program_level_and_field_full_path",
    "program_level_and_field_level_1",
    "program_level_and_field_level_2",
    "program_level_and_field_hierarchy_depth",
    "field_2012",
    "field_2016"
  ],
  row: z
    .object({
      row_id: z.string().regex(/^r\d{3}$/, "an NCSES row id like r001"),
      program_level_and_field_level_1: cell.text(),
      program_level_and_field_level_2: z.string().nullable(),
      field_2012: percentCell,
      field_2016: percentCell
    })
    .transform((raw) => ({
      row_id: raw.row_id,
      programme_level: raw.program_level_and_field_level_1,
      field: raw.program_level_and_field_level_2?.trim() || null,
      pct_2012: raw.field_2012.pct,
      suppressed_2012: raw.field_2012.suppressed,
      caution_2012: raw.field_2012.caution,
      pct_2016: raw.field_2016.pct,
      suppressed_2016: raw.field_2016.suppressed,
      caution_2016: raw.field_2016.caution
    })),
  types: {
    row_id: "VARCHAR",
    programme_level: "VARCHAR",
    field: "VARCHAR",
    pct_2012: "DOUBLE",
    suppressed_2012: "BOOLEAN",
    caution_2012: "BOOLEAN",
    pct_2016: "DOUBLE",
    suppressed_2016: "BOOLEAN",
    caution_2016: "BOOLEAN"
  }
} satisfies CsvSpec<z.ZodType<Record<string, unknown>>>;
