import {readFileSync} from "node:fs";
import {join} from "node:path";
import {beforeAll, describe, expect, it} from "vitest";
import type {SqlRow} from "../../loaders/duckdb.js";
import {labourMarket} from "../../loaders/modules/labourMarket.js";
import {IDENTITY_VERIFICATION_LEVELS, PARTICIPATION_FORMS} from "../../loaders/sources/catalogue.js";
import {IDENTITY_VERIFICATION_LEVELS as MODEL_LEVELS} from "../../src/model/scenarioInputs.js";
import {SHIPPED, buildLabourMarket, byKey} from "./labour-support.js";

/** Published in BLS Employment Projections 2024–34, tables 1.2 and 1.10, "Total, all occupations" (thousands). */
const PUBLISHED_TOTAL_EMPLOYMENT_2024 = 169_956.1;
const PUBLISHED_TOTAL_EMPLOYMENT_2034 = 175_167.9;
const PUBLISHED_TOTAL_ANNUAL_OPENINGS = 18_863.3;
/** Each line item is rounded to 0.1 thousand, so their sum may differ from the total by up to 0.05 per item. */
const ROUNDING_PER_LINE_ITEM = 0.05;

let rows: Record<string, SqlRow[]>;

beforeAll(async () => {
  rows = await buildLabourMarket(SHIPPED, {
    ...Object.fromEntries(labourMarket.marts.map((mart) => [mart.name, `select * from ${mart.name}`])),
    totals: `select
        max(employment_2024_thousands) filter (where soc_code = '00-0000') as total_2024,
        max(employment_2034_thousands) filter (where soc_code = '00-0000') as total_2034,
        max(annual_openings_thousands) filter (where soc_code = '00-0000') as total_openings,
        sum(employment_2024_thousands) filter (where occupation_type = 'Line item') as items_2024,
        sum(employment_2034_thousands) filter (where occupation_type = 'Line item') as items_2034,
        sum(annual_openings_thousands) filter (where occupation_type = 'Line item') as items_openings,
        count(*) filter (where occupation_type = 'Line item') as line_items
      from src_bls_projections`,
    table110: `select
        max(annual_openings_thousands) filter (where soc_code = '00-0000') as total_openings,
        sum(annual_openings_thousands) filter (where occupation_type = 'Line item') as items_openings
      from src_bls_separations`,
    openingsDisagree: `select p.soc_code from stg_bls_projections p join stg_bls_separations s using (soc_code)
                       where p.annual_openings <> s.annual_openings or p.employment_2024 <> s.employment_2024`,
    nemTargets: `select a.nem_code from stg_nem_soc_aggregates a
                 left join stg_bls_projections p on p.soc_code = a.nem_code and not p.is_summary where p.soc_code is null`,
    nemMembers: `select a.soc_code from stg_nem_soc_aggregates a where a.soc_code in (select soc_code from stg_bls_projections)`,
    linkedOpenings: `select sum(annual_openings) as total from occupation_demand
                     where soc_code in (select x.nem_code from stg_cip_soc_crosswalk x join field_demand f using (cip_code) where not x.is_no_match)`,
    joltsCopies: `select period_start, measure, is_trailing_3_month_average, area_type, area, count(distinct value) as values
                  from stg_jolts group by all having count(*) > 1`,
    anzscoMap: `select m.*, a.occupation as spl_title, p.occupation as bls_title from stg_anzsco_soc_map m
                left join stg_au_skills_priority a using (anzsco_code)
                left join stg_bls_projections p on p.soc_code = m.soc_code and not p.is_summary`,
    onetCodes: `select distinct onet_soc_code from stg_onet_education
                where onet_soc_code not in (select onet_soc_code from stg_onet_occupations)
                union select onet_soc_code from stg_onet_job_zones where onet_soc_code not in (select onet_soc_code from stg_onet_occupations)`,
    rlCategories: `select category, category_description from stg_onet_education_categories where scale_id = 'RL' and category in (3, 7, 9)`
  });
});

