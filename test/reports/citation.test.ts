/**
 * CITATION.cff (Citation File Format 1.2.0) at the repository root: the keys the format requires (cff-version,
 * message, title, authors), the authors and licence the project states, and a version that follows package.json.
 */
import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";

const cff = readFileSync(new URL("../../CITATION.cff", import.meta.url), "utf8");
const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {version: string; license: string};
/** The value of a top-level `key: value` line, without quotes. */
const top = (key: string) => new RegExp(`^${key}: *"?([^"\\n]*)"?$`, "m").exec(cff)?.[1];

describe("CITATION.cff", () => {
  it("has the keys Citation File Format 1.2.0 requires", () => {
    expect(top("cff-version")).toBe("1.2.0");
    expect(top("message")?.length).toBeGreaterThan(20);
    expect(top("title")).toBe("Micro-credential Workbench");
    expect(top("type")).toBe("software");
  });
  it("names the contributors as its author (an entity) and the licence and version of package.json", () => {
    expect(cff).toMatch(/^authors:\n {2}- name: "Micro-credential Workbench contributors"$/m);
    expect(top("license")).toBe(pkg.license);
    expect(top("version")).toBe(pkg.version);
  });
  it("is plain YAML: no tabs, every line a key, a list item or an indented continuation", () => {
    expect(cff).not.toMatch(/\t/);
    for (const line of cff.split("\n").filter((l) => l.trim() !== "")) expect(line).toMatch(/^([a-z-]+:( .*)?| {2}- .*| {4}[a-z]+: .*)$/);
  });
});
