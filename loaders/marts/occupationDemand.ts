import {z} from "zod";

const pct = z.number().min(0).max(100);
export const SHORTAGE_RATINGS = ["shortage", "no shortage", "regional shortage", "metropolitan shortage"] as const;

/**
 * Contract of the occupation_demand mart: one row per detailed SOC occupation (BLS National Employment Matrix
 * line item). Persons, USD per year, percent. Nullable columns are missing where the source publishes nothing.
 */
export const OccupationDemandRow = z.object({
  soc_code: z.string().regex(/^\d{2}-\d{4}$/),
  occupation: z.string().min(1),
  major_group: z.string().min(1),
  employment_2024: z.number().nonnegative(),
  employment_2034: z.number().nonnegative(),
  employment_change: z.number(),
  employment_change_pct: z.number(),
  annual_openings: z.number().nonnegative(),
  labour_force_exit_rate_pct: pct,
  occupational_transfer_rate_pct: pct,
  separations_rate_pct: pct,
  median_wage_usd: z.number().positive().nullable(),
  median_wage_top_coded: z.boolean(),
  mean_wage_usd: z.number().positive().nullable(),
  wage_p10_usd: z.number().positive().nullable(),
  wage_p25_usd: z.number().positive().nullable(),
  wage_p75_usd: z.number().positive().nullable(),
  wage_p90_usd: z.number().positive().nullable(),
  oews_wage_top_coded: z.boolean(),
  typical_education: z.string().nullable(),
  work_experience: z.string().nullable(),
  on_the_job_training: z.string().nullable(),
  job_zone: z.number().int().min(1).max(5).nullable(),
  job_zone_name: z.string().nullable(),
  rl_postsecondary_certificate_pct: pct.nullable(),
  rl_post_baccalaureate_certificate_pct: pct.nullable(),
  rl_post_masters_certificate_pct: pct.nullable(),
  certification_relevance_pct: pct.nullable(),
  professional_certification_importance: z.number().min(1).max(5).nullable(),
  shortage_rating: z.enum(SHORTAGE_RATINGS).nullable(),
  shortage_rating_country: z.string().regex(/^[A-Z]{2}$/).nullable(),
  shortage_rating_period: z.string().nullable(),
  shortage_rating_source: z.string().nullable(),
  au_future_demand: z.enum(["Strong", "Moderate", "Soft"]).nullable()
});
export type OccupationDemandRow = z.infer<typeof OccupationDemandRow>;
