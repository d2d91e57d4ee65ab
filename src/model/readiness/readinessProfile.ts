import {readinessBenchmarks, type PublishedFigure, type ReadinessBenchmark} from "./readinessBenchmarks.js";
import {scoreReadiness} from "./scoreReadiness.js";
import {toVerdictReadiness} from "./toVerdictReadiness.js";
import type {VerdictReadiness} from "../verdict/verdict.js";
import type {ReadinessAnswers, ReadinessInstrument, ReadinessScore} from "./types.js";

/** Everything the readiness page, the overview and the report show for one answer set. */
export interface ReadinessProfile {
  institution: string;
  description: string;
  example: boolean;
  answers: ReadinessAnswers["answers"];
  score: ReadinessScore;
  benchmarks: readonly ReadinessBenchmark[];
  /** The verdict's readiness slot (`VerdictInput.readiness`): pass it to `verdict()` or `candidateVerdicts()`. */
  verdictReadiness: VerdictReadiness;
}

/**
 * Scores an answer set, compares it with the published surveys and fills the verdict's readiness slot:
 * `scoreReadiness` + `readinessBenchmarks` + `toVerdictReadiness`.
 *
 * @param instrument the instrument
 * @param answers validated answers (`parseReadinessAnswers`)
 * @param figures rows of the `survey_published` mart
 * @throws {Error} when a benchmark names a figure that is not published (see readinessBenchmarks)
 * @example readinessProfile(instrument, example, figures).score.overall; // => 39.1… for the shipped example
 */
export function readinessProfile(instrument: ReadinessInstrument, answers: ReadinessAnswers, figures: readonly PublishedFigure[]): ReadinessProfile {
  const score = scoreReadiness(instrument, answers.answers);
  return {
    institution: answers.institution,
    description: answers.description,
    example: answers.example,
    answers: answers.answers,
    score,
    benchmarks: readinessBenchmarks(instrument, score, figures),
    verdictReadiness: toVerdictReadiness(score)
  };
}
