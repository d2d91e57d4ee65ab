import {copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {dirname, join} from "node:path";
import {describe, expect, it} from "vitest";
import {DataError} from "../../loaders/dataError.js";
import {withDuckDB} from "../../loaders/duckdb.js";
import {loadCsv, type AnyCsvSpec} from "../../loaders/readCsv.js";
import {harvardxCourses, moocPivotByCohort} from "../../loaders/sources/moocs.js";
import {publishedSurveyFigures} from "../../loaders/sources/publishedSurveyFigures.js";
import {readSurvey, type SurveySource} from "../../loaders/sources/surveyExport.js";
import {userEnrolments} from "../../loaders/sources/userEnrolments.js";
import {SHIPPED, withDataDir} from "./learners-support.js";

/** A damaged copy of a shipped file in a fresh temp dir (data/raw is never touched). */
function damagedCopy(relative: string, damage: (text: string) => string | Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), "mcw-damaged-"));
  const path = join(dir, relative);
  mkdirSync(dirname(path), {recursive: true});
  writeFileSync(path, damage(readFileSync(join(SHIPPED, relative), "utf8")));
  return path;
}

async function loadError(spec: AnyCsvSpec, path: string): Promise<string> {
  return withDuckDB(async (db) => {
    try {
      await loadCsv(db, spec, path);
    } catch (error) {
      expect(error).toBeInstanceOf(DataError);
      return (error as Error).message;
    }
    throw new Error(`expected ${path} to fail validation`);
  });
}

const replaceLine = (text: string, line: number, edit: (line: string) => string) =>
  text.split("\n").map((l, i) => (i === line - 1 ? edit(l) : l)).join("\n");

describe("a damaged copy of a shipped learners/enrolment file fails with file, line, column, value and expectation", () => {
  it("names a wrong type in the HarvardX/MITx course report", async () => {
    const path = damagedCopy(harvardxCourses.file, (t) => replaceLine(t, 3, (l) => l.replace(",5783,", ",many,")));
    const message = await loadError(harvardxCourses, path);
    expect(message).toContain("harvardx_mitx_course_report_2012-2016.csv:3:");
    expect(message).toContain('column "Certified": found "many"; expected a whole number of certified participants');
  });

  it("names a missing column", async () => {
    const path = damagedCopy(harvardxCourses.file, (t) =>
      t.split("\n").map((l) => l.split(",").filter((_, i) => i !== 12).join(",")).join("\n")
    );
    const message = await loadError(harvardxCourses, path);
    expect(message).toMatch(/harvardx_mitx_course_report_2012-2016\.csv:1: column "% Certified": expected this column in the header \(it is missing\)/);
  });

  it("names a share out of range in the published survey figures", async () => {
    const path = damagedCopy(publishedSurveyFigures.file, (t) => replaceLine(t, 4, (l) => l.replace(",34,47,0.72,share,", ",34,47,72,share,")));
    const message = await loadError(publishedSurveyFigures, path);
    expect(message).toContain('survey-figures.csv:4: column "value": found "72"; expected a share as a fraction from 0 to 1 (write 72% as 0.72)');
  });

  it("names a share that does not match its own counts", async () => {
    const path = damagedCopy(publishedSurveyFigures.file, (t) => replaceLine(t, 4, (l) => l.replace(",34,47,0.72,", ",34,47,0.82,")));
    expect(await loadError(publishedSurveyFigures, path)).toContain("expected the share 34/47 = 0.7234 rounded to whole percents");
  });

  it("names a completion percent above 100 in MOOC Pivot table S3", async () => {
    const path = damagedCopy(moocPivotByCohort.file, (t) => replaceLine(t, 2, (l) => l.replace(",4.95,", ",104.95,")));
    expect(await loadError(moocPivotByCohort, path)).toContain('mooc_pivot_Table_S3.csv:2: column "p_completed": found "104.95"; expected a percent of participants from 0 to 100');
  });

  it("names certified learners above participants", async () => {
    const path = damagedCopy(moocPivotByCohort.file, (t) => replaceLine(t, 2, (l) => l.replace(",60285.0,", ",9999999,")));
    expect(await loadError(moocPivotByCohort, path)).toContain('column "n_completed": found "9999999"; expected at most the 1219030 participants');
  });

  it("names a semicolon-separated copy", async () => {
    const path = damagedCopy(moocPivotByCohort.file, (t) => t.replaceAll(",", ";"));
    expect(await loadError(moocPivotByCohort, path)).toContain('this header looks ";"-separated');
  });

  it("names both lines of a repeated key in the user's enrolments", async () => {
    const dir = mkdtempSync(join(tmpdir(), "mcw-damaged-"));
    const path = join(dir, "enrolments.csv");
    const template = readFileSync(join(SHIPPED, "templates", "enrolments.csv"), "utf8").trimEnd().split("\n");
    writeFileSync(path, [...template, template[1]!.replace(",42,", ",43,")].join("\n") + "\n");
    expect(await loadError(userEnrolments, path)).toContain("enrolments.csv:4: column \"cip_code, award_level, year\": found \"11.1003, micro-credential, 2023\"; expected a unique cip_code + award_level + year (line 2 has the same value)");
  });
});

