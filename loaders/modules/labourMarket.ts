import {existsSync, readdirSync} from "node:fs";
import {join} from "node:path";
import type {DuckDBConnection} from "@duckdb/node-api";
import {DataError, type DataProblem} from "../dataError.js";
import {queryRows, sqlIdentifier, sqlString} from "../duckdb.js";
import {logProgress} from "../log.js";
import {dataPath} from "../paths.js";
import {displayPath, loadCsv, type AnyCsvSpec, type ColumnType} from "../readCsv.js";
import {createMartTable, createStagingView} from "../sql.js";
import {AuShortageRow} from "../marts/auShortage.js";
import {CandidateMarketRow} from "../marts/candidateMarket.js";
import {FieldDemandRow} from "../marts/fieldDemand.js";
import {OccupationDemandRow} from "../marts/occupationDemand.js";
import {OccupationOpeningsRow} from "../marts/occupationOpenings.js";
import {VacancyPressureRow} from "../marts/vacancyPressure.js";
import {anzscoSocMap} from "../sources/anzscoSocMap.js";
import {auSkillsPriority} from "../sources/auSkillsPriority.js";
import {blsProjections} from "../sources/blsProjections.js";
import {blsSeparations} from "../sources/blsSeparations.js";
import {catalogue, USER_CATALOGUE_FILE} from "../sources/catalogue.js";
import {cipCodes, cipSocCrosswalk} from "../sources/crosswalks.js";
import {eurostatJvs} from "../sources/eurostatJvs.js";
import {joltsSources} from "../sources/jolts.js";
import {oewsNational} from "../sources/oewsNational.js";
import {onetEducation, onetEducationCategories, onetJobZoneReference, onetJobZones, onetOccupations} from "../sources/onet.js";
import {USER_SHORTAGE_DIR, userShortage} from "../sources/userShortage.js";
import type {MartSpec, WarehouseModule} from "../warehouseModule.js";

/** Published files every build reads, in load order. */
const SHIPPED_SOURCES: readonly AnyCsvSpec[] = [
  blsProjections,
  blsSeparations,
  oewsNational,
  ...joltsSources,
  eurostatJvs,
  auSkillsPriority,
  onetEducation,
  onetEducationCategories,
  onetJobZones,
  onetJobZoneReference,
  onetOccupations,
  cipSocCrosswalk,
  cipCodes,
  anzscoSocMap
];

/** Staging views in creation order: the NEM aggregate list first, because other views join it. */
const STAGING = [
  "stg_nem_soc_aggregates",
  "stg_bls_projections",
  "stg_bls_separations",
  "stg_oews_national",
  "stg_jolts",
  "stg_eurostat_jvs",
  "stg_au_skills_priority",
  "stg_anzsco_soc_map",
  "stg_onet_education",
  "stg_onet_education_categories",
  "stg_onet_job_zones",
  "stg_onet_occupations",
  "stg_cip_soc_crosswalk",
  "stg_cip_codes",
  "stg_catalogue",
  "stg_user_shortage"
] as const;

/** Marts in build order: field_demand and candidate_market join occupation_demand. */
const MARTS: readonly MartSpec[] = [
  {name: "occupation_openings", grain: "one row per detailed SOC occupation", key: ["soc_code"], row: OccupationOpeningsRow},
  {name: "occupation_demand", grain: "one row per detailed SOC occupation (NEM line item)", key: ["soc_code"], row: OccupationDemandRow},
  {name: "field_demand", grain: "one row per CIP 2020 six-digit field in use", key: ["cip_code"], row: FieldDemandRow},
  {
    name: "vacancy_pressure",
    grain: "one row per source × country × area type × area × period",
    key: ["source", "country_code", "area_type", "area", "period_start"],
    row: VacancyPressureRow
  },
  {name: "au_shortage", grain: "one row per ANZSCO occupation on the Skills Priority List 2022", key: ["anzsco_code"], row: AuShortageRow},
  {name: "candidate_market", grain: "one row per candidate credential", key: ["id"], row: CandidateMarketRow}
];

