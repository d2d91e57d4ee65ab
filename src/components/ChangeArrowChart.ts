import * as Plot from "@observablehq/plot";
import {MISSING, formatSigned} from "./displayFormat.js";

/** A value at two dates for one row (a country, a degree level × field…). */
export interface ChangeRow {
  label: string;
  from: number;
  to: number;
  /** The source flags an estimate as unreliable (drawn hollow and said in the tooltip). */
  caution?: boolean;
  /** Optional facet, e.g. the degree level, drawn as a separate panel. */
  group?: string;
}

export type Direction = "rose" | "fell" | "unchanged";

/** Direction of a change, judged at the precision the values are shown with. */
export function direction(row: Pick<ChangeRow, "from" | "to">, digits = 1): Direction {
  const change = Number((row.to - row.from).toFixed(digits));
  return change > 0 ? "rose" : change < 0 ? "fell" : "unchanged";
}

/**
 * Pairs the values of two periods by key: rows present in both periods only (a row missing in one period
 * cannot show a change). Keeps the order of first appearance.
 * @example pairPeriods([{k: "AT", p: "2022-Q2", v: 5}, {k: "AT", p: "2023-Q2", v: 4.6}], "k", "p", "v", "2022-Q2", "2023-Q2", (k) => k) // => [{label: "AT", from: 5, to: 4.6}]
 */
export function pairPeriods<T>(
  rows: readonly T[],
  key: (row: T) => string,
  period: (row: T) => string,
  value: (row: T) => number | null,
  from: string,
  to: string,
  extra: (row: T) => Partial<ChangeRow> = () => ({})
): ChangeRow[] {
  const start = new Map<string, T>();
  const end = new Map<string, T>();
  for (const row of rows) {
    if (value(row) === null) continue;
    if (period(row) === from) start.set(key(row), row);
    if (period(row) === to) end.set(key(row), row);
  }
  const pairs: ChangeRow[] = [];
  for (const [k, a] of start) {
    const b = end.get(k);
    if (b === undefined) continue;
    pairs.push({label: k, from: value(a) as number, to: value(b) as number, ...extra(a), ...(extra(b).caution ? {caution: true} : {})});
  }
  return pairs;
}

/**
 * How many rows rose and fell, as a sentence.
 * @example changeFinding(rows, "EU countries", "the job vacancy rate", "2022-Q2", "2023-Q2") // => "The job vacancy rate fell in 17 of 24 EU countries from 2022-Q2 to 2023-Q2 (rose in 5)"
 */
export function changeFinding(rows: readonly ChangeRow[], noun: string, measure: string, fromLabel: string, toLabel: string, digits = 1): string {
  if (rows.length === 0) return `No ${noun} have values in both ${fromLabel} and ${toLabel}`;
  const count = (d: Direction) => rows.filter((row) => direction(row, digits) === d).length;
  const [rose, fell] = [count("rose"), count("fell")];
  const main = rose >= fell ? {verb: "rose", n: rose, other: "fell", m: fell} : {verb: "fell", n: fell, other: "rose", m: rose};
  const subject = measure.charAt(0).toUpperCase() + measure.slice(1);
  return `${subject} ${main.verb} in ${main.n} of ${rows.length} ${noun} from ${fromLabel} to ${toLabel}${main.m > 0 ? ` (${main.other} in ${main.m})` : ""}`;
}

export interface ChangeArrowChartOptions {
  fromLabel: string;
  toLabel: string;
  /** What the values measure, with unit, for the axis and accessible label. */
  measure: string;
  digits?: number;
  unit?: string;
  width?: number;
  document?: Document;
}

const DIRECTION_COLOURS: Record<Direction, string> = {rose: "var(--okabe-vermillion, #d55e00)", fell: "var(--okabe-blue, #0072b2)", unchanged: "#999999"};

/**
 * One arrow per row from its first-period value to its second, sorted by the second; arrow colour and head
 * both show the direction (rose, fell, unchanged), so colour is never the only cue. Rows with a `group` are
 * drawn in one panel per group.
 */
export function ChangeArrowChart(rows: readonly ChangeRow[], {fromLabel, toLabel, measure, digits = 1, unit = "%", width = 800, document}: ChangeArrowChartOptions) {
  const data = rows.map((row) => ({...row, direction: direction(row, digits), change: row.to - row.from}));
  const grouped = data.some((d) => d.group !== undefined);
  const order = [...data].sort((a, b) => b.to - a.to).map((d) => d.label);
  const labels = [...new Set(order)];
  const groups = grouped ? [...new Set(data.map((d) => d.group ?? ""))] : [""];
  const f = (v: number) => `${v.toFixed(digits)}${unit}`;
  const tip = {
    channels: {
      Row: "label",
      ...(grouped ? {Group: "group"} : {}),
      [fromLabel]: (d: ChangeRow) => f(d.from),
      [toLabel]: (d: ChangeRow) => f(d.to),
      Change: (d: ChangeRow) => formatSigned(d.to - d.from, digits, unit === "%" ? " pts" : unit),
      Note: (d: ChangeRow) => (d.caution ? "estimate flagged by the source: interpret with caution" : MISSING)
    },
    format: {x: false, y: false, x1: false, x2: false, stroke: false, fx: false, fy: false}
  } as const;
  return Plot.plot({
    width,
    height: grouped ? 60 + groups.length * (labels.length * 22 + 28) : 50 + labels.length * 22,
    marginLeft: Math.min(260, width * 0.34),
    // Room for the value labels, and for the panel names on the right when the rows are grouped.
    marginRight: grouped ? 180 : 56,
    ariaLabel: `Arrow chart: ${measure} in ${fromLabel} and ${toLabel} for ${rows.length} rows; each arrow points from the first to the second value`,
    x: {label: `${measure} →`, grid: true, nice: true},
    y: {label: null, domain: labels},
    fy: grouped ? {label: null, domain: groups, axis: "right", tickPadding: 56} : undefined,
    color: {legend: true, domain: ["rose", "fell", "unchanged"], range: Object.values(DIRECTION_COLOURS)},
    marks: [
      Plot.arrow(data, {
        y: "label",
        fy: grouped ? "group" : undefined,
        x1: "from",
        x2: "to",
        stroke: "direction",
        strokeWidth: 2,
        headLength: 7,
        inset: 1,
        tip
      }),
      Plot.dot(data, {y: "label", fy: grouped ? "group" : undefined, x: "from", r: 2.5, fill: "currentColor", fillOpacity: 0.5}),
      Plot.text(data, {
        y: "label",
        fy: grouped ? "group" : undefined,
        x: (d: ChangeRow) => Math.max(d.from, d.to),
        text: (d: ChangeRow) => `${f(d.to)}${d.caution ? " (!)" : ""}`,
        dx: 6,
        textAnchor: "start",
        fill: "currentColor"
      })
    ],
    ...(document ? {document} : {})
  });
}
