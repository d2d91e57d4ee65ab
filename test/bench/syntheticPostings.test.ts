import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {DuckDBInstance, type DuckDBConnection} from "@duckdb/node-api";
import {queryRows} from "../../loaders/duckdb.js";
import {POSTINGS_DEFAULTS, PostingsOptions, aliasTable, buildDemandMart, loadGeneratorInputs, postingsSql, stagePostings} from "../../bench/syntheticPostings.js";

/** P(k) implied by an alias table: (probability[k] + Σ over j aliasing to k of (1 − probability[j])) / n. */
function impliedProbabilities(table: {probability: readonly number[]; alias: readonly number[]}): number[] {
  const n = table.probability.length;
  const p = table.probability.map((q) => q / n);
  table.alias.forEach((a, j) => {
    if (a !== j) p[a] = (p[a] as number) + (1 - (table.probability[j] as number)) / n;
  });
  return p;
}

describe("aliasTable(weights)", () => {
  it("matches the hand-built table for weights 1 and 3", () => expect(aliasTable([1, 3])).toEqual({probability: [0.5, 1], alias: [1, 1]}));
  it("gives each index its share of the total weight", () => {
    const weights = [904_300, 765_800, 555_800, 100, 100, 0, 12_345];
    const total = weights.reduce((a, b) => a + b, 0);
    impliedProbabilities(aliasTable(weights)).forEach((p, k) => expect(p).toBeCloseTo((weights[k] as number) / total, 12));
  });
  it("never picks a zero weight", () => {
    const table = aliasTable([0, 2, 0, 1]);
    expect(impliedProbabilities(table)[0]).toBe(0);
    expect(impliedProbabilities(table)[2]).toBe(0);
  });
  it("keeps every slot of equal weights", () => expect(aliasTable([5, 5, 5])).toEqual({probability: [1, 1, 1], alias: [0, 1, 2]}));
  it("throws on no weights, a negative or non-finite weight, or a zero sum", () => {
    expect(() => aliasTable([])).toThrow(/at least one weight/);
    expect(() => aliasTable([1, -1])).toThrow(/weight 1 is -1/);
    expect(() => aliasTable([1, Number.NaN])).toThrow(/weight 1 is NaN/);
    expect(() => aliasTable([0, 0])).toThrow(/sum to 0/);
  });
});

describe("PostingsOptions", () => {
  it("fills the documented defaults", () => expect(PostingsOptions.parse({rows: 10})).toEqual({rows: 10, seed: POSTINGS_DEFAULTS.seed, startMonth: "2024-01-01", months: 24}));
  it("names the bad option", () => {
    expect(() => postingsSql({rows: 0})).toThrow(/at least 1 row/);
    expect(() => postingsSql({rows: 10, seed: 2 ** 22})).toThrow(/a seed below 2\^22/);
    expect(() => postingsSql({rows: 10, startMonth: "2024-01-15"})).toThrow(/first day of a month/);
  });
});

