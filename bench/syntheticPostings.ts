/**
 * A seeded synthetic job-postings generator, for measuring the postings pipeline (raw export → staging → demand
 * mart) at sizes the shipped data never reach. It is one DuckDB SQL query over `range(rows)`, so generation runs in
 * DuckDB's vectorised engine on every core instead of a JavaScript loop, and it draws every random number from a
 * hash of (seed, stream, row): row i's values do not depend on how many rows are generated or in what order, and
 * the same seed gives the same rows.
 *
 * ## What one posting is
 * | column | how it is drawn | from |
 * |---|---|---|
 * | `posting_id` | i + 1 | — |
 * | `soc_code` | an occupation with probability ∝ its average annual openings 2024–34 (Walker's alias method) | BLS EP table 1.2, detailed (line-item) occupations with openings and a median wage |
 * | `region` | one of the 51 JOLTS states (50 + DC), equally likely: the shipped data have no state employment levels, so regional shares here are not realistic | BLS JOLTS state extract (names only) |
 * | `posted_on` | a day uniformly in `months` months from `startMonth` (default 24 months from 2024-01) | — |
 * | `wage_usd` | lognormal with median = the occupation's median annual wage and σ = ln(p90 / p10) / (2 · 1.2816), whole dollars; σ falls back to the median σ of all occupations where OEWS has no p10/p90 | BLS EP table 1.2 (median, OEWS May 2024), OEWS May 2024 national p10/p90 |
 * | `skills` | up to three of the occupation's O*NET "hot technologies", "; "-separated: consecutive ones (alphabetically, cyclically) from a uniformly drawn first one, so never a duplicate; null when O*NET lists none | O*NET 27.0 technology skills, `Hot Technology = Y`, O*NET-SOC codes truncated to SOC |
 *
 * ## Random numbers
 * Uniform u(s, i) = (hash(seed · 2^40 + s · 2^36 + i) >> 11) · 2^-53 ∈ [0, 1), where `hash` is DuckDB's 64-bit
 * hash of a BIGINT and s the stream of a column (below). Streams never collide for fewer than 2^36 rows and seeds
 * below 2^22. DuckDB's hash is stable across runs and platforms of one DuckDB version, not promised across
 * versions.
 * Normals are Box–Muller: z = √(−2 ln(1 − u₁)) · cos(2π u₂).
 *
 * The generator writes Parquet to `.tmp/` (git-ignored), never to `data/`.
 */
import {z} from "zod";
import {readFileSync, renameSync} from "node:fs";
import type {DuckDBConnection} from "@duckdb/node-api";
import {queryRows, sqlString} from "../loaders/duckdb.js";
import {cell, loadCsv, type CsvSpec} from "../loaders/readCsv.js";
import {blsProjections} from "../loaders/sources/blsProjections.js";
import {joltsSources} from "../loaders/sources/jolts.js";
import {oewsNational} from "../loaders/sources/oewsNational.js";
import {ONET_SOC_CODE} from "../loaders/sources/publishedCells.js";
import {createStagingView} from "../loaders/sql.js";

/** Defaults of a generated set. */
export const POSTINGS_DEFAULTS = {seed: 42, startMonth: "2024-01-01", months: 24, skillsPerPosting: 3} as const;

/** Random-number streams, one per column drawn (see the module comment). */
const STREAM = {occupationSlot: 1, occupationAlias: 2, region: 3, day: 4, wageRadius: 5, wageAngle: 6, skill: 7} as const;

/** z-score of the 90th percentile of a standard normal: p90/p10 of a lognormal spans 2 · 1.2816 σ. */
const Z90 = 1.2815515655446004;

/**
 * O*NET 27.0 technology skills (tab-separated): the example technology of each O*NET-SOC occupation and whether
 * O*NET flags it a "hot technology" (frequently in employer job postings). Read only by the generator.
 */
