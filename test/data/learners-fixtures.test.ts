import {beforeAll, describe, expect, it} from "vitest";
import type {SqlRow} from "../../loaders/duckdb.js";
import {wilsonInterval} from "../../loaders/marts/learnerSurvey.js";
import {learnersAndEnrolment} from "../../loaders/modules/learnersAndEnrolment.js";
import {checkMart} from "../../loaders/warehouse.js";
import {FIXTURES, buildAndQuery, byKey} from "./learners-support.js";

/** Hand-set demand for the fixture fields: field_demand is the labour-market module's mart. */
const FIELD_DEMAND = `create table field_demand as select * from (values
  ('11.0701', 500.0, 2000.0), ('11.0201', 300.0, 1500.0), ('52.0201', 1000.0, 4000.0),
  ('13.1311', 40.0, 90.0), ('13.0101', 60.0, 60.0), ('40.0601', 10.0, 10.0), ('99.9999', null, null)
) t(cip_code, annual_openings, annual_openings_all_linked)`;

const MARTS = learnersAndEnrolment.marts.map((mart) => mart.name);
let rows: Record<string, SqlRow[]>;

beforeAll(async () => {
  rows = await buildAndQuery(
    FIXTURES,
    async (db) => {
      await db.run(FIELD_DEMAND);
      await learnersAndEnrolment.build(db);
      for (const mart of learnersAndEnrolment.marts) await checkMart(db, mart); // contract and unique grain
    },
    Object.fromEntries(MARTS.map((name) => [name, `select * from ${name}`]))
  );
});

