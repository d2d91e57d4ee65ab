import type {ReadinessCapability, ReadinessInstrument, ReadinessScore} from "./types.js";

/** The columns of a `survey_published` row (src/data/survey-published.json) that a benchmark reads. */
export interface PublishedFigure {
  survey: string;
  year: number | null;
  measure: string;
  numerator: number | null;
  denominator: number | null;
  value: number;
  unit: "share" | "count";
  citation: string;
}

export interface ReadinessBenchmark {
  dimension: string;
  dimensionLabel: string;
  item: string;
  question: string;
  /** The capability the item establishes (the same threshold), if any. */
  capability: ReadinessCapability | null;
  /** The answer level from which an institution counts as meeting the benchmark, and its label. */
  threshold: number;
  thresholdLabel: string;
  survey: string;
  year: number | null;
  measure: string;
  /** Share of the surveyed institutions that met it, in [0, 1]. */
  peerShare: number;
  /** Institutions that met it and the base, where the publication gives them. */
  peerCount: number | null;
  peerBase: number | null;
  /** "50% (17 of 34) had a micro-credential policy". */
  statement: string;
  /** Whether this institution meets it: null when the item is unanswered. */
  meets: boolean | null;
  /** This institution's answer label, or null when unanswered. */
  answerLabel: string | null;
  citation: string;
}

/**
 * Compares an institution with published survey figures, one row per instrument item that names a benchmark
 * (`benchmark_survey`, `benchmark_measure`). The peer share is numerator / denominator when the publication gives
 * both (ACODE 2020: 17 of 34 had a policy = 50%; 11 of 34 had a validation system = 32%), else the published share
 * (88% had developed or were developing micro-credentials). The institution meets the benchmark when its answer is
 * at least the item's threshold.
 *
 * @param instrument the instrument
 * @param score the institution's score (for its answers)
 * @param figures rows of the `survey_published` mart
 * @returns benchmarks in instrument order
 * @throws {Error} when an item names a survey measure that is not published, or one that gives no share
 * @example readinessBenchmarks(instrument, score, figures)[0].statement; // => "50% (17 of 34) had a micro-credential policy"
 */
export function readinessBenchmarks(instrument: ReadinessInstrument, score: ReadinessScore, figures: readonly PublishedFigure[]): ReadinessBenchmark[] {
  const rows: ReadinessBenchmark[] = [];
  for (const item of instrument.items) {
    if (item.benchmark === null || item.threshold === null) continue;
    const {survey, measure, statement} = item.benchmark;
    const figure = figures.find((f) => f.survey === survey && f.measure === measure);
    if (!figure) throw new Error(`readinessBenchmarks: item ${item.id} names ${survey} / ${measure}, which is not among the published survey figures`);
    const peer = peerShare(figure);
    if (peer === null) throw new Error(`readinessBenchmarks: ${survey} / ${measure} is a count without a base; a benchmark needs a share`);
    const itemScore = score.dimensions.flatMap((d) => d.itemScores).find((s) => s.id === item.id);
    const answer = itemScore?.answer ?? null;
    const dimension = instrument.dimensions.find((d) => d.id === item.dimension);
    const percent = `${Math.round(peer.share * 100)}%`;
    const counts = peer.count !== null && peer.base !== null ? ` (${peer.count} of ${peer.base})` : peer.base !== null ? ` of ${peer.base}` : "";
    rows.push({
      dimension: item.dimension,
      dimensionLabel: dimension?.label ?? item.dimension,
      item: item.id,
      question: item.question,
      capability: item.capability,
      threshold: item.threshold,
      thresholdLabel: item.levels[item.threshold]?.label ?? String(item.threshold),
      survey,
      year: figure.year,
      measure,
      peerShare: peer.share,
      peerCount: peer.count,
      peerBase: peer.base,
      statement: `${percent}${counts} ${statement}`,
      meets: answer === null ? null : answer >= item.threshold,
      answerLabel: itemScore?.answerLabel ?? null,
      citation: figure.citation
    });
  }
  return rows;
}

function peerShare(figure: PublishedFigure): {share: number; count: number | null; base: number | null} | null {
  if (figure.numerator !== null && figure.denominator !== null && figure.denominator > 0) {
    return {share: figure.numerator / figure.denominator, count: figure.numerator, base: figure.denominator};
  }
  if (figure.unit === "share") return {share: figure.value, count: null, base: figure.denominator};
  if (figure.denominator !== null && figure.denominator > 0) return {share: figure.value / figure.denominator, count: figure.value, base: figure.denominator};
  return null;
}
