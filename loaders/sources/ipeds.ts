import {z} from "zod";
import {cell, type CsvSpec} from "../readCsv.js";

/**
 * IPEDS imputation / status flags (the X… columns): R reported, A not applicable, Z implied zero, N not
 * reported, C reported in another record (parent/child), P imputed (prior year), G/H/J/K/L other imputations.
 */
const IPEDS_FLAGS = ["A", "B", "C", "D", "G", "H", "J", "K", "L", "N", "P", "R", "Z"] as const;
const flag = z.enum(IPEDS_FLAGS, {error: `an IPEDS status flag (${IPEDS_FLAGS.join(", ")})`});
const unitId = z.string().regex(/^\d{6}$/, "a six-digit IPEDS UNITID");

/** A whole, non-negative number of students; an empty cell (flag A, not applicable) is null. */
const studentsOrEmpty = z.union([z.null(), cell.number("a whole number of students").pipe(z.number().int("a whole number of students").nonnegative("a whole number of students (not negative)"))]);

/** EFDELEV: the student level of an IPEDS fall-enrolment distance-education record. */
export const IPEDS_STUDENT_LEVELS = {
  "1": "All students",
  "2": "Undergraduate",
  "3": "Undergraduate, degree/certificate-seeking",
  "11": "Undergraduate, non-degree/certificate-seeking",
  "12": "Graduate"
} as const;

const DIST_HEADER = [
  "UNITID", "EFDELEV",
  "XEFDETOT", "EFDETOT", "XEFDEEXC", "EFDEEXC", "XEFDESOM", "EFDESOM", "XEFDENON", "EFDENON",
  "XEFDEEX1", "EFDEEX1", "XEFDEEX2", "EFDEEX2", "XEFDEEX3", "EFDEEX3", "XEFDEEX4", "EFDEEX4", "XEFDEEX5", "EFDEEX5"
] as const;

/**
 * IPEDS Fall Enrollment, distance-education status (EF<year>A_DIST): one row per institution × student level,
 * with students enrolled exclusively, partly (some) and not at all in distance education. The files carry no
 * year column, so each year's spec adds its fall year.
 */
function ipedsDistance(fallYear: number, file: string) {
  return {
    table: `src_ipeds_ef${fallYear}_dist`,
    file,
    key: ["UNITID", "EFDELEV"],
    header: DIST_HEADER,
    row: z
      .object({
        UNITID: unitId,
        EFDELEV: z.enum(Object.keys(IPEDS_STUDENT_LEVELS) as [string, ...string[]], {error: `a student level code (${Object.keys(IPEDS_STUDENT_LEVELS).join(", ")})`}),
        XEFDETOT: flag,
        EFDETOT: studentsOrEmpty,
        XEFDEEXC: flag,
        EFDEEXC: studentsOrEmpty,
        XEFDESOM: flag,
        EFDESOM: studentsOrEmpty,
        XEFDENON: flag,
        EFDENON: studentsOrEmpty
        // EFDEEX1…EX5 (where exclusively-distance students live) are not used by any mart: header-checked only.
      })
      .transform((raw) => ({
        fall_year: fallYear,
        unitid: raw.UNITID,
        student_level_code: raw.EFDELEV,
        students_total: raw.EFDETOT,
        students_exclusively_distance: raw.EFDEEXC,
        students_some_distance: raw.EFDESOM,
        students_no_distance: raw.EFDENON,
        total_flag: raw.XEFDETOT
      })),
    types: {
      fall_year: "INTEGER",
      unitid: "VARCHAR",
      student_level_code: "VARCHAR",
      students_total: "BIGINT",
      students_exclusively_distance: "BIGINT",
      students_some_distance: "BIGINT",
      students_no_distance: "BIGINT",
      total_flag: "VARCHAR"
    }
  } satisfies CsvSpec<z.ZodType<Record<string, unknown>>>;
}

/** The five distance-education files shipped (fall 2012–2016); `_rv` marks NCES's revised release. */
export const ipedsDistanceFiles = [
  ipedsDistance(2012, "raw/enrolment/ipeds/ipeds_ef2012a_dist_rv.csv"),
  ipedsDistance(2013, "raw/enrolment/ipeds/ipeds_ef2013a_dist_rv.csv"),
  ipedsDistance(2014, "raw/enrolment/ipeds/ipeds_ef2014a_dist_rv.csv"),
  ipedsDistance(2015, "raw/enrolment/ipeds/ipeds_ef2015a_dist.csv"),
  ipedsDistance(2016, "raw/enrolment/ipeds/ipeds_ef2016a_dist.csv")
] as const;

