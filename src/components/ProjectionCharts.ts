import * as Plot from "@observablehq/plot";
import type {ProbabilityBin} from "../model/candidates/projectionBins.js";
import type {Projection, ProjectionStep} from "../model/candidates/projectFirstYearEnrolments.js";

export interface ProjectionChartOptions {
  width?: number;
  document?: Document;
}

/** A share as a short percentage: 0.005 → "0.5%", 0.46 → "46%". */
export function shortPercent(share: number): string {
  return `${Number((share * 100).toPrecision(2))}%`;
}

/** A count of learners for labels: whole numbers with separators, one decimal below 10. */
export function learners(value: number): string {
  return value < 10 ? value.toFixed(1) : Math.round(value).toLocaleString("en-US");
}

/** One bar of the step chart: the running count after each step, labelled with the factor applied. */
export interface ProjectionStepRow {
  step: number;
  label: string;
  value: number;
  factor: number | null;
  factorP10: number | null;
  factorP90: number | null;
  source: string;
}

/**
 * The steps of a projection as chart rows: the base, then "× 0.5% reachable by this institution", … with the
 * running count at central values.
 */
export function projectionStepRows(steps: readonly ProjectionStep[]): ProjectionStepRow[] {
  return steps.map((s, step) => ({
    step,
    label: s.factor === null ? s.label : `× ${shortPercent(s.factor)} ${s.label}`,
    value: s.value,
    factor: s.factor,
    factorP10: s.factorP10,
    factorP90: s.factorP90,
    source: s.source
  }));
}

/**
 * The projection's finding: "Of 78,200 yearly openings, about 43 learners would enrol in year one (80% interval 22–86)".
 */
export function projectionHeadline(projection: Projection): string {
  const base = projection.steps[0]?.value ?? 0;
  return `Of ${learners(base)} openings a year, about ${learners(projection.p50)} learners would enrol in the first year (80% interval ${learners(projection.p10)}–${learners(projection.p90)})`;
}

/**
 * Step chart of a projection: one bar per step, on a log scale so that the openings and the few learners they
 * yield both stay readable, each labelled with its count.
 */
export function ProjectionStepsChart(projection: Projection, {width = 800, document}: ProjectionChartOptions = {}) {
  const rows = projectionStepRows(projection.steps);
  const smallest = Math.min(...rows.map((r) => r.value));
  const largest = Math.max(...rows.map((r) => r.value));
  const floor = 10 ** Math.floor(Math.log10(Math.max(smallest / 2, 1e-3)));
  const marginLeft = Math.round(Math.min(300, width * 0.4));
  return Plot.plot({
    width,
    height: 64 * rows.length + 50,
    marginLeft,
    marginRight: 70,
    ariaLabel: `Step chart: ${rows.length} steps from annual openings to projected first-year enrolments, log scale`,
    x: {type: "log", domain: [floor, largest * 1.05], label: "Persons per year (log scale) →", grid: true, tickFormat: "~s"},
    y: {domain: rows.map((r) => r.label), label: null, axis: null},
    marks: [
      // lineWidth is in ems (Plot counts about two characters per em); 0.85 leaves room for wide glyphs
      Plot.axisY({label: null, lineWidth: Math.max(6, ((marginLeft - 24) / 12) * 0.85), tickSize: 0, fontSize: 12}),
      Plot.barX(rows, {
        y: "label",
        x1: floor,
        x2: "value",
        fill: (d: ProjectionStepRow) => (d.step === rows.length - 1 ? "#0072b2" : "#56b4e9"),
        channels: {
          Step: "label",
          "Count at central values": (d: ProjectionStepRow) => learners(d.value),
          "Factor, 10th–90th percentile": (d: ProjectionStepRow) => (d.factorP10 === null || d.factorP90 === null ? "—" : `${shortPercent(d.factorP10)}–${shortPercent(d.factorP90)}`)
        },
        tip: {format: {x: false, y: false, fill: false}}
      }),
      Plot.text(rows, {y: "label", x: "value", text: (d: ProjectionStepRow) => learners(d.value), dx: 6, textAnchor: "start", fill: "currentColor", fontWeight: 600})
    ],
    ...(document ? {document} : {})
  });
}

/**
 * The projection's distribution: the probability of each band of first-year learners (exact, from the beta CDF),
 * with the 10th, 50th and 90th percentiles and the mean marked.
 */
export function ProjectionDistributionChart(projection: Projection, bins: readonly ProbabilityBin[], {width = 800, document}: ProjectionChartOptions = {}) {
  const markers = [
    {name: "p10", value: projection.p10, label: `p10 ${learners(projection.p10)}`},
    {name: "median", value: projection.p50, label: `median ${learners(projection.p50)}`},
    {name: "p90", value: projection.p90, label: `p90 ${learners(projection.p90)}`}
  ];
  const binWidth = bins.length > 0 ? (bins[0] as ProbabilityBin).x1 - (bins[0] as ProbabilityBin).x0 : 1;
  return Plot.plot({
    width,
    height: 300,
    marginTop: 30,
    ariaLabel: `Distribution of projected first-year enrolments: probability of each band of ${learners(binWidth)} learners, with the 10th, 50th and 90th percentiles marked`,
    x: {label: "First-year enrolments (learners) →"},
    y: {label: "↑ Probability", grid: true, tickFormat: ".0%", domain: [0, Math.max(...bins.map((b) => b.probability)) * 1.2]},
    marks: [
      Plot.rectY(bins, {
        x1: "x0",
        x2: "x1",
        y: "probability",
        fill: "#56b4e9",
        inset: 0.5,
        channels: {Learners: (d: ProbabilityBin) => `${learners(d.x0)}–${learners(d.x1)}`},
        tip: {format: {x1: false, x2: false, y: ".1%"}}
      }),
      Plot.ruleY([0]),
      Plot.ruleX(markers.filter((m) => m.name !== "median"), {x: "value", stroke: "currentColor", strokeDasharray: "4,3"}),
      Plot.ruleX(markers.filter((m) => m.name === "median"), {x: "value", stroke: "currentColor"}),
      Plot.text(markers, {x: "value", text: "label", frameAnchor: "top", dy: -18, fill: "currentColor", fontSize: 11, stroke: "var(--theme-background, white)", strokeWidth: 3, paintOrder: "stroke"}),
      Plot.ruleX([projection.mean], {stroke: "#0072b2", strokeWidth: 2}),
      Plot.text([projection.mean], {x: (d: number) => d, text: () => `mean ${learners(projection.mean)}`, frameAnchor: "top", dy: -4, dx: 4, textAnchor: "start", fill: "currentColor", fontSize: 11})
    ],
    ...(document ? {document} : {})
  });
}
