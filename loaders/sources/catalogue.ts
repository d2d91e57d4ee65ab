import {z} from "zod";
import {cell, parseNumber, type CsvSpec} from "../readCsv.js";
import {CIP_CODE, codeList, optionalText, SOC_CODE} from "./publishedCells.js";

/** Identity verification during assessment: the same vocabulary as the scenario model (DESIGN.md §6). */
export const IDENTITY_VERIFICATION_LEVELS = ["none", "supervised", "supervised-id"] as const;
/** Form of participation in the learning activity (Council Recommendation 2022/C 243/02, annex I). */
export const PARTICIPATION_FORMS = ["online", "blended", "on-site"] as const;
/** ECTS Users' Guide (2015): one credit corresponds to 25–30 hours of learner work. */
export const HOURS_PER_ECTS = {min: 25, max: 30} as const;

const number = (expected: string, min: number, max = Number.POSITIVE_INFINITY) =>
  z.string({error: expected}).transform((s, ctx) => {
    const n = parseNumber(s);
    if (n === undefined || n < min || n > max) {
      ctx.addIssue({code: "custom", message: expected});
      return z.NEVER;
    }
    return n;
  });
const optionalNumber = (expected: string, min: number) => z.union([z.null(), number(expected, min)]);

/**
 * The header of the candidate catalogue, in file order, with what each column holds. The README section on
 * templates lists the same columns (a test keeps them in step).
 */
export const CATALOGUE_COLUMNS = {
  id: "stable kebab-case identifier (pages, reports and scenarios key on it)",
  title: "title of the micro-credential",
  provider: "unit that designs and delivers it",
  awarding_body: "body that awards the credential",
  issuer_country: "ISO 3166-1 alpha-2 country of the issuer",
  issuer_region: "region of the issuer (optional)",
  learning_outcomes: "learning outcomes, separated by semicolons",
  workload_hours: "notional learner workload in hours (25–30 per ECTS)",
  ects: "credits in ECTS, more than 0 and at most 60",
  eqf_level: "EQF level, 1–8",
  assessment_type: "type of assessment",
  participation_form: "online, blended or on-site",
  quality_assurance: "type of quality assurance",
  identity_verification: "none, supervised or supervised-id (identity check during assessment)",
  prerequisites: "entry requirements (optional)",
  stacks_into: "award the credential stacks into (optional)",
  stack_credits_ects: "ECTS the award recognises (optional; needs stacks_into)",
  price: "price per learner assumed for planning (optional)",
  price_currency: "ISO 4217 currency of the price (needed with a price)",
  price_basis: "where the price assumption comes from (needed with a price)",
  cip_codes: "CIP 2020 codes, separated by semicolons",
  soc_codes: "SOC 2018 codes, separated by semicolons (at least one CIP or SOC code)"
} as const;

/**
 * The candidate credential catalogue (the institution's own input): one row per candidate micro-credential with
 * the mandatory elements of Council Recommendation 2022/C 243/02, the identity-verification level, stackability,
 * a price assumption and the CIP 2020 / SOC 2018 codes that link it to labour-market data.
 * `data/user/catalogue.csv`, when present, replaces the shipped file.
 */
