import {copyFileSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {beforeAll, describe, expect, it} from "vitest";
import type {SqlRow} from "../../loaders/duckdb.js";
import {kishEffectiveSampleSize, wilsonInterval} from "../../loaders/marts/learnerSurvey.js";
import {buildWarehouse} from "../../loaders/warehouse.js";
import {SHIPPED, buildAndQuery, byKey, shippedDataDirWithUserFiles} from "./learners-support.js";

/** A weighted survey in the template's layout: five respondents, one with a blank intent. */
const ACME = `respondent_id,country,weight,plans_to_enrol,field,spent_usd,would_pay_usd,used_coursera,used_edx
r1,New Zealand,2.0,Yes within 12 months,Data analytics,250,300,yes,
r2,Australia,1.0,Not sure,Cyber security,none,$150,,yes
r3,New Zealand,1.0,Yes within 12 months,Cyber security,900,600,yes,yes
r4,United States,0.5,No,Data analytics,0,don't know,,
r5,New Zealand,0.5,,Data analytics,40,90,,
`;

let rows: Record<string, SqlRow[]>;

beforeAll(async () => {
  const {dir, user} = shippedDataDirWithUserFiles();
  const mapping = join(SHIPPED, "templates", "survey-export.mapping.csv");
  writeFileSync(join(user, "survey", "acme-2024.csv"), ACME); // extends the shipped surveys
  copyFileSync(mapping, join(user, "survey", "acme-2024.mapping.csv"));
  copyFileSync(join(SHIPPED, "templates", "survey-export.csv"), join(user, "survey", "fcc-2016.csv")); // replaces the shipped one
  copyFileSync(mapping, join(user, "survey", "fcc-2016.mapping.csv"));
  copyFileSync(join(SHIPPED, "templates", "enrolments.csv"), join(user, "enrolments.csv"));
  rows = await buildAndQuery(dir, buildWarehouse, {
    learner_survey: "select * from learner_survey",
    learner_spend: "select * from learner_spend",
    field_supply: "select * from field_supply where field_vocabulary = 'cip2020'",
    field_gap: "select * from field_gap where field_vocabulary = 'cip2020'",
    field_demand: "select cip_code, annual_openings from field_demand where cip_code in ('11.1003', '30.7101')"
  });
}, 180_000);

describe("bring your own data through MCW_DATA_DIR", () => {
  it("a user survey extends the shipped ones, and one named fcc-2016 replaces the shipped export", () => {
    const surveys = new Set(rows.learner_survey!.map((r) => r.survey));
    expect(surveys).toEqual(new Set(["acme-2024", "fcc-2016"]));
    const fcc = rows.learner_survey!.find((r) => r.survey === "fcc-2016" && r.question === "learning_provider" && r.breakdown === "all");
    expect(fcc?.respondents).toBe(2); // the two template rows, not the 15,653 shipped respondents
  });

  it("weights shares and uses the Kish effective sample size in the Wilson interval", () => {
    const s = byKey(rows.learner_survey!.filter((r) => r.survey === "acme-2024"), "question", "breakdown", "breakdown_value", "answer");
    const intends = s.get("intent_to_enrol | all | All respondents | Intends to enrol within 12 months")!;
    const weights = [2.0, 1.0, 1.0, 0.5]; // r5 left the question blank
    const nEff = kishEffectiveSampleSize(weights);
    expect(nEff).toBeCloseTo(20.25 / 6.25, 12);
    expect(intends).toMatchObject({respondents: 4, respondents_answer: 2});
    expect(Number(intends.weighted_share)).toBeCloseTo(3 / 4.5, 12);
    expect(Number(intends.n_eff)).toBeCloseTo(nEff, 12);
    const {lower, upper} = wilsonInterval(3 / 4.5, nEff);
    expect(Number(intends.lower_95)).toBeCloseTo(lower, 12);
    expect(Number(intends.upper_95)).toBeCloseTo(upper, 12);
  });

  it("maps regions with a catch-all and breaks answers down by region and field of interest", () => {
    const s = byKey(rows.learner_survey!.filter((r) => r.survey === "acme-2024"), "question", "breakdown", "breakdown_value", "answer");
    expect(Number(s.get("region | all | All respondents | Other countries")!.weighted_share)).toBeCloseTo(0.5 / 5, 12);
    expect(Number(s.get("intent_to_enrol | region | New Zealand | Intends to enrol within 12 months")!.weighted_share)).toBe(1);
    expect(s.get("field_of_interest | all | All respondents | Cyber security")?.cip_code).toBe("11.1003");
    expect(Number(s.get("learning_provider | field_of_interest | Cyber security | edX")!.weighted_share)).toBe(1);
  });

  it("reads willingness to pay into the price–demand curve, dropping answers recoded to NA", () => {
    const curve = byKey(rows.learner_spend!.filter((r) => r.survey === "acme-2024" && r.breakdown === "all"), "question", "price_usd");
    const at150 = curve.get("willingness_to_pay_usd | 150")!;
    expect(at150.respondents).toBe(4); // r4 answered "don't know"
    expect(Number(at150.weighted_share_at_least)).toBeCloseTo((2.0 + 1.0 + 1.0) / 4.5, 12);
  });

  it("own enrolments extend field_supply and add CIP rows to field_gap", () => {
    expect(rows.field_supply!.map((r) => `${r.field_code}|${r.award_level}|${r.year}|${r.completions}|${r.ncses_field_code}`).sort()).toEqual([
      "11.1003|micro-credential|2023|42|computer_sciences",
      "30.7101|certificate|2023|18|mathematics_statistics"
    ]);
    const demand = byKey(rows.field_demand!, "cip_code");
    const gap = byKey(rows.field_gap!, "field_code");
    const security = gap.get("11.1003")!;
    expect(security.annual_openings).toBe(demand.get("11.1003")!.annual_openings);
    expect(Number(security.gap)).toBeCloseTo(Number(security.annual_openings) - 42, 9);
    expect(security.supply_source).toBe("user:Student records system extract 2024-02-01");
  });
});
