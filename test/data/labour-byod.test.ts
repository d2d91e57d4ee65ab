import {readFileSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {DataError} from "../../loaders/dataError.js";
import {catalogue} from "../../loaders/sources/catalogue.js";
import {userShortage} from "../../loaders/sources/userShortage.js";
import {validateDataFiles} from "../../loaders/validateFiles.js";
import {FIXTURES, SHIPPED, buildLabourMarket, byKey, dataDirWithUserFiles, withDataDir, writeText} from "./labour-support.js";

const CATALOGUE_HEADER = catalogue.header.join(",");
const SHORTAGE_HEADER = userShortage.header.join(",");
const OWN_CANDIDATE = "own-cloud-security,Cloud Security Engineering,School of Computing,Own University,FI,,Secure cloud workloads; Respond to cloud incidents,125,5,6,Proctored exam,online,Internal approval,supervised-id,,,,450,EUR,Own pricing committee,11.1003,15-1212";

async function buildError(dir: string): Promise<DataError> {
  try {
    await buildLabourMarket(dir, {});
  } catch (error) {
    if (error instanceof DataError) return error;
    throw error;
  }
  throw new Error("the build was expected to fail");
}

describe("bring your own data: data/user/ replaces or extends the shipped inputs at the next build", () => {
  it("data/user/catalogue.csv replaces the shipped catalogue", async () => {
    const {dir, user} = dataDirWithUserFiles(FIXTURES);
    writeText(join(user, "catalogue.csv"), `${CATALOGUE_HEADER}\n${OWN_CANDIDATE}\n`);
    const {candidates} = await buildLabourMarket(dir, {candidates: "select * from candidate_market"});
    expect(candidates!.map((c) => c.id)).toEqual(["own-cloud-security"]);
    expect(candidates![0]).toMatchObject({annual_openings: 16_000, price: 450, price_currency: "EUR"});
  });

  it("data/user/shortage/*.csv extend vacancy_pressure and rate occupations, the latest period winning", async () => {
    const {dir, user} = dataDirWithUserFiles(FIXTURES);
    writeText(
      join(user, "shortage", "own-indicators.csv"),
      [
        SHORTAGE_HEADER,
        "Own labour-market office,FI,country,Finland,,2024-Q1,job_vacancy_rate_pct,2.9,",
        "Own labour-market office,FI,region,Uusimaa,,2024-Q1,job_vacancy_rate_pct,3.4,capital region",
        "Own labour-market office,FI,region,Uusimaa,,2024-Q1,unemployed_per_opening,2.5,",
        "Own occupation barometer,FI,occupation,Software developers,15-1252,2019,shortage_rating,S,",
        "Own occupation barometer,FI,occupation,Software developers,15-1252,2024,shortage_rating,NS,",
        "Own occupation barometer,FI,occupation,Data scientists,15-2051,2024-06,shortage_rating,R,"
      ].join("\n")
    );
    const {pressure, demand} = await buildLabourMarket(dir, {
      pressure: "select * from vacancy_pressure where source like 'Own%'",
      demand: "select * from occupation_demand"
    });
    const rows = byKey(pressure!, "area_type", "area", "period_label");
    expect(rows.get("country | Finland | 2024-Q1")).toMatchObject({job_vacancy_rate_pct: 2.9, country_code: "FI", period_start: "2024-01-01", period_type: "quarter"});
    expect(rows.get("region | Uusimaa | 2024-Q1")).toMatchObject({job_vacancy_rate_pct: 3.4, unemployed_per_opening: 2.5});
    expect(pressure).toHaveLength(2);
    const occupation = byKey(demand!, "soc_code");
    expect(occupation.get("15-1252")).toMatchObject({shortage_rating: "no shortage", shortage_rating_country: "FI", shortage_rating_period: "2024", shortage_rating_source: "Own occupation barometer", au_future_demand: null});
    expect(occupation.get("15-2051")).toMatchObject({shortage_rating: "regional shortage", shortage_rating_period: "2024-06"});
    expect(occupation.get("15-1212")).toMatchObject({shortage_rating: "shortage", shortage_rating_country: "AU"}); // untouched
  });

  it("two files rating one occupation in its latest period fail the build, naming both files", async () => {
    const {dir, user} = dataDirWithUserFiles(FIXTURES);
    writeText(join(user, "shortage", "a.csv"), `${SHORTAGE_HEADER}\nBarometer A,FI,occupation,Software developers,15-1252,2024,shortage_rating,S,\n`);
    writeText(join(user, "shortage", "b.csv"), `${SHORTAGE_HEADER}\nBarometer B,SE,occupation,Software developers,15-1252,2024,shortage_rating,NS,\n`);
    const error = await buildError(dir);
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]!.file).toMatch(/a\.csv and .*b\.csv$/);
    expect(error.problems[0]).toMatchObject({column: "soc_code"});
    expect(error.problems[0]!.value).toContain("15-1252");
  });

  it("the same indicator in two files fails the build", async () => {
    const {dir, user} = dataDirWithUserFiles(FIXTURES);
    const row = "Own office,FI,country,Finland,,2024,job_vacancy_rate_pct,2.9,";
    writeText(join(user, "shortage", "a.csv"), `${SHORTAGE_HEADER}\n${row}\n`);
    writeText(join(user, "shortage", "b.csv"), `${SHORTAGE_HEADER}\n${row.replace("2.9", "3.1")}\n`);
    const error = await buildError(dir);
    expect(error.problems[0]!.expected).toMatch(/in one user file only/);
  });

  it("an unknown SOC code in a shortage file or a catalogue fails the build, naming file, line, column and code", async () => {
    const {dir, user} = dataDirWithUserFiles(FIXTURES);
    writeText(join(user, "shortage", "own.csv"), `${SHORTAGE_HEADER}\nOwn,FI,occupation,Typo,15-9999,2024,shortage_rating,S,\n`);
    const error = await buildError(dir);
    expect(error.problems).toEqual([{file: join(user, "shortage", "own.csv"), line: 2, column: "soc_code", value: "15-9999", expected: "an SOC 2018 code of a BLS Employment Projections occupation or of the CIP–SOC crosswalk"}]);

    const other = dataDirWithUserFiles(FIXTURES);
    writeText(join(other.user, "catalogue.csv"), `${CATALOGUE_HEADER}\n${OWN_CANDIDATE}\n${OWN_CANDIDATE.replace("own-cloud-security", "second").replace(",11.1003,", ",11.1004;11.1003,")}\n`);
    const catalogueError = await buildError(other.dir);
    expect(catalogueError.problems).toEqual([
      {file: join(other.user, "catalogue.csv"), line: 3, column: "cip_codes", value: "11.1004", expected: expect.stringMatching(/^a CIP 2020 code listed in the NCES CIP–SOC crosswalk/)}
    ]);
  });

  it("a shortage file's contract rejects a rating of a whole country and a rate above 100", async () => {
    const {dir, user} = dataDirWithUserFiles(FIXTURES);
    const file = join(user, "shortage", "own.csv");
    writeText(file, `${SHORTAGE_HEADER}\nOwn,FI,country,Finland,,2024,shortage_rating,S,\nOwn,FI,country,Finland,,2024,job_vacancy_rate_pct,130,\n`);
    const [result] = await withDataDir(dir, () => validateDataFiles([file]));
    expect(result!.problems).toEqual([
      {file, line: 2, column: "indicator", value: "shortage_rating", expected: "a rate or ratio: shortage_rating rates an occupation (area_type occupation)"},
      {file, line: 3, column: "value", value: "130", expected: "job vacancy rate: vacancies / (occupied posts + vacancies), percent 0–100"}
    ]);
  });
});

