/**
 * Respondent-level survey exports, mapped onto canonical questions by a mapping file (see surveyMapping.ts).
 * Nothing here knows a particular survey: the mapping file names the source columns, the raw values and the
 * answers, so another export works by writing its own mapping (data/templates/README.md).
 */
import {existsSync, readdirSync, readFileSync, statSync} from "node:fs";
import {basename, dirname, join, resolve} from "node:path";
import type {DuckDBConnection} from "@duckdb/node-api";
import {DataError, type DataProblem} from "../dataError.js";
import {queryRows, sqlIdentifier, sqlString} from "../duckdb.js";
import {dataPath} from "../paths.js";
import {checkFileSize, csvReadError, displayPath, loadCsv, parseNumber, recordShapeProblems, splitCsvLine, type CsvSpec} from "../readCsv.js";
import {
  ANY_VALUE,
  CANONICAL_QUESTIONS,
  MAPPING_HEADER,
  NO_ANSWER,
  SurveyMappingRow,
  fccSurveyMapping,
  type CanonicalQuestion,
  type QuestionKind
} from "./surveyMapping.js";

/** One survey: an export and the mapping that reads it, both relative to the data directory. */
export interface SurveySource {
  survey: string;
  exportFile: string;
  mappingFile: string;
}

/** The survey shipped with the workbench. */
export const SHIPPED_SURVEYS: readonly SurveySource[] = [
  {survey: "fcc-2016", exportFile: "raw/surveys/fcc_2016_new_coder_survey_part1_raw.csv", mappingFile: fccSurveyMapping.file}
];

/** Where a user drops `<name>.csv` + `<name>.mapping.csv`; a name equal to a shipped survey replaces it. */
export const USER_SURVEY_DIR = "user/survey";
const MAPPING_SUFFIX = ".mapping.csv";
const SURVEY_NAME = /^[a-z0-9][a-z0-9-]*$/;

/** The surveys of this build: the shipped ones, replaced or extended by the user's (same name replaces). */
export function surveySources(): SurveySource[] {
  const byName = new Map(SHIPPED_SURVEYS.map((source) => [source.survey, source]));
  const dir = dataPath(USER_SURVEY_DIR);
  if (existsSync(dir)) {
    const files = readdirSync(dir).filter((name) => name.endsWith(".csv")).sort();
    const problems: DataProblem[] = [];
    for (const name of files) {
      const isMapping = name.endsWith(MAPPING_SUFFIX);
      const survey = isMapping ? name.slice(0, -MAPPING_SUFFIX.length) : name.slice(0, -".csv".length);
      const file = displayPath(join(dir, name));
      if (!SURVEY_NAME.test(survey)) {
        problems.push({file, value: name, expected: "a survey file named <name>.csv or <name>.mapping.csv, <name> in lower-case letters, digits and hyphens"});
        continue;
      }
      const partner = isMapping ? `${survey}.csv` : `${survey}${MAPPING_SUFFIX}`;
      if (!files.includes(partner)) {
        problems.push({file, expected: `its partner file ${USER_SURVEY_DIR}/${partner} (${isMapping ? "the export" : "the mapping"})`});
        continue;
      }
      if (!isMapping) byName.set(survey, {survey, exportFile: `${USER_SURVEY_DIR}/${name}`, mappingFile: `${USER_SURVEY_DIR}/${partner}`});
    }
    if (problems.length > 0) throw new DataError(problems);
  }
  return [...byName.values()];
}

/** A mapping row with the line it came from. */
export interface MappingLine {
  line: number;
  row: SurveyMappingRow;
}

/** The CsvSpec of any mapping file (the shipped one's, pointed at another file and table). */
export function mappingSpec(source: SurveySource): CsvSpec<typeof SurveyMappingRow> {
  return {...fccSurveyMapping, table: `src_survey_mapping_${source.survey.replaceAll("-", "_")}`, file: source.mappingFile};
}

/** Reads and row-checks a mapping file; rows keep their file line (the header is line 1). */
export async function readMapping(db: DuckDBConnection, source: SurveySource): Promise<MappingLine[]> {
  const spec = mappingSpec(source);
  await loadCsv(db, spec);
  const rows = await queryRows(db, `select rowid as row_index, * from ${sqlIdentifier(spec.table)} order by rowid`);
  await db.run(`drop table ${sqlIdentifier(spec.table)}`);
  return rows.map((row) => ({line: Number(row.row_index) + 2, row: SurveyMappingRow.parse(rowFromTable(row))}));
}

