import {z} from "zod";
import {DEFAULT_DRAWS, DEFAULT_SEED} from "../src/model/index.js";

/** Largest --draws accepted (memory grows by about 8 bytes × draws × (horizon + 2)). */
export const MAX_DRAWS = 10_000_000;
export const MAX_SEED = 2 ** 32 - 1;
export const OUTPUT_FORMATS = ["json", "csv", "table"] as const;

/** A number with thousands separators, for help texts. */
export const grouped = (n: number) => n.toLocaleString("en-US");

/** A whole-number flag from 0 to max; a bad value's message names the flag, the value and the range. */
export function wholeNumberFlag(flag: string, max: number, what: string) {
  const expected = `--${flag}: expected ${what} from 0 to ${max}`;
  return z
    .string()
    .regex(/^[0-9]{1,15}$/, {error: (issue) => `${expected}, got "${String(issue.input)}"`})
    .transform(Number)
    .pipe(z.number().max(max, {error: (issue) => `${expected}, got ${String(issue.input)}`}));
}

/** The flags every Monte Carlo command shares: --draws, --seed and --format (json | csv | table). */
export const RunFlags = z.object({
  draws: wholeNumberFlag("draws", MAX_DRAWS, "a whole number").default(DEFAULT_DRAWS),
  seed: wholeNumberFlag("seed", MAX_SEED, "an integer").default(DEFAULT_SEED),
  format: z
    .enum(OUTPUT_FORMATS, {error: (issue) => `--format: expected one of ${OUTPUT_FORMATS.join(", ")}, got "${String(issue.input)}"`})
    .default("json")
});
