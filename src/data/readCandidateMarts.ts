/**
 * Node side, shared by candidate-scenarios.json.ts and candidate-verdicts.json.ts: reads the marts the
 * candidate records are built from, each row checked by its mart contract. Not a data loader itself.
 */
import {z} from "zod";
import {queryRows} from "../../loaders/duckdb.js";
import {CandidateMarketRow} from "../../loaders/marts/candidateMarket.js";
import {FieldGapRow} from "../../loaders/marts/fieldGap.js";
import {LearnerSurveyRow} from "../../loaders/marts/learnerSurvey.js";
import {SurveyPublishedRow} from "../../loaders/marts/surveyPublished.js";
import {readMartRows, withWarehouse} from "../../loaders/warehouse.js";
import type {CandidateMarts} from "../model/candidates/index.js";

/** One CIP prefix of an NCSES broad field (the reference relation stg_ncses_field_taxonomy, unnested). */
const FieldPrefixRow = z.object({field_code: z.string().min(1), cip_prefix: z.string().regex(/^\d{2}(\.\d{1,4})?$/)});

export async function readCandidateMarts(): Promise<CandidateMarts> {
  const prefixRows = await withWarehouse((db) => queryRows(db, "select field_code, unnest(cip_prefixes) as cip_prefix from stg_ncses_field_taxonomy"));
  return {
    candidates: await readMartRows("candidate_market", CandidateMarketRow),
    fieldGap: await readMartRows("field_gap", FieldGapRow),
    fieldPrefixes: prefixRows.map((row, index) => {
      const parsed = FieldPrefixRow.safeParse(row);
      if (!parsed.success) throw new Error(`stg_ncses_field_taxonomy row ${index + 1}: ${JSON.stringify(row)} is not {field_code, cip_prefix "NN[.NNNN]"}`);
      return parsed.data;
    }),
    survey: await readMartRows("learner_survey", LearnerSurveyRow),
    published: await readMartRows("survey_published", SurveyPublishedRow)
  };
}
