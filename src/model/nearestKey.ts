import {editDistance} from "./editDistance.js";

/**
 * The known key closest to an unknown one, by edit distance ignoring case (a key that differs only
 * in case is always nearest); ties go to the earlier key in `known`.
 *
 * @param key the unknown key
 * @param known the keys that are allowed where it was found
 * @returns the nearest known key, or undefined when `known` is empty
 * @example nearestKey("pasRate", ["passRate", "payingShare"]); // => "passRate"
 */
export function nearestKey(key: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  const lower = key.toLowerCase();
  for (const candidate of known) {
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