/** A loaded row re-enters the contract as text (null for SQL null), so the same zod rules apply. */
function rowFromTable(row: Record<string, unknown>): Record<string, string | null> {
  return Object.fromEntries(MAPPING_HEADER.map((name) => [name, row[name] === null || row[name] === undefined ? null : String(row[name])]));
}

/** Header names made unique: the n-th repeat of a name is addressed as `name#n` (e.g. `Other#2`). */
export function addressableHeader(header: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return header.map((name) => {
    const trimmed = name.trim();
    const count = (seen.get(trimmed) ?? 0) + 1;
    seen.set(trimmed, count);
    return count === 1 ? trimmed : `${trimmed}#${count}`;
  });
}

/**
 * Checks the rules of each question kind across a mapping's rows, and that every source column exists in the
 * export. Every problem names the mapping file, its line and column, and what was expected.
 */
export function checkMapping(mapping: readonly MappingLine[], header: readonly string[], mappingFile: string, exportFile: string): void {
  const problems: DataProblem[] = [];
  const problem = (line: number, column: string, value: string | null, expected: string) =>
    problems.push({file: mappingFile, line, column, value: value ?? "(empty)", expected});
  const columns = new Set(header);
  const sourceColumnOf = new Map<CanonicalQuestion, string>();
  const seen = new Set<string>();
  const bins = new Map<CanonicalQuestion, {line: number; lower: number; upper: number}[]>();
  for (const {line, row} of mapping) {
    const kind = CANONICAL_QUESTIONS[row.question].kind;
    if (!columns.has(row.source_column)) {
      const near = header.filter((name) => name.toLowerCase().includes(row.source_column.toLowerCase().slice(0, 12))).slice(0, 3);
      problem(line, "source_column", row.source_column, `a column of ${exportFile}${near.length > 0 ? ` (did you mean ${near.map((n) => JSON.stringify(n)).join(" or ")}?)` : ""}; a repeated header name is addressed as name#2, name#3…`);
    }
    const key = JSON.stringify([row.question, row.source_column, row.source_value ?? "", kind === "numeric" && row.source_value === null ? row.answer : ""]);
    if (seen.has(key)) problem(line, "source_value", row.source_value, `one row per question × source column × source value (this one repeats an earlier row)`);
    seen.add(key);
    if (kind !== "multi") {
      const first = sourceColumnOf.get(row.question);
      if (first === undefined) sourceColumnOf.set(row.question, row.source_column);
      else if (first !== row.source_column) problem(line, "source_column", row.source_column, `the same source column as the question's other rows (${JSON.stringify(first)}); only multi questions span several columns`);
    }
    if (row.cip_code !== null && row.question !== "field_of_interest") problem(line, "cip_code", row.cip_code, "empty: a CIP code belongs only to field_of_interest answers");
    switch (kind) {
      case "categorical":
      case "multi":
        if (row.source_value === null) problem(line, "source_value", null, `the raw value to match, or ${ANY_VALUE} for any other non-empty value`);
        if (row.answer === null) problem(line, "answer", null, "the canonical answer label");
        if (row.lower !== null || row.upper !== null) problem(line, row.lower !== null ? "lower" : "upper", String(row.lower ?? row.upper), `empty: bounds belong to numeric questions, not ${kind} ones`);
        break;
      case "numeric":
        if (row.source_value === null) {
          if (row.answer === null) problem(line, "answer", null, "the bin label (e.g. 100-499)");
          if (row.lower === null) problem(line, "lower", null, "the bin's inclusive lower bound in USD");
          else if (row.upper !== null && !(row.upper > row.lower)) problem(line, "upper", String(row.upper), `a bound above lower (${row.lower}), or empty for no upper bound`);
          else bins.set(row.question, [...(bins.get(row.question) ?? []), {line, lower: row.lower, upper: row.upper ?? Infinity}]);
        } else if (row.answer === null || (row.answer !== NO_ANSWER && parseNumber(row.answer) === undefined)) {
          problem(line, "answer", row.answer, `the number this text means in USD (e.g. 0), or ${NO_ANSWER} to treat it as no answer`);
        }
        break;
      case "weight":
        if (row.source_value !== null || row.answer !== null || row.lower !== null || row.upper !== null)
          problem(line, "source_value", row.source_value, "a weight row names only its source column (source_value, answer, lower, upper empty)");
        break;
    }
  }
  for (const [question, list] of bins) {
    const sorted = [...list].sort((a, b) => a.lower - b.lower);
    for (let i = 1; i < sorted.length; i++) {
      const previous = sorted[i - 1]!;
      const current = sorted[i]!;
      if (current.lower < previous.upper) problem(current.line, "lower", String(current.lower), `bins of ${question} that do not overlap (the bin on line ${previous.line} runs to ${previous.upper})`);
    }
  }
  const numericWithoutBins = mapping.filter(({row}) => CANONICAL_QUESTIONS[row.question].kind === "numeric" && !bins.has(row.question));
  for (const {line, row} of numericWithoutBins.slice(0, 1)) problem(line, "question", row.question, "at least one bin row (empty source_value, answer, lower, upper) for a numeric question");
  if (problems.length > 0) throw new DataError(problems.slice(0, 25), Math.max(0, problems.length - 25));
}

