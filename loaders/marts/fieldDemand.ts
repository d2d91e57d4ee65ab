import {z} from "zod";

/**
 * Contract of the field_demand mart: one row per CIP 2020 six-digit field in use. annual_openings splits each
 * occupation's openings equally across the fields it maps to (they sum without double counting);
 * annual_openings_all_linked does not split (it double-counts across fields). Demand columns are null for a field
 * the crosswalk links to no occupation with BLS data.
 */
export const FieldDemandRow = z.object({
  cip_code: z.string().regex(/^\d{2}\.\d{4}$/),
  cip_title: z.string().min(1),
  cip_family: z.string().regex(/^\d{2}$/),
  cip_family_title: z.string().min(1),
  linked_occupations: z.number().int().nonnegative(),
  annual_openings: z.number().nonnegative().nullable(),
  annual_openings_all_linked: z.number().nonnegative().nullable(),
  employment_2024: z.number().nonnegative().nullable(),
  employment_2034: z.number().nonnegative().nullable(),
  employment_growth_pct: z.number().nullable(),
  median_wage_usd: z.number().positive().nullable(),
  certification_relevance_pct: z.number().min(0).max(100).nullable(),
  shortage_rated_occupations: z.number().int().nonnegative(),
  shortage_occupations: z.number().int().nonnegative()
});
export type FieldDemandRow = z.infer<typeof FieldDemandRow>;
