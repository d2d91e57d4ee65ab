/**
 * `mcw report` argument validation (in-process, before any browser starts): a bad flag, value or combination, an
 * unknown credential or a missing build is a usage error (exit 1, nothing on stdout, the flag, the value and what
 * was expected on stderr); an invalid scenario file names file:line:column. Printing itself is tested in the browser
 * suite test/e2e/suites/reports.ts.
 */
import {mkdirSync, mkdtempSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {builtCandidates, planReport} from "../../cli/commands/report.js";
import {main} from "../../cli/main.js";
import {memoryIo} from "./memoryIo.js";

const scratch = mkdtempSync(join(tmpdir(), "mcw-report-cli-"));
/** A fake built site with the pages `mcw report` looks for. */
const site = join(scratch, "site");
mkdirSync(join(site, "reports"), {recursive: true});
for (const page of ["index.html", "reports/index.html", "reports/scenario.html", "reports/clinical-coding.html", "reports/cloud-native-software.html"]) writeFileSync(join(site, page), "<!doctype html>");
const PRESET = "scenarios/own-platform-paid.json";

async function fails(args: readonly string[]): Promise<string> {
  const io = memoryIo();
  const status = await main(["report", ...args], io);
  expect(status).toBe(1);
  expect(io.stdout()).toBe("");
  return io.stderr();
}

describe("mcw report arguments", () => {
  it("prints its help with --help", async () => {
    const io = memoryIo();
    expect(await main(["report", "--help"], io)).toBe(0);
    expect(io.stdout()).toMatch(/^Usage: mcw report <scenario.json> \[--credential ID\] --out report.pdf/);
    expect(io.stdout()).toContain("--paper SIZE      a4 (default) or letter");
  });
  it("is listed by mcw --help", async () => {
    const io = memoryIo();
    await main(["--help"], io);
    expect(io.stdout()).toMatch(/\n {2}report +Print research reports of the built site to PDF/);
  });
  it("needs --out", async () => expect(await fails([PRESET])).toMatch(/^mcw report: --out: missing; expected the PDF file to write/));
  it("needs something to report on", async () => expect(await fails(["--out", join(scratch, "a.pdf")])).toMatch(/missing <scenario.json> or --credential ID \(or --all\)/));
  it("refuses a paper size other than a4 or letter", async () => expect(await fails([PRESET, "--out", "a.pdf", "--paper", "a3"])).toMatch(/--paper: expected a4 or letter, got "a3"/));
  it("refuses a seed or draws out of range", async () => {
    expect(await fails([PRESET, "--out", "a.pdf", "--seed=-1"])).toMatch(/--seed: expected an integer from 0 to 4294967295, got "-1"/);
    expect(await fails([PRESET, "--out", "a.pdf", "--draws", "2000000"])).toMatch(/--draws: expected a whole number from 0 to 1000000, got 2000000/);
    expect(await fails([PRESET, "--out", "a.pdf", "--timeout", "0"])).toMatch(/--timeout: expected a whole number of seconds from 1 to 600, got 0/);
  });
  it("refuses an output that is not a .pdf file in an existing folder", async () => {
    expect(await fails([PRESET, "--out", join(scratch, "report.txt")])).toMatch(/--out .*report\.txt: expected a file name ending in \.pdf/);
    expect(await fails([PRESET, "--out", join(scratch, "missing", "r.pdf")])).toMatch(/the folder .*missing does not exist; expected an existing folder/);
  });
  it("refuses --all with a scenario or a credential, and a file as its folder", async () => {
    expect(await fails(["--all", PRESET, "--out", scratch])).toMatch(/--all prints every candidate's default scenario; got a scenario file too/);
    expect(await fails(["--all", "--credential", "clinical-coding", "--out", scratch])).toMatch(/--all prints every candidate; got --credential clinical-coding too/);
    const file = join(scratch, "file.pdf");
    writeFileSync(file, "");
    expect(await fails(["--all", "--out", file, "--site", site])).toMatch(/is a file; with --all, expected a folder/);
  });
  it("says to build first when the site is missing, and builds nothing", async () => {
    expect(await fails([PRESET, "--out", join(scratch, "a.pdf"), "--site", join(scratch, "no-dist")])).toMatch(/the built site .*no-dist is missing \(no index.html\); run npm run build first/);
  });
  it("refuses a credential the built site has no report for, suggesting the nearest", async () => {
    expect(await fails(["--credential", "clinical-codin", "--out", join(scratch, "a.pdf"), "--site", site])).toMatch(/--credential: no candidate "clinical-codin" in the built site \(did you mean "clinical-coding"\?\); expected one of clinical-coding, cloud-native-software/);
  });
  it("names file, line and column of an invalid scenario file", async () => {
    const bad = join(scratch, "bad.json");
    writeFileSync(bad, '{\n  "inputs": {"passRate": 85}\n}\n');
    expect(await fails([bad, "--out", join(scratch, "a.pdf"), "--site", site])).toMatch(/bad\.json:2:\d+: inputs\.passRate: got 85; expected a number in \[0, 1\]/);
  });
});

describe("planReport", () => {
  it("puts the scenario in the link of the candidate's report, with the paper and the expected hash", async () => {
    const plan = await planReport([PRESET, "--credential", "clinical-coding", "--out", join(scratch, "r.pdf"), "--paper", "Letter", "--seed", "7", "--site", site], memoryIo());
    if (plan === "help") throw new Error("help");
    expect(plan.jobs).toHaveLength(1);
    expect(plan.jobs[0]).toMatchObject({paper: "letter", out: join(scratch, "r.pdf")});
    expect(plan.jobs[0]?.path).toMatch(/^\/reports\/clinical-coding\?paper=letter#s=v1\.[A-Za-z0-9_-]+&seed=7$/);
    expect(plan.jobs[0]?.expectHash).toMatch(/^[0-9a-f]{64}$/);
  });
  it("prints the scenario report without a credential, and one PDF per built candidate with --all", async () => {
    const one = await planReport([PRESET, "--out", join(scratch, "s.pdf"), "--site", site], memoryIo());
    if (one === "help") throw new Error("help");
    expect(one.jobs[0]?.path).toMatch(/^\/reports\/scenario\?paper=a4#s=v1\./);
    const all = await planReport(["--all", "--out", join(scratch, "all"), "--site", site, "--draws", "500"], memoryIo());
    if (all === "help") throw new Error("help");
    expect(builtCandidates(site)).toEqual(["clinical-coding", "cloud-native-software"]);
    expect(all.jobs.map((j) => [j.path, j.out])).toEqual([
      ["/reports/clinical-coding?paper=a4#draws=500", join(scratch, "all", "clinical-coding.pdf")],
      ["/reports/cloud-native-software?paper=a4#draws=500", join(scratch, "all", "cloud-native-software.pdf")]
    ]);
  });
});
