/**
 * Bad data CSVs: each fixture is put where the build reads it (data/user/… of a temporary data directory whose
 * other entries link to the shipped data) and checked with `mcw validate`, which loads it exactly as the build does.
 */
import {closeSync, cpSync, mkdirSync, mkdtempSync, openSync, readdirSync, rmSync, symlinkSync, writeSync} from "node:fs";
import {tmpdir} from "node:os";
import {dirname, join} from "node:path";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {dataDir, projectRoot} from "../../loaders/paths.js";
import {MAX_CSV_BYTES} from "../../loaders/readCsv.js";
import {caseById, casesOf, expectMessages, expectNoPollution, fixturePath, linesOf, runMcw, type BadCase} from "./corpus.js";

const SHORTAGE_HEADER = "source,country_code,area_type,area,soc_code,period,indicator,value,notes\n";
const shortageRow = (i: number) => `Synthetic regional series,DE,region,Region ${i},,2023-Q2,job_vacancy_rate_pct,${(i % 90) + 1}.5,generated row ${i}\n`;

let dir: string;
let previousDataDir: string | undefined;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "mcw-bad-data-"));
  const shipped = join(projectRoot, "data");
  for (const entry of readdirSync(shipped)) if (entry !== "user") symlinkSync(join(shipped, entry), join(dir, entry));
  previousDataDir = process.env.MCW_DATA_DIR;
  process.env.MCW_DATA_DIR = dir;
});

afterAll(() => {
  if (previousDataDir === undefined) delete process.env.MCW_DATA_DIR;
  else process.env.MCW_DATA_DIR = previousDataDir;
  rmSync(dir, {recursive: true, force: true});
});

/** Validates a file placed at `place` under the temporary data directory and checks the case's outcome. */
async function expectOutcome(c: BadCase, place: string): Promise<string> {
  const target = join(dir, place);
  const {exit, stdout, stderr} = await runMcw(["validate", target]);
  expect(exit, stderr).toBe(c.expect.exit);
  expectMessages(c, linesOf(c.expect.outcome === "error" ? stderr : stdout));
  if (c.expect.outcome === "error") {
    expect(stdout).toBe("");
    // every line names the file, and says what was expected
    for (const line of linesOf(stderr)) expect(line.startsWith(`${target}:`), line).toBe(true);
    for (const line of linesOf(stderr)) expect(line).toContain("expected ");
  }
  expectNoPollution();
  return stderr;
}

describe("bad data CSVs: mcw validate names file, line, column, value and expectation", () => {
  it("runs in a data directory of its own", () => expect(dataDir()).toBe(dir));

  const fileCases = casesOf("data-csv").filter((c) => "file" in c.input);
  it.each(fileCases.map((c) => [c.id, c] as const))("%s", async (_id, c) => {
    if (!("place" in c.input) || c.input.place === undefined) throw new Error(`${c.id}: a data case needs a place under the data directory`);
    const target = join(dir, c.input.place);
    mkdirSync(dirname(target), {recursive: true});
    cpSync(fixturePath(c), target);
    try {
      await expectOutcome(c, c.input.place);
    } finally {
      rmSync(target, {force: true});
    }
  });
});

describe("very large data files give a clear result in bounded time", () => {
  it("data-very-large: a 50 MB file is refused before it is read", async () => {
    const c = caseById("data-very-large");
    const place = "user/shortage/indicators.csv";
    const target = join(dir, place);
    mkdirSync(dirname(target), {recursive: true});
    const fd = openSync(target, "w");
    writeSync(fd, SHORTAGE_HEADER);
    let size = SHORTAGE_HEADER.length;
    for (let i = 0; size < 50 * 1024 * 1024; i++) size += writeSync(fd, shortageRow(i));
    closeSync(fd);
    expect(size).toBeGreaterThan(MAX_CSV_BYTES);
    try {
      await expectOutcome(c, place);
    } finally {
      rmSync(target, {force: true});
    }
  });

  it("data-large-bad-last-row: a 5 MB file is read in full and its bad last line named", async () => {
    const c = caseById("data-large-bad-last-row");
    const place = "user/shortage/indicators.csv";
    const target = join(dir, place);
    mkdirSync(dirname(target), {recursive: true});
    const fd = openSync(target, "w");
    writeSync(fd, SHORTAGE_HEADER);
    let size = SHORTAGE_HEADER.length;
    let rows = 0;
    while (size < 5 * 1024 * 1024) size += writeSync(fd, shortageRow(rows++));
    writeSync(fd, "Synthetic regional series,DE,region,The last region,,2023-Q2,job_vacancy_rate_pct,NaN,a bad rate on the last line\n");
    closeSync(fd);
    try {
      const stderr = await expectOutcome(c, place);
      // header = line 1, rows on lines 2…rows+1, the bad one right after them
      expect(stderr).toContain(`indicators.csv:${rows + 2}: column "value": found "NaN"`);
    } finally {
      rmSync(target, {force: true});
    }
  }, 180_000);
});