export const onetTechnologySkills = {
  table: "src_onet_technology_skills",
  file: "raw/onet/onet_technology_skills.tsv",
  delimiter: "\t",
  header: ["O*NET-SOC Code", "Example", "Commodity Code", "Commodity Title", "Hot Technology"],
  key: ["O*NET-SOC Code", "Example", "Commodity Code"],
  row: z
    .object({
      "O*NET-SOC Code": z.string({error: "an O*NET-SOC code like 15-1252.00"}).regex(ONET_SOC_CODE, "an O*NET-SOC code like 15-1252.00"),
      Example: cell.text(),
      "Hot Technology": z.enum(["Y", "N"], {error: '"Y" or "N"'})
    })
    .transform((raw) => ({onet_soc_code: raw["O*NET-SOC Code"], technology: raw.Example.trim(), hot_technology: raw["Hot Technology"] === "Y"})),
  types: {onet_soc_code: "VARCHAR", technology: "VARCHAR", hot_technology: "BOOLEAN"}
} satisfies CsvSpec<z.ZodType<Record<string, unknown>>>;

/** Options of one generated set; validated where they enter (CLI arguments, tests). */
export const PostingsOptions = z.object({
  rows: z.number().int("a whole number of rows").min(1, "at least 1 row").max(2 ** 36, "at most 2^36 rows (the stream spacing)"),
  seed: z.number().int("a whole-number seed").min(0, "a seed ≥ 0").max(2 ** 22 - 1, "a seed below 2^22").default(POSTINGS_DEFAULTS.seed),
  startMonth: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-01$/, "the first day of a month, YYYY-MM-01").default(POSTINGS_DEFAULTS.startMonth),
  months: z.number().int("a whole number of months").min(1, "at least 1 month").max(600, "at most 600 months").default(POSTINGS_DEFAULTS.months)
});
export type PostingsOptions = z.input<typeof PostingsOptions>;

/** Walker's alias table for sampling index k with probability weights[k] / Σ weights in O(1). */
export interface AliasTable {
  /** Probability of keeping slot k (else take alias[k]). */
  readonly probability: readonly number[];
  readonly alias: readonly number[];
}

/**
 * Builds Walker's alias table with Vose's stable construction: draw slot k uniformly from n, keep k with
 * probability `probability[k]`, else take `alias[k]`. Then P(k) = (probability[k] + Σ_{j: alias[j]=k, j≠k}
 * (1 − probability[j])) / n = weights[k] / Σ weights.
 *
 * @param weights non-negative finite weights with a positive sum (openings, say)
 * @throws {RangeError} if weights is empty, has a negative or non-finite value, or sums to 0
 * @example aliasTable([1, 3]); // => {probability: [0.5, 1], alias: [1, 1]}
 */
export function aliasTable(weights: readonly number[]): AliasTable {
  const n = weights.length;
  if (n === 0) throw new RangeError("aliasTable: needs at least one weight");
  const bad = weights.findIndex((w) => !Number.isFinite(w) || w < 0);
  if (bad >= 0) throw new RangeError(`aliasTable: weight ${bad} is ${weights[bad]}; expected a finite number ≥ 0`);
  const total = weights.reduce((sum, w) => sum + w, 0);
  if (!(total > 0)) throw new RangeError("aliasTable: the weights sum to 0; expected a positive sum");
  const scaled = weights.map((w) => (w * n) / total);
  const probability = new Array<number>(n).fill(1);
  const alias = Array.from({length: n}, (_, k) => k);
  const small: number[] = [];
  const large: number[] = [];
  scaled.forEach((p, k) => (p < 1 ? small : large).push(k));
  while (small.length > 0 && large.length > 0) {
    const s = small.pop() as number;
    const l = large.pop() as number;
    probability[s] = scaled[s] as number;
    alias[s] = l;
    scaled[l] = (scaled[l] as number) + (scaled[s] as number) - 1;
    ((scaled[l] as number) < 1 ? small : large).push(l);
  }
  // Leftovers are 1 up to rounding: keep them always.
  for (const k of [...small, ...large]) {
    probability[k] = 1;
    alias[k] = k;
  }
  return {probability, alias};
}

/** Sizes of the generator's reference tables. */
export interface GeneratorInputs {
  readonly occupations: number;
  readonly regions: number;
  readonly occupationsWithSkills: number;
  /** Total annual openings of the occupations drawn from, persons. */
  readonly annualOpenings: number;
}

/**
 * Loads the shipped sources the generator draws from (each through its zod contract with `loadCsv`) and builds
 * its reference tables: `gen_occupations` (idx, soc_code, occupation, annual_openings, median_wage_usd,
 * wage_sigma, skill_count), `gen_occupation_skills` (idx, k, skills), `gen_occupation_alias` and `gen_regions`.
 *
 * @throws {DataError} if a source breaks its contract
 */
