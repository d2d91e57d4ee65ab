import {z} from "zod";
import {cell, type CsvSpec} from "../readCsv.js";

const count = (what: string) => cell.number(`a whole number of ${what}`).pipe(z.number().int(`a whole number of ${what}`).nonnegative(`a whole number of ${what} (not negative)`));
const percent = (what: string) => cell.number(`a percent of ${what} from 0 to 100`).pipe(z.number().min(0, `a percent of ${what} from 0 to 100`).max(100, `a percent of ${what} from 0 to 100`));
const academicYear = z.string().regex(/^20\d\d-\d\d$/, "an academic year like 2013-14");

/** "9/5/2012" → "2012-09-05". */
const usDate = z.string({error: "a date like 9/5/2012"}).transform((text, ctx) => {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  const [month, day, year] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (!match || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    ctx.addIssue({code: "custom", message: "a date like 9/5/2012 (month/day/year)"});
    return z.NEVER;
  }
  return date.toISOString().slice(0, 10);
});

const COURSE_SUBJECTS = [
  "Computer Science",
  "Government, Health, and Social Science",
  "Humanities, History, Design, Religion, and Education",
  "Science, Technology, Engineering, and Mathematics"
] as const;

/**
 * HarvardX/MITx course report, Fall 2012–Summer 2016 (Chuang & Ho 2016, data appendix): one row per course run.
 * "Participants" accessed the courseware; "Audited" accessed more than half of it; "Certified" earned a certificate.
 */
export const harvardxCourses = {
  table: "src_harvardx_courses",
  file: "raw/moocs/harvardx_mitx_course_report_2012-2016.csv",
  key: ["Institution", "Course Number", "Launch Date", "Year"],
  header: [
    "Institution", "Course Number", "Launch Date", "Course Title", "Instructors", "Course Subject", "Year", "Honor Code Certificates",
    "Participants (Course Content Accessed)", "Audited (> 50% Course Content Accessed)", "Certified", "% Audited", "% Certified",
    "% Certified of > 50% Course Content Accessed", "% Played Video", "% Posted in Forum", "% Grade Higher Than Zero",
    "Total Course Hours (Thousands)", "Median Hours for Certification", "Median Age", "% Male", "% Female", "% Bachelor's Degree or Higher"
  ],
  row: z
    .object({
      Institution: z.enum(["HarvardX", "MITx"], {error: '"HarvardX" or "MITx"'}),
      "Course Number": cell.text(),
      "Launch Date": usDate,
      "Course Title": cell.text(),
      "Course Subject": z.enum(COURSE_SUBJECTS, {error: `one of the report's subjects: ${COURSE_SUBJECTS.join("; ")}`}),
      Year: z.enum(["1", "2", "3", "4"], {error: "a course year from 1 (2012-13) to 4 (2015-16)"}),
      "Honor Code Certificates": z.enum(["0", "1"], {error: "0 or 1"}),
      "Participants (Course Content Accessed)": count("participants"),
      "Audited (> 50% Course Content Accessed)": count("participants who accessed more than half the content"),
      Certified: count("certified participants"),
      "% Certified": percent("participants"),
      "Median Hours for Certification": cell.number("median hours (a number)"),
      "Median Age": cell.number("a median age in years")
    })
    .superRefine((raw, ctx) => {
      const participants = raw["Participants (Course Content Accessed)"];
      if (raw.Certified > participants)
        ctx.addIssue({code: "custom", path: ["Certified"], message: `at most the ${participants} participants of the course`});
      if (raw["Audited (> 50% Course Content Accessed)"] > participants)
        ctx.addIssue({code: "custom", path: ["Audited (> 50% Course Content Accessed)"], message: `at most the ${participants} participants of the course`});
    })
    .transform((raw) => {
      const courseYear = Number(raw.Year);
      return {
        institution: raw.Institution,
        course_number: raw["Course Number"],
        launch_date: raw["Launch Date"],
        course_title: raw["Course Title"],
        subject: raw["Course Subject"],
        course_year: courseYear,
        academic_year: `${2011 + courseYear}-${String(12 + courseYear).padStart(2, "0")}`,
        honor_code_certificates: raw["Honor Code Certificates"] === "1",
        participants: raw["Participants (Course Content Accessed)"],
        explored: raw["Audited (> 50% Course Content Accessed)"],
        certified: raw.Certified,
        certified_pct_published: raw["% Certified"],
        median_hours_for_certification: raw["Median Hours for Certification"],
        median_age_years: raw["Median Age"]
      };
    }),
  types: {
    institution: "VARCHAR",
    course_number: "VARCHAR",
    launch_date: "DATE",
    course_title: "VARCHAR",
    subject: "VARCHAR",
    course_year: "INTEGER",
    academic_year: "VARCHAR",
    honor_code_certificates: "BOOLEAN",
    participants: "BIGINT",
    explored: "BIGINT",
    certified: "BIGINT",
    certified_pct_published: "DOUBLE",
    median_hours_for_certification: "DOUBLE",
    median_age_years: "DOUBLE"
  }
} satisfies CsvSpec<z.ZodType<Record<string, unknown>>>;

