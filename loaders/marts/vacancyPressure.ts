import {z} from "zod";

const rate = z.number().min(0).max(100).nullable();
const ratio = z.number().nonnegative().nullable();
export const AREA_TYPES = ["country", "region", "industry", "occupation"] as const;

/**
 * Contract of the vacancy_pressure mart: one row per source × country × area type × area × period. Rates in
 * percent, ratios in unemployed persons per opening; a measure the source does not publish for the row is null.
 */
export const VacancyPressureRow = z.object({
  source: z.string().min(1),
  country_code: z.string().regex(/^[A-Z]{2}$/),
  area_type: z.enum(AREA_TYPES),
  area: z.string().min(1),
  period_start: z.string().regex(/^\d{4}-\d{2}-01$/),
  period_type: z.enum(["year", "quarter", "month"]),
  period_label: z.string().regex(/^\d{4}(-Q[1-4]|-\d{2})?$/),
  job_vacancy_rate_pct: rate,
  job_openings_rate_pct: rate,
  job_openings_rate_3mo_avg_pct: rate,
  unemployed_per_opening: ratio,
  unemployed_per_opening_3mo_avg: ratio,
  hires_rate_pct: rate,
  hires_rate_3mo_avg_pct: rate,
  quits_rate_pct: rate,
  quits_rate_3mo_avg_pct: rate
});
export type VacancyPressureRow = z.infer<typeof VacancyPressureRow>;
