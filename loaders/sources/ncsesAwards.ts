import {z} from "zod";
import {cell, type CsvSpec} from "../readCsv.js";

/** The ten award years NCSES tabulates in SHED-3, SHED-10 and SHED-11. */
export const NCSES_AWARD_YEARS = [2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021] as const;

/** A whole, non-negative number of awards (NCSES prints plain integers; a flag or a word is an error). */
export const awardCount = (what = "awards") =>
  cell.number(`a whole number of ${what}`).pipe(z.number().int(`a whole number of ${what}`).nonnegative(`a whole number of ${what} (not negative)`));

const yearColumns = (prefix: string) => NCSES_AWARD_YEARS.map((year) => `${prefix}${year}`);

/**
 * NCSES Science and Engineering Indicators tables SHED-10 (certificates) and SHED-11 (associate's degrees):
 * one row per field area × NCSES broad field × sex × citizenship × race/ethnicity, awards per year 2012–21
 * in wide columns. Both tables share this layout, so one factory builds both specs.
 */
function ncsesAwardsByField(table: string, file: string) {
  const years = yearColumns("");
  return {
    table,
    file,
    key: ["row_id"],
    header: ["table_id", "row_id", "field_area", "broad_field", "sex", "citizenship", "race_and_ethnicity", ...years],
    row: z
      .object({
        row_id: z.string().regex(/^r\d{3}$/, "an NCSES row id like r001"),
        field_area: cell.text(),
        broad_field: cell.text(),
        sex: z.enum(["Female", "Male"], {error: '"Female" or "Male"'}),
        citizenship: cell.text(),
        race_and_ethnicity: cell.text(),
        ...Object.fromEntries(years.map((year) => [year, awardCount()]))
      })
      .transform((raw) => ({
        row_id: raw.row_id,
        field_area: raw.field_area,
        broad_field: raw.broad_field,
        sex: raw.sex,
        citizenship: raw.citizenship,
        race_and_ethnicity: raw.race_and_ethnicity,
        ...Object.fromEntries(years.map((year) => [`awards_${year}`, (raw as Record<string, unknown>)[year] as number]))
      })),
    types: {
      row_id: "VARCHAR",
      field_area: "VARCHAR",
      broad_field: "VARCHAR",
      sex: "VARCHAR",
      citizenship: "VARCHAR",
      race_and_ethnicity: "VARCHAR",
      ...Object.fromEntries(years.map((year) => [`awards_${year}`, "BIGINT" as const]))
    }
  } satisfies CsvSpec<z.ZodType<Record<string, unknown>>>;
}

/** SHED-10: sub-baccalaureate certificates (< 2 academic years) awarded, by field, 2012–21. */
export const ncsesCertificates = ncsesAwardsByField(
  "src_ncses_certificates",
  "raw/enrolment/ncses/ncses_9903_SHED-10_certificates_awarded_by_field_2012-21.csv"
);

/** SHED-11: associate's degrees awarded, by field, 2012–21. */
export const ncsesAssociateDegrees = ncsesAwardsByField(
  "src_ncses_associate_degrees",
  "raw/enrolment/ncses/ncses_9904_SHED-11_associate_degrees_by_field_2012-21.csv"
);

const SHED3_YEARS = yearColumns("field_");

/**
 * NCSES SHED-3: community-college awards by award level (certificate, associate's) and field, 2012–21,
 * as a row hierarchy (Total → award level → field area → field), flattened by the NCSES table tool.
 */
export const ncsesCommunityCollegeAwards = {
  table: "src_ncses_community_college_awards",
  file: "raw/enrolment/ncses/ncses_9896_SHED-3_community_college_awards_by_level_field_2012-21.csv",
  key: ["row_id"],
  header: [
    "table_id",
    "row_id",
    "award_level_and_field_full_path",
    "award_level_and_field_level_1",
    "award_level_and_field_level_2",
    "award_level_and_field_level_3",
    "award_level_and_field_level_4",
    "award_level_and_field_hierarchy_depth",
    ...SHED3_YEARS
  ],
  row: z
    .object({
      row_id: z.string().regex(/^r\d{3}$/, "an NCSES row id like r001"),
      award_level_and_field_full_path: cell.text(),
      award_level_and_field_level_2: z.string().nullable(),
      award_level_and_field_level_3: z.string().nullable(),
      award_level_and_field_level_4: z.string().nullable(),
      award_level_and_field_hierarchy_depth: z.enum(["1", "2", "3", "4"], {error: "a hierarchy depth from 1 to 4"}),
      ...Object.fromEntries(SHED3_YEARS.map((year) => [year, awardCount()]))
    })
    .transform((raw) => ({
      row_id: raw.row_id,
      full_path: raw.award_level_and_field_full_path.trim(),
      award_level: raw.award_level_and_field_level_2?.trim() || null,
      field_area: raw.award_level_and_field_level_3?.trim() || null,
      field: raw.award_level_and_field_level_4?.trim() || null,
      depth: Number(raw.award_level_and_field_hierarchy_depth),
      ...Object.fromEntries(NCSES_AWARD_YEARS.map((year) => [`awards_${year}`, (raw as Record<string, unknown>)[`field_${year}`] as number]))
    })),
  types: {
    row_id: "VARCHAR",
    full_path: "VARCHAR",
    award_level: "VARCHAR",
    field_area: "VARCHAR",
    field: "VARCHAR",
    depth: "INTEGER",
    ...Object.fromEntries(NCSES_AWARD_YEARS.map((year) => [`awards_${year}`, "BIGINT" as const]))
  }
} satisfies CsvSpec<z.ZodType<Record<string, unknown>>>;
