/**
 * The institutional readiness instrument (issue 11) as data: data/readiness/instrument.csv, one row per item. The
 * row contract checks each item; `readinessInstrumentProblems` checks the rules across rows (one label per
 * dimension, unique capabilities, thresholds within scales, …) and that every benchmark names a published survey
 * figure; `readReadinessInstrument` returns the validated instrument for the page's data loader.
 */
import {existsSync, readFileSync} from "node:fs";
import {resolve} from "node:path";
import type {DuckDBConnection} from "@duckdb/node-api";
import {z} from "zod";
import {DataError, type DataProblem} from "../dataError.js";
import {queryRows, withDuckDB} from "../duckdb.js";
import {dataPath, projectRoot} from "../paths.js";
import {cell, displayPath, loadCsv, type CsvSpec} from "../readCsv.js";
import {editDistance} from "../../src/model/editDistance.js";
import {nearestKey} from "../../src/model/nearestKey.js";
import {READINESS_DIMENSION_ID, READINESS_ITEM_ID, MAX_ITEM_WEIGHT, MAX_QUESTION_LENGTH, parseReadinessInstrument, readinessInstrumentIssues} from "../../src/model/readiness/parseReadinessInstrument.js";
import {parseReadinessScale} from "../../src/model/readiness/parseReadinessScale.js";
import {readReadinessAnswersText} from "../../src/model/readiness/parseReadinessAnswers.js";
import {ReadinessError} from "../../src/model/readiness/ReadinessError.js";
import {READINESS_CAPABILITIES, type ReadinessAnswers, type ReadinessCapability, type ReadinessDimension, type ReadinessInstrument, type ReadinessItem} from "../../src/model/readiness/types.js";
import {publishedSurveyFigures} from "./publishedSurveyFigures.js";

const optionalText = z.union([z.null(), z.string()]).transform((s) => (s === null || s.trim() === "" ? null : s.trim()));

/** A citation must say where in its source the item comes from and link the source. */
const CITATION = /(section|table|appendix|abstract|p\.\s*\d)/i;

