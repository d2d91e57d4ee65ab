import type {ScenarioFile} from "../scenarioSchema.js";
import {DEFAULT_WEIGHTS} from "../marketNeed/defaultWeights.js";
import {
  candidateMarket,
  type CandidateMarket,
  type CandidateMarketInput,
  type FieldGapInput,
  type FieldPrefix,
  type SurveyShareInput
} from "../marketNeed/marketIndicators.js";
import {marketNeedScore} from "../marketNeed/marketNeedScore.js";
import {candidateScenario} from "./candidateScenario.js";
import {catalogueFields, type CatalogueCandidate} from "./catalogue.js";
import {projectFirstYearEnrolments, type Projection, type ProjectionInputs} from "./projectFirstYearEnrolments.js";
import {defaultProjectionInputs, type PublishedFigureInput} from "./projectionAssumptions.js";

/** A `candidate_market` row as this module reads it: catalogue columns plus demand indicators. */
export interface CandidateMarketRowInput extends CatalogueCandidate, CandidateMarketInput {
  readonly occupation_basis: string | null;
  readonly target_soc_codes: string | null;
  readonly target_occupations: number;
  readonly target_occupations_with_data: number;
}

/** The market side of a candidate record: indicators, their evidence, target occupations and the default score. */
export interface CandidateMarketRecord extends CandidateMarket {
  readonly occupations: {
    readonly basis: string | null;
    readonly socCodes: readonly string[];
    readonly count: number;
    readonly withData: number;
  };
  /** Market-need score under `DEFAULT_WEIGHTS`, ranked among all candidates in the catalogue. */
  readonly defaultScore: {readonly score: number | null; readonly coverage: number; readonly rank: number; readonly of: number};
}

/** One element of `candidate-scenarios.json`. */
export interface CandidateRecord {
  readonly id: string;
  readonly title: string;
  readonly candidate: CatalogueCandidate;
  readonly market: CandidateMarketRecord;
  /** Inputs of the projection (null when the target occupations have no openings figure). */
  readonly projectionInputs: ProjectionInputs | null;
  readonly projection: Projection | null;
  /** The candidate's default scenario file (docs/scenario-format.md). */
  readonly scenario: ScenarioFile;
}

export interface CandidateMarts {
  readonly candidates: readonly CandidateMarketRowInput[];
  readonly fieldGap: readonly FieldGapInput[];
  readonly fieldPrefixes: readonly FieldPrefix[];
  readonly survey: readonly SurveyShareInput[];
  readonly published: readonly PublishedFigureInput[];
}

/**
 * Every candidate's record — catalogue fields, market indicators with evidence and default score, first-year
 * projection and default scenario — from the marts (the content of `src/data/candidate-scenarios.json`).
 *
 * @param marts rows of candidate_market, field_gap, the NCSES field prefixes, learner_survey and survey_published
 * @returns one record per candidate, in the order of `marts.candidates` sorted by id
 * @throws {RangeError} when a published figure the projection needs is missing, or a price currency has no rate
 */
export function buildCandidateRecords(marts: CandidateMarts): CandidateRecord[] {
  const rows = [...marts.candidates].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const markets = rows.map((row) => candidateMarket(row, marts.fieldGap, marts.fieldPrefixes, marts.survey));
  const scores = marketNeedScore(markets, DEFAULT_WEIGHTS);
  return rows.map((row, index) => {
    const market = markets[index] as CandidateMarket;
    const score = scores[index]!;
    const openings = row.annual_openings;
    const projectionInputs = openings !== null && openings > 0 ? defaultProjectionInputs(openings, marts.published) : null;
    const projection = projectionInputs === null ? null : projectFirstYearEnrolments(projectionInputs);
    const candidate = catalogueFields(row);
    return {
      id: row.id,
      title: row.title,
      candidate,
      market: {
        ...market,
        occupations: {
          basis: row.occupation_basis,
          socCodes: (row.target_soc_codes ?? "").split(";").filter((code) => code.length > 0),
          count: row.target_occupations,
          withData: row.target_occupations_with_data
        },
        defaultScore: {score: score.score, coverage: score.coverage, rank: score.rank, of: scores.length}
      },
      projectionInputs,
      projection,
      scenario: candidateScenario(candidate, market, projection)
    };
  });
}
