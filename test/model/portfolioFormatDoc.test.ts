import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {ALLOCATION_RULES, BUILD_KINDS, ENROLMENT_MODES, PORTFOLIO_SOURCE_KEYS, PORTFOLIO_TOP_LEVEL_KEYS, REVENUE_SPLIT_RULES} from "../../src/model/portfolio/index.js";

const doc = readFileSync(new URL("../../docs/portfolio-format.md", import.meta.url), "utf8");

describe("docs/portfolio-format.md", () => {
  it("lists every top-level key in the keys table", () => {
    for (const key of PORTFOLIO_TOP_LEVEL_KEYS) expect(doc, key).toContain(`| \`${key}\` |`);
  });
  it("names every source key and every allowed word", () => {
    for (const key of PORTFOLIO_SOURCE_KEYS) expect(doc, key).toContain(`\`${key}\``);
    for (const word of [...ALLOCATION_RULES, ...BUILD_KINDS, ...ENROLMENT_MODES, ...REVENUE_SPLIT_RULES]) {
      expect(doc.includes(`\`${word}\``) || doc.includes(`\`"${word}"\``), word).toBe(true);
    }
  });
});