export const readinessInstrument = {
  table: "src_readiness_instrument",
  file: "readiness/instrument.csv",
  key: ["item_id"],
  header: [
    "dimension_id",
    "dimension_label",
    "item_id",
    "question",
    "scale",
    "weight",
    "weight_basis",
    "capability",
    "threshold",
    "benchmark_survey",
    "benchmark_measure",
    "benchmark_statement",
    "source"
  ],
  row: z
    .object({
      dimension_id: z.string({error: "a snake_case dimension id like policy"}).trim().regex(READINESS_DIMENSION_ID, "a snake_case dimension id like policy"),
      dimension_label: cell.text(),
      item_id: z.string({error: "an item id like pol1"}).trim().regex(READINESS_ITEM_ID, "an item id like pol1: 2–5 lower-case letters and a number"),
      question: z
        .string({error: "a short question ending in ?"})
        .trim()
        .max(MAX_QUESTION_LENGTH, `a question of at most ${MAX_QUESTION_LENGTH} characters`)
        .regex(/^\S.*\?$/, "a short question ending in ?"),
      scale: z.string({error: 'an answer scale "0: label | 1: label | …"'}).transform((text, ctx) => {
        try {
          return {text: text.trim(), levels: parseReadinessScale(text)};
        } catch (error) {
          ctx.addIssue({code: "custom", message: `an answer scale "0: label | 1: label | …" (${error instanceof Error ? error.message.replace(/^parseReadinessScale: /, "") : String(error)})`});
          return z.NEVER;
        }
      }),
      weight: cell.number(`a weight > 0 and ≤ ${MAX_ITEM_WEIGHT}`).pipe(z.number().positive(`a weight > 0 and ≤ ${MAX_ITEM_WEIGHT}`).max(MAX_ITEM_WEIGHT, `a weight > 0 and ≤ ${MAX_ITEM_WEIGHT}`)),
      weight_basis: optionalText,
      capability: z.union([z.null(), z.string()]).transform((s, ctx) => {
        if (s === null || s.trim() === "") return null;
        const value = s.trim();
        if ((READINESS_CAPABILITIES as readonly string[]).includes(value)) return value as ReadinessCapability;
        const nearest = nearestKey(value, READINESS_CAPABILITIES);
        ctx.addIssue({code: "custom", message: `empty or one of ${READINESS_CAPABILITIES.join(", ")}${nearest ? ` (did you mean ${nearest}?)` : ""}`});
        return z.NEVER;
      }),
      threshold: z.union([z.null(), z.string()]).transform((s, ctx) => {
        if (s === null || s.trim() === "") return null;
        if (!/^\d+$/.test(s.trim())) {
          ctx.addIssue({code: "custom", message: "empty, or a whole answer level ≥ 1"});
          return z.NEVER;
        }
        return Number(s.trim());
      }),
      benchmark_survey: optionalText,
      benchmark_measure: optionalText,
      benchmark_statement: optionalText,
      source: z
        .string({error: "a citation naming the section, table or page, with a DOI or URL"})
        .trim()
        .regex(CITATION, "a citation naming the section, table or page it comes from")
        .regex(/https?:\/\/\S+/, "a citation that includes a DOI or URL (https://…)")
    })
    .superRefine((row, ctx) => {
      const given = [row.benchmark_survey, row.benchmark_measure, row.benchmark_statement].filter((v) => v !== null).length;
      if (given !== 0 && given !== 3) {
        const column = row.benchmark_survey === null ? "benchmark_survey" : row.benchmark_measure === null ? "benchmark_measure" : "benchmark_statement";
        ctx.addIssue({code: "custom", path: [column], message: "benchmark_survey, benchmark_measure and benchmark_statement all given, or all empty"});
      }
    })
    .transform((row) => ({
      dimension_id: row.dimension_id,
      dimension_label: row.dimension_label,
      item_id: row.item_id,
      question: row.question,
      scale: row.scale.text,
      levels: row.scale.levels.length,
      weight: row.weight,
      weight_basis: row.weight_basis,
      capability: row.capability,
      threshold: row.threshold,
      benchmark_survey: row.benchmark_survey,
      benchmark_measure: row.benchmark_measure,
      benchmark_statement: row.benchmark_statement,
      source: row.source
    })),
  types: {
    dimension_id: "VARCHAR",
    dimension_label: "VARCHAR",
    item_id: "VARCHAR",
    question: "VARCHAR",
    scale: "VARCHAR",
    levels: "INTEGER",
    weight: "DOUBLE",
    weight_basis: "VARCHAR",
    capability: "VARCHAR",
    threshold: "INTEGER",
    benchmark_survey: "VARCHAR",
    benchmark_measure: "VARCHAR",
    benchmark_statement: "VARCHAR",
    source: "VARCHAR"
  }
} satisfies CsvSpec<z.ZodType<Record<string, unknown>>>;

/** A validated instrument row as it sits in src_readiness_instrument. */
export type ReadinessInstrumentRow = z.output<typeof readinessInstrument.row>;

/** Item fields of the model ↔ CSV columns, for pointing problems at the right column. */
const COLUMN_OF_FIELD: Record<string, string> = {
  id: "item_id",
  dimension: "dimension_id",
  levels: "scale",
  weightBasis: "weight_basis",
  capability: "capability",
  threshold: "threshold",
  weight: "weight"
};

/** Builds the instrument from validated rows in file order: dimensions in order of first appearance. */
export function instrumentFromRows(rows: readonly ReadinessInstrumentRow[], file: string = readinessInstrument.file): ReadinessInstrument {
  const dimensions: ReadinessDimension[] = [];
  for (const row of rows) if (!dimensions.some((d) => d.id === row.dimension_id)) dimensions.push({id: row.dimension_id, label: row.dimension_label});
  const items: ReadinessItem[] = rows.map((row) => ({
    id: row.item_id,
    dimension: row.dimension_id,
    question: row.question,
    levels: parseReadinessScale(row.scale),
    weight: row.weight,
    weightBasis: row.weight_basis,
    capability: row.capability,
    threshold: row.threshold,
    benchmark:
      row.benchmark_survey !== null && row.benchmark_measure !== null && row.benchmark_statement !== null
        ? {survey: row.benchmark_survey, measure: row.benchmark_measure, statement: row.benchmark_statement}
        : null,
    source: row.source
  }));
  return {file, dimensions, items};
}

