/**
 * Bad survey mapping files (and the exports they read): `mcw validate <name>.mapping.csv` checks the mapping's rows,
 * its rules across rows, and every export value against it, as the build does.
 */
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {withDuckDB} from "../../loaders/duckdb.js";
import {readSurvey} from "../../loaders/sources/surveyExport.js";
import {BAD, caseById, casesOf, expectMessages, expectNoPollution, fixturePath, linesOf, runMcw} from "./corpus.js";

describe("bad survey mappings: mcw validate names file, line, column, value and expectation", () => {
  it.each(casesOf("survey-mapping").map((c) => [c.id, c] as const))("%s", async (_id, c) => {
    const {exit, stdout, stderr} = await runMcw(["validate", fixturePath(c)]);
    expect(exit, stderr).toBe(c.expect.exit);
    expectMessages(c, linesOf(c.expect.outcome === "error" ? stderr : stdout));
    if (c.expect.outcome === "error") {
      expect(stdout).toBe("");
      for (const line of linesOf(stderr)) expect(line).toMatch(/^test\/fixtures\/bad\/survey\/[a-z-]+(\.mapping)?\.csv:\d+: .*expected /);
    }
    expectNoPollution();
  });

  it("reads an export column named __proto__ as an ordinary column", async () => {
    const c = caseById("mapping-proto-column");
    const exportFile = "export" in c.input ? c.input.export : undefined;
    if (exportFile === undefined) throw new Error("the case names its export");
    const load = await withDuckDB((db) => readSurvey(db, {survey: "proto", exportFile: join(BAD, exportFile), mappingFile: fixturePath(c)}));
    const regions = load.answers.filter((a) => a.question === "region").map((a) => a.answer);
    expect(regions).toEqual(["New Zealand", "Australia"]);
    expectNoPollution();
  });
});
