import * as Plot from "@observablehq/plot";
import {chartFigure} from "./chartFigure.js";
import type {ReadinessBenchmark} from "../model/readiness/readinessBenchmarks.js";
import type {ReadinessProfile as Profile} from "../model/readiness/readinessProfile.js";

/** One row of the chart and of its CSV download: a dimension, its score and its benchmark (if any). */
export interface ReadinessProfileRow {
  dimension: string;
  label: string;
  /** 0–100, or null when no item of the dimension is answered. */
  score: number | null;
  answered: number;
  items: number;
  benchmark_item: string | null;
  benchmark_statement: string | null;
  /** Share of the surveyed institutions meeting the benchmark item's threshold, in percent. */
  benchmark_peer_pct: number | null;
  /** Whether this institution meets it ("yes"/"no"), or null when unanswered or no benchmark. */
  institution_meets: "yes" | "no" | null;
  benchmark_source: string | null;
}

export interface ReadinessProfileOptions {
  width?: number;
  document?: Document;
}

export interface ReadinessProfileFigureOptions extends ReadinessProfileOptions {
  /** The chart to wrap, e.g. `resize((width) => ReadinessProfile(profile, {width}))`; drawn at `width` by default. */
  chart?: Element;
}

/**
 * The rows behind the chart: one per dimension in instrument order, carrying its first benchmark (the shipped
 * instrument has at most one per dimension; further ones are listed by `ReadinessBenchmarkTable`).
 */
export function readinessProfileRows(profile: Profile): ReadinessProfileRow[] {
  return profile.score.dimensions.map((d) => {
    const benchmark: ReadinessBenchmark | undefined = profile.benchmarks.find((b) => b.dimension === d.id);
    return {
      dimension: d.id,
      label: d.label,
      score: d.score,
      answered: d.answered,
      items: d.items,
      benchmark_item: benchmark?.item ?? null,
      benchmark_statement: benchmark ? `${surveyName(benchmark)}: ${benchmark.statement}` : null,
      benchmark_peer_pct: benchmark ? benchmark.peerShare * 100 : null,
      institution_meets: benchmark?.meets === true ? "yes" : benchmark?.meets === false ? "no" : null,
      benchmark_source: benchmark?.citation ?? null
    };
  });
}

/** The tooltip of a score bar: dimension, score, and how many items it rests on. */
export function scoreTooltip(r: ReadinessProfileRow): string {
  const partial = r.answered < r.items ? " (unanswered items are left out, not scored 0)" : "";
  return `${r.label}\nScore ${formatReadinessScore(r.score)} of 100\n${r.answered} of ${r.items} items answered${partial}`;
}

/** The tooltip of a benchmark diamond: the published figure, whether this institution meets it, and the citation. */
export function benchmarkTooltip(r: ReadinessProfileRow): string {
  const meets = r.institution_meets === "yes" ? "meets it" : r.institution_meets === "no" ? "does not meet it" : "not answered";
  return `${r.benchmark_statement}\nThis institution: ${meets}\nSource: ${r.benchmark_source}`;
}

/** "ACODE micro-credentialing survey 2020". */
function surveyName(b: Pick<ReadinessBenchmark, "survey" | "year">): string {
  return b.year === null ? b.survey : `${b.survey} ${b.year}`;
}

/** A score as the page writes it: whole points, or "not answered". */
export function formatReadinessScore(score: number | null): string {
  return score === null ? "not answered" : String(Math.round(score));
}

/** Lists names as "a", "a and b", "a, b and c". */
export function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

/**
 * The finding the chart states: the overall score and the weakest dimensions, from the data.
 * @example readinessProfileTitle(profile); // => "Readiness 39 of 100: weakest in faculty incentives (17), funding (25) and digital credential repository (25)"
 */
export function readinessProfileTitle(profile: Profile): string {
  const {overall, weakest, answered, items} = profile.score;
  if (overall === null) return "No item answered yet: answer the self-assessment to see a readiness profile";
  const partial = answered < items ? ` (${answered} of ${items} items answered)` : "";
  if (weakest.length === 0) return `Readiness ${formatReadinessScore(overall)} of 100${partial}: every answered dimension at the top level`;
  const names = weakest.map((d) => `${d.label.charAt(0).toLowerCase()}${d.label.slice(1)} (${formatReadinessScore(d.score)})`);
  return `Readiness ${formatReadinessScore(overall)} of 100${partial}: weakest in ${listNames(names)}`;
}

