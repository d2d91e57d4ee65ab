import {z} from "zod";

export const FIELD_VOCABULARIES = ["ncses_broad_field", "ncses_field_area", "all_fields", "cip2020"] as const;

/** Contract of the field_supply mart: one row per supply source × field × award level × year. */
export const FieldSupplyRow = z.object({
  source: z.string().min(1),
  field_vocabulary: z.enum(FIELD_VOCABULARIES),
  field_code: z.string().min(1),
  field: z.string().min(1),
  ncses_field_code: z.string().min(1).nullable(),
  award_level: z.string().min(1),
  year: z.number().int().min(1990).max(2100),
  completions: z.number().int().nonnegative(),
  unit: z.enum(["awards", "students", "completions"])
});
export type FieldSupplyRow = z.infer<typeof FieldSupplyRow>;
