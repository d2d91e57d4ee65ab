import * as Plot from "@observablehq/plot";
import {formatCount} from "./displayFormat.js";

/** One stage of a funnel (enrolled → engaged → certified; surveyed → intended → acted). */
export interface FunnelStage {
  stage: string;
  count: number;
  /** What the stage means or where its number comes from, shown in the tooltip. */
  note?: string;
}

export interface FunnelRow extends FunnelStage {
  /** count / first stage's count */
  share_of_first: number;
  /** count / previous stage's count (1 for the first stage) */
  share_of_previous: number;
}

/**
 * Each stage's share of the first stage and of the stage before it.
 * @throws {RangeError} when there are no stages, the first stage is not positive, or a stage is negative
 * @example funnelShares([{stage: "surveyed", count: 100}, {stage: "intended", count: 57}, {stage: "certified", count: 13.68}])[2].share_of_previous // => 0.24
 */
export function funnelShares(stages: readonly FunnelStage[]): FunnelRow[] {
  const first = stages[0];
  if (first === undefined || !(first.count > 0)) throw new RangeError("funnelShares: the first stage needs a positive count");
  return stages.map((stage, i) => {
    if (!(stage.count >= 0)) throw new RangeError(`funnelShares: stage "${stage.stage}" has count ${stage.count}; expected a number ≥ 0`);
    const previous = i === 0 ? stage.count : (stages[i - 1] as FunnelStage).count;
    return {...stage, share_of_first: stage.count / first.count, share_of_previous: previous > 0 ? stage.count / previous : 0};
  });
}

export interface FunnelChartOptions {
  /** What is counted, e.g. "participants" or "respondents (per 100)". */
  unit: string;
  /** Formats a count in labels (default: whole number with separators). */
  format?: (value: number) => string;
  /** Write each stage's share of the first stage beside its count (default true; off when counts are already per 100). */
  shareLabel?: boolean;
  width?: number;
  document?: Document;
}

/**
 * Horizontal bars, one per stage, centred like a funnel; each bar is labelled with its count and its share of
 * the first stage, and the tooltip adds the share of the stage before.
 */
export function FunnelChart(stages: readonly FunnelStage[], {unit, format = formatCount, shareLabel = true, width = 800, document}: FunnelChartOptions) {
  const rows = funnelShares(stages);
  const max = rows[0]?.count ?? 1;
  const pct = (v: number) => `${(v * 100).toFixed(1)}%`;
  return Plot.plot({
    width,
    height: 40 + rows.length * 52,
    marginLeft: Math.min(200, width * 0.28),
    marginRight: 16,
    ariaLabel: `Funnel chart: ${rows.map((d) => `${d.stage} ${format(d.count)}`).join(", ")} ${unit}`,
    x: {axis: null, domain: [-max / 2, max / 2]},
    y: {label: null, domain: rows.map((d) => d.stage)},
    marks: [
      Plot.barX(rows, {
        y: "stage",
        x1: (d: FunnelRow) => -d.count / 2,
        x2: (d: FunnelRow) => d.count / 2,
        fill: "var(--okabe-blue, #0072b2)",
        fillOpacity: 0.85,
        insetTop: 4,
        insetBottom: 4,
        tip: {
          channels: {
            Stage: "stage",
            [unit.charAt(0).toUpperCase() + unit.slice(1)]: (d: FunnelRow) => format(d.count),
            "Share of first stage": (d: FunnelRow) => pct(d.share_of_first),
            "Share of stage before": (d: FunnelRow) => pct(d.share_of_previous),
            Note: (d: FunnelRow) => d.note ?? ""
          },
          format: {x1: false, x2: false, y: false}
        }
      }),
      Plot.text(rows, {
        y: "stage",
        x: 0,
        text: (d: FunnelRow) => (shareLabel ? `${format(d.count)} · ${pct(d.share_of_first)}` : format(d.count)),
        fill: "currentColor",
        stroke: "var(--theme-background, white)",
        strokeWidth: 4,
        paintOrder: "stroke",
        fontWeight: 600
      })
    ],
    ...(document ? {document} : {})
  });
}
