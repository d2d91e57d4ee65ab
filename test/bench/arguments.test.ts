import {describe, expect, it} from "vitest";
import {parsePostingsArgs} from "../../bench/postingsPipeline.js";
import {parseBenchArgs} from "../../bench/runAll.js";

describe("parsePostingsArgs(argv) — the postings child's command line", () => {
  it("reads every option and fills the defaults", () => {
    expect(parsePostingsArgs(["--rows", "1000"])).toEqual({rows: 1000, seed: 42, threads: 2, memoryLimit: "3GB", lake: false});
    expect(parsePostingsArgs(["--rows", "5", "--seed", "7", "--threads", "1", "--memory-limit", "512MB", "--lake"])).toEqual({rows: 5, seed: 7, threads: 1, memoryLimit: "512MB", lake: true});
  });
  it("names the argument, the bad value and what was expected", () => {
    expect(() => parsePostingsArgs(["--rows", "10x"])).toThrow('postings: --rows "10x": expected a whole number of rows');
    expect(() => parsePostingsArgs(["--rows", "0"])).toThrow("postings: --rows 0: expected at least 1 row");
    expect(() => parsePostingsArgs(["--rows", "5", "--memory-limit", "lots"])).toThrow('postings: --memory-limit "lots": expected a size like 3GB or 512MB');
    expect(() => parsePostingsArgs([])).toThrow("postings: --rows null: expected a whole number of rows");
  });
  it("refuses an unknown argument and a flag without its value", () => {
    expect(() => parsePostingsArgs(["--rows", "5", "--bogus"])).toThrow(/unknown argument "--bogus"; expected one of --rows, --seed, --threads, --memory-limit, --lake/);
    expect(() => parsePostingsArgs(["--rows"])).toThrow("postings: --rows needs a value");
  });
});

describe("parseBenchArgs(argv) — npm run bench", () => {
  it("runs everything and writes the results by default", () => expect(parseBenchArgs([])).toEqual({quick: false, write: true}));
  it("reads --quick and --no-write", () => expect(parseBenchArgs(["--quick", "--no-write"])).toEqual({quick: true, write: false}));
  it("names an unknown argument", () => expect(() => parseBenchArgs(["--fast"])).toThrow('bench: unknown argument "--fast"; expected --quick or --no-write'));
});