/** Lenient reading of an amount: "$110", "5 USD", "0.00$", "1,200" are numbers; anything else is not. */
export function parseAmount(text: string): number | undefined {
  const stripped = text.trim().replace(/^\$\s*/, "").replace(/\s*(\$|usd|us\$)$/i, "").trim();
  return parseNumber(stripped);
}

/** 1-based line where each CSV record starts (quoted cells may span lines). */
export function recordStartLines(text: string): number[] {
  const starts: number[] = [];
  let line = 1;
  let quoted = false;
  let atRecordStart = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (atRecordStart && ch !== 10 && ch !== 13) {
      starts.push(line);
      atRecordStart = false;
    }
    if (ch === 34) quoted = !quoted; // a doubled quote toggles twice: no net change
    else if (ch === 10) {
      line++;
      if (!quoted) atRecordStart = true;
    }
  }
  return starts;
}

function readExportText(path: string, file: string): string {
  let bytes: Buffer;
  try {
    const size = statSync(path).size;
    if (size === 0) throw new DataError([{file, line: 1, expected: "a header row naming the survey's columns"}]);
    checkFileSize(size, file);
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof DataError) throw error;
    throw new DataError([{file, expected: "an existing, readable survey export (CSV)"}]);
  }
  try {
    return new TextDecoder("utf-8", {fatal: true}).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    const lines = bytes.toString("latin1").split("\n");
    const bad = lines.findIndex((text) => /[\x80-\xff]/.test(text) && Buffer.from(text, "latin1").toString("utf8").includes("\uFFFD"));
    throw new DataError([{file, line: bad >= 0 ? bad + 1 : undefined, value: bad >= 0 ? lines[bad] : undefined, expected: "UTF-8 text (re-save the export as UTF-8)"}]);
  }
}

/** What one survey contributes: its answer options (from the mapping), respondents with weights, and canonical answers. */
export interface SurveyLoad {
  options: {survey: string; question: CanonicalQuestion; kind: QuestionKind; answer: string; answer_order: number; cip_code: string | null}[];
  respondents: {survey: string; respondent: number; weight: number}[];
  answers: {survey: string; respondent: number; question: CanonicalQuestion; kind: QuestionKind; answer: string; answer_order: number; cip_code: string | null; amount_usd: number | null}[];
}

