import type {ReadinessLevel} from "./types.js";

/** Fewest and most levels an answer scale may have. */
export const MIN_SCALE_LEVELS = 2;
export const MAX_SCALE_LEVELS = 11;

/**
 * Parses an answer scale written as `"0: None | 1: Drafted | 2: Approved"`: levels separated by `|`, each a whole
 * number, a colon and a label; the numbers must run 0, 1, 2, … in order.
 *
 * @param text the scale as written in the instrument
 * @returns the levels, in order
 * @throws {RangeError} naming the first part that is wrong and what was expected
 * @example parseReadinessScale("0: No | 1: Yes"); // => [{value: 0, label: "No"}, {value: 1, label: "Yes"}]
 */
export function parseReadinessScale(text: string): ReadinessLevel[] {
  const parts = text.split("|").map((part) => part.trim());
  if (parts.length < MIN_SCALE_LEVELS || parts.length > MAX_SCALE_LEVELS) {
    throw new RangeError(`parseReadinessScale: ${parts.length} level(s); expected ${MIN_SCALE_LEVELS}–${MAX_SCALE_LEVELS} levels written "0: label | 1: label | …"`);
  }
  return parts.map((part, index) => {
    const match = /^(\d+)\s*:\s*(\S.*)$/.exec(part);
    if (!match) throw new RangeError(`parseReadinessScale: level ${index + 1} is ${JSON.stringify(part)}; expected "${index}: <label>"`);
    const value = Number(match[1]);
    if (value !== index) throw new RangeError(`parseReadinessScale: level ${index + 1} is numbered ${value}; expected ${index} (levels run 0, 1, 2, … in order)`);
    return {value, label: (match[2] ?? "").trim()};
  });
}
