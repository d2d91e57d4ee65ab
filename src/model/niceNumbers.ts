/**
 * The smallest "round" number ≥ x of the form m·10^k with m in {1, 2, 2.5, 5, 10}, for chart ranges.
 *
 * @param x a positive number
 * @returns a round number ≥ x
 * @throws {RangeError} if x is not a finite number > 0
 * @example niceCeiling(137); // => 200
 */
export function niceCeiling(x: number): number {
  if (!(x > 0 && Number.isFinite(x))) throw new RangeError(`niceCeiling: x must be a finite number > 0, got ${x}`);
  const power = 10 ** Math.floor(Math.log10(x));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * power >= x * (1 - 1e-12)) return m * power;
  return 10 * power;
}

/**
 * A round step (1, 2 or 5 × 10^k) close to `span / count`, for histogram bins and ticks.
 *
 * @param span width of the range to cover, > 0
 * @param count about how many steps
 * @returns a round step
 * @throws {RangeError} if span or count is not a finite number > 0
 * @example niceStep(1000, 40); // => 20
 */
export function niceStep(span: number, count: number): number {
  if (!(span > 0 && Number.isFinite(span))) throw new RangeError(`niceStep: span must be a finite number > 0, got ${span}`);
  if (!(count > 0 && Number.isFinite(count))) throw new RangeError(`niceStep: count must be a finite number > 0, got ${count}`);
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const m = raw / power;
  return (m < 1.5 ? 1 : m < 3.5 ? 2 : m < 7.5 ? 5 : 10) * power;
}
