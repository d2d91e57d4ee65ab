/**
 * Clamps `column[0 … count)` to [min, max] in place and counts the values changed. NaN (which no
 * sampler produces, but which must never reach the model) is set to min and counted.
 *
 * @param column sampled values (modified)
 * @param count number of values to check
 * @param min lower end of the input's domain
 * @param max upper end of the input's domain
 * @returns how many values were outside [min, max]
 * @example clampColumn(new Float64Array([-1, 0.5, 2]), 3, 0, 1); // => 2 (column becomes [0, 0.5, 1])
 */
export function clampColumn(column: Float64Array, count: number, min: number, max: number): number {
  let clamped = 0;
  for (let i = 0; i < count; i++) {
    const x = column[i] as number;
    if (!(x >= min)) {
      column[i] = min;
      clamped++;
    } else if (x > max) {
      column[i] = max;
      clamped++;
    }
  }
  return clamped;
}
