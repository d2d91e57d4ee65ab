/**
 * The datasets behind a candidate's report, in the order the report uses them, each with what it is used for.
 * Ids are those of data/sources.csv; `reportSources` picks the rows (publisher, vintage, licence, attribution).
 */
export const REPORT_DATASETS: readonly {readonly id: string; readonly usedFor: string}[] = [
  {id: "candidate-catalogue", usedFor: "the credential: workload, assessment, identity verification, price, target occupations"},
  {id: "bls-ep-2024-34", usedFor: "market need: annual openings, employment growth; the base of the first-year projection"},
  {id: "bls-oews-m2024", usedFor: "market need: median wage"},
  {id: "onet-27", usedFor: "market need: certificate relevance"},
  {id: "au-spl-2022", usedFor: "market need: shortage rating"},
  {id: "anzsco-soc-map", usedFor: "market need: shortage ratings mapped to SOC occupations"},
  {id: "ncses-sei-awards-2012-2021", usedFor: "market need: sub-baccalaureate completions of the demand–supply gap"},
  {id: "nces-cip2020-soc2018-crosswalk", usedFor: "fields of study matched to occupations"},
  {id: "nces-cip2020", usedFor: "fields of study: CIP code titles"},
  {id: "fcc-2016-new-coder-survey", usedFor: "market need: learner interest"},
  {id: "published-survey-figures", usedFor: "first-year projection: stated intent and intent-to-action; readiness benchmarks (ACODE 2020)"}
];

/** One registry row as a report shows it (the fields of data/sources.csv). */
export interface ReportSourceEntry {
  readonly id: string;
  readonly title: string;
  readonly publisher: string;
  readonly url: string;
  readonly licence: string;
  readonly vintage: string;
  readonly attribution: string;
  readonly caveats: string | null;
}

/** A dataset of the report with its use. */
export interface ReportSource extends ReportSourceEntry {
  readonly usedFor: string;
}

/**
 * The registry rows of `datasets`, in that order, with what each is used for.
 *
 * @param registry the rows of data/sources.csv (src/data/sources.json)
 * @param datasets ids and uses (default `REPORT_DATASETS`)
 * @throws {Error} naming an id that the registry does not list (a report must never cite a dataset it cannot describe)
 * @example reportSources(registry).map((s) => s.id)[1]; // => "bls-ep-2024-34"
 */
export function reportSources(registry: readonly ReportSourceEntry[], datasets = REPORT_DATASETS): ReportSource[] {
  const byId = new Map(registry.map((entry) => [entry.id, entry]));
  return datasets.map(({id, usedFor}) => {
    const entry = byId.get(id);
    if (!entry) throw new Error(`reportSources: dataset "${id}" is not in data/sources.csv; expected one of ${[...byId.keys()].join(", ")}`);
    const {title, publisher, url, licence, vintage, attribution, caveats} = entry;
    return {id, title, publisher, url, licence, vintage, attribution, caveats, usedFor};
  });
}
