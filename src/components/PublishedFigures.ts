import * as Plot from "@observablehq/plot";
import {formatCount, formatShare} from "./displayFormat.js";

/** survey_published columns: one row per published survey × measure. */
export interface PublishedFigure {
  survey: string;
  year: number | null;
  measure: string;
  numerator: number | null;
  denominator: number | null;
  value: number;
  unit: "share" | "count";
  computed_share: number | null;
  note: string | null;
  citation: string;
}

/** Plain-language names of the published measures; others are spelled out from their key. */
export const MEASURE_LABELS: Record<string, string> = {
  institutions_surveyed: "Institutions sent the survey",
  institutions_responding: "Institutions that answered",
  response_rate: "Response rate",
  with_micro_credential_policy: "Have a micro-credential policy",
  with_validation_system: "Have a validation system in place",
  short_courses_driving: "Short courses are driving micro-credentials",
  developed_or_developing: "Have developed or are developing micro-credentials",
  graduate_level: "Micro-credentials at graduate level",
  undergraduate_level: "Micro-credentials at undergraduate level",
  enrolees_surveyed: "Enrolees surveyed (at least)",
  towards_formal_credential: "Taking a course towards a formal credential",
  would_pursue_micro_credential: "Would pursue an available micro-credential",
  strongly_considering_micro_credential: "Strongly considering a micro-credential",
  intended_to_certify: "Intended to earn a certificate",
  certified_of_intending: "Of those, earned a certificate",
  certified_of_registrants: "Registrants who earned a certificate (course average)",
  certified_of_viewers: "Viewers who earned a certificate (course average)",
  certificates: "Certificates issued",
  courses: "Course runs",
  participants: "Participants"
};

