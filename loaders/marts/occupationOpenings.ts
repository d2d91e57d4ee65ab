import {z} from "zod";

/** Contract of the occupation_openings mart: one row per detailed SOC occupation. */
export const OccupationOpeningsRow = z.object({
  soc_code: z.string().regex(/^\d{2}-\d{4}$/),
  occupation: z.string().min(1),
  major_group: z.string().min(1),
  employment_2024: z.number().nonnegative(),
  employment_2034: z.number().nonnegative(),
  employment_change_pct: z.number(),
  annual_openings: z.number().nonnegative(),
  median_wage_usd: z.number().positive().nullable(),
  typical_education: z.string().nullable()
});
export type OccupationOpeningsRow = z.infer<typeof OccupationOpeningsRow>;