/** A survey in a temp data dir: the template export and mapping, each optionally damaged. */
async function surveyError(damageExport: (t: string) => string | Buffer, damageMapping: (t: string) => string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "mcw-survey-"));
  mkdirSync(join(dir, "user", "survey"), {recursive: true});
  const source: SurveySource = {survey: "acme", exportFile: "user/survey/acme.csv", mappingFile: "user/survey/acme.mapping.csv"};
  writeFileSync(join(dir, source.exportFile), damageExport(readFileSync(join(SHIPPED, "templates", "survey-export.csv"), "utf8")));
  writeFileSync(join(dir, source.mappingFile), damageMapping(readFileSync(join(SHIPPED, "templates", "survey-export.mapping.csv"), "utf8")));
  return withDataDir(dir, () =>
    withDuckDB(async (db) => {
      try {
        await readSurvey(db, source);
      } catch (error) {
        expect(error).toBeInstanceOf(DataError);
        return (error as Error).message;
      }
      throw new Error("expected the survey to fail validation");
    })
  );
}

const same = (t: string) => t;

describe("a bad survey mapping or export fails with file, line, column, value and expectation", () => {
  it("accepts the templates as they are", async () => {
    const dir = mkdtempSync(join(tmpdir(), "mcw-survey-"));
    mkdirSync(join(dir, "user", "survey"), {recursive: true});
    copyFileSync(join(SHIPPED, "templates", "survey-export.csv"), join(dir, "user", "survey", "acme.csv"));
    copyFileSync(join(SHIPPED, "templates", "survey-export.mapping.csv"), join(dir, "user", "survey", "acme.mapping.csv"));
    const load = await withDataDir(dir, () => withDuckDB((db) => readSurvey(db, {survey: "acme", exportFile: "user/survey/acme.csv", mappingFile: "user/survey/acme.mapping.csv"})));
    expect(load.respondents.map((r) => r.weight)).toEqual([1.4, 0.8]);
    expect(load.answers.filter((a) => a.question === "money_spent_usd").map((a) => a.amount_usd)).toEqual([250, 0]); // "none" recoded
  });

  it("names an unknown canonical question", async () => {
    const message = await surveyError(same, (t) => t.replace("intent_to_enrol,plans_to_enrol,Not sure", "intent_to_buy,plans_to_enrol,Not sure"));
    expect(message).toContain('acme.mapping.csv:7: column "question": found "intent_to_buy"; expected a canonical question (intent_to_enrol');
  });

  it("names a source column that the export does not have", async () => {
    const message = await surveyError(same, (t) => t.replace("region,country,Australia", "region,Country of residence,Australia"));
    expect(message).toContain('acme.mapping.csv:4: column "source_column": found "Country of residence"; expected a column of');
  });

  it("names overlapping bins", async () => {
    const message = await surveyError(same, (t) => t.replace("money_spent_usd,spent_usd,,500 or more,500,", "money_spent_usd,spent_usd,,500 or more,400,"));
    expect(message).toContain('acme.mapping.csv:15: column "lower": found "400"; expected bins of money_spent_usd that do not overlap (the bin on line 14 runs to 500)');
  });

  it("names a categorical rule without an answer", async () => {
    const message = await surveyError(same, (t) => t.replace("region,country,Australia,Australia,", "region,country,Australia,,"));
    expect(message).toContain('acme.mapping.csv:4: column "answer": found "(empty)"; expected the canonical answer label');
  });

  it("names an export value the mapping does not cover", async () => {
    const message = await surveyError((t) => t.replace("Not sure", "Maybe later"), same);
    expect(message).toMatch(/survey-\w+\/user\/survey\/acme\.csv:3: column "plans_to_enrol": found "Maybe later"; expected a value mapped for intent_to_enrol/);
  });

  it("names an amount that is not a number", async () => {
    const message = await surveyError((t) => t.replace(",250,300,", ",lots,300,"), same);
    expect(message).toContain('acme.csv:2: column "spent_usd": found "lots"; expected an amount in USD');
  });

  it("names a weight that is not positive", async () => {
    const message = await surveyError((t) => t.replace(",1.4,", ",0,"), same);
    expect(message).toContain('acme.csv:2: column "weight": found "0"; expected a positive survey weight');
  });

  it("names bytes that are not UTF-8", async () => {
    const message = await surveyError((t) => Buffer.concat([Buffer.from(t.replace("New Zealand", "Aotearoa NZ"), "utf8"), Buffer.from("r003,M\xe9xico,1,No,,,,,\n", "latin1")]), same);
    expect(message).toContain("acme.csv:4:");
    expect(message).toContain("expected UTF-8 text (re-save the export as UTF-8)");
  });
});

describe("validateDataFiles (mcw validate) on learners/enrolment files", () => {
  it("accepts the templates and the shipped survey mapping", async () => {
    const {validateDataFiles} = await import("../../loaders/validateFiles.js");
    const files = ["templates/survey-export.mapping.csv", "templates/enrolments.csv", "survey/fcc-2016-mapping.csv", "published/survey-figures.csv"];
    const results = await validateDataFiles(files.map((f) => join(SHIPPED, f)));
    for (const result of results) expect(result.problems, result.file).toEqual([]);
  });

  it("checks a mapping against the export beside it", async () => {
    const {validateDataFiles} = await import("../../loaders/validateFiles.js");
    const dir = mkdtempSync(join(tmpdir(), "mcw-validate-"));
    copyFileSync(join(SHIPPED, "templates", "survey-export.csv"), join(dir, "acme.csv"));
    const mapping = readFileSync(join(SHIPPED, "templates", "survey-export.mapping.csv"), "utf8").replace("field_of_interest,field,Cyber security", "field_of_interest,subject,Cyber security");
    writeFileSync(join(dir, "acme.mapping.csv"), mapping);
    const [result] = await validateDataFiles([join(dir, "acme.mapping.csv")]);
    expect(result!.ok).toBe(false);
    expect(result!.problems).toContainEqual(expect.objectContaining({line: 10, column: "source_column", value: "subject"}));
  });
});
