import {mkdtempSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {labourMarket} from "../../loaders/modules/labourMarket.js";
import {knownSpecs, validateDataFiles} from "../../loaders/validateFiles.js";
import {SHIPPED, writeText} from "./labour-support.js";

describe("validateDataFiles(paths)", () => {
  it("accepts every shipped labour-market file, matched by its path under data/", async () => {
    const files = (labourMarket.sources ?? []).filter((spec) => !spec.file.startsWith("templates/")).map((spec) => join(SHIPPED, spec.file));
    expect(files.length).toBeGreaterThanOrEqual(20);
    const results = await validateDataFiles(files);
    for (const result of results) expect(result, result.file).toMatchObject({ok: true, problems: []});
  });

  it("lists the sources of every warehouse module, so other modules' files plug in", () => {
    const tables = knownSpecs().map(({spec}) => spec.table);
    expect(tables).toContain("src_catalogue");
    expect(tables).toContain("src_onet_education");
    expect(new Set(knownSpecs().map(({module}) => module.name)).size).toBeGreaterThan(1);
  });

  it("matches a file outside the data directory by its header", async () => {
    const dir = mkdtempSync(join(tmpdir(), "mcw-validate-"));
    const file = join(dir, "my-shortage.csv");
    writeText(file, "source,country_code,area_type,area,soc_code,period,indicator,value,notes\nOwn,FI,country,Finland,,2024-13,job_vacancy_rate_pct,2.9,\n");
    const [result] = await validateDataFiles([file]);
    expect(result!.problems).toEqual([{file, line: 2, column: "period", value: "2024-13", expected: "a period: YYYY, YYYY-Qn or YYYY-MM"}]);
  });

  it("runs cross-source checks: a catalogue code missing from the crosswalk is a problem", async () => {
    const dir = mkdtempSync(join(tmpdir(), "mcw-validate-"));
    const file = join(dir, "catalogue.csv");
    const [header, row] = (await import("node:fs")).readFileSync(join(SHIPPED, "templates", "catalogue.csv"), "utf8").split("\n");
    writeText(file, `${header}\n${row!.replace(/,15-1212$/, ",15-1212;15-0000")}\n`);
    const [result] = await validateDataFiles([file]);
    expect(result!.problems).toEqual([{file, line: 2, column: "soc_codes", value: "15-0000", expected: "an SOC 2018 code of a BLS Employment Projections occupation or of the CIP–SOC crosswalk"}]);
  });

  it("names the closest spec for a CSV that matches nothing, and checks it against that spec", async () => {
    const dir = mkdtempSync(join(tmpdir(), "mcw-validate-"));
    const file = join(dir, "jvs.csv");
    writeText(file, "2022Q1,2022Q2,2022Q3,2022Q4,2023Q1,2023Q3,country\n4.7,4.8,5.0,4.6,4.7,4.4,Austria\n");
    const [result] = await validateDataFiles([file]);
    expect(result!.ok).toBe(false);
    expect(result!.problems[0]!.expected).toMatch(/closest is raw\/job_vacancies\/eurostat_jvs_job_vacancy_rate_eu_countries_2022Q1-2023Q2\.csv \(table src_eurostat_jvs, 75% of columns in common\)/);
    expect(result!.problems).toContainEqual({file, line: 1, column: "2023Q2", expected: "this column in the header (it is missing)"});
  });

  it("reports a file that shares no column with any spec, and an unreadable path", async () => {
    const dir = mkdtempSync(join(tmpdir(), "mcw-validate-"));
    const file = join(dir, "notes.csv");
    writeText(file, "alpha,beta\n1,2\n");
    const [unknown, missing] = await validateDataFiles([file, join(dir, "missing.csv")]);
    expect(unknown!.problems).toEqual([{file, line: 1, expected: "a header that matches a known data file or template (no known file shares a column with this one)"}]);
    expect(missing!.ok).toBe(false);
    expect(missing!.problems[0]!.expected).toMatch(/empty or unreadable/);
  });
});