async function instrumentRows(db: DuckDBConnection): Promise<ReadinessInstrumentRow[]> {
  // src_* tables keep insertion (= file) order: DuckDB preserves insertion order on a plain scan.
  const rows = await queryRows(db, `select * from ${readinessInstrument.table}`);
  return rows.map((row) => ({
    dimension_id: String(row.dimension_id),
    dimension_label: String(row.dimension_label),
    item_id: String(row.item_id),
    question: String(row.question),
    scale: String(row.scale),
    levels: Number(row.levels),
    weight: Number(row.weight),
    weight_basis: row.weight_basis === null ? null : String(row.weight_basis),
    capability: row.capability === null ? null : (String(row.capability) as ReadinessCapability),
    threshold: row.threshold === null ? null : Number(row.threshold),
    benchmark_survey: row.benchmark_survey === null ? null : String(row.benchmark_survey),
    benchmark_measure: row.benchmark_measure === null ? null : String(row.benchmark_measure),
    benchmark_statement: row.benchmark_statement === null ? null : String(row.benchmark_statement),
    source: String(row.source)
  }));
}

/**
 * Every problem of a loaded instrument file beyond its row contract: the rules across rows
 * (`readinessInstrumentRuleProblems`) and the benchmarks' published figures (`readinessBenchmarkProblems`).
 */
export async function readinessInstrumentProblems(db: DuckDBConnection, path: string): Promise<DataProblem[]> {
  return [...(await readinessInstrumentRuleProblems(db, path)), ...(await readinessBenchmarkProblems(db, path))];
}

/**
 * The rules across rows of a loaded instrument file (in `readinessInstrument.table`): one label per dimension and the
 * model's `readinessInstrumentIssues` (unique ids, thresholds within scales, one item per capability, …).
 */
export async function readinessInstrumentRuleProblems(db: DuckDBConnection, path: string): Promise<DataProblem[]> {
  const file = displayPath(path);
  const rows = await instrumentRows(db);
  const problems: DataProblem[] = [];
  const line = (index: number) => index + 2; // line 1 is the header

  const labelOf = new Map<string, {label: string; index: number}>();
  rows.forEach((row, index) => {
    const first = labelOf.get(row.dimension_id);
    if (first === undefined) labelOf.set(row.dimension_id, {label: row.dimension_label, index});
    else if (first.label !== row.dimension_label) {
      problems.push({file, line: line(index), column: "dimension_label", value: row.dimension_label, expected: `the label of dimension ${row.dimension_id} on line ${line(first.index)}: ${JSON.stringify(first.label)}`});
    }
  });

  const instrument = instrumentFromRows(rows);
  for (const issue of readinessInstrumentIssues(instrument.dimensions, instrument.items)) {
    const [list, index, field] = issue.path.split(".");
    const at = list === "items" && index !== undefined ? Number(index) : undefined;
    problems.push({
      file,
      ...(at === undefined || Number.isNaN(at) ? {} : {line: line(at)}),
      column: COLUMN_OF_FIELD[field ?? ""] ?? field ?? "",
      ...(issue.value === undefined || issue.value === null ? {} : {value: String(issue.value)}),
      expected: issue.expected
    });
  }

  return problems;
}

/**
 * Every benchmark of a loaded instrument file must name a (survey, measure) of the published survey figures
 * (`src_published_survey_figures`, loaded here from the data directory when the database does not have it yet).
 */
export async function readinessBenchmarkProblems(db: DuckDBConnection, path: string): Promise<DataProblem[]> {
  const file = displayPath(path);
  const rows = await instrumentRows(db);
  const problems: DataProblem[] = [];
  const line = (index: number) => index + 2; // line 1 is the header
  const published = await publishedMeasures(db);
  rows.forEach((row, index) => {
    if (row.benchmark_survey === null || row.benchmark_measure === null) return;
    const measures = published.get(row.benchmark_survey);
    if (measures === undefined) {
      const nearest = nearestKey(row.benchmark_survey, [...published.keys()]);
      problems.push({file, line: line(index), column: "benchmark_survey", value: row.benchmark_survey, expected: `a survey of ${publishedSurveyFigures.file}${nearest ? ` (did you mean ${JSON.stringify(nearest)}?)` : ""}`});
    } else if (!measures.has(row.benchmark_measure)) {
      const nearest = nearestMeasure(row.benchmark_measure, [...measures]);
      problems.push({file, line: line(index), column: "benchmark_measure", value: row.benchmark_measure, expected: `a measure of ${row.benchmark_survey} in ${publishedSurveyFigures.file}${nearest ? ` (did you mean ${nearest}?)` : ""}`});
    }
  });
  return problems;
}