/** AWLEVELC in C2016_C (IPEDS 2015-16 completions dictionary). */
export const IPEDS_AWARD_LEVELS = {
  "1": "Award of less than 1 academic year",
  "2": "Award of at least 1 but less than 4 academic years",
  "3": "Associate's degree",
  "5": "Bachelor's degree",
  "7": "Master's degree",
  "9": "Doctor's degree",
  "10": "Postbaccalaureate or post-master's certificate"
} as const;

const C2016_COUNTS = ["CSTOTLT", "CSTOTLM", "CSTOTLW", "CSAIANT", "CSASIAT", "CSBKAAT", "CSHISPT", "CSNHPIT", "CSWHITT", "CS2MORT", "CSUNKNT", "CSNRALT", "CSUND18", "CS18_24", "CS25_39", "CSABV40", "CSUNKN"] as const;
const C2016_USED = ["CSTOTLT", "CSUND18", "CS18_24", "CS25_39", "CSABV40", "CSUNKN"] as const;
const studentCount = cell.number("a whole number of students").pipe(z.number().int("a whole number of students").nonnegative("a whole number of students (not negative)"));

/**
 * IPEDS Completions C2016_C: students receiving awards July 2015–June 2016, one row per institution × award
 * level, all fields of study together (the CIP-level file C2016_A is not shipped).
 */
export const ipedsCompletions2016 = {
  table: "src_ipeds_c2016",
  file: "raw/enrolment/ipeds/ipeds_c2016_c.csv",
  key: ["UNITID", "AWLEVELC"],
  header: ["UNITID", "AWLEVELC", ...C2016_COUNTS.flatMap((name) => [`X${name}`, name])],
  row: z
    .object({
      UNITID: unitId,
      AWLEVELC: z.enum(Object.keys(IPEDS_AWARD_LEVELS) as [string, ...string[]], {error: `an award level code (${Object.keys(IPEDS_AWARD_LEVELS).join(", ")})`}),
      // Only the columns the marts use are read and checked (totals and age groups); the header is checked in full.
      ...Object.fromEntries(C2016_USED.flatMap((name) => [[`X${name}`, flag], [name, studentCount]]))
    })
    .transform((raw) => {
      const value = (name: (typeof C2016_USED)[number]) => (raw as Record<string, unknown>)[name] as number;
      return {
        unitid: raw.UNITID,
        award_level_code: raw.AWLEVELC,
        students_total: value("CSTOTLT"),
        students_age_under_18: value("CSUND18"),
        students_age_18_24: value("CS18_24"),
        students_age_25_39: value("CS25_39"),
        students_age_40_plus: value("CSABV40"),
        students_age_unknown: value("CSUNKN")
      };
    }),
  types: {
    unitid: "VARCHAR",
    award_level_code: "VARCHAR",
    students_total: "BIGINT",
    students_age_under_18: "BIGINT",
    students_age_18_24: "BIGINT",
    students_age_25_39: "BIGINT",
    students_age_40_plus: "BIGINT",
    students_age_unknown: "BIGINT"
  }
} satisfies CsvSpec<z.ZodType<Record<string, unknown>>>;

/** CONTROL in HD2015: who runs the institution (-3 = not available). */
export const IPEDS_CONTROL = {"1": "Public", "2": "Private not-for-profit", "3": "Private for-profit", "-3": "Not available"} as const;

/** IPEDS HD2015 institutional directory (column extract): names, state and control of each UNITID. */
export const ipedsInstitutions = {
  table: "src_ipeds_hd2015",
  file: "raw/enrolment/ipeds/ipeds_hd2015_extract.csv",
  key: ["UNITID"],
  header: ["UNITID", "INSTNM", "CITY", "STABBR", "FIPS", "OBEREG", "SECTOR", "ICLEVEL", "CONTROL", "HLOFFER", "DEGGRANT", "LOCALE", "C15BASIC", "INSTSIZE", "CBSA", "LONGITUD", "LATITUDE", "CYACTIVE", "POSTSEC"],
  row: z
    .object({
      UNITID: unitId,
      INSTNM: cell.text(),
      STABBR: z.string().regex(/^[A-Z]{2}$/, "a two-letter state or territory code"),
      SECTOR: z.string().regex(/^-?\d+$/, "an IPEDS sector code"),
      CONTROL: z.enum(Object.keys(IPEDS_CONTROL) as [string, ...string[]], {error: `a control code (${Object.keys(IPEDS_CONTROL).join(", ")})`})
    })
    .transform((raw) => ({unitid: raw.UNITID, institution: raw.INSTNM, state: raw.STABBR, sector_code: raw.SECTOR, control_code: raw.CONTROL})),
  types: {unitid: "VARCHAR", institution: "VARCHAR", state: "VARCHAR", sector_code: "VARCHAR", control_code: "VARCHAR"}
} satisfies CsvSpec<z.ZodType<Record<string, unknown>>>;
