/**
 * Bad command-line arguments: every one exits with status 1, prints nothing on stdout (no half a result), and says
 * on stderr which flag or argument is wrong, the value given and what was expected.
 */
import {describe, expect, it} from "vitest";
import {casesOf, expectMessages, expectNoPollution, linesOf, runMcw} from "./corpus.js";

describe("bad mcw arguments: exit 1, the flag, the value and the expectation on stderr", () => {
  it.each(casesOf("cli-args").map((c) => [c.id, c] as const))("%s", async (_id, c) => {
    if (!("argv" in c.input)) throw new Error(`${c.id}: a CLI case gives its argv`);
    const {exit, stdout, stderr} = await runMcw(c.input.argv);
    expect(exit, stderr).toBe(c.expect.exit);
    expect(stdout).toBe("");
    expectMessages(c, linesOf(stderr));
    expectNoPollution();
  });

  it("runs the same commands with good arguments (so the cases fail for the reason they name)", async () => {
    const good = await runMcw(["model", "scenarios/own-platform-paid.json", "--draws=100", "--seed", "4294967295", "--format", "csv", "--bands"]);
    expect(good.exit, good.stderr).toBe(0);
    expect(good.stdout.split("\n")[0]).toBe("section,input,metric,year,value");
  });
});