/** Source and vintage: the framework the items come from and every survey benchmarked against. */
export function readinessProfileSubtitle(profile: Profile): string {
  const surveys = [...new Set(profile.benchmarks.map((b) => surveyName(b)))];
  // A citation starts with its authors and year ("Selvaratnam & Sankey (2020), as reported in …").
  const authors = [...new Set(profile.benchmarks.map((b) => b.citation.split(",")[0]?.trim() ?? b.citation))];
  const who = profile.example ? `${profile.institution} (illustrative answers)` : profile.institution;
  const benchmarks = surveys.length > 0 ? ` · ◆ share of ${listNames(surveys)} respondents meeting the benchmark item (${listNames(authors)})` : "";
  return `${who} · scores 0–100 per dimension of the self-assessment built on McGreal & Olcott (2022), Smart Learning Environments 9:9${benchmarks}`;
}

/**
 * Horizontal bars of the readiness score per dimension (0–100), a diamond at the share of surveyed institutions
 * that met the dimension's benchmark item where one exists, and "not answered" for a dimension with no answer
 * (never a zero bar). Tooltips give the answered count, the benchmark statement, whether the institution meets it,
 * and the citation.
 */
export function ReadinessProfile(profile: Profile, {width = 800, document = globalThis.document}: ReadinessProfileOptions = {}): HTMLElement {
  const rows = readinessProfileRows(profile);
  const labels = rows.map((r) => r.label);
  const scored = rows.filter((r) => r.score !== null);
  const benchmarked = rows.filter((r) => r.benchmark_peer_pct !== null);
  const narrow = width < 640;
  const svg = Plot.plot({
    width,
    height: 36 * rows.length + 50,
    marginLeft: narrow ? Math.min(170, width * 0.42) : Math.min(300, width * 0.36),
    marginRight: 96,
    ariaLabel: `Bar chart: readiness score of ${rows.length} dimensions, 0 to 100, with published survey benchmarks as diamonds`,
    x: {domain: [0, 100], label: "Readiness score (0–100) →", grid: true},
    y: {domain: labels, label: null, tickFormat: (d: string) => truncate(d, narrow ? 24 : 44)},
    marks: [
      Plot.barX(scored, {
        y: "label",
        x: "score",
        fill: "var(--okabe-blue, #0072b2)",
        title: scoreTooltip,
        tip: true
      }),
      // Scores in a column right of the axis, clear of the bars and the benchmark diamonds.
      Plot.text(scored, {
        y: "label",
        x: 100,
        text: (r: ReadinessProfileRow) => (r.answered < r.items ? `${formatReadinessScore(r.score)} (${r.answered}/${r.items})` : formatReadinessScore(r.score)),
        textAnchor: "start",
        dx: 10,
        fill: "currentColor",
        fontWeight: 600
      }),
      Plot.text(
        rows.filter((r) => r.score === null),
        {y: "label", x: 0, text: () => "not answered", textAnchor: "start", dx: 6, fill: "currentColor", fontStyle: "italic"}
      ),
      Plot.dot(benchmarked, {
        y: "label",
        x: "benchmark_peer_pct",
        symbol: "diamond",
        r: 7,
        fill: "var(--okabe-vermillion, #d55e00)",
        stroke: "var(--theme-background, white)",
        strokeWidth: 1.5,
        title: benchmarkTooltip,
        tip: true
      }),
      Plot.ruleX([0])
    ],
    document
  });
  const chart = document.createElement("div");
  chart.className = "readiness-profile";
  chart.append(legend(document, benchmarked.length > 0), svg);
  return chart;
}

function legend(document: Document, withBenchmark: boolean): HTMLElement {
  const box = document.createElement("div");
  box.className = "readiness-legend";
  const item = (swatch: string, colour: string, text: string) => {
    const span = document.createElement("span");
    const mark = document.createElement("span");
    mark.className = "readiness-legend-swatch";
    mark.textContent = swatch;
    mark.style.color = colour;
    mark.setAttribute("aria-hidden", "true");
    span.append(mark, ` ${text}`);
    return span;
  };
  box.append(item("■", "var(--okabe-blue, #0072b2)", "readiness score, 0–100 (higher = readier)"));
  if (withBenchmark) box.append(item("◆", "var(--okabe-vermillion, #d55e00)", "published benchmark: % of surveyed institutions meeting that dimension's benchmark item"));
  return box;
}

/** The chart in its figure: title (the finding), subtitle (source and vintage) and the CSV of the rows behind it. */
export function readinessProfileFigure(profile: Profile, {chart, ...options}: ReadinessProfileFigureOptions = {}): HTMLElement {
  return chartFigure(chart ?? ReadinessProfile(profile, options), {
    title: readinessProfileTitle(profile),
    subtitle: readinessProfileSubtitle(profile),
    data: readinessProfileRows(profile) as unknown as Record<string, unknown>[],
    filename: "readiness-profile",
    ...(options.document ? {document: options.document} : {})
  });
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
