import {describe, expect, it} from "vitest";
import {csvText} from "../../src/components/csvText.js";

describe("csvText(rows)", () => {
  it("writes a header from the first row and one line per row", () => {
    expect(csvText([{a: 1, b: "x"}, {a: 2.5, b: "y"}])).toBe("a,b\n1,x\n2.5,y\n");
  });
  it("quotes cells holding commas, quotes or line breaks", () => {
    expect(csvText([{title: 'Nurses, "registered"', note: "two\nlines"}])).toBe('title,note\n"Nurses, ""registered""","two\nlines"\n');
  });
  it("neutralises text a spreadsheet would run as a formula", () => {
    expect(csvText([{a: "=HYPERLINK(\"x\")", b: "+1", c: "-2", d: "@SUM(A1)"}])).toBe(`a,b,c,d\n"'=HYPERLINK(""x"")",'+1,'-2,'@SUM(A1)\n`);
  });
  it("keeps negative numbers as numbers", () => expect(csvText([{npv: -1250.5}])).toBe("npv\n-1250.5\n"));
  it("leaves missing and non-finite values empty rather than writing 0", () => {
    expect(csvText([{a: null, b: undefined, c: Number.NaN}])).toBe("a,b,c\n,,\n");
  });
  it("writes nothing for no rows", () => expect(csvText([])).toBe(""));
});