describe("the synthetic postings generator", () => {
  const ROWS = 60_000;
  let instance: DuckDBInstance;
  let db: DuckDBConnection;
  let inputs: Awaited<ReturnType<typeof loadGeneratorInputs>>;

  beforeAll(async () => {
    instance = await DuckDBInstance.create(":memory:");
    db = await instance.connect();
    inputs = await loadGeneratorInputs(db);
    await db.run(`create table postings as ${postingsSql({rows: ROWS})}`);
  }, 120_000);
  afterAll(() => {
    db.closeSync();
    instance.closeSync();
  });

  it("draws from the 822 detailed BLS occupations with openings and a wage, and the 51 JOLTS states", () => {
    expect(inputs.occupations).toBe(822);
    expect(inputs.regions).toBe(51);
    expect(inputs.annualOpenings).toBe(18_825_400);
    expect(inputs.occupationsWithSkills).toBeGreaterThan(700);
  });

  it("writes one row per posting id, 1…rows, with no empty occupation, region, date or wage", async () => {
    const [row] = await queryRows(
      db,
      `select count(*) as n, count(distinct posting_id) as ids, min(posting_id) as first, max(posting_id) as last,
              count(soc_code) as socs, count(region) as regions, count(posted_on) as dates, count(wage_usd) as wages
       from postings`
    );
    expect(row).toEqual({n: ROWS, ids: ROWS, first: 1, last: ROWS, socs: ROWS, regions: ROWS, dates: ROWS, wages: ROWS});
  });

  it("is the same set for the same seed, and another set for another seed", async () => {
    const checksum = async (seed: number) =>
      (await queryRows(db, `select sum(hash(posting_id, soc_code, region, posted_on, wage_usd, skills)) % 1000000007 as h from (${postingsSql({rows: 5_000, seed})})`))[0]?.h;
    expect(await checksum(42)).toBe(await checksum(42));
    expect(await checksum(42)).not.toBe(await checksum(43));
  });

  it("gives row i the same values whatever the number of rows generated", async () => {
    const few = await queryRows(db, `select * exclude (skills), skills from (${postingsSql({rows: 100})}) order by posting_id`);
    const many = await queryRows(db, "select * exclude (skills), skills from postings where posting_id <= 100 order by posting_id");
    expect(few).toEqual(many);
  });

  it("picks occupations in proportion to their annual openings", async () => {
    // Fast-food workers (35-3023) have 904,300 of 18,825,400 openings: 4.80 %; sd of the share at 60k draws ≈ 0.09 %.
    const rows = await queryRows(
      db,
      `select o.soc_code, o.annual_openings / ${inputs.annualOpenings} as expected, count(p.posting_id) / ${ROWS} as observed
       from gen_occupations o left join postings p using (soc_code)
       group by all order by expected desc limit 3`
    );
    expect(rows[0]?.soc_code).toBe("35-3023");
    for (const row of rows) expect(Math.abs(Number(row.observed) - Number(row.expected))).toBeLessThan(4 * Math.sqrt((Number(row.expected) * (1 - Number(row.expected))) / ROWS));
  });

  it("centres each occupation's wages on its BLS median wage (lognormal)", async () => {
    const rows = await queryRows(
      db,
      `select o.soc_code, any_value(o.median_wage_usd) as median, median(p.wage_usd) as observed, count(*) as n,
              quantile_cont(ln(p.wage_usd / o.median_wage_usd), 0.9) / any_value(o.wage_sigma) as z90
       from postings p join gen_occupations o using (soc_code)
       group by o.soc_code having count(*) >= 1500`
    );
    expect(rows.length).toBeGreaterThan(2);
    for (const row of rows) {
      expect(Number(row.observed) / Number(row.median)).toBeGreaterThan(0.97);
      expect(Number(row.observed) / Number(row.median)).toBeLessThan(1.03);
      expect(Number(row.z90)).toBeCloseTo(1.2816, 0); // the 90th percentile sits 1.28 σ above the median
    }
  });

  it("posts within the 24 months from January 2024, in every region", async () => {
    const [row] = await queryRows(db, "select min(posted_on) as first, max(posted_on) as last, count(distinct region) as regions from postings");
    expect(row).toEqual({first: "2024-01-01", last: "2025-12-31", regions: 51});
  });

  it("names up to three distinct hot technologies of the posting's own occupation", async () => {
    const [row] = await queryRows(
      db,
      `with picked as (
           select p.posting_id, p.soc_code, unnest(string_split(p.skills, '; ')) as skill
           from postings p where p.skills is not null
       )
       select
           (select max(len(string_split(skills, '; '))) from postings) as most,
           (select count(*) from (select posting_id from picked group by 1 having count(*) <> count(distinct skill))) as with_duplicates,
           (select count(*) from picked k where not exists (
               select 1 from src_onet_technology_skills t
               where substr(t.onet_soc_code, 1, 7) = k.soc_code and t.technology = k.skill and t.hot_technology)) as foreign_skills,
           (select count(*) from postings p join gen_occupations o using (soc_code) where o.skill_count = 0 and p.skills is not null) as skills_without_source`
    );
    expect(row).toEqual({most: 3, with_duplicates: 0, foreign_skills: 0, skills_without_source: 0});
  });

  it("stages the postings and builds a demand mart whose grain is occupation × region × month", async () => {
    await stagePostings(db, "postings");
    const mart = await buildDemandMart(db);
    expect(mart.postings).toBe(ROWS);
    const [row] = await queryRows(
      db,
      "select count(*) as n, count(distinct (soc_code, region, posting_month)) as keys, min(posting_month) as first, max(posting_month) as last from demand_by_occupation_region_month"
    );
    expect(row).toEqual({n: mart.rows, keys: mart.rows, first: "2024-01-01", last: "2025-12-01"});
  });

  it("drops postings without an occupation or a positive wage in staging", async () => {
    await db.run("create table damaged as select * from postings");
    await db.run("update damaged set wage_usd = 0 where posting_id <= 10");
    await db.run("update damaged set soc_code = null where posting_id between 11 and 15");
    await stagePostings(db, "damaged");
    const [row] = await queryRows(db, "select count(*) as n from stg_postings");
    expect(row?.n).toBe(ROWS - 15);
  });
});
