import {z} from "zod";

export const DISTANCE_STATUSES = [
  "Exclusively distance education",
  "Some but not all distance education",
  "Any distance education",
  "No distance education",
  "Any class entirely online"
] as const;

/** Contract of the distance_enrolment mart: one row per source × year × student level × control × field × distance status. */
export const DistanceEnrolmentRow = z
  .object({
    source: z.enum(["ipeds_ef_dist", "ncses_shed8_npsas"]),
    year: z.number().int().min(2000).max(2100),
    student_level: z.string().min(1),
    institution_control: z.string().min(1),
    field: z.string().min(1),
    distance_status: z.enum(DISTANCE_STATUSES),
    students: z.number().int().nonnegative().nullable(),
    students_total: z.number().int().nonnegative().nullable(),
    share: z.number().min(0).max(1).nullable(),
    caution: z.boolean()
  })
  .refine((row) => row.students === null || row.students_total === null || row.students <= row.students_total, {
    message: "students in a distance status must not exceed the level's total",
    path: ["students"]
  });
export type DistanceEnrolmentRow = z.infer<typeof DistanceEnrolmentRow>;