describe("BLS Employment Projections 2024–34 reproduce the published totals", () => {
  it(`the "Total, all occupations" row is ${PUBLISHED_TOTAL_EMPLOYMENT_2024} thousand in 2024 and ${PUBLISHED_TOTAL_ANNUAL_OPENINGS} thousand openings a year`, () => {
    const totals = rows.totals![0]!;
    expect(totals.total_2024).toBe(PUBLISHED_TOTAL_EMPLOYMENT_2024);
    expect(totals.total_2034).toBe(PUBLISHED_TOTAL_EMPLOYMENT_2034);
    expect(totals.total_openings).toBe(PUBLISHED_TOTAL_ANNUAL_OPENINGS);
    expect(rows.table110![0]!.total_openings).toBe(PUBLISHED_TOTAL_ANNUAL_OPENINGS);
  });

  it("the 832 line items add up to the published totals within rounding", () => {
    const totals = rows.totals![0]!;
    const tolerance = Number(totals.line_items) * ROUNDING_PER_LINE_ITEM;
    expect(totals.line_items).toBe(832);
    expect(Math.abs(Number(totals.items_2024) - PUBLISHED_TOTAL_EMPLOYMENT_2024)).toBeLessThanOrEqual(tolerance);
    expect(Math.abs(Number(totals.items_2034) - PUBLISHED_TOTAL_EMPLOYMENT_2034)).toBeLessThanOrEqual(tolerance);
    expect(Math.abs(Number(totals.items_openings) - PUBLISHED_TOTAL_ANNUAL_OPENINGS)).toBeLessThanOrEqual(tolerance);
    expect(Math.abs(Number(rows.table110![0]!.items_openings) - PUBLISHED_TOTAL_ANNUAL_OPENINGS)).toBeLessThanOrEqual(tolerance);
  });

  it("occupation_demand carries every line item once, in persons, summing to the published total", () => {
    const demand = rows.occupation_demand!;
    expect(demand).toHaveLength(832);
    const employment = demand.reduce((sum, r) => sum + Number(r.employment_2024), 0);
    expect(Math.abs(employment / 1000 - PUBLISHED_TOTAL_EMPLOYMENT_2024)).toBeLessThanOrEqual(832 * ROUNDING_PER_LINE_ITEM);
  });

  it("tables 1.2 and 1.10 agree on employment and openings for every occupation", () => {
    expect(rows.openingsDisagree).toEqual([]);
  });
});