export async function loadGeneratorInputs(db: DuckDBConnection): Promise<GeneratorInputs> {
  await loadCsv(db, blsProjections);
  await loadCsv(db, oewsNational);
  const states = joltsSources.find((spec) => spec.table === "src_jolts_openings_by_state");
  if (states === undefined) throw new Error("loadGeneratorInputs: the JOLTS state extract is no longer a source");
  await loadCsv(db, states);
  await loadCsv(db, onetTechnologySkills);
  await createStagingView(db, "stg_bls_projections");
  await createStagingView(db, "stg_oews_national");
  await db.run(`
    create or replace table gen_occupations as
    with line_items as (
        -- detailed occupations only: summary groups would count their members twice
        select soc_code, occupation, annual_openings, median_wage_usd
        from stg_bls_projections
        where not is_summary and annual_openings > 0 and median_wage_usd is not null
    ),
    spread as (
        select soc_code, ln(wage_p90_usd / wage_p10_usd) / (2 * ${Z90}) as wage_sigma
        from stg_oews_national
        where occupation_level = 'detailed' and wage_p10_usd > 0 and wage_p90_usd > wage_p10_usd
    ),
    skills as (
        select substr(onet_soc_code, 1, 7) as soc_code, count(distinct technology) as skill_count
        from src_onet_technology_skills
        where hot_technology
        group by 1
    )
    select
        cast(row_number() over (order by l.soc_code) - 1 as integer) as idx,
        l.soc_code,
        l.occupation,
        l.annual_openings,
        l.median_wage_usd,
        coalesce(s.wage_sigma, median(s.wage_sigma) over ()) as wage_sigma,
        cast(coalesce(k.skill_count, 0) as integer) as skill_count
    from line_items l
    left join spread s using (soc_code)
    left join skills k using (soc_code)
    order by idx`);
  // One row per occupation × first skill k: the "; "-joined skills k, k + 1, … (cyclically, at most
  // skillsPerPosting of them), so a posting finds its skills with one equi-join.
  await db.run(`
    create or replace table gen_occupation_skills as
    with ranked as (
        select o.idx, o.skill_count, cast(row_number() over (partition by o.idx order by t.technology) - 1 as integer) as k, t.technology
        from gen_occupations o
        join (
            select distinct substr(onet_soc_code, 1, 7) as soc_code, technology
            from src_onet_technology_skills
            where hot_technology
        ) t using (soc_code)
    )
    select first.idx, first.k, string_agg(next.technology, '; ' order by (next.k - first.k + first.skill_count) % first.skill_count) as skills
    from ranked first
    join ranked next on next.idx = first.idx
        and (next.k - first.k + first.skill_count) % first.skill_count < ${POSTINGS_DEFAULTS.skillsPerPosting}
    group by first.idx, first.k`);
  const occupations = await queryRows(db, "select idx, annual_openings from gen_occupations order by idx");
  const table = aliasTable(occupations.map((row) => Number(row.annual_openings)));
  await db.run("create or replace table gen_occupation_alias (slot integer, probability double, alias integer)");
  const appender = await db.createAppender("gen_occupation_alias");
  table.probability.forEach((p, k) => {
    appender.appendInteger(k);
    appender.appendDouble(p);
    appender.appendInteger(table.alias[k] as number);
    appender.endRow();
  });
  appender.closeSync();
  await db.run(`
    create or replace table gen_regions as
    select cast(row_number() over (order by geo) - 1 as integer) as idx, geo as region
    from (select distinct geo from src_jolts_openings_by_state where geo_level = 'State')`);
  const [summary] = await queryRows(
    db,
    `select (select count(*) from gen_occupations) as occupations, (select count(*) from gen_regions) as regions,
            (select count(*) from gen_occupations where skill_count > 0) as with_skills,
            (select sum(annual_openings) from gen_occupations) as openings`
  );
  return {
    occupations: Number(summary?.occupations),
    regions: Number(summary?.regions),
    occupationsWithSkills: Number(summary?.with_skills),
    annualOpenings: Number(summary?.openings)
  };
}

/** SQL for u(stream, i) ∈ [0, 1) (see the module comment); `i` is the row column of `range()`. */
function uniform(seed: number, stream: number): string {
  const offset = BigInt(seed) * 2n ** 40n + BigInt(stream) * 2n ** 36n;
  return `(cast(hash(i + ${offset}) >> 11 as double) * ${2 ** -53})`;
}

