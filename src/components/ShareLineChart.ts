import * as Plot from "@observablehq/plot";
import {MISSING} from "./displayFormat.js";

/** One point of a series: its period (a year or an academic year like "2013-14"), its value and optional detail for the tooltip. */
export interface SeriesPoint {
  series: string;
  period: string;
  value: number | null;
  /** Extra tooltip lines, e.g. {"Students": "3,006,722"}. */
  detail?: Record<string, string>;
}

/** End labels are cut to this many characters (the tooltip and the CSV have the full name). */
const LABEL_CHARS = 26;

/** Okabe–Ito order for series; the seventh (often "All other …") is the text colour, yellow (weak on white) comes last. */
export const SERIES_COLOURS = [
  "var(--okabe-blue, #0072b2)",
  "var(--okabe-orange, #e69f00)",
  "var(--okabe-green, #009e73)",
  "var(--okabe-vermillion, #d55e00)",
  "var(--okabe-purple, #cc79a7)",
  "var(--okabe-sky, #56b4e9)",
  "currentColor",
  "var(--okabe-yellow, #f0e442)"
];

/** The last point of each series with a value: where its end label goes. */
export function seriesEnds(points: readonly SeriesPoint[]): SeriesPoint[] {
  const ends = new Map<string, SeriesPoint>();
  for (const p of points) if (p.value !== null && (ends.get(p.series)?.period ?? "") <= p.period) ends.set(p.series, p);
  return [...ends.values()];
}

/**
 * Positions for end labels that keep at least `gap` between neighbours while staying as close as possible to
 * their own values: labels are sorted, pushed apart upwards, then the whole stack is shifted back down if it
 * overflows `max`. Returns positions in the input order.
 * @example spreadLabels([10, 10.5, 30], 2, 0, 100) // => [9.25, 11.25, 30]
 */
export function spreadLabels(values: readonly number[], gap: number, min: number, max: number): number[] {
  const order = values.map((value, index) => ({value, index})).sort((a, b) => a.value - b.value || a.index - b.index);
  const placed = order.map((d) => d.value);
  // Cluster-and-centre: each cluster of labels closer than `gap` is centred on the mean of its values.
  let changed = true;
  while (changed) {
    changed = false;
    for (let i = 1; i < placed.length; i++) {
      if ((placed[i] as number) - (placed[i - 1] as number) < gap - 1e-9) {
        let start = i - 1;
        while (start > 0 && (placed[start] as number) - (placed[start - 1] as number) < gap + 1e-9) start--;
        let end = i;
        while (end + 1 < placed.length && (placed[end + 1] as number) - (placed[end] as number) < gap + 1e-9) end++;
        const members = order.slice(start, end + 1).map((d) => d.value);
        const centre = members.reduce((a, b) => a + b, 0) / members.length;
        const first = centre - (gap * (members.length - 1)) / 2;
        for (let k = start; k <= end; k++) placed[k] = first + (k - start) * gap;
        changed = true;
        break;
      }
    }
  }
  const top = placed.at(-1);
  if (top !== undefined && top > max) for (let k = 0; k < placed.length; k++) placed[k] = (placed[k] as number) - (top - max);
  const bottom = placed[0];
  if (bottom !== undefined && bottom < min) for (let k = 0; k < placed.length; k++) placed[k] = (placed[k] as number) + (min - bottom);
  const result = new Array<number>(values.length);
  order.forEach((d, k) => (result[d.index] = placed[k] as number));
  return result;
}

/**
 * First and last value of each series (by period), for "rose/fell from … to …" findings. Series with fewer
 * than two values are left out.
 */
export function seriesChanges(points: readonly SeriesPoint[]): {series: string; from: SeriesPoint; to: SeriesPoint}[] {
  const bySeries = new Map<string, SeriesPoint[]>();
  for (const p of points) if (p.value !== null) bySeries.set(p.series, [...(bySeries.get(p.series) ?? []), p]);
  return [...bySeries.entries()].flatMap(([series, list]) => {
    const sorted = [...list].sort((a, b) => a.period.localeCompare(b.period));
    const from = sorted[0];
    const to = sorted.at(-1);
    return from && to && sorted.length > 1 ? [{series, from, to}] : [];
  });
}