const HDI_CATEGORIES = ["very_high_human_development", "high_human_development", "medium_human_development", "low_human_development"] as const;

/** MOOC Pivot Table S2 (Reich & Ruipérez-Valiente 2019): enrolments and certifications by year × UN human-development category. */
export const moocPivotByDevelopment = {
  table: "src_mooc_pivot_s2",
  file: "raw/moocs/mooc_pivot_Table_S2.csv",
  key: ["year", "human_development_category"],
  header: ["year", "human_development_category", "n_enrolments", "n_certified", "p_enrolments_within_year", "p_certified_within_year"],
  row: z
    .object({
      year: academicYear,
      human_development_category: z.enum(HDI_CATEGORIES, {error: `a UN human-development category (${HDI_CATEGORIES.join(", ")})`}),
      n_enrolments: count("enrolments"),
      n_certified: count("certifications"),
      p_enrolments_within_year: percent("the year's enrolments"),
      p_certified_within_year: percent("the year's certifications")
    })
    .superRefine((raw, ctx) => {
      if (raw.n_certified > raw.n_enrolments) ctx.addIssue({code: "custom", path: ["n_certified"], message: `at most the ${raw.n_enrolments} enrolments`});
    })
    .transform((raw) => ({
      academic_year: raw.year,
      human_development_category: raw.human_development_category,
      enrolments: raw.n_enrolments,
      certified: raw.n_certified
    })),
  types: {academic_year: "VARCHAR", human_development_category: "VARCHAR", enrolments: "BIGINT", certified: "BIGINT"}
} satisfies CsvSpec<z.ZodType<Record<string, unknown>>>;

const S3_COHORTS = ["participants", "intend_complete", "verified"] as const;

/** MOOC Pivot Table S3: participants and completers by year for all participants, those intending to complete, and verified learners. */
export const moocPivotByCohort = {
  table: "src_mooc_pivot_s3",
  file: "raw/moocs/mooc_pivot_Table_S3.csv",
  key: ["year", "cohort"],
  header: ["year", "n_participants", "n_completed", "p_completed", "cohort"],
  row: z
    .object({
      year: academicYear,
      n_participants: count("participants"),
      n_completed: count("completers"),
      p_completed: percent("participants"),
      cohort: z.enum(S3_COHORTS, {error: `a cohort (${S3_COHORTS.join(", ")})`})
    })
    .superRefine((raw, ctx) => {
      if (raw.n_completed > raw.n_participants) ctx.addIssue({code: "custom", path: ["n_completed"], message: `at most the ${raw.n_participants} participants`});
    })
    .transform((raw) => ({academic_year: raw.year, cohort: raw.cohort, participants: raw.n_participants, completed: raw.n_completed})),
  types: {academic_year: "VARCHAR", cohort: "VARCHAR", participants: "BIGINT", completed: "BIGINT"}
} satisfies CsvSpec<z.ZodType<Record<string, unknown>>>;

/** MOOC Pivot course metadata: the 565 HarvardX/MITx course runs behind tables S1–S4, by academic year. */
export const moocPivotCourses = {
  table: "src_mooc_pivot_courses",
  file: "raw/moocs/mooc_pivot_course_metadata.csv",
  key: ["course_id"],
  header: ["course_id", "semester", "year"],
  row: z
    .object({
      course_id: z.string().regex(/^[^/]+\/[^/]+\/[^/]+$/, "an edX course id like HarvardX/1368.1x/3T2014"),
      semester: cell.text(),
      // Courses launched after the study window (Summer 2018) carry no academic year.
      year: z.union([z.null(), academicYear], {error: "an academic year like 2013-14, or empty"})
    })
    .transform((raw) => ({course_id: raw.course_id, semester: raw.semester, academic_year: raw.year})),
  types: {course_id: "VARCHAR", semester: "VARCHAR", academic_year: "VARCHAR"}
} satisfies CsvSpec<z.ZodType<Record<string, unknown>>>;