/**
 * The generator as one SQL query over `range(rows)` and the reference tables of `loadGeneratorInputs`: one row
 * per posting, columns posting_id, soc_code, region, posted_on, wage_usd, skills.
 *
 * @throws {ZodError} if an option is out of range
 */
export function postingsSql(options: PostingsOptions): string {
  const {rows, seed, startMonth, months} = PostingsOptions.parse(options);
  const u = (stream: number) => uniform(seed, stream);
  const start = `date ${sqlString(startMonth)}`;
  return `
    with draws as (
        select
            i,
            cast(floor(${u(STREAM.occupationSlot)} * (select count(*) from gen_occupation_alias)) as integer) as slot,
            ${u(STREAM.occupationAlias)} as keep,
            cast(floor(${u(STREAM.region)} * (select count(*) from gen_regions)) as integer) as region_idx,
            cast(floor(${u(STREAM.day)} * date_diff('day', ${start}, ${start} + interval ${months} month)) as integer) as day,
            sqrt(-2 * ln(1 - ${u(STREAM.wageRadius)})) * cos(2 * pi() * ${u(STREAM.wageAngle)}) as z,
            ${u(STREAM.skill)} as skill_u
        from range(${rows}) r(i)
    ),
    chosen as (
        select
            d.*,
            case when d.keep < a.probability then a.slot else a.alias end as occupation_idx
        from draws d
        join gen_occupation_alias a on a.slot = d.slot
    )
    select
        c.i + 1 as posting_id,
        o.soc_code,
        g.region,
        cast(${start} + c.day as date) as posted_on,
        round(o.median_wage_usd * exp(o.wage_sigma * c.z)) as wage_usd,
        s.skills
    from chosen c
    join gen_occupations o on o.idx = c.occupation_idx
    join gen_regions g on g.idx = c.region_idx
    -- the posting's first skill is uniform among the occupation's; the row holds it and the next ones
    left join gen_occupation_skills s on s.idx = c.occupation_idx and s.k = cast(floor(c.skill_u * o.skill_count) as integer)`;
}

/**
 * Generates a set and writes it as one Parquet file (zstd), via a temporary name renamed when complete.
 *
 * @returns the number of rows written
 */
export async function writePostingsParquet(db: DuckDBConnection, options: PostingsOptions, path: string): Promise<number> {
  const temporary = `${path}.tmp`;
  await db.run(`copy (${postingsSql(options)}) to ${sqlString(temporary)} (format parquet, compression zstd)`);
  renameSync(temporary, path);
  const [row] = await queryRows(db, `select count(*) as n from read_parquet(${sqlString(path)})`);
  return Number(row?.n);
}

/** The staging and mart SQL of the postings pipeline (bench/sql/). */
export function postingsSqlFile(name: "stg_postings" | "demand_by_occupation_region_month"): string {
  return readFileSync(new URL(`./sql/${name}.sql`, import.meta.url), "utf8");
}

/** Name of the demand mart. */
export const DEMAND_MART = "demand_by_occupation_region_month";

/**
 * Stages raw postings: `raw_postings` becomes a view of `source` (a table name, or a table function such as
 * `read_parquet('…')`) and `stg_postings` a view of bench/sql/stg_postings.sql over it.
 */
export async function stagePostings(db: DuckDBConnection, source: string): Promise<void> {
  await db.run(`create or replace view raw_postings as select * from ${source}`);
  await db.run(`create or replace view stg_postings as ${postingsSqlFile("stg_postings")}`);
}

/**
 * Materialises the demand mart (bench/sql/demand_by_occupation_region_month.sql) from whatever `stg_postings` is
 * in `db`: the staging view, a table in a DuckDB file, or a view over a partitioned Parquet set.
 *
 * @returns the mart's row count and the number of postings it counts
 */
export async function buildDemandMart(db: DuckDBConnection): Promise<{rows: number; postings: number}> {
  await db.run(`create or replace table ${DEMAND_MART} as ${postingsSqlFile(DEMAND_MART)}`);
  const [row] = await queryRows(db, `select count(*) as n, coalesce(sum(postings), 0) as postings from ${DEMAND_MART}`);
  return {rows: Number(row?.n), postings: Number(row?.postings)};
}