/** Reads one export with DuckDB, checks it against its mapping, and recodes it into canonical answers. */
export async function readSurvey(db: DuckDBConnection, source: SurveySource): Promise<SurveyLoad> {
  const mapping = await readMapping(db, source);
  const path = dataPath(source.exportFile);
  const exportFile = displayPath(path);
  const mappingFile = displayPath(dataPath(source.mappingFile));
  const text = readExportText(path, exportFile);
  const firstLine = text.split(/\r?\n/, 1)[0] ?? "";
  const rawHeader = splitCsvLine(firstLine, ",");
  if (rawHeader.length < 2) throw new DataError([{file: exportFile, line: 1, value: firstLine, expected: "a comma-separated header row"}]);
  const header = addressableHeader(rawHeader);
  checkMapping(mapping, header, mappingFile, exportFile);
  const shapeProblems = recordShapeProblems(text, ",", rawHeader.length, exportFile);
  if (shapeProblems.length > 0) throw new DataError(shapeProblems.slice(0, 25), Math.max(0, shapeProblems.length - 25));

  // Columns are read by position: headers may repeat ("Other") and may hold any text.
  const used = [...new Set(mapping.map(({row}) => row.source_column))];
  const position = new Map(header.map((name, index) => [name, index]));
  const columns = rawHeader.map((_, index) => `${sqlString(`c${index}`)}: 'VARCHAR'`).join(", ");
  const select = used.map((name) => `${sqlIdentifier(`c${position.get(name)}`)} as ${sqlIdentifier(name)}`).join(", ");
  let rows: Awaited<ReturnType<typeof queryRows>>;
  try {
    rows = await queryRows(
      db,
      `select ${select} from read_csv(${sqlString(path)}, header = true, auto_detect = false, delim = ',', quote = '"', escape = '"',
         columns = {${columns}}, strict_mode = false, null_padding = false)`
    );
  } catch (error) {
    throw csvReadError(error, exportFile) ?? error;
  }
  if (rows.length === 0) throw new DataError([{file: exportFile, line: 2, expected: "at least one respondent under the header"}]);
  const starts = recordStartLines(text);
  const lineOf = (index: number) => (starts.length === rows.length + 1 ? starts[index + 1]! : index + 2);

  const byQuestion = new Map<CanonicalQuestion, MappingLine[]>();
  for (const entry of mapping) byQuestion.set(entry.row.question, [...(byQuestion.get(entry.row.question) ?? []), entry]);
  const weightColumn = byQuestion.get("weight")?.[0]?.row.source_column;

  const problems: DataProblem[] = [];
  let omitted = 0;
  const problem = (line: number, column: string, value: string, expected: string) => {
    if (problems.length < 25) problems.push({file: exportFile, line, column, value, expected});
    else omitted++;
  };
  const load: SurveyLoad = {options: answerOptions(source.survey, mapping), respondents: [], answers: []};
  const orderOf = new Map(load.options.map((o) => [`${o.question}\u0000${o.answer}`, o.answer_order]));
  rows.forEach((cells, index) => {
    const respondent = lineOf(index);
    let weight = 1;
    if (weightColumn !== undefined) {
      const raw = cells[weightColumn];
      const value = raw === null || raw === undefined ? undefined : parseNumber(String(raw));
      if (value === undefined || !(value > 0)) problem(respondent, weightColumn, raw === null || raw === undefined ? "(empty)" : String(raw), "a positive survey weight");
      else weight = value;
    }
    load.respondents.push({survey: source.survey, respondent, weight});
    for (const [question, entries] of byQuestion) {
      const kind = CANONICAL_QUESTIONS[question].kind;
      if (kind === "weight") continue;
      const add = (answer: string, cipCode: string | null, amount: number | null) =>
        load.answers.push({survey: source.survey, respondent, question, kind, answer, answer_order: orderOf.get(`${question}\u0000${answer}`) ?? 0, cip_code: cipCode, amount_usd: amount});
      if (kind === "multi") {
        for (const {row} of entries) {
          const raw = cells[row.source_column];
          const value = raw === null || raw === undefined ? "" : String(raw).trim();
          if (value !== "" && (row.source_value === ANY_VALUE || row.source_value === value)) add(row.answer!, null, null);
        }
        continue;
      }
      const column = entries[0]!.row.source_column;
      const raw = cells[column];
      const value = raw === null || raw === undefined ? "" : String(raw).trim();
      if (value === "") continue; // not answered: outside this question's denominator
      if (kind === "categorical") {
        const index = entries.findIndex(({row}) => row.source_value === value);
        const found = index >= 0 ? index : entries.findIndex(({row}) => row.source_value === ANY_VALUE);
        const entry = entries[found];
        if (entry === undefined) {
          const known = entries.map(({row}) => JSON.stringify(row.source_value)).slice(0, 6).join(", ");
          problem(respondent, column, value, `a value mapped for ${question} in ${mappingFile} (${known}${entries.length > 6 ? ", …" : ""}), or a ${ANY_VALUE} row there`);
          continue;
        }
        add(entry.row.answer!, entry.row.cip_code, null);
        continue;
      }
      // numeric: an explicit recode wins over reading the text as an amount
      const recode = entries.find(({row}) => row.source_value !== null && row.source_value === value);
      if (recode?.row.answer === NO_ANSWER) continue;
      const amount = recode !== undefined ? parseNumber(recode.row.answer!) : parseAmount(value);
      if (amount === undefined || amount < 0) {
        problem(respondent, column, value, `an amount in USD (like 250 or $250), or a recode row for this text in ${mappingFile}`);
        continue;
      }
      const binRows = entries.filter(({row}) => row.source_value === null);
      const bin = binRows.findIndex(({row}) => amount >= row.lower! && amount < (row.upper ?? Infinity));
      if (bin < 0) {
        problem(respondent, column, value, `an amount inside one of the bins of ${question} in ${mappingFile}`);
        continue;
      }
      add(binRows[bin]!.row.answer!, null, amount);
    }
  });
  if (problems.length > 0) throw new DataError(problems, omitted);
  return load;
}

/**
 * The answers a mapping can produce, in display order: categorical and multi answers in the order they first
 * appear, numeric bins by lower bound. Answers nobody gave still get a row (share 0) in learner_survey.
 */
