import {z} from "zod";
import {cell, type CsvSpec} from "../readCsv.js";

/** A published figure rounds to whole percents; a share and its own counts may differ by up to half a point. */
export const PUBLISHED_ROUNDING = 0.005;

const optionalCount = z.union([z.null(), cell.number("a whole number, or empty when not published").pipe(z.number().int("a whole number").nonnegative("a whole number (not negative)"))]);

/**
 * Published survey figures (DESIGN §4) as data: one row per survey × measure, each with its citation.
 * A share is written as a fraction in [0, 1] (72% → 0.72); a count as a number; numerator and denominator
 * are given only where the publication states them.
 */
export const publishedSurveyFigures = {
  table: "src_published_survey_figures",
  file: "published/survey-figures.csv",
  key: ["survey", "measure"],
  header: ["survey", "year", "measure", "numerator", "denominator", "value", "unit", "note", "citation"],
  row: z
    .object({
      survey: cell.text(),
      year: z.union([z.null(), z.string().regex(/^(19|20)\d\d$/, "a four-digit year, or empty when undated")]),
      measure: z.string({error: "a snake_case measure name"}).regex(/^[a-z][a-z0-9_]*$/, "a snake_case measure name like response_rate"),
      numerator: optionalCount,
      denominator: optionalCount,
      value: cell.number("a number (a share as a fraction like 0.72, or a count)"),
      unit: z.enum(["share", "count"], {error: '"share" (a fraction in [0, 1]) or "count"'}),
      note: z.string().nullable(),
      citation: z.string({error: "a citation with a URL or DOI"}).regex(/https?:\/\/\S+/, "a citation that includes a URL or DOI link (https://…)")
    })
    .superRefine((raw, ctx) => {
      if (raw.unit === "share" && (raw.value < 0 || raw.value > 1))
        ctx.addIssue({code: "custom", path: ["value"], message: "a share as a fraction from 0 to 1 (write 72% as 0.72)"});
      if (raw.numerator !== null && raw.denominator !== null) {
        if (raw.numerator > raw.denominator)
          ctx.addIssue({code: "custom", path: ["numerator"], message: `at most the denominator ${raw.denominator}`});
        else if (raw.unit === "share" && raw.denominator > 0 && Math.abs(raw.numerator / raw.denominator - raw.value) > PUBLISHED_ROUNDING + 1e-9)
          ctx.addIssue({code: "custom", path: ["value"], message: `the share ${raw.numerator}/${raw.denominator} = ${(raw.numerator / raw.denominator).toFixed(4)} rounded to whole percents`});
      }
    })
    .transform((raw) => ({
      survey: raw.survey,
      year: raw.year === null ? null : Number(raw.year),
      measure: raw.measure,
      numerator: raw.numerator,
      denominator: raw.denominator,
      value: raw.value,
      unit: raw.unit,
      note: raw.note?.trim() || null,
      citation: raw.citation
    })),
  types: {
    survey: "VARCHAR",
    year: "INTEGER",
    measure: "VARCHAR",
    numerator: "BIGINT",
    denominator: "BIGINT",
    value: "DOUBLE",
    unit: "VARCHAR",
    note: "VARCHAR",
    citation: "VARCHAR"
  }
} satisfies CsvSpec<z.ZodType<Record<string, unknown>>>;
