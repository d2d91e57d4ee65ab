/**
 * Number formats of the scenario page: money in the scenario's currency, shares as percentages, learners and
 * years. en-US grouping, a true minus sign (−) for negatives.
 */

const MINUS = "\u2212";

/** Okabe–Ito colours for up to five overlaid scenarios (hex, so Plot legends and SVG attributes get real colours). */
export const SCENARIO_COLOURS = ["#0072b2", "#e69f00", "#009e73", "#cc79a7", "#d55e00"] as const;
/** Dash patterns paired with the colours, so overlaid scenarios differ by more than colour. */
export const SCENARIO_DASHES = ["none", "6 3", "2 2", "8 3 2 3", "1 3"] as const;

/**
 * Money, rounded to whole units: "USD 12,345", "−USD 92,171"; compact: "USD 92k", "−USD 1.2M".
 *
 * @example formatMoney(-92170.84, "USD"); // => "−USD 92,171"
 */
export function formatMoney(value: number, currency: string, {compact = false}: {compact?: boolean} = {}): string {
  if (!Number.isFinite(value)) return "–";
  const size = Math.abs(value);
  let digits: string;
  if (compact && size >= 1e6) digits = `${trim((size / 1e6).toFixed(size >= 1e7 ? 0 : 1))}M`;
  else if (compact && size >= 1e3) digits = `${trim((size / 1e3).toFixed(size >= 1e4 ? 0 : 1))}k`;
  else digits = Math.round(size).toLocaleString("en-US");
  const sign = value < 0 && digits !== "0" ? MINUS : "";
  return `${sign}${currency} ${digits}`;
}

/**
 * A share as a percentage: "38%", "0.4%", "<0.1%", ">99.9%".
 *
 * @example formatShare(0.3791); // => "38%"
 */
export function formatShare(share: number): string {
  if (!Number.isFinite(share)) return "–";
  if (share > 0 && share < 0.001) return "<0.1%";
  if (share < 1 && share > 0.999) return ">99.9%";
  const percent = share * 100;
  return `${percent < 1 || percent > 99 ? trim(percent.toFixed(1)) : Math.round(percent)}%`;
}

/**
 * A plain number with grouping and up to `digits` decimals: "1,234.5", "−0.05".
 *
 * @example formatNumber(1234.5678, 2); // => "1,234.57"
 */
export function formatNumber(value: number, digits = 2): string {
  if (!Number.isFinite(value)) return "–";
  const text = Math.abs(value).toLocaleString("en-US", {maximumFractionDigits: digits});
  return value < 0 && text !== "0" ? `${MINUS}${text}` : text;
}

/**
 * A number of learners: whole above 10, one decimal below (volumes are expected values).
 *
 * @example formatLearners(137.39); // => "137"
 */
export function formatLearners(value: number): string {
  return formatNumber(value, Math.abs(value) >= 10 ? 0 : 1);
}

/** Removes a trailing ".0". */
function trim(text: string): string {
  return text.replace(/\.0$/, "");
}