describe("data/templates: documented, in step with the contracts, and valid", () => {
  const readme = readFileSync(join(SHIPPED, "templates", "README.md"), "utf8");

  /** The backticked first cells of the column table under the section whose heading names the template. */
  function documentedColumns(template: string): string[] {
    const start = readme.indexOf(`(\`${template}\`)`);
    expect(start, template).toBeGreaterThan(-1);
    const section = readme.slice(start).split(/\n## /)[0]!;
    return [...section.matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1]!);
  }

  it("the README lists the catalogue columns of the contract, in order", () => {
    expect(documentedColumns("catalogue.csv")).toEqual([...catalogue.header]);
  });

  it("the README lists the shortage-indicator columns of the contract, in order", () => {
    expect(documentedColumns("shortage-indicators.csv")).toEqual([...userShortage.header]);
  });

  it("each template has its contract's exact header and passes validation", async () => {
    const files = ["catalogue.csv", "shortage-indicators.csv"].map((name) => join(SHIPPED, "templates", name));
    expect(readFileSync(files[0]!, "utf8").split("\n")[0]).toBe(CATALOGUE_HEADER);
    expect(readFileSync(files[1]!, "utf8").split("\n")[0]).toBe(SHORTAGE_HEADER);
    const results = await validateDataFiles(files);
    for (const result of results) expect(result, result.file).toMatchObject({ok: true, problems: []});
  });
});