/** A measure's name for readers. */
export function measureLabel(measure: string): string {
  const known = MEASURE_LABELS[measure];
  if (known) return known;
  const words = measure.replaceAll("_", " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * A figure as published: a share as a percentage, a count in full; "11 of 34" when the publication gives the
 * count behind it.
 * @example figureValue({unit: "count", value: 11, numerator: 11, denominator: 34, computed_share: 0.3235}) // => "11 of 34 (32%)"
 */
export function figureValue(row: Pick<PublishedFigure, "unit" | "value" | "numerator" | "denominator" | "computed_share">): string {
  if (row.unit === "share") return formatShare(row.value, 0);
  if (row.numerator !== null && row.denominator !== null && row.computed_share !== null) return `${formatCount(row.numerator)} of ${formatCount(row.denominator)} (${formatShare(row.computed_share, 0)})`;
  return formatCount(row.value);
}

/** The first http(s) address in a citation, or null: the link offered next to it. */
export function citationUrl(citation: string): string | null {
  const match = /https?:\/\/[^\s,;)"]+/.exec(citation);
  return match ? match[0].replace(/[.]$/, "") : null;
}

/**
 * Surveys in order of first appearance, each with its figures in reading order: the order of MEASURE_LABELS
 * (bases before the shares of them, an intention before its follow-through), unknown measures last.
 */
export function groupBySurvey(rows: readonly PublishedFigure[]): {survey: string; year: number | null; figures: PublishedFigure[]}[] {
  const known = Object.keys(MEASURE_LABELS);
  const rank = (measure: string) => (known.includes(measure) ? known.indexOf(measure) : known.length);
  const groups = new Map<string, PublishedFigure[]>();
  for (const row of rows) groups.set(row.survey, [...(groups.get(row.survey) ?? []), row]);
  return [...groups.entries()].map(([survey, figures]) => ({
    survey,
    year: figures[0]?.year ?? null,
    figures: figures.map((figure, index) => ({figure, index})).sort((a, b) => rank(a.figure.measure) - rank(b.figure.measure) || a.index - b.index).map((d) => d.figure)
  }));
}

/** A share row as the chart draws it: published shares, and counts that come with a published share of a base. */
export interface ShareBar {
  survey: string;
  measure: string;
  label: string;
  share: number;
  value_text: string;
}

/** Every figure that is (or has) a share: what the chart can put on one 0–100% axis. */
export function shareBars(rows: readonly PublishedFigure[]): ShareBar[] {
  return rows.flatMap((row) => {
    const share = row.unit === "share" ? row.value : row.computed_share;
    return share === null ? [] : [{survey: row.survey, measure: row.measure, label: measureLabel(row.measure), share, value_text: figureValue(row)}];
  });
}

/**
 * The headline of the published figures: the ACODE institutions' uptake against their validation systems when
 * those rows exist; otherwise how many figures from how many surveys.
 * @example publishedFinding(rows) // => "88% of 34 responding Australasian universities have developed or are developing micro-credentials, but only 11 (32%) have a validation system"
 */
export function publishedFinding(rows: readonly PublishedFigure[]): string {
  const find = (measure: string) => rows.find((d) => d.measure === measure);
  const developing = find("developed_or_developing");
  const validation = find("with_validation_system");
  if (developing && validation && validation.numerator !== null && validation.computed_share !== null) {
    const base = developing.denominator ?? validation.denominator;
    return `${formatShare(developing.value, 0)} of ${formatCount(base)} responding Australasian universities have developed or are developing micro-credentials, but only ${formatCount(validation.numerator)} (${formatShare(validation.computed_share, 0)}) have a validation system`;
  }
  return `${rows.length} published figures from ${new Set(rows.map((d) => d.survey)).size} surveys`;
}

export interface PublishedShareChartOptions {
  width?: number;
  document?: Document;
}

/**
 * Horizontal bars of every published share, grouped by survey (colour and legend) and largest first within
 * each, each labelled with the figure as published.
 */
export function PublishedShareChart(bars: readonly ShareBar[], {width = 800, document}: PublishedShareChartOptions = {}) {
  const surveys = [...new Set(bars.map((d) => d.survey))];
  const ordered = [...bars].sort((a, b) => surveys.indexOf(a.survey) - surveys.indexOf(b.survey) || b.share - a.share);
  // Labels repeat across surveys ("Response rate"); the y channel needs one row per figure.
  const rowKey = (d: ShareBar) => `${d.survey} · ${d.label}`;
  return Plot.plot({
    width,
    height: 50 + bars.length * 26,
    marginLeft: Math.min(330, width * 0.45),
    marginRight: 110,
    ariaLabel: `Bar chart: ${bars.length} published shares from ${surveys.length} surveys`,
    x: {label: "Share (%) →", percent: true, domain: [0, 100], grid: true},
    y: {label: null, domain: ordered.map(rowKey), tickFormat: (key: string) => shorten(ordered.find((d) => rowKey(d) === key)?.label ?? key, 52)},
    color: {legend: true, domain: surveys, range: SURVEY_COLOURS.slice(0, surveys.length)},
    marks: [
      Plot.barX(ordered, {
        y: rowKey,
        x: "share",
        fill: "survey",
        tip: {channels: {Survey: "survey", Figure: "label", Published: "value_text"}, format: {x: false, y: false, fill: false}}
      }),
      Plot.text(ordered, {y: rowKey, x: "share", text: "value_text", dx: 4, textAnchor: "start", fill: "currentColor"}),
      Plot.ruleX([0])
    ],
    ...(document ? {document} : {})
  });
}

const SURVEY_COLOURS = ["var(--okabe-blue, #0072b2)", "var(--okabe-orange, #e69f00)", "var(--okabe-green, #009e73)", "var(--okabe-purple, #cc79a7)", "var(--okabe-vermillion, #d55e00)", "var(--okabe-sky, #56b4e9)"];

function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export interface PublishedFigureListOptions {
  document?: Document;
}

/**
 * Every published figure as a card, grouped by survey: the figure, what it measures, the publication's own
 * wording (note) and the citation beside it, with its address as a link. All text is set as text.
 */
export function PublishedFigureList(rows: readonly PublishedFigure[], {document = globalThis.document}: PublishedFigureListOptions = {}): HTMLElement {
  const root = document.createElement("div");
  root.className = "published-figures";
  for (const group of groupBySurvey(rows)) {
    const heading = document.createElement("h3");
    heading.textContent = group.year === null ? `${group.survey} (undated)` : `${group.survey} (${group.year})`;
    const list = document.createElement("ul");
    list.className = "figure-list";
    for (const figure of group.figures) {
      const item = document.createElement("li");
      item.dataset.measure = figure.measure;
      const value = document.createElement("span");
      value.className = "figure-value";
      value.textContent = figureValue(figure);
      const label = document.createElement("span");
      label.className = "figure-label";
      label.textContent = measureLabel(figure.measure);
      item.append(value, label);
      if (figure.note) {
        const note = document.createElement("span");
        note.className = "figure-citation";
        note.textContent = figure.note;
        item.append(note);
      }
      const citation = document.createElement("cite");
      citation.className = "figure-citation";
      citation.textContent = figure.citation;
      const url = citationUrl(figure.citation);
      if (url) {
        const link = document.createElement("a");
        link.href = url;
        link.textContent = "source";
        link.rel = "noopener noreferrer";
        citation.append(" ", link);
      }
      item.append(citation);
      list.append(item);
    }
    root.append(heading, list);
  }
  return root;
}

/**
 * A published figure as a share: the published share, or the share computed from a published count and its
 * base; null when the measure is absent or has no base.
 * @example publishedShare(rows, "with_validation_system") // => 0.3235… (11 of 34)
 */
export function publishedShare(rows: readonly PublishedFigure[], measure: string): number | null {
  const row = rows.find((d) => d.measure === measure);
  if (row === undefined) return null;
  return row.unit === "share" ? row.value : row.computed_share;
}
