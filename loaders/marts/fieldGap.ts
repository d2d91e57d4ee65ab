import {z} from "zod";

/**
 * Contract of the field_gap mart: one row per field (NCSES broad field, or CIP 2020 code of the user's own
 * enrolments) × supply pipeline. gap = annual openings − completions in the pipeline's latest year
 * (Lightcast's "programme demand gap"); positive = more openings than completers. Openings are null (shown as
 * missing, never 0) where no CIP code of the field links to an occupation with BLS data.
 */
export const FieldGapRow = z
  .object({
    field_vocabulary: z.enum(["ncses_broad_field", "cip2020"]),
    field_code: z.string().min(1),
    field: z.string().min(1),
    ncses_field_code: z.string().min(1),
    supply_source: z.string().min(1),
    supply_year: z.number().int().min(1990).max(2100),
    completions: z.number().int().nonnegative(),
    cip_codes: z.number().int().nonnegative(),
    annual_openings: z.number().nonnegative().nullable(),
    annual_openings_all_linked: z.number().nonnegative().nullable(),
    gap: z.number().nullable(),
    completions_per_opening: z.number().nonnegative().nullable()
  })
  .refine((row) => (row.annual_openings === null) === (row.gap === null), {message: "gap is missing exactly when openings are", path: ["gap"]});
export type FieldGapRow = z.infer<typeof FieldGapRow>;
