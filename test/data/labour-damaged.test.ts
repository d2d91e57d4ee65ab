import {readFileSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {formatProblem, type DataProblem} from "../../loaders/dataError.js";
import {validateDataFiles} from "../../loaders/validateFiles.js";
import {SHIPPED, dataDirWithCopyOf, withDataDir} from "./labour-support.js";

const BLS_110 = "raw/labour_market_us/bls_ep_table_1_10_separations_openings_2024-34.csv";
const JOLTS_INDUSTRY = "raw/job_vacancies/jolts_2025-05_job_openings_rate_trail3_by_industry.csv";
const AU_SPL = "raw/job_vacancies/au_nsc_skills_priority_list_2022.csv";
const EUROSTAT = "raw/job_vacancies/eurostat_jvs_job_vacancy_rate_eu_countries_2022Q1-2023Q2.csv";

/** Copies a shipped file into a temporary data tree, damages the copy, and validates it there. */
async function validateDamaged(relativePath: string, damage: (text: string) => string | Buffer): Promise<{copy: string; problems: DataProblem[]; messages: string[]}> {
  const {dir, copy} = dataDirWithCopyOf(relativePath);
  writeFileSync(copy, damage(readFileSync(copy, "utf8")));
  const [result] = await withDataDir(dir, () => validateDataFiles([copy]));
  expect(result!.ok).toBe(false);
  return {copy, problems: result!.problems, messages: result!.problems.map(formatProblem)};
}

/** Replaces one line (1-based) of a text. */
function replaceLine(text: string, line: number, edit: (line: string) => string): string {
  const lines = text.split("\n");
  lines[line - 1] = edit(lines[line - 1]!);
  return lines.join("\n");
}

describe("a damaged copy of a shipped file fails validation, naming file, line, column, value and expectation", () => {
  it("wrong type: a word where BLS prints employment in thousands", async () => {
    const {copy, problems, messages} = await validateDamaged(BLS_110, (text) => replaceLine(text, 3, (l) => l.replace(",13607.6,", ",about 13.6 million,")));
    expect(problems).toEqual([{file: copy, line: 3, column: "Employment, 2024", value: "about 13.6 million", expected: "employment in thousands"}]);
    expect(messages[0]).toBe(`${copy}:3: column "Employment, 2024": found "about 13.6 million"; expected employment in thousands`);
  });

  it("missing column: a header without the labour-force exit rate", async () => {
    const column = "Labor force exit rate, 2024–34 annual average";
    const {copy, problems} = await validateDamaged(BLS_110, (text) =>
      text
        .split("\n")
        .map((line, i) => (i === 0 ? line.replace(`"${column}",`, "") : line))
        .join("\n")
    );
    expect(problems).toContainEqual({file: copy, line: 1, column, expected: "this column in the header (it is missing)"});
  });

  it("rate out of range: a JOLTS openings rate of 250 percent", async () => {
    const {copy, problems, messages} = await validateDamaged(JOLTS_INDUSTRY, (text) => replaceLine(text, 2, (l) => l.replace(/^2025-05-01,Monthly,[^,]+,/, "2025-05-01,Monthly,250,")));
    expect(problems).toEqual([{file: copy, line: 2, column: "value", value: "250", expected: "a job openings rate in percent, 0–100"}]);
    expect(messages[0]).toContain(`${copy}:2: column "value": found "250"`);
  });

  it("duplicate key: an ANZSCO occupation listed twice names both lines", async () => {
    const {copy, problems} = await validateDamaged(AU_SPL, (text) => {
      const lines = text.split("\n");
      lines.splice(10, 0, lines[4]!); // line 5 again as line 11
      return lines.join("\n");
    });
    const code = readFileSync(join(SHIPPED, AU_SPL), "utf8").split("\n")[4]!.split(",")[0]!;
    expect(problems).toEqual([{file: copy, line: 11, column: "ANZSCO Code", value: code, expected: "a unique ANZSCO Code (line 5 has the same value)"}]);
  });

  it("empty file: no header at all", async () => {
    const {copy, problems} = await validateDamaged(EUROSTAT, () => "");
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({file: copy, line: 1});
    expect(problems[0]!.expected).toMatch(/^a header row: 2022Q1, 2022Q2/);
  });

  it("wrong delimiter: a semicolon-separated export of a comma file", async () => {
    const {copy, problems} = await validateDamaged(EUROSTAT, (text) => text.replaceAll(",", ";"));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({file: copy, line: 1, value: "2022Q1;2022Q2;2022Q3;2022Q4;2023Q1;2023Q2;country"});
    expect(problems[0]!.expected).toMatch(/^columns separated by commas \(this header looks ";"-separated\)/);
  });

  it("non-UTF-8 bytes: a Latin-1 é in an occupation title", async () => {
    const {copy, problems} = await validateDamaged(AU_SPL, (text) => {
      const lines = text.split("\n");
      const bytes = [Buffer.from(lines.slice(0, 6).join("\n") + "\n", "utf8"), Buffer.from("111111,Chief Executive or Managing Direct", "utf8"), Buffer.from([0xe9]), Buffer.from("r,NS,Moderate,NS,NS,NS,NS,NS,NS,NS,NS\n", "utf8"), Buffer.from(lines.slice(6).join("\n"), "utf8")];
      return Buffer.concat(bytes);
    });
    expect(problems).toEqual([{file: copy, line: 7, value: "111111,Chief Executive or Managing Directér,NS,Moderate,NS,NS,NS,NS,NS,NS,NS,NS", expected: "UTF-8 text (re-save the file as UTF-8)"}]);
  });

  it("reports every bad row of a file in one run, not only the first", async () => {
    const {problems} = await validateDamaged(JOLTS_INDUSTRY, (text) =>
      text
        .split("\n")
        .map((l, i) => (i === 0 || l === "" ? l : l.replace(/^2025-05-01,Monthly,[^,]+,/, "2025-05-01,Monthly,-1,")))
        .join("\n")
    );
    expect(problems).toHaveLength(12);
    expect(problems.map((p) => p.line)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
  });
});
