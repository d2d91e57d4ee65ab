import {z} from "zod";

/**
 * Contract of the candidate_market mart: one row per candidate credential (catalogue id): the catalogue's own
 * columns, then the demand indicators of its target occupations (null where no target occupation has data).
 */
export const CandidateMarketRow = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  title: z.string().min(1),
  provider: z.string().min(1),
  awarding_body: z.string().min(1),
  issuer_country: z.string().regex(/^[A-Z]{2}$/),
  issuer_region: z.string().nullable(),
  learning_outcomes: z.string().min(1),
  workload_hours: z.number().positive(),
  ects: z.number().positive().max(60),
  eqf_level: z.number().int().min(1).max(8),
  assessment_type: z.string().min(1),
  participation_form: z.enum(["online", "blended", "on-site"]),
  quality_assurance: z.string().min(1),
  identity_verification: z.enum(["none", "supervised", "supervised-id"]),
  prerequisites: z.string().nullable(),
  stacks_into: z.string().nullable(),
  stack_credits_ects: z.number().nonnegative().nullable(),
  price: z.number().nonnegative().nullable(),
  price_currency: z.string().regex(/^[A-Z]{3}$/).nullable(),
  price_basis: z.string().nullable(),
  cip_codes: z.string().nullable(),
  soc_codes: z.string().nullable(),
  occupation_basis: z.enum(["listed SOC codes", "CIP crosswalk"]).nullable(),
  target_soc_codes: z.string().nullable(),
  target_occupations: z.number().int().nonnegative(),
  target_occupations_with_data: z.number().int().nonnegative(),
  annual_openings: z.number().nonnegative().nullable(),
  employment_2024: z.number().nonnegative().nullable(),
  employment_2034: z.number().nonnegative().nullable(),
  employment_growth_pct: z.number().nullable(),
  median_wage_usd: z.number().positive().nullable(),
  certification_relevance_pct: z.number().min(0).max(100).nullable(),
  rl_postsecondary_certificate_pct: z.number().min(0).max(100).nullable(),
  shortage_rated_occupations: z.number().int().nonnegative(),
  shortage_employment_share_pct: z.number().min(0).max(100).nullable(),
  field_annual_openings: z.number().nonnegative().nullable()
});
export type CandidateMarketRow = z.infer<typeof CandidateMarketRow>;