/**
 * The published measure a mistyped one most likely meant: the one sharing the largest share of its snake_case words
 * ("with_policy" → "with_micro_credential_policy") unless a close spelling exists ("with_validation_sytem").
 */
export function nearestMeasure(name: string, known: readonly string[]): string | undefined {
  const closest = nearestKey(name, known);
  if (closest !== undefined && editDistance(name, closest) <= Math.max(2, Math.floor(name.length / 4))) return closest; // a typo
  const words = new Set(name.split("_"));
  let best: {measure: string; overlap: number} | undefined;
  for (const measure of known) {
    const other = new Set(measure.split("_"));
    // a word counts as shared when spelled the same or, for words of 4+ letters, one edit away ("polcy")
    const shared = [...words].filter((w) => other.has(w) || (w.length >= 4 && [...other].some((o) => editDistance(w, o) <= 1))).length;
    const overlap = shared / new Set([...words, ...other]).size;
    if (shared > 0 && (!best || overlap > best.overlap)) best = {measure, overlap};
  }
  return best?.measure ?? closest;
}

/** survey → its measures, from src_published_survey_figures (loading the published file when absent). */
async function publishedMeasures(db: DuckDBConnection): Promise<Map<string, Set<string>>> {
  const exists = await queryRows(db, `select count(*) as n from duckdb_tables() where table_name = '${publishedSurveyFigures.table}'`);
  if (Number(exists[0]?.n ?? 0) === 0) await loadCsv(db, publishedSurveyFigures);
  const rows = await queryRows(db, `select survey, measure from ${publishedSurveyFigures.table}`);
  const out = new Map<string, Set<string>>();
  for (const row of rows) {
    const survey = String(row.survey);
    if (!out.has(survey)) out.set(survey, new Set());
    out.get(survey)?.add(String(row.measure));
  }
  return out;
}

/**
 * Where a readiness file is read from: the data directory (`MCW_DATA_DIR`) when it has its own copy (an institution
 * may adapt the instrument), else the shipped one under data/ — the instrument is part of the workbench, not an
 * input every data tree must carry.
 */
export function readinessFilePath(relativePath: string): string {
  const own = dataPath(relativePath);
  return existsSync(own) ? own : resolve(projectRoot, "data", relativePath);
}

/**
 * Reads and validates the instrument (`readinessFilePath("readiness/instrument.csv")`, or `path`) in a throwaway
 * in-memory DuckDB: the row contract, the rules across rows and the benchmarks' survey figures.
 *
 * @throws {DataError} naming file, line, column, value and expectation for every problem
 */
export async function readReadinessInstrument(path = readinessFilePath(readinessInstrument.file)): Promise<ReadinessInstrument> {
  return withDuckDB(async (db) => {
    await loadCsv(db, readinessInstrument, path);
    const problems = await readinessInstrumentProblems(db, path);
    if (problems.length > 0) throw new DataError(problems);
    return parseReadinessInstrument(instrumentFromRows(await instrumentRows(db)), displayPath(path));
  });
}

/** The shipped example answer set (data directory). */
export const READINESS_EXAMPLE_FILE = "readiness/example-answers.json";

/**
 * Reads and validates an answers file (JSON) against the instrument.
 *
 * @throws {DataError} naming the file, the key path, the bad value and the expectation for every problem
 */
export function readReadinessAnswersFile(instrument: ReadinessInstrument, path = readinessFilePath(READINESS_EXAMPLE_FILE)): ReadinessAnswers {
  const file = displayPath(path);
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    throw new DataError([{file, expected: "an existing, readable answers file (JSON)"}]);
  }
  try {
    return readReadinessAnswersText(text, instrument, file);
  } catch (error) {
    if (!(error instanceof ReadinessError)) throw error;
    throw new DataError(
      error.issues.map((issue) => ({
        file,
        ...(issue.path === "" ? {} : {column: issue.path}),
        ...(issue.value === undefined ? {} : {value: typeof issue.value === "string" ? issue.value : JSON.stringify(issue.value)}),
        expected: issue.expected || issue.message
      }))
    );
  }
}