async function load(db: DuckDBConnection, spec: AnyCsvSpec, path?: string): Promise<number> {
  const started = performance.now();
  const rows = await loadCsv(db, spec, path);
  logProgress(`${spec.table.replace(/^src_/, "")}${path ? ` (${displayPath(path)})` : ""}`, rows, started);
  return rows;
}

/** The catalogue file the build uses: the user's, when there is one, replaces the shipped one. */
export function catalogueFile(): string {
  const user = dataPath(USER_CATALOGUE_FILE);
  return existsSync(user) ? user : dataPath(catalogue.file);
}

/** The user's shortage files, sorted so builds are repeatable. */
export function userShortageFiles(): string[] {
  const dir = dataPath(USER_SHORTAGE_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.toLowerCase().endsWith(".csv"))
    .sort()
    .map((name) => join(dir, name));
}

/**
 * Loads every user shortage file into `src_user_shortage` (one table, with the file each row came from), or
 * creates it empty. Files are validated one by one, then checked together: the same key in two files, or two
 * ratings for one occupation in its latest period, fail the build and name both files.
 */
async function loadUserShortage(db: DuckDBConnection): Promise<void> {
  const types = {...(userShortage.types as Record<string, ColumnType>), source_file: "VARCHAR" as ColumnType};
  const columns = Object.entries(types).map(([name, type]) => `${sqlIdentifier(name)} ${type}`).join(", ");
  await db.run(`create or replace table ${userShortage.table} (${columns})`);
  const files = userShortageFiles();
  for (const [index, file] of files.entries()) {
    const table = `${userShortage.table}_${index + 1}`;
    await load(db, {...userShortage, table}, file);
    const unknown = await unknownCodeProblems(db, table, file, [{name: "soc_code", kind: "soc"}]);
    if (unknown.length > 0) throw new DataError(unknown);
    await db.run(`insert into ${userShortage.table} by name select *, ${sqlString(displayPath(file))} as source_file from ${table}`);
    await db.run(`drop table ${table}`);
  }
  if (files.length > 0) await checkUserShortageAcrossFiles(db);
}

async function checkUserShortageAcrossFiles(db: DuckDBConnection): Promise<void> {
  const duplicates = await queryRows(
    db,
    `select string_agg(distinct source_file, ' and ' order by source_file) as files,
            concat_ws(', ', source, country_code, area_type, area, soc_code, period_label, indicator) as key_value
     from ${userShortage.table}
     group by source, country_code, area_type, area, soc_code, period_label, indicator
     having count(*) > 1`
  );
  const conflicts = await queryRows(
    db,
    `with latest as (
       select * from ${userShortage.table}
       where indicator = 'shortage_rating'
       qualify period_start = max(period_start) over (partition by soc_code)
     )
     select soc_code, string_agg(distinct source_file, ' and ' order by source_file) as files,
            string_agg(shortage_rating || ' (' || source || ', ' || country_code || ')', '; ' order by source) as ratings
     from latest group by soc_code having count(*) > 1`
  );
  const problems: DataProblem[] = [
    ...duplicates.map((d) => ({
      file: String(d.files),
      column: userShortage.key.join(", "),
      value: String(d.key_value),
      expected: "each source × country × area × period × indicator in one user file only"
    })),
    ...conflicts.map((c) => ({
      file: String(c.files),
      column: "soc_code",
      value: `${String(c.soc_code)}: ${String(c.ratings)}`,
      expected: "one shortage rating per occupation in its latest period (keep the ratings of the country you plan for)"
    }))
  ];
  if (problems.length > 0) throw new DataError(problems);
}