describe("learners and enrolment marts over the hand-written fixtures", () => {
  it("builds every mart with at least one row", () => {
    for (const name of MARTS) expect(rows[name]!.length, name).toBeGreaterThan(0);
  });

  it("field_supply adds up NCSES rows across sex, citizenship and race", () => {
    const supply = byKey(rows.field_supply!, "source", "field_code", "year");
    expect(supply.get("ncses_shed10_certificates | computer_sciences | 2012")?.completions).toBe(110);
    expect(supply.get("ncses_shed10_certificates | computer_sciences | 2021")?.completions).toBe(209);
    expect(supply.get("ncses_shed11_associate_degrees | science_mathematics_education | 2021")?.completions).toBe(7);
  });

  it("field_supply keeps SHED-3 leaves only and names the table's Non-S&E total as a field area", () => {
    const shed3 = rows.field_supply!.filter((r) => r.source === "ncses_shed3_community_colleges" && r.year === 2021);
    expect(shed3.map((r) => `${r.field_code}:${r.completions}:${r.field_vocabulary}`).sort()).toEqual([
      "computer_sciences:20:ncses_broad_field",
      "non_se_fields:40:ncses_field_area",
      "science_mathematics_education:0:ncses_broad_field"
    ]);
  });

  it("field_supply sums IPEDS C2016_C students over institutions by award level", () => {
    const ipeds = byKey(rows.field_supply!.filter((r) => r.source === "ipeds_c2016"), "award_level");
    expect(ipeds.get("Award of less than 1 academic year")?.completions).toBe(100);
    expect(ipeds.get("Associate's degree")?.completions).toBe(120);
    expect(ipeds.get("Associate's degree")?.unit).toBe("students");
  });

  it("field_gap sets openings of a broad field's CIP codes against its latest completions", () => {
    const gap = byKey(rows.field_gap!, "field_code", "supply_source");
    const computing = gap.get("computer_sciences | ncses_sub_baccalaureate")!;
    expect(computing).toMatchObject({supply_year: 2021, completions: 409, annual_openings: 800, gap: 391, cip_codes: 2});
    expect(gap.get("computer_sciences | ncses_shed10_certificates")).toMatchObject({completions: 209, gap: 591});
  });

  it("field_gap gives a CIP code to the field of its longest prefix (13.1311 is science education, not education)", () => {
    const gap = byKey(rows.field_gap!, "field_code", "supply_source");
    expect(gap.get("science_mathematics_education | ncses_shed11_associate_degrees")).toMatchObject({annual_openings: 40, gap: 33});
    expect(gap.get("business | ncses_shed10_certificates")).toMatchObject({annual_openings: 1000, completions: 50, gap: 950});
  });

  it("field_gap shows a field without demand as missing, never as 0", () => {
    const engineering = rows.field_gap!.filter((r) => r.field_code === "engineering");
    expect(engineering).toEqual([]); // no supply rows either in the fixtures
    const noDemand = rows.field_gap!.filter((r) => r.annual_openings === null);
    for (const row of noDemand) expect(row.gap).toBeNull();
  });

  it("distance_enrolment sums IPEDS students by level and control, with an All total", () => {
    const d = byKey(rows.distance_enrolment!, "source", "year", "student_level", "institution_control", "distance_status");
    const all2012 = (status: string) => d.get(`ipeds_ef_dist | 2012 | All students | All | ${status}`)!;
    expect(all2012("Exclusively distance education")).toMatchObject({students: 150, students_total: 1550});
    expect(all2012("Some but not all distance education").students).toBe(200);
    expect(all2012("Any distance education").students).toBe(350);
    expect(all2012("No distance education").students).toBe(1200);
    expect(all2012("Exclusively distance education").share).toBeCloseTo(150 / 1550, 12);
    expect(d.get("ipeds_ef_dist | 2016 | All students | Public | Exclusively distance education")).toMatchObject({students: 140, students_total: 1400});
    expect(d.get("ipeds_ef_dist | 2012 | All students | Private for-profit | No distance education")?.students).toBe(500);
    expect(d.get("ipeds_ef_dist | 2012 | All students | Not in HD2015 directory | Exclusively distance education")?.students).toBe(50);
  });

  it("distance_enrolment keeps NPSAS shares, drops suppressed cells and flags cautions", () => {
    const npsas = rows.distance_enrolment!.filter((r) => r.source === "ncses_shed8_npsas");
    expect(npsas.map((r) => `${r.year}|${r.field}|${r.share}|${r.caution}`).sort()).toEqual([
      "2012|Health and medicine|0.146|false",
      "2016|Health and medicine|0.245|false",
      "2016|Other fields|0.355|true"
    ]);
  });

  it("mooc_funnel rolls course runs up by subject and year", () => {
    const funnel = byKey(rows.mooc_funnel!, "funnel_level", "unit_id");
    expect(funnel.get("subject_year | All subjects | All years")).toMatchObject({course_runs: 4, enrolled: 6500, engaged: 650, certified: 200});
    expect(funnel.get("subject_year | All subjects | All years")?.certified_share).toBeCloseTo(200 / 6500, 12);
    expect(funnel.get("subject_year | Computer Science | All years")).toMatchObject({enrolled: 5000, certified: 100});
    expect(funnel.get("year_group | 2013-14 | cohort | intend_complete")).toMatchObject({enrolled: 100, certified: 12, course_runs: 2});
  });

  it("mooc_funnel never certifies more learners than enrolled", () => {
    for (const row of rows.mooc_funnel!) expect(Number(row.certified)).toBeLessThanOrEqual(Number(row.enrolled));
  });

  it("learner_survey shares a categorical question among those who answered it", () => {
    const s = byKey(rows.learner_survey!.filter((r) => r.breakdown === "all"), "question", "answer");
    const data = s.get("field_of_interest | Data science and engineering")!;
    expect(data).toMatchObject({respondents: 5, respondents_answer: 2, cip_code: "30.7001"});
    expect(data.weighted_share).toBeCloseTo(0.4, 12);
    const {lower, upper} = wilsonInterval(0.4, 5);
    expect(data.lower_95).toBeCloseTo(lower, 12);
    expect(data.upper_95).toBeCloseTo(upper, 12);
    expect(s.get("field_of_interest | Mobile development")).toMatchObject({respondents_answer: 0, weighted_share: 0});
  });

  it("learner_survey shares a multi-select option among every respondent", () => {
    const s = byKey(rows.learner_survey!.filter((r) => r.breakdown === "all"), "question", "answer");
    expect(s.get("learning_provider | EdX")).toMatchObject({respondents: 8, respondents_answer: 2, weighted_share: 0.25});
    expect(s.get("learning_provider | Coursera")).toMatchObject({respondents: 8, respondents_answer: 2});
  });

  it("learner_survey bins amounts, applies recodes and drops NA answers", () => {
    const s = byKey(rows.learner_survey!.filter((r) => r.breakdown === "all" && r.question === "money_spent_usd"), "answer");
    expect(s.get("0")).toMatchObject({respondents: 6, respondents_answer: 2}); // "0" and "none"
    expect(s.get("100-499")?.respondents_answer).toBe(1); // "$150"
    expect(s.get("5000 or more")?.respondents_answer).toBe(1);
    expect([...s.values()].reduce((sum, r) => sum + Number(r.weighted_share), 0)).toBeCloseTo(1, 12);
  });

  it("learner_survey breaks questions down by field of interest", () => {
    const s = byKey(rows.learner_survey!, "question", "breakdown_value", "answer");
    expect(s.get("money_spent_usd | Data science and engineering | 0")).toMatchObject({respondents: 2, respondents_answer: 1});
    expect(rows.learner_survey!.some((r) => r.question === "field_of_interest" && r.breakdown === "field_of_interest")).toBe(false);
  });

  it("learner_spend gives the share spending at least each price point", () => {
    const s = byKey(rows.learner_spend!.filter((r) => r.breakdown === "all"), "price_usd");
    expect(s.get("100")).toMatchObject({respondents: 6, respondents_at_least: 4});
    expect(s.get("10000")).toMatchObject({respondents_at_least: 1});
    const shares = [...s.values()].map((r) => Number(r.weighted_share_at_least));
    for (let i = 1; i < shares.length; i++) expect(shares[i]!).toBeLessThanOrEqual(shares[i - 1]!); // a demand curve falls
  });

  it("every share lies in its interval and in [0, 1]", () => {
    for (const row of [...rows.learner_survey!, ...rows.learner_spend!]) {
      const share = Number(row.weighted_share ?? row.weighted_share_at_least);
      expect(share).toBeGreaterThanOrEqual(0);
      expect(share).toBeLessThanOrEqual(1);
      expect(Number(row.lower_95)).toBeLessThanOrEqual(share + 1e-12);
      expect(Number(row.upper_95)).toBeGreaterThanOrEqual(share - 1e-12);
    }
  });

  it("survey_published re-derives ACODE's response rate from its counts", () => {
    const response = rows.survey_published!.find((r) => r.measure === "response_rate")!;
    expect(response).toMatchObject({numerator: 34, denominator: 47, value: 0.72});
    expect(Number(response.computed_share)).toBeCloseTo(34 / 47, 12);
  });
});
