import * as Plot from "@observablehq/plot";
import {priceDemandCurve, priceKeepingShare, revenueCurve, shareAtPrice, type PricePoint, type RevenuePoint} from "../model/priceDemand.js";
import {formatCount, formatShare, formatUsd} from "./displayFormat.js";

/** learner_spend columns: one row per survey × numeric question × breakdown × value × price point. */
export interface LearnerSpend {
  survey: string;
  question: string;
  breakdown: string;
  breakdown_value: string;
  price_usd: number;
  respondents: number;
  respondents_at_least: number;
  weighted_share_at_least: number;
  n_eff: number;
  lower_95: number;
  upper_95: number;
}

/**
 * The checked price–demand curve of one survey question and group (e.g. money spent, all respondents).
 * @throws {RangeError} (from priceDemandCurve) when the rows do not form a falling curve
 */
export function spendCurve(rows: readonly LearnerSpend[], survey: string, question: string, breakdown: string, value: string): (PricePoint & {respondents: number; respondents_at_least: number})[] {
  const points = rows
    .filter((d) => d.survey === survey && d.question === question && d.breakdown === breakdown && d.breakdown_value === value)
    .map((d) => ({price: d.price_usd, share: d.weighted_share_at_least, lower: d.lower_95, upper: d.upper_95, respondents: d.respondents, respondents_at_least: d.respondents_at_least}));
  return points.length === 0 ? [] : (priceDemandCurve(points) as (PricePoint & {respondents: number; respondents_at_least: number})[]);
}

/**
 * The finding of the curve: the share at or above a reference price (the model's default price), and the
 * highest price half of the respondents reach.
 * @example priceFinding(curve, 500, "spent") // => "22.1% of respondents spent at least $500, the model's default price; half spent at least $25"
 */
export function priceFinding(curve: readonly PricePoint[], referencePrice: number, verb: string, referenceName = "the model's default price"): string {
  if (curve.length === 0) return "No spending answers for this group";
  const first = curve[0] as PricePoint;
  const last = curve.at(-1) as PricePoint;
  const atReference = referencePrice >= first.price && referencePrice <= last.price ? `${formatShare(shareAtPrice(curve, referencePrice))} of respondents ${verb} at least ${formatUsd(referencePrice)}, ${referenceName}` : `${referenceName} (${formatUsd(referencePrice)}) is outside the surveyed range`;
  const half = priceKeepingShare(curve, 0.5);
  return `${atReference}; ${half === null ? `fewer than half ${verb} even ${formatUsd(first.price)}` : `half ${verb} at least ${formatUsd(half)}`}`;
}

export interface PriceDemandChartOptions {
  /** A price to mark with a rule and its share (e.g. the scenario model's default price). */
  referencePrice?: number;
  referenceLabel?: string;
  /** What the amount is ("spent on learning", "would pay"), for labels. */
  verb?: string;
  width?: number;
  document?: Document;
}

/**
 * The share of respondents at or above each price (log price axis) with its 95% band: the demand a price
 * keeps. A reference price is marked with its interpolated share.
 */
export function PriceDemandChart(curve: readonly (PricePoint & {respondents?: number; respondents_at_least?: number})[], {referencePrice, referenceLabel = "reference price", verb = "spent", width = 800, document}: PriceDemandChartOptions = {}) {
  const first = curve[0];
  const last = curve.at(-1);
  const reference =
    referencePrice !== undefined && first !== undefined && last !== undefined && referencePrice >= first.price && referencePrice <= last.price
      ? [{price: referencePrice, share: shareAtPrice(curve, referencePrice)}]
      : [];
  return Plot.plot({
    width,
    height: Math.max(300, Math.min(420, width * 0.5)),
    marginLeft: 52,
    marginRight: 24,
    ariaLabel: `Line chart: share of respondents who ${verb} at least each price from ${formatUsd(first?.price)} to ${formatUsd(last?.price)}, with 95% intervals`,
    x: {type: "log", label: `Price, USD (log scale) →`, grid: true, tickFormat: (d: number) => `$${d >= 1000 ? `${d / 1000}k` : d}`},
    // percent: true multiplies values by 100, so the domain is in percent
    y: {label: `↑ Share who ${verb} at least this much (%)`, percent: true, domain: [0, Math.min(100, Math.max(0.1, ...curve.map((d) => d.upper ?? d.share)) * 110)], grid: true},
    marks: [
      Plot.areaY(curve, {x: "price", y1: "lower", y2: "upper", fill: "var(--okabe-blue, #0072b2)", fillOpacity: 0.18, curve: "linear"}),
      Plot.line(curve, {x: "price", y: "share", stroke: "var(--okabe-blue, #0072b2)", strokeWidth: 2}),
      Plot.dot(revenueCurve(curve), {
        x: "price",
        y: "share",
        r: 3.5,
        fill: "var(--okabe-blue, #0072b2)",
        tip: {
          channels: {
            Price: (d: PricePoint) => formatUsd(d.price),
            [`Share who ${verb} at least this`]: (d: PricePoint) => formatShare(d.share),
            "95% interval": (d: PricePoint) => `${formatShare(d.lower)} – ${formatShare(d.upper)}`,
            Respondents: (d: {respondents_at_least?: number; respondents?: number}) => `${formatCount(d.respondents_at_least)} of ${formatCount(d.respondents)}`,
            "Revenue per respondent": (d: RevenuePoint) => formatUsd(d.revenue)
          },
          format: {x: false, y: false}
        }
      }),
      Plot.ruleX(reference, {x: "price", stroke: "var(--okabe-vermillion, #d55e00)", strokeDasharray: "4 3"}),
      Plot.dot(reference, {x: "price", y: "share", r: 5, stroke: "var(--okabe-vermillion, #d55e00)", strokeWidth: 2, fill: "var(--theme-background, white)"}),
      Plot.text(reference, {x: "price", y: "share", text: (d: PricePoint) => `${referenceLabel} ${formatUsd(d.price)}: ${formatShare(d.share)}`, dx: 8, dy: -10, textAnchor: "start", fill: "var(--okabe-vermillion, #d55e00)", fontWeight: 600})
    ],
    ...(document ? {document} : {})
  });
}
