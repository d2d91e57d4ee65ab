import {beforeAll, describe, expect, it} from "vitest";
import {queryRows, sqlString, withDuckDB, type SqlRow} from "../../loaders/duckdb.js";
import {CANONICAL_QUESTIONS} from "../../loaders/sources/surveyMapping.js";
import {wilsonInterval} from "../../loaders/marts/learnerSurvey.js";
import {learnersAndEnrolment} from "../../loaders/modules/learnersAndEnrolment.js";
import {dataPath} from "../../loaders/paths.js";
import {withWarehouse} from "../../loaders/warehouse.js";
import {byKey} from "./learners-support.js";

const MARTS = learnersAndEnrolment.marts.map((mart) => mart.name);
let rows: Record<string, SqlRow[]>;

// The shared warehouse of the shipped data (built once per change of inputs, as the site's loaders use it).
beforeAll(async () => {
  rows = await withWarehouse(async (db) => Object.fromEntries(await Promise.all(MARTS.map(async (name) => [name, await queryRows(db, `select * from ${name}`)] as const))));
}, 180_000);

/** The HarvardX/MITx course report read straight from the raw file, independently of the pipeline. */
async function harvardxTotals(): Promise<{courses: number; participants: number; certified: number}> {
  const path = dataPath("raw/moocs/harvardx_mitx_course_report_2012-2016.csv");
  return withDuckDB(async (db) => {
    const [row] = await queryRows(
      db,
      `select count(*) as courses, sum("Participants (Course Content Accessed)") as participants, sum("Certified") as certified
       from read_csv_auto(${sqlString(path)}, header = true)`
    );
    return {courses: Number(row!.courses), participants: Number(row!.participants), certified: Number(row!.certified)};
  });
}

