import {z} from "zod";

/** Contract of the survey_published mart: one row per published survey × measure. */
export const SurveyPublishedRow = z
  .object({
    survey: z.string().min(1),
    year: z.number().int().nullable(),
    measure: z.string().regex(/^[a-z][a-z0-9_]*$/),
    numerator: z.number().int().nonnegative().nullable(),
    denominator: z.number().int().nonnegative().nullable(),
    value: z.number(),
    unit: z.enum(["share", "count"]),
    computed_share: z.number().min(0).max(1).nullable(),
    note: z.string().nullable(),
    citation: z.string().regex(/https?:\/\//)
  })
  .refine((row) => row.unit !== "share" || (row.value >= 0 && row.value <= 1), {message: "a share in [0, 1]", path: ["value"]});
export type SurveyPublishedRow = z.infer<typeof SurveyPublishedRow>;
