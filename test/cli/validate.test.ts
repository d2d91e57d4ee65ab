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
    expect(err).toMatch(/^notes\/readme\.txt: unsupported file type \.txt; mcw validate checks scenario files .*; data files/);
  });
  it("requires at least one file and rejects unknown flags", async () => {
    expect((await run([])).err).toMatch(/missing <file>/);
    const strict = await run(["--strict", "x.json"]);
    expect(strict.code).toBe(1);
    expect(strict.err).toMatch(/Unknown option '--strict'/);
  });
});
