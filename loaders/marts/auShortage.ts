import {z} from "zod";

const rating = z.enum(["S", "NS", "R", "M"]);

/** Contract of the au_shortage mart: one row per ANZSCO 6-digit occupation on the Skills Priority List 2022. */
export const AuShortageRow = z.object({
  anzsco_code: z.string().regex(/^\d{6}$/),
  occupation: z.string().min(1),
  national_rating: rating,
  national_rating_label: z.enum(["shortage", "no shortage", "regional shortage", "metropolitan shortage"]),
  future_demand: z.enum(["Strong", "Moderate", "Soft"]),
  states_in_shortage: z.number().int().min(0).max(8),
  nsw_rating: rating,
  vic_rating: rating,
  qld_rating: rating,
  sa_rating: rating,
  wa_rating: rating,
  tas_rating: rating,
  nt_rating: rating,
  act_rating: rating,
  mapped_soc_codes: z.string().regex(/^\d{2}-\d{4}(;\d{2}-\d{4})*$/).nullable()
});
export type AuShortageRow = z.infer<typeof AuShortageRow>;