export const catalogue = {
  table: "src_catalogue",
  file: "catalogue/candidates.csv",
  header: Object.keys(CATALOGUE_COLUMNS) as (keyof typeof CATALOGUE_COLUMNS)[],
  key: ["id"],
  row: z
    .object({
      id: z.string({error: "a kebab-case id like data-analytics-python-sql"}).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "a kebab-case id like data-analytics-python-sql"),
      title: cell.text(),
      provider: cell.text(),
      awarding_body: cell.text(),
      issuer_country: z.string({error: "an ISO 3166-1 alpha-2 country code like DE"}).regex(/^[A-Z]{2}$/, "an ISO 3166-1 alpha-2 country code like DE"),
      issuer_region: optionalText(),
      learning_outcomes: cell.text(),
      workload_hours: number("notional workload in hours, more than 0", Number.MIN_VALUE),
      ects: number("credits in ECTS, more than 0 and at most 60", Number.MIN_VALUE, 60),
      eqf_level: z.enum(["1", "2", "3", "4", "5", "6", "7", "8"], {error: "an EQF level, 1–8"}),
      assessment_type: cell.text(),
      participation_form: z.enum(PARTICIPATION_FORMS, {error: `one of ${PARTICIPATION_FORMS.join(", ")}`}),
      quality_assurance: cell.text(),
      identity_verification: z.enum(IDENTITY_VERIFICATION_LEVELS, {error: `one of ${IDENTITY_VERIFICATION_LEVELS.join(", ")}`}),
      prerequisites: optionalText(),
      stacks_into: optionalText(),
      stack_credits_ects: optionalNumber("credits recognised in ECTS, 0 or more", 0),
      price: optionalNumber("a price, 0 or more", 0),
      price_currency: z.union([z.null(), z.string().regex(/^[A-Z]{3}$/, "an ISO 4217 currency code like EUR")], {error: "an ISO 4217 currency code like EUR"}),
      price_basis: optionalText(),
      cip_codes: codeList(CIP_CODE, "CIP 2020 codes like 11.1003, separated by semicolons"),
      soc_codes: codeList(SOC_CODE, "SOC 2018 codes like 15-1212, separated by semicolons")
    })
    .superRefine((raw, ctx) => {
      const {min, max} = HOURS_PER_ECTS;
      if (raw.workload_hours < raw.ects * min || raw.workload_hours > raw.ects * max) {
        const range = `${raw.ects * min}–${raw.ects * max}`;
        ctx.addIssue({code: "custom", path: ["workload_hours"], message: `${range} hours for ${raw.ects} ECTS (25–30 hours per credit, ECTS Users' Guide 2015)`});
      }
      if (raw.stack_credits_ects !== null && raw.stacks_into === null) ctx.addIssue({code: "custom", path: ["stacks_into"], message: "the award that recognises stack_credits_ects"});
      if (raw.stack_credits_ects !== null && raw.stack_credits_ects > raw.ects) ctx.addIssue({code: "custom", path: ["stack_credits_ects"], message: `at most the credential's own ${raw.ects} ECTS`});
      if (raw.price !== null && raw.price_currency === null) ctx.addIssue({code: "custom", path: ["price_currency"], message: "the ISO 4217 currency of the price"});
      if (raw.price !== null && raw.price_basis === null) ctx.addIssue({code: "custom", path: ["price_basis"], message: "the source or reasoning behind the price assumption"});
      if (raw.cip_codes === null && raw.soc_codes === null) ctx.addIssue({code: "custom", path: ["cip_codes"], message: "at least one CIP 2020 or SOC 2018 code that links the candidate to labour-market data"});
    })
    .transform((raw) => ({...raw, eqf_level: Number(raw.eqf_level), learning_outcomes: raw.learning_outcomes.trim()})),
  types: {
    id: "VARCHAR",
    title: "VARCHAR",
    provider: "VARCHAR",
    awarding_body: "VARCHAR",
    issuer_country: "VARCHAR",
    issuer_region: "VARCHAR",
    learning_outcomes: "VARCHAR",
    workload_hours: "DOUBLE",
    ects: "DOUBLE",
    eqf_level: "INTEGER",
    assessment_type: "VARCHAR",
    participation_form: "VARCHAR",
    quality_assurance: "VARCHAR",
    identity_verification: "VARCHAR",
    prerequisites: "VARCHAR",
    stacks_into: "VARCHAR",
    stack_credits_ects: "DOUBLE",
    price: "DOUBLE",
    price_currency: "VARCHAR",
    price_basis: "VARCHAR",
    cip_codes: "VARCHAR",
    soc_codes: "VARCHAR"
  }
} satisfies CsvSpec<z.ZodType<Record<string, unknown>>>;

/** Where a user's catalogue goes: it replaces the shipped one at the next build. */
export const USER_CATALOGUE_FILE = "user/catalogue.csv";
