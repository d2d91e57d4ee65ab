import {describe, expect, it} from "vitest";
import {main} from "../../cli/main.js";
import {memoryIo} from "./memoryIo.js";

async function run(args: string[], files: Record<string, string> = {}) {
  const io = memoryIo(files);
  const code = await main(["validate", ...args], io);
  return {code, out: io.stdout(), err: io.stderr()};
}

describe("mcw validate", () => {
  it("prints ok for each valid scenario file, exit 0", async () => {
    const {code, out, err} = await run(["scenarios/own-platform-paid.json", "scenarios/public-subsidy.json"]);
    expect([code, err]).toEqual([0, ""]);
    expect(out).toBe("ok scenarios/own-platform-paid.json\nok scenarios/public-subsidy.json\n");
  });
  it("reports every problem of a bad file on stderr and still checks the others, exit 1", async () => {
    const {code, out, err} = await run(["bad.json", "scenarios/own-platform-paid.json"], {"bad.json": '{"inputs": {"passRate": -1}}'});
    expect(code).toBe(1);
    expect(out).toBe("ok scenarios/own-platform-paid.json\n");
    expect(err).toBe("bad.json:1:13: inputs.passRate: got -1; expected a number in [0, 1]\n");
  });
  it("says a file type is unsupported", async () => {
    const {code, err} = await run(["notes/readme.txt"]);
    expect(code).toBe(1);
    expect(err).toMatch(/^notes\/readme\.txt: unsupported file type \.txt; mcw validate checks JSON files .*; data files/);
  });
  it("tells a portfolio and a readiness answers file from a scenario and checks each against its own schema", async () => {
    const {code, out, err} = await run(["portfolios/data-skills-stack.json", "data/readiness/example-answers.json"]);
    expect([code, err]).toEqual([0, ""]);
    expect(out).toBe("ok portfolios/data-skills-stack.json\nok data/readiness/example-answers.json\n");
  });
  it("names the line and column of a bad portfolio credential and of a bad readiness answer", async () => {
    const portfolio = JSON.stringify({name: "p", credentials: [{id: "a", scenario: {inputs: {passRate: 2}}}]}, null, 2);
    const answers = '{"format": "mcw-readiness-answers", "version": 1,\n "answers": {"inc1": 9}}';
    const {code, err} = await run(["p.json", "r.json"], {"p.json": portfolio, "r.json": answers});
    expect(code).toBe(1);
    expect(err).toMatch(/^p\.json:8:11: credentials\[0\]\.scenario\.inputs\.passRate: got 2; expected a number in \[0, 1\]$/m);
    expect(err).toMatch(/^r\.json:2:14: answers\.inc1: got 9; expected /m);
  });
  it("refuses a portfolio that repeats a key or nests without end, as it refuses such a scenario", async () => {
    const repeated = '{"name": "p", "name": "q", "credentials": []}';
    const deep = `{"credentials": ${"[".repeat(100_000)}${"]".repeat(100_000)}}`;
    const {code, err} = await run(["repeated.json", "deep.json"], {"repeated.json": repeated, "deep.json": deep});
    expect(code).toBe(1);
    expect(err).toMatch(/^repeated\.json:1:15: name: duplicate key "name"/m);
    expect(err).toMatch(/^deep\.json:1:80: refused: arrays and objects nested more than 64 levels deep/m);
  });
  it("requires at least one file and rejects unknown flags", async () => {
    expect((await run([])).err).toMatch(/missing <file>/);
    const strict = await run(["--strict", "x.json"]);
    expect(strict.code).toBe(1);
    expect(strict.err).toMatch(/Unknown option '--strict'/);
  });
});