export interface ShareLineChartOptions {
  /** What the values measure, for the axis and the accessible label. */
  measure: string;
  /** Values are shares in [0, 1] and read as percentages (default), or plain numbers. */
  percent?: boolean;
  /** Formats a value in labels and tooltips. */
  format?: (value: number) => string;
  /** Series order (legend and colours); defaults to order of appearance. */
  series?: readonly string[];
  /** Start the y axis at zero (default true). */
  zero?: boolean;
  width?: number;
  document?: Document;
}

/**
 * One line per series over periods, with dots, a label at each line's end (so colour is not the only cue),
 * spread apart where lines end close together, and a tooltip per point.
 */
export function ShareLineChart(points: readonly SeriesPoint[], {measure, percent = true, format, series, zero = true, width = 800, document}: ShareLineChartOptions) {
  const names = series ?? [...new Set(points.map((d) => d.series))];
  const periods = [...new Set(points.map((d) => d.period))].sort();
  const f = format ?? ((v: number) => (percent ? `${(v * 100).toFixed(1)}%` : v.toLocaleString("en-US")));
  const defined = points.filter((d) => d.value !== null);
  const label = (d: SeriesPoint) => `${truncate(d.series, LABEL_CHARS)} ${d.value === null ? "" : f(d.value)}`;
  const ends = seriesEnds(defined);
  const labelRoom = Math.min(260, Math.max(...ends.map((d) => label(d).length), 4) * 6.4 + 16);
  // An explicit y domain lets the end labels be spread apart in data units before Plot draws them.
  const height = Math.max(280, Math.min(420, width * 0.5));
  const [marginTop, marginBottom] = [20, 30];
  const values = defined.map((d) => d.value as number);
  const low = zero ? Math.min(0, ...values) : Math.min(...values);
  const high = Math.max(...values, low + 1e-9);
  const domain: [number, number] = [zero ? low : low - (high - low) * 0.05, high + (high - low) * 0.06];
  const perPixel = (domain[1] - domain[0]) / Math.max(1, height - marginTop - marginBottom);
  const labelY = spreadLabels(
    ends.map((d) => d.value as number),
    13 * perPixel,
    domain[0],
    domain[1]
  );
  const placedEnds = ends.map((d, i) => ({...d, labelY: labelY[i] as number}));
  return Plot.plot({
    width,
    height,
    marginTop,
    marginBottom,
    marginRight: labelRoom,
    marginLeft: 52,
    ariaLabel: `Line chart: ${measure} for ${names.length} series over ${periods.length} periods (${periods[0] ?? ""} to ${periods.at(-1) ?? ""})`,
    x: {type: "point", domain: periods, label: null, padding: 0.2},
    y: {label: `↑ ${measure}`, grid: true, domain, tickFormat: percent ? (v: number) => `${Math.round(v * 100)}%` : "~s"},
    color: {domain: names, range: SERIES_COLOURS.slice(0, Math.max(names.length, 1))},
    marks: [
      Plot.line(defined, {x: "period", y: "value", z: "series", stroke: "series", strokeWidth: 2}),
      Plot.dot(defined, {
        x: "period",
        y: "value",
        fill: "series",
        r: 3,
        tip: {
          channels: {Series: "series", Period: "period", Value: (d: SeriesPoint) => (d.value === null ? MISSING : f(d.value)), ...detailChannels(defined)},
          format: {x: false, y: false, fill: false}
        }
      }),
      Plot.text(placedEnds, {x: "period", y: "labelY", text: label, dx: 8, textAnchor: "start", fill: "series", fontWeight: 600, clip: false})
    ],
    ...(document ? {document} : {})
  });
}

function detailChannels(points: readonly SeriesPoint[]): Record<string, (d: SeriesPoint) => string> {
  const keys = [...new Set(points.flatMap((d) => Object.keys(d.detail ?? {})))];
  return Object.fromEntries(keys.map((k) => [k, (d: SeriesPoint) => d.detail?.[k] ?? MISSING]));
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