export function answerOptions(survey: string, mapping: readonly MappingLine[]): SurveyLoad["options"] {
  const options: SurveyLoad["options"] = [];
  const seen = new Set<string>();
  const bins = [...mapping].filter(({row}) => CANONICAL_QUESTIONS[row.question].kind === "numeric" && row.source_value === null).sort((a, b) => a.row.lower! - b.row.lower!);
  const others = mapping.filter(({row}) => ["categorical", "multi"].includes(CANONICAL_QUESTIONS[row.question].kind));
  for (const {row} of [...others, ...bins]) {
    const id = `${row.question}\u0000${row.answer}`;
    if (row.answer === null || seen.has(id)) continue;
    seen.add(id);
    const order = options.filter((o) => o.question === row.question).length;
    options.push({survey, question: row.question, kind: CANONICAL_QUESTIONS[row.question].kind, answer: row.answer, answer_order: order, cip_code: row.cip_code});
  }
  return options;
}

/** Loads every survey of this build into src_survey_respondents and src_survey_answers; returns respondents. */
export async function loadSurveys(db: DuckDBConnection, sources = surveySources()): Promise<number> {
  await db.run(`create or replace table src_survey_options (survey VARCHAR, question VARCHAR, kind VARCHAR, answer VARCHAR, answer_order INTEGER, cip_code VARCHAR)`);
  await db.run(`create or replace table src_survey_respondents (survey VARCHAR, respondent INTEGER, weight DOUBLE)`);
  await db.run(
    `create or replace table src_survey_answers (survey VARCHAR, respondent INTEGER, question VARCHAR, kind VARCHAR, answer VARCHAR,
       answer_order INTEGER, cip_code VARCHAR, amount_usd DOUBLE)`
  );
  let total = 0;
  for (const source of sources) {
    const load = await readSurvey(db, source);
    const options = await db.createAppender("src_survey_options");
    for (const o of load.options) {
      options.appendVarchar(o.survey);
      options.appendVarchar(o.question);
      options.appendVarchar(o.kind);
      options.appendVarchar(o.answer);
      options.appendInteger(o.answer_order);
      if (o.cip_code === null) options.appendNull();
      else options.appendVarchar(o.cip_code);
      options.endRow();
    }
    options.closeSync();
    const respondents = await db.createAppender("src_survey_respondents");
    for (const r of load.respondents) {
      respondents.appendVarchar(r.survey);
      respondents.appendInteger(r.respondent);
      respondents.appendDouble(r.weight);
      respondents.endRow();
    }
    respondents.closeSync();
    const answers = await db.createAppender("src_survey_answers");
    for (const a of load.answers) {
      answers.appendVarchar(a.survey);
      answers.appendInteger(a.respondent);
      answers.appendVarchar(a.question);
      answers.appendVarchar(a.kind);
      answers.appendVarchar(a.answer);
      answers.appendInteger(a.answer_order);
      if (a.cip_code === null) answers.appendNull();
      else answers.appendVarchar(a.cip_code);
      if (a.amount_usd === null) answers.appendNull();
      else answers.appendDouble(a.amount_usd);
      answers.endRow();
    }
    answers.closeSync();
    total += load.respondents.length;
  }
  return total;
}

/**
 * Checks a mapping file together with the export it reads, for `mcw validate`: `<name>.mapping.csv` reads the
 * `<name>.csv` beside it; the shipped freeCodeCamp mapping reads the shipped export. Returns the problems found
 * (mapping rules, missing source columns, export values the mapping does not cover), or none.
 */
export async function checkSurveyPair(db: DuckDBConnection, mappingPath: string): Promise<DataProblem[]> {
  const path = resolve(mappingPath);
  const shipped = SHIPPED_SURVEYS.find((source) => dataPath(source.mappingFile) === path);
  const name = basename(path).endsWith(MAPPING_SUFFIX) ? basename(path).slice(0, -MAPPING_SUFFIX.length) : undefined;
  const exportPath = shipped !== undefined ? dataPath(shipped.exportFile) : name !== undefined ? join(dirname(path), `${name}.csv`) : undefined;
  if (exportPath === undefined || !existsSync(exportPath)) {
    return [{file: displayPath(path), expected: `its survey export beside it, named ${name ?? "<name>"}.csv (a mapping file is named <name>.mapping.csv)`}];
  }
  try {
    await readSurvey(db, {survey: shipped?.survey ?? name ?? "survey", exportFile: exportPath, mappingFile: path});
    return [];
  } catch (error) {
    if (error instanceof DataError) return [...error.problems];
    throw error;
  }
}
