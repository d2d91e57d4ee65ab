/**
 * How numbers read on the dashboards. A value the source does not publish (null, undefined, NaN) is shown as
 * MISSING, never as 0, so a reader can tell "not measured" from "none".
 */

/** What a missing value looks like in tables, tooltips and titles. */
export const MISSING = "—";

type Maybe = number | null | undefined;

function present(value: Maybe): value is number {
  return typeof value === "number" && Number.isFinite(value);
}

/**
 * A count with thousands separators, rounded to a whole number.
 * @example formatCount(12345.6) // => "12,346"
 */
export function formatCount(value: Maybe): string {
  return present(value) ? Math.round(value).toLocaleString("en-US") : MISSING;
}

/**
 * A number already in percent (0–100), with `digits` decimals.
 * @example formatPercent(12.345) // => "12.3%"
 */
export function formatPercent(value: Maybe, digits = 1): string {
  return present(value) ? `${value.toFixed(digits)}%` : MISSING;
}

/**
 * A share in [0, 1] as a percentage with `digits` decimals.
 * @example formatShare(0.0549) // => "5.5%"
 */
export function formatShare(value: Maybe, digits = 1): string {
  return present(value) ? `${(value * 100).toFixed(digits)}%` : MISSING;
}

/**
 * US dollars, whole.
 * @example formatUsd(76950) // => "$76,950"
 */
export function formatUsd(value: Maybe): string {
  return present(value) ? `$${Math.round(value).toLocaleString("en-US")}` : MISSING;
}

/**
 * A change with its sign, in the unit given (percentage points read "pts").
 * @example formatSigned(-2.84, 1, " pts") // => "−2.8 pts"
 */
export function formatSigned(value: Maybe, digits = 1, unit = ""): string {
  if (!present(value)) return MISSING;
  const rounded = Number(value.toFixed(digits));
  const text = Math.abs(rounded).toFixed(digits);
  return `${rounded > 0 ? "+" : rounded < 0 ? "−" : "±"}${text}${unit}`;
}

/**
 * Large counts in words: 1.2 million, 340 thousand; smaller ones in full.
 * @example formatLarge(4449857) // => "4.45 million"
 */
export function formatLarge(value: Maybe): string {
  if (!present(value)) return MISSING;
  const size = Math.abs(value);
  if (size >= 1e6) return `${Number((value / 1e6).toPrecision(3))} million`;
  if (size >= 1e5) return `${Math.round(value / 1e3)} thousand`;
  return formatCount(value);
}
