import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {DISTRIBUTION_NAMES} from "../../src/model/distributions.js";
import {KIND_DOMAINS, SCENARIO_INPUTS} from "../../src/model/scenarioInputs.js";
import {SCENARIO_TOP_LEVEL_KEYS} from "../../src/model/scenarioSchema.js";

const doc = readFileSync(new URL("../../docs/scenario-format.md", import.meta.url), "utf8");

describe("docs/scenario-format.md", () => {
  it("lists every input with its current default, unit, group, domain and citation", () => {
    for (const spec of SCENARIO_INPUTS) {
      const domain =
        spec.kind === "level" ? "none · supervised · supervised-id" : `[${KIND_DOMAINS[spec.kind].min}, ${String(KIND_DOMAINS[spec.kind].max).replace("1000000000000", "1e12")}]`;
      const row = `| \`${spec.key}\` | ${spec.default} | ${spec.unit} | ${spec.group} | ${domain} | ${spec.canBeUncertain ? "yes" : "no"} | ${spec.citation} |`;
      expect(doc, spec.key).toContain(row);
    }
  });
  it("lists every top-level key and every distribution", () => {
    for (const key of SCENARIO_TOP_LEVEL_KEYS) expect(doc).toContain(`| \`${key}\` |`);
    for (const name of DISTRIBUTION_NAMES) expect(doc).toContain(`| \`${name}\` |`);
  });
});