describe("learners and enrolment marts on the shipped data", () => {
  it("builds every mart with rows (grain and contract are checked by buildWarehouse)", () => {
    for (const name of MARTS) expect(rows[name]!.length, name).toBeGreaterThan(0);
  });

  it("reproduces the HarvardX/MITx certification share from the raw course report", async () => {
    const raw = await harvardxTotals();
    expect(raw).toEqual({courses: 290, participants: 4_449_857, certified: 244_705});
    const overall = byKey(rows.mooc_funnel!, "funnel_level", "unit_id").get("subject_year | All subjects | All years")!;
    expect(overall).toMatchObject({course_runs: raw.courses, enrolled: raw.participants, certified: raw.certified});
    const share = raw.certified / raw.participants; // 0.054992… of participants certified
    expect(overall.certified_share).toBeCloseTo(share, 15);
    expect((share * 100).toFixed(1)).toBe("5.5");
    // DESIGN's "about 6% certified": the first-year report's course average; the pooled four-year share is within a point of it
    const published = byKey(rows.survey_published!, "survey", "measure");
    expect(Math.abs(share - Number(published.get("HarvardX/MITx first-year report | certified_of_registrants")!.value))).toBeLessThan(0.01);
    // the four-year report's headline counts, as published (290 courses, 245 thousand certificates)
    expect(Math.round(raw.certified / 1000) * 1000).toBe(published.get("HarvardX/MITx four-year report | certificates")!.value);
    expect(raw.courses).toBe(published.get("HarvardX/MITx four-year report | courses")!.value);
  });

  it("reproduces ACODE's 72% response (34 of 47 institutions)", () => {
    const published = byKey(rows.survey_published!, "survey", "measure");
    const response = published.get("ACODE micro-credentialing survey | response_rate")!;
    expect(response).toMatchObject({numerator: 34, denominator: 47, value: 0.72, unit: "share"});
    expect(Math.round((34 / 47) * 100)).toBe(72);
    expect(Number(response.computed_share)).toBeCloseTo(34 / 47, 15);
    expect(published.get("ACODE micro-credentialing survey | with_micro_credential_policy")).toMatchObject({numerator: 17, denominator: 34, value: 0.5});
    expect(published.get("HarvardX/MITx intention survey | intended_to_certify")?.value).toBe(0.57);
    expect(published.get("HarvardX/MITx intention survey | certified_of_intending")?.value).toBe(0.24);
    expect(published.get("OERu enrolee survey | would_pursue_micro_credential")?.value).toBe(0.46);
  });

  it("survey_published cites a URL for every figure and keeps shares in [0, 1]", () => {
    for (const row of rows.survey_published!) {
      expect(String(row.citation)).toMatch(/https:\/\//);
      if (row.unit === "share") expect(Number(row.value)).toBeGreaterThanOrEqual(0), expect(Number(row.value)).toBeLessThanOrEqual(1);
    }
  });

  it("field_supply covers NCSES 2012–2021 for all twenty broad fields", () => {
    const ncses = rows.field_supply!.filter((r) => r.source === "ncses_shed10_certificates");
    expect(new Set(ncses.map((r) => r.field_code)).size).toBe(20);
    expect(new Set(ncses.map((r) => r.year))).toEqual(new Set([2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021]));
    for (const row of rows.field_supply!) if (row.field_vocabulary === "ncses_broad_field") expect(row.ncses_field_code).toBe(row.field_code);
  });

  it("field_supply matches the NCSES community-college certificate total (SHED-3, 2021)", () => {
    const certificates = rows.field_supply!.filter(
      (r) => r.source === "ncses_shed3_community_colleges" && r.year === 2021 && String(r.award_level).startsWith("Certificate")
    );
    expect(certificates.reduce((sum, r) => sum + Number(r.completions), 0)).toBe(490_745); // the table's "Total -> Certificate" row
  });

  it("field_gap has openings from field_demand for the broad fields", () => {
    const gap = byKey(rows.field_gap!, "field_code", "supply_source");
    const computing = gap.get("computer_sciences | ncses_sub_baccalaureate")!;
    expect(computing.annual_openings).not.toBeNull();
    expect(Number(computing.gap)).toBeCloseTo(Number(computing.annual_openings) - Number(computing.completions), 6);
    expect(rows.field_gap!.filter((r) => r.field_vocabulary === "ncses_broad_field").length).toBe(60); // 20 fields × 3 pipelines
  });

  it("distance_enrolment adds up: exclusively + some = any, any + none = all students", () => {
    const ipeds = byKey(rows.distance_enrolment!.filter((r) => r.source === "ipeds_ef_dist"), "year", "student_level", "institution_control", "distance_status");
    for (const row of rows.distance_enrolment!.filter((r) => r.source === "ipeds_ef_dist" && r.distance_status === "Any distance education")) {
      const key = `${row.year} | ${row.student_level} | ${row.institution_control}`;
      const exclusively = Number(ipeds.get(`${key} | Exclusively distance education`)!.students);
      const some = Number(ipeds.get(`${key} | Some but not all distance education`)!.students);
      const none = Number(ipeds.get(`${key} | No distance education`)!.students);
      expect(Number(row.students)).toBe(exclusively + some);
      expect(Number(row.students) + none).toBe(Number(row.students_total));
    }
    const any2016 = ipeds.get("2016 | All students | All | Any distance education")!;
    expect(Number(any2016.share)).toBeGreaterThan(0.3); // NCES: about 31% of fall 2016 students took distance courses
    expect(Number(any2016.share)).toBeLessThan(0.32);
  });

  it("distance_enrolment shares lie in [0, 1] and years are 2012–2016", () => {
    for (const row of rows.distance_enrolment!) {
      expect([2012, 2013, 2014, 2015, 2016]).toContain(row.year);
      if (row.share !== null) expect(Number(row.share)).toBeGreaterThanOrEqual(0), expect(Number(row.share)).toBeLessThanOrEqual(1);
    }
  });

  it("mooc_funnel never certifies or engages more learners than enrolled", () => {
    for (const row of rows.mooc_funnel!) {
      expect(Number(row.certified)).toBeLessThanOrEqual(Number(row.enrolled));
      if (row.engaged !== null) expect(Number(row.engaged)).toBeLessThanOrEqual(Number(row.enrolled));
    }
    expect(rows.mooc_funnel!.filter((r) => r.funnel_level === "course").length).toBe(290);
  });

  it("learner_survey uses only canonical questions and gives every row n, share and interval", () => {
    const questions = new Set(Object.keys(CANONICAL_QUESTIONS));
    for (const row of rows.learner_survey!) {
      expect(questions.has(String(row.question))).toBe(true);
      for (const column of ["respondents", "weighted_share", "lower_95", "upper_95", "n_eff"]) expect(row[column], column).not.toBeNull();
      expect(Number(row.lower_95)).toBeLessThanOrEqual(Number(row.weighted_share) + 1e-12);
      expect(Number(row.weighted_share)).toBeLessThanOrEqual(Number(row.upper_95) + 1e-12);
    }
  });

  it("learner_survey shares of a single-answer question add up to 1 in every group", () => {
    const sums = new Map<string, number>();
    for (const row of rows.learner_survey!.filter((r) => r.question !== "learning_provider")) {
      const key = `${row.survey}|${row.question}|${row.breakdown}|${row.breakdown_value}`;
      sums.set(key, (sums.get(key) ?? 0) + Number(row.weighted_share));
    }
    for (const [key, sum] of sums) expect(sum, key).toBeCloseTo(1, 9);
  });

  it("learner_survey intervals equal the Wilson interval at the Kish n_eff (weight 1: n_eff = n)", () => {
    for (const row of rows.learner_survey!.slice(0, 50)) {
      expect(Number(row.n_eff)).toBeCloseTo(Number(row.respondents), 9);
      const {lower, upper} = wilsonInterval(Number(row.weighted_share), Number(row.n_eff));
      expect(Number(row.lower_95)).toBeCloseTo(lower, 12);
      expect(Number(row.upper_95)).toBeCloseTo(upper, 12);
    }
  });

  it("learner_survey reads the freeCodeCamp 2016 part-1 answers as published in the raw file", () => {
    const all = byKey(rows.learner_survey!.filter((r) => r.survey === "fcc-2016" && r.breakdown === "all"), "question", "answer");
    expect(all.get("learning_provider | Free Code Camp")).toMatchObject({respondents: 15_653, respondents_answer: 10_959});
    expect(all.get("paid_programme | Attended a full-time bootcamp")).toMatchObject({respondents: 15_411, respondents_answer: 955});
    expect(all.get("field_of_interest | Full-stack web development")).toMatchObject({respondents: 6_507, respondents_answer: 2_573});
    expect(all.get("money_spent_usd | 0")?.respondents).toBe(14_716); // 15,653 − 935 blank − 2 recoded to NA
  });

  it("learner_spend is a falling curve in every group", () => {
    const groups = new Map<string, number[]>();
    for (const row of rows.learner_spend!) {
      const key = `${row.survey}|${row.question}|${row.breakdown}|${row.breakdown_value}`;
      groups.set(key, [...(groups.get(key) ?? []), Number(row.weighted_share_at_least)]);
    }
    for (const [key, shares] of groups) for (let i = 1; i < shares.length; i++) expect(shares[i]!, key).toBeLessThanOrEqual(shares[i - 1]!);
  });
});
