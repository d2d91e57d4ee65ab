/**
 * Levenshtein edit distance: the least number of single-character insertions, deletions and
 * substitutions that turn `a` into `b` (dynamic programming over one row, O(|a|·|b|) time).
 *
 * @param a first string
 * @param b second string
 * @returns a whole number ≥ 0
 * @example editDistance("pasRate", "passRate"); // => 1
 */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({length: b.length + 1}, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] as number;
}
