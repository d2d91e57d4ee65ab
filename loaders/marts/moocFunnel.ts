import {z} from "zod";

/**
 * Contract of the mooc_funnel mart: one row per source × funnel level × unit (course run, subject × year,
 * or MOOC Pivot year × group). certified_of_engaged can exceed 1: a certificate does not require exploring
 * more than half the courseware (one HarvardX/MITx run has 1,258 certified and 1,242 explorers).
 */
export const MoocFunnelRow = z
  .object({
    source: z.enum(["harvardx_mitx_course_report", "mooc_pivot"]),
    funnel_level: z.enum(["course", "subject_year", "year_group"]),
    unit_id: z.string().min(1),
    institution: z.string().nullable(),
    course_number: z.string().nullable(),
    course_title: z.string().nullable(),
    subject: z.string().min(1),
    academic_year: z.string().regex(/^(20\d\d-\d\d|All years)$/),
    group_name: z.string().min(1),
    course_runs: z.number().int().positive().nullable(),
    enrolled: z.number().int().nonnegative(),
    engaged: z.number().int().nonnegative().nullable(),
    certified: z.number().int().nonnegative(),
    engaged_share: z.number().min(0).max(1).nullable(),
    certified_share: z.number().min(0).max(1).nullable(),
    certified_of_engaged: z.number().nonnegative().nullable()
  })
  .refine((row) => row.certified <= row.enrolled, {message: "certified must not exceed enrolled", path: ["certified"]})
  .refine((row) => row.engaged === null || row.engaged <= row.enrolled, {message: "engaged must not exceed enrolled", path: ["engaged"]});
export type MoocFunnelRow = z.infer<typeof MoocFunnelRow>;
