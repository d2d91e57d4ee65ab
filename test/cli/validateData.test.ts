import {mkdtempSync, readFileSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {main} from "../../cli/main.js";
import {memoryIo} from "./memoryIo.js";

const shipped = readFileSync("data/catalogue/candidates.csv", "utf8");

describe("mcw validate <data files>", () => {
  it("accepts the shipped catalogue and a scenario in one call, exit 0", async () => {
    const io = memoryIo();
    expect(await main(["validate", "data/catalogue/candidates.csv", "scenarios/own-platform-paid.json"], io)).toBe(0);
    expect(io.stdout()).toBe("ok data/catalogue/candidates.csv\nok scenarios/own-platform-paid.json\n");
  });

  it("names file, line, column, bad value and expectation for a damaged copy, exit 1", async () => {
    const dir = mkdtempSync(join(tmpdir(), "mcw-validate-"));
    const lines = shipped.split("\n");
    const header = (lines[0] ?? "").split(",");
    const column = header.indexOf("workload_hours");
    // Replace the workload of the first candidate with text; the copy keeps the shipped header.
    const cells = (lines[1] ?? "").match(/("([^"]|"")*"|[^,]*)(,|$)/g)?.map((c) => c.replace(/,$/, "")) ?? [];
    cells[column] = "lots";
    lines[1] = cells.join(",");
    const file = join(dir, "candidates.csv");
    writeFileSync(file, lines.join("\n"));
    const io = memoryIo();
    expect(await main(["validate", file], io)).toBe(1);
    expect(io.stderr()).toMatch(new RegExp(`candidates\\.csv:2: column "workload_hours": found "lots"; expected .+`));
  });

  it("reports a CSV that matches no known source or template, naming the closest", async () => {
    const dir = mkdtempSync(join(tmpdir(), "mcw-validate-"));
    const file = join(dir, "mystery.csv");
    writeFileSync(file, "id,title\nx,y\n");
    const io = memoryIo();
    expect(await main(["validate", file], io)).toBe(1);
    expect(io.stderr()).toMatch(/mystery\.csv:1: expected a header that matches a known data file or template; the closest is/);
  });
});
