import {cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {dirname, join} from "node:path";
import {beforeAll, describe, expect, it} from "vitest";
import {DataError, formatProblem, type DataProblem} from "../../loaders/dataError.js";
import {queryRows, withDuckDB} from "../../loaders/duckdb.js";
import {loadCsv} from "../../loaders/readCsv.js";
import {publishedSurveyFigures} from "../../loaders/sources/publishedSurveyFigures.js";
import {READINESS_EXAMPLE_FILE, readReadinessAnswersFile, readReadinessInstrument, readinessFilePath, readinessInstrument} from "../../loaders/sources/readinessInstrument.js";
import {institution} from "../../loaders/modules/institution.js";
import {WAREHOUSE_MODULES} from "../../loaders/modules/index.js";
import {validateDataFiles} from "../../loaders/validateFiles.js";
import {READINESS_CAPABILITIES, readinessProfile, type PublishedFigure, type ReadinessInstrument, type ReadinessProfile} from "../../src/model/readiness/index.js";
import {FIXTURES, SHIPPED, withDataDir} from "./labour-support.js";

const INSTRUMENT_FILE = readinessInstrument.file;

/** A temporary data directory holding copies of the instrument and the published survey figures it benchmarks against. */
function readinessDataDir(): {dir: string; copy: string} {
  const dir = mkdtempSync(join(tmpdir(), "mcw-readiness-"));
  for (const file of [INSTRUMENT_FILE, publishedSurveyFigures.file, READINESS_EXAMPLE_FILE]) {
    mkdirSync(dirname(join(dir, file)), {recursive: true});
    cpSync(join(SHIPPED, file), join(dir, file));
  }
  return {dir, copy: join(dir, INSTRUMENT_FILE)};
}

/** Damages a copy of the shipped instrument and validates it as `mcw validate` does. */
async function validateDamaged(damage: (lines: string[]) => void): Promise<{copy: string; problems: DataProblem[]}> {
  const {dir, copy} = readinessDataDir();
  const lines = readFileSync(copy, "utf8").split("\n");
  damage(lines);
  writeFileSync(copy, lines.join("\n"));
  const [result] = await withDataDir(dir, () => validateDataFiles([copy]));
  expect(result!.ok).toBe(false);
  return {copy, problems: result!.problems};
}

/** Replaces the first occurrence of `from` on a 1-based line. */
function edit(lines: string[], line: number, from: string, to: string): void {
  expect(lines[line - 1]).toContain(from);
  lines[line - 1] = lines[line - 1]!.replace(from, to);
}

async function shippedFigures(): Promise<PublishedFigure[]> {
  return withDuckDB(async (db) => {
    await loadCsv(db, publishedSurveyFigures);
    const rows = await queryRows(db, `select * from ${publishedSurveyFigures.table}`);
    return rows.map((r) => ({
      survey: String(r.survey),
      year: r.year === null ? null : Number(r.year),
      measure: String(r.measure),
      numerator: r.numerator === null ? null : Number(r.numerator),
      denominator: r.denominator === null ? null : Number(r.denominator),
      value: Number(r.value),
      unit: r.unit as "share" | "count",
      citation: String(r.citation)
    }));
  });
}

let instrument: ReadinessInstrument;
let profile: ReadinessProfile;

beforeAll(async () => {
  instrument = await readReadinessInstrument();
  profile = readinessProfile(instrument, readReadinessAnswersFile(instrument), await shippedFigures());
});

describe("the shipped readiness instrument", () => {
  it("has the nine dimensions the paper lists, in order, each with at least three items", () => {
    expect(instrument.dimensions.map((d) => d.id)).toEqual(["policy", "validation", "leadership", "incentives", "funding", "repository", "framework", "integration", "employers"]);
    for (const d of instrument.dimensions) expect(instrument.items.filter((i) => i.dimension === d.id).length).toBeGreaterThanOrEqual(3);
    expect(instrument.items).toHaveLength(31);
  });
  it("cites a section, table or the abstract of McGreal & Olcott (2022), with its DOI, for every item", () => {
    for (const item of instrument.items) {
      expect(item.source).toMatch(/^McGreal & Olcott \(2022\), .*(section "|Table 1|Abstract)/);
      expect(item.source).toContain("https://doi.org/10.1186/s40561-022-00190-1");
    }
  });
  it("labels every level of every scale, 0 = absent", () => {
    for (const item of instrument.items) {
      expect(item.levels.length).toBeGreaterThanOrEqual(3);
      expect(item.levels.every((level, i) => level.value === i && level.label.length > 0)).toBe(true);
    }
  });
  it("establishes every capability the verdict and the summary read, once each", () => {
    expect(new Set(instrument.items.flatMap((i) => (i.capability ? [i.capability] : [])))).toEqual(new Set(READINESS_CAPABILITIES));
  });
  it("benchmarks policy, validation and development stage against ACODE 2020", () => {
    expect(instrument.items.filter((i) => i.benchmark).map((i) => [i.id, i.benchmark!.measure, i.threshold])).toEqual([
      ["pol1", "with_micro_credential_policy", 3],
      ["val1", "with_validation_system", 3],
      ["lead4", "developed_or_developing", 2]
    ]);
  });
  it("passes mcw validate", async () => {
    const [result] = await validateDataFiles([join(SHIPPED, INSTRUMENT_FILE)]);
    expect(result).toMatchObject({ok: true, problems: []});
  });
  it("is read from the shipped data when a data tree has no instrument of its own, and builds there", async () => {
    expect(await withDataDir(FIXTURES, async () => readinessFilePath(INSTRUMENT_FILE))).toBe(join(SHIPPED, INSTRUMENT_FILE));
    const {dir, copy} = readinessDataDir();
    expect(await withDataDir(dir, async () => readinessFilePath(INSTRUMENT_FILE))).toBe(copy);
    const rows = await withDataDir(FIXTURES, () =>
      withDuckDB(async (db) => {
        await loadCsv(db, publishedSurveyFigures); // the fixtures' figures lack the benchmarked measures: the build does not need them
        await institution.build(db);
        return queryRows(db, `select item_id from ${readinessInstrument.table}`);
      })
    );
    expect(rows).toHaveLength(31);
  });
  it("is registered as a warehouse module after the published survey figures it checks against", () => {
    expect(WAREHOUSE_MODULES.at(-1)).toBe(institution);
    expect(institution.sources).toContain(readinessInstrument);
  });
});

describe("the shipped example institution", () => {
  it("is labelled as an example", () => {
    expect(profile.example).toBe(true);
    expect(profile.institution).toBe("Example: a mid-sized regional university");
  });
  it("scores 39 of 100 with 30 of 31 items answered (employer recognition left unanswered)", () => {
    // hand-computed: policy 43.75, validation 40, leadership 55, incentives 16.67, funding 25, repository 25,
    // framework 50, integration 55, employers 41.67 (emp3 unanswered: (2·2/4 + 1/4) / 3) → mean 39.12
    expect(profile.score.overall).toBeCloseTo((43.75 + 40 + 55 + 50 / 3 + 25 + 25 + 50 + 55 + 125 / 3) / 9, 10);
    expect(profile.score.answered).toBe(30);
    expect(profile.score.dimensions.find((d) => d.id === "employers")).toMatchObject({answered: 2, items: 3});
  });
  it("is weakest in faculty incentives, funding and the digital credential repository", () => {
    expect(profile.score.weakest.map((d) => d.id)).toEqual(["incentives", "funding", "repository"]);
  });
  it("has no policy and no validation system, and is developing micro-credentials", () => {
    expect(profile.score).toMatchObject({hasPolicy: false, hasValidationSystem: false, verifiesIdentity: false, developsMicroCredentials: true});
  });
  it("is compared with ACODE 2020: 17 of 34 had a policy, 11 of 34 a validation system, 88% were developing", () => {
    expect(profile.benchmarks.map((b) => [b.item, b.statement, b.meets])).toEqual([
      ["pol1", "50% (17 of 34) had a micro-credential policy", false],
      ["val1", "32% (11 of 34) had a validation system in place", false],
      ["lead4", "88% of 34 had developed or were developing micro-credentials", true]
    ]);
    expect(profile.benchmarks[0]!.citation).toMatch(/^Selvaratnam & Sankey \(2020\)/);
  });
});

describe("a damaged copy of the instrument fails validation, naming file, line, column, value and expectation", () => {
  it("a scale whose levels skip a number", async () => {
    const {copy, problems} = await validateDamaged((lines) => edit(lines, 2, "1: Under discussion", "2: Under discussion"));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({file: copy, line: 2, column: "scale"});
    expect(problems[0]!.expected).toMatch(/^an answer scale "0: label \| 1: label \| …" \(level 2 is numbered 2; expected 1/);
  });
  it("an unknown capability names the nearest", async () => {
    const {copy, problems} = await validateDamaged((lines) => edit(lines, 2, "has_policy", "has_polcy"));
    expect(problems).toEqual([{file: copy, line: 2, column: "capability", value: "has_polcy", expected: expect.stringMatching(/^empty or one of has_policy, .* \(did you mean has_policy\?\)$/)}]);
  });
  it("a threshold beyond the item's scale", async () => {
    const {copy, problems} = await validateDamaged((lines) => edit(lines, 2, ",has_policy,3,", ",has_policy,7,"));
    expect(problems).toEqual([{file: copy, line: 2, column: "threshold", value: "7", expected: "a level of the item's scale, 1–4"}]);
  });
  it("a dimension labelled two ways", async () => {
    const {copy, problems} = await validateDamaged((lines) => edit(lines, 3, "policy,Micro-credential policy,", "policy,Policy,"));
    expect(problems).toEqual([{file: copy, line: 3, column: "dimension_label", value: "Policy", expected: 'the label of dimension policy on line 2: "Micro-credential policy"'}]);
  });
  it("a benchmark measure that is not published names the nearest published one", async () => {
    const {copy, problems} = await validateDamaged((lines) => edit(lines, 2, "with_micro_credential_policy", "with_policy"));
    expect(problems).toEqual([
      {file: copy, line: 2, column: "benchmark_measure", value: "with_policy", expected: "a measure of ACODE micro-credentialing survey in published/survey-figures.csv (did you mean with_micro_credential_policy?)"}
    ]);
  });
  it("a duplicate item id names both lines", async () => {
    const {copy, problems} = await validateDamaged((lines) => edit(lines, 3, ",pol2,", ",pol1,"));
    expect(problems).toContainEqual({file: copy, line: 3, column: "item_id", value: "pol1", expected: "a unique item_id (line 2 has the same value)"});
  });
  it("a citation without a section, and a weight of zero", async () => {
    const {copy, problems} = await validateDamaged((lines) => {
      lines[2] = lines[2]!.replace(/"McGreal[^\n]*$/, '"McGreal & Olcott (2022), somewhere, https://doi.org/10.1186/s40561-022-00190-1"');
      edit(lines, 4, "published to learners and employers\",1,", "published to learners and employers\",0,");
    });
    expect(problems.map(formatProblem)).toEqual([
      `${copy}:3: column "source": found "McGreal & Olcott (2022), somewhere, https://doi.org/10.1186/s40561-022-00190-1"; expected a citation naming the section, table or page it comes from`,
      `${copy}:4: column "weight": found "0"; expected a weight > 0 and ≤ 10`
    ]);
  });
  it("a weight of 2 without its basis", async () => {
    const {copy, problems} = await validateDamaged((lines) => {
      lines[1] = lines[1]!.replace(/,2,"The only policy figure[^"]*",/, ",2,,");
    });
    expect(problems).toEqual([{file: copy, line: 2, column: "weight_basis", expected: "a reason for the weight 2 (items weigh 1 unless the source singles them out)"}]);
  });
  it("a question that is not a question", async () => {
    const {copy, problems} = await validateDamaged((lines) => edit(lines, 2, "micro-credential policy?,", "micro-credential policy,"));
    expect(problems).toEqual([{file: copy, line: 2, column: "question", value: "Does the institution have an approved micro-credential policy", expected: "a short question ending in ?"}]);
  });
  it("fails the warehouse build too", async () => {
    const {dir, copy} = readinessDataDir();
    writeFileSync(copy, readFileSync(copy, "utf8").replace(",has_policy,3,", ",has_policy,9,"));
    await expect(withDataDir(dir, () => readReadinessInstrument())).rejects.toThrow(/instrument\.csv:2: column "threshold": found "9"; expected a level of the item's scale, 1–4/);
    const build = withDataDir(dir, () =>
      withDuckDB(async (db) => {
        await loadCsv(db, publishedSurveyFigures);
        await institution.build(db);
      })
    );
    await expect(build).rejects.toBeInstanceOf(DataError);
  });
});

describe("a damaged example answers file", () => {
  it("names the file, the key, the bad value and the scale", async () => {
    const {dir} = readinessDataDir();
    const path = join(dir, READINESS_EXAMPLE_FILE);
    writeFileSync(path, readFileSync(path, "utf8").replace('"val1": 1', '"val1": 7').replace('"pol2": 1', '"pol9": 1'));
    expect(() => readReadinessAnswersFile(instrument, path)).toThrow(DataError);
    try {
      readReadinessAnswersFile(instrument, path);
    } catch (error) {
      expect((error as DataError).problems).toEqual([
        {file: path, column: "answers.val1", value: "7", expected: "a whole number 0–4 (0 = None … 4 = In place and audited for consistency across awards), or null for unanswered"},
        {file: path, column: "answers.pol9", value: "pol9", expected: expect.stringMatching(/^a known key in answers; did you mean "pol1" \(Does the institution have an approved micro-credential policy\?\)\?$/)}
      ]);
    }
  });
  it("names a missing file", () => {
    expect(() => readReadinessAnswersFile(instrument, "/nonexistent/answers.json")).toThrow(/\/nonexistent\/answers\.json: expected an existing, readable answers file \(JSON\)/);
  });
});
