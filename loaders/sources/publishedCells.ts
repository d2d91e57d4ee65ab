import {z} from "zod";
import {cell, parseNumber} from "../readCsv.js";

/**
 * zod helpers shared by the labour-market sources, on top of `cell` in readCsv.ts: every helper names what it
 * expected, so a bad cell reads "expected a rate in percent, 0–100" rather than a zod type error.
 */

/** A number within [min, max], written with optional thousands separators. */
export function numberIn(min: number, max: number, expected: string) {
  return cell.number(expected).pipe(z.number().min(min, expected).max(max, expected));
}

/** A percentage in [0, 100]. */
export const percent = (what = "a rate") => numberIn(0, 100, `${what} in percent, 0–100`);

/**
 * A number or null: `missing` markers mean not published, `topCoded` is the publisher's marker for a value at or
 * above `cap` (the value becomes `cap`, a lower bound, and the caller records that it was top-coded).
 */
export function numberOrMarker(expected: string, missing: readonly string[], topCoded?: {marker: string; cap: number}) {
  const markers = [...missing, ...(topCoded ? [topCoded.marker] : [])].map((m) => JSON.stringify(m)).join(", ");
  return z.union([z.null(), z.string()], {error: expected}).transform((s, ctx) => {
    if (s === null || missing.includes(s.trim())) return null;
    if (topCoded && s.trim() === topCoded.marker) return topCoded.cap;
    const n = parseNumber(s);
    if (n === undefined || n < 0) {
      ctx.addIssue({code: "custom", message: `${expected} (≥ 0) or one of ${markers}`});
      return z.NEVER;
    }
    return n;
  });
}

/** Optional free text: an empty or blank cell is null. */
export const optionalText = () =>
  z
    .union([z.null(), z.string()], {error: "text or an empty cell"})
    .transform((s) => (s === null || s.trim() === "" ? null : s.trim()));

/** An SOC 2018 detailed code such as 15-1252. */
export const SOC_CODE = /^\d{2}-\d{4}$/;
/** A CIP 2020 six-digit code such as 11.1003. */
export const CIP_CODE = /^\d{2}\.\d{4}$/;
/** An O*NET-SOC code such as 15-1252.00. */
export const ONET_SOC_CODE = /^\d{2}-\d{4}\.\d{2}$/;

/**
 * A semicolon-separated list of codes matching `pattern`, each listed once; normalised to "a;b" without spaces
 * (staging SQL splits it with string_split), or null for an empty cell.
 */
export function codeList(pattern: RegExp, expected: string) {
  return z.union([z.null(), z.string()], {error: expected}).transform((s, ctx) => {
    const codes = (s ?? "")
      .split(";")
      .map((code) => code.trim())
      .filter((code) => code !== "");
    const bad = codes.filter((code) => !pattern.test(code));
    if (bad.length > 0) ctx.addIssue({code: "custom", message: `${expected}; ${JSON.stringify(bad[0])} is not one`});
    const repeated = codes.find((code, i) => codes.indexOf(code) !== i);
    if (repeated !== undefined) ctx.addIssue({code: "custom", message: `${expected}, each listed once (${repeated} is repeated)`});
    return codes.length === 0 ? null : codes.join(";");
  });
}