/** What a code column must hold, and where to look it up (the raw source tables, so no view is needed yet). */
const CODE_LOOKUPS = {
  cip: {
    known: `select distinct cip_code as code from ${cipSocCrosswalk.table} where cip_code <> '99.9999'`,
    expected: "a CIP 2020 code listed in the NCES CIP–SOC crosswalk (data/raw/crosswalks/nces_CIP2020_SOC2018_Crosswalk.csv)"
  },
  soc: {
    known: `select soc_code as code from ${blsProjections.table} where occupation_type = 'Line item'
            union select soc_code from ${cipSocCrosswalk.table} where soc_code <> '99-9999'`,
    expected: "an SOC 2018 code of a BLS Employment Projections occupation or of the CIP–SOC crosswalk"
  }
} as const;

/**
 * Codes that link a user-maintained file to labour-market data must exist there: a typo would otherwise leave a
 * candidate or an indicator silently without data. Needs the BLS projections and the crosswalk loaded.
 * @param table a table loaded by loadCsv from `file` with no skipped rows, so line = rowid + 2
 * @param columns code columns (semicolon-separated lists allowed) and the kind of code each holds
 * @returns one problem per unknown code, naming file, line, column and code
 */
export async function unknownCodeProblems(
  db: DuckDBConnection,
  table: string,
  file: string,
  columns: readonly {name: string; kind: keyof typeof CODE_LOOKUPS}[]
): Promise<DataProblem[]> {
  const problems: DataProblem[] = [];
  for (const {name, kind} of columns) {
    const rows = await queryRows(
      db,
      `with codes as (
         select rowid + 2 as line, unnest(string_split(${sqlIdentifier(name)}, ';')) as code from ${sqlIdentifier(table)}
       )
       select line, code from codes where code not in (${CODE_LOOKUPS[kind].known}) order by line, code`
    );
    for (const row of rows) problems.push({file: displayPath(file), line: Number(row.line), column: name, value: String(row.code), expected: CODE_LOOKUPS[kind].expected});
  }
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

/** Every catalogue CIP code must be in the CIP–SOC crosswalk and every SOC code a BLS or crosswalk occupation. */
export function catalogueCodeProblems(db: DuckDBConnection, file: string): Promise<DataProblem[]> {
  return unknownCodeProblems(db, catalogue.table, file, [
    {name: "cip_codes", kind: "cip"},
    {name: "soc_codes", kind: "soc"}
  ]);
}

/**
 * Labour-market shortage and demand: BLS Employment Projections (tables 1.2 and 1.10), OEWS wages, JOLTS,
 * Eurostat job vacancy rates, Australia's Skills Priority List, O*NET education and job zones, the CIP–SOC
 * crosswalk, and the candidate catalogue; marts from occupation_demand to candidate_market.
 */
export const labourMarket: WarehouseModule = {
  name: "labour market",
  sources: [...SHIPPED_SOURCES, catalogue, userShortage],
  marts: MARTS,
  async checkFile(db, spec, path) {
    if (spec.table !== catalogue.table && spec.table !== userShortage.table) return [];
    for (const lookup of [blsProjections, cipSocCrosswalk] as AnyCsvSpec[]) await loadCsv(db, lookup);
    return spec.table === catalogue.table
      ? catalogueCodeProblems(db, path)
      : unknownCodeProblems(db, spec.table, path, [{name: "soc_code", kind: "soc"}]);
  },
  async build(db: DuckDBConnection) {
    for (const spec of SHIPPED_SOURCES) await load(db, spec);
    const catalogueSource = catalogueFile();
    await load(db, catalogue, catalogueSource);
    await loadUserShortage(db);
    const codeProblems = await catalogueCodeProblems(db, catalogueSource);
    if (codeProblems.length > 0) throw new DataError(codeProblems);
    for (const view of STAGING) await createStagingView(db, view);
    for (const mart of MARTS) {
      const started = performance.now();
      await createMartTable(db, mart.name);
      const rows = await queryRows(db, `select count(*) as n from ${sqlIdentifier(mart.name)}`);
      logProgress(mart.name, Number(rows[0]?.n ?? 0), started);
    }
  }
};