describe("shipped marts: grain, not-null, accepted values, invariants", () => {
  it("builds each mart with its stated row count", () => {
    expect(rows.occupation_openings).toHaveLength(832);
    expect(rows.field_demand!.length).toBeGreaterThan(2_000);
    expect(rows.au_shortage).toHaveLength(914);
    expect(rows.candidate_market!.length).toBeGreaterThanOrEqual(8);
    expect(rows.candidate_market!.length).toBeLessThanOrEqual(12);
    // JOLTS: 49 months of the national series, 11 supersectors and 51 states in May 2025; Eurostat: 24 × 6 quarters
    expect(rows.vacancy_pressure).toHaveLength(49 + 11 + 51 + 24 * 6);
  });

  it("openings, employment and wages are never negative, and a wage is positive when present", () => {
    for (const r of rows.occupation_demand!) {
      expect(Number(r.annual_openings)).toBeGreaterThanOrEqual(0);
      expect(Number(r.employment_2024)).toBeGreaterThanOrEqual(0);
      if (r.median_wage_usd !== null) expect(Number(r.median_wage_usd)).toBeGreaterThan(0);
    }
    for (const r of rows.field_demand!) if (r.annual_openings !== null) expect(Number(r.annual_openings)).toBeGreaterThanOrEqual(0);
  });

  it("field_demand's split openings sum to the openings of the occupations the crosswalk links to a field", () => {
    const split = rows.field_demand!.reduce((sum, r) => sum + Number(r.annual_openings ?? 0), 0);
    expect(split).toBeCloseTo(Number(rows.linkedOpenings![0]!.total), 3);
    const unsplit = rows.field_demand!.reduce((sum, r) => sum + Number(r.annual_openings_all_linked ?? 0), 0);
    expect(unsplit).toBeGreaterThan(split); // the unsplit column double-counts across fields, by design
  });

  it("every NEM aggregate target is a BLS line item, and its members are not", () => {
    expect(rows.nemTargets).toEqual([]);
    expect(rows.nemMembers).toEqual([]);
  });

  it("the two JOLTS copies of the May 2025 total-nonfarm trailing average agree", () => {
    expect(rows.joltsCopies!.length).toBeGreaterThan(0);
    for (const copy of rows.joltsCopies!) expect(copy.values).toBe(1);
  });

  it("O*NET categories 3, 7 and 9 of the required level of education are the three certificate levels", () => {
    const labels = byKey(rows.rlCategories!, "category");
    expect(labels.get("3")!.category_description).toMatch(/^Post-Secondary Certificate/);
    expect(labels.get("7")!.category_description).toMatch(/^Post-Baccalaureate Certificate/);
    expect(labels.get("9")!.category_description).toMatch(/^Post-Master's Certificate/);
  });

  it("every O*NET rating and job zone belongs to an O*NET occupation", () => {
    expect(rows.onetCodes).toEqual([]);
  });

  it("shortage ratings come only from mapped occupations and use the list's vocabulary", () => {
    const rated = rows.occupation_demand!.filter((r) => r.shortage_rating !== null);
    const mapped = rows.anzscoMap!.filter((m) => m.match !== "none").map((m) => m.soc_code);
    expect(rated.map((r) => r.soc_code).sort()).toEqual([...mapped].sort());
    for (const r of rated) expect(r).toMatchObject({shortage_rating_country: "AU", shortage_rating_period: "2022"});
  });
});

describe("catalogue and mapping: referential integrity", () => {
  const candidates = () => rows.candidate_market!;

  it("every candidate has a kebab-case id, the EU mandatory elements and an accepted vocabulary", () => {
    for (const c of candidates()) {
      for (const column of ["title", "awarding_body", "issuer_country", "learning_outcomes", "assessment_type", "quality_assurance"]) expect(c[column], `${c.id}.${column}`).toBeTruthy();
      expect(Number(c.workload_hours)).toBeGreaterThan(0);
      expect(Number(c.ects)).toBeGreaterThan(0);
      expect(PARTICIPATION_FORMS).toContain(c.participation_form);
      expect(IDENTITY_VERIFICATION_LEVELS).toContain(c.identity_verification);
    }
  });

  it("uses the scenario model's identity-verification vocabulary", () => {
    expect([...IDENTITY_VERIFICATION_LEVELS]).toEqual([...MODEL_LEVELS]);
  });

  it("spans the fields the workbench is asked about", () => {
    const ids = candidates().map((c) => String(c.id));
    for (const topic of ["data", "cyber", "nursing", "pedagogy", "solar", "supply-chain", "software", "project-management"]) {
      expect(ids.some((id) => id.includes(topic)), topic).toBe(true);
    }
  });

  it("every catalogue CIP code is in the crosswalk and every SOC code is a BLS occupation", () => {
    const fields = new Set(rows.field_demand!.map((f) => f.cip_code));
    const occupations = new Set(rows.occupation_demand!.map((o) => o.soc_code));
    for (const c of candidates()) {
      for (const cip of String(c.cip_codes ?? "").split(";").filter(Boolean)) expect(fields.has(cip), `${c.id} ${cip}`).toBe(true);
      for (const soc of String(c.soc_codes ?? "").split(";").filter(Boolean)) expect(occupations.has(soc), `${c.id} ${soc}`).toBe(true);
      expect(c.target_occupations_with_data, String(c.id)).toBeGreaterThan(0);
    }
  });

  it("every mapped ANZSCO code and title is on the Skills Priority List and every SOC code and title is BLS's", () => {
    for (const m of rows.anzscoMap!) {
      expect(m.bls_title, String(m.soc_code)).toBe(m.soc_title);
      if (m.match !== "none") expect(m.spl_title, String(m.anzsco_code)).toBe(m.anzsco_title);
    }
  });

  it("the shipped catalogue template rows are rows of the shipped catalogue", () => {
    const template = readFileSync(join(SHIPPED, "templates", "catalogue.csv"), "utf8").trim().split("\n");
    const shipped = new Set(readFileSync(join(SHIPPED, "catalogue", "candidates.csv"), "utf8").trim().split("\n"));
    for (const line of template) expect(shipped.has(line)).toBe(true);
  });
});
