import {JSDOM} from "jsdom";
import {describe, expect, it} from "vitest";
import {SourceList, type SourceEntry} from "../../src/components/SourceList.js";
import {TextTable, breakable} from "../../src/components/TextTable.js";
import {WeightsChart, weightsHeadline, type WeightRow} from "../../src/components/WeightsChart.js";
import {DEFAULT_WEIGHTS, INDICATORS, WEIGHT_RATIONALE} from "../../src/model/marketNeed/index.js";

const {document} = new JSDOM("<!doctype html><body></body>").window;

describe("TextTable(rows, options)", () => {
  const table = TextTable([{k: "a", v: 1234.5}, {k: "", v: null}], {caption: "Demo", columns: [{label: "Key", value: (d) => d.k, code: true}, {label: "Value", value: (d) => d.v, numeric: true}], document});
  it("renders a caption, headings and one row per item", () => {
    expect(table.querySelector("caption")?.textContent).toBe("Demo");
    expect([...table.querySelectorAll("th")].map((th) => th.textContent)).toEqual(["Key", "Value"]);
    expect(table.querySelectorAll("tbody tr")).toHaveLength(2);
  });
  it("formats numbers, marks code and shows missing values as a dash", () => {
    const cells = [...table.querySelectorAll("tbody td")].map((td) => td.textContent);
    expect(cells).toEqual(["a", "1,234.5", "—", "—"]);
    expect(table.querySelector("tbody td code")?.textContent).toBe("a");
  });
  it("never renders text as markup", () => {
    const hostile = TextTable([{x: "<img src=x>"}], {caption: "c", columns: [{label: "X", value: (d) => d.x}], document});
    expect(hostile.querySelector("img")).toBeNull();
  });
});

describe("breakable(text)", () => {
  it("splits camelCase identifiers at their words", () => expect(breakable("pathwayNetValuePerStudent")).toEqual(["pathway", "Net", "Value", "Per", "Student"]));
  it("splits column paths after dots and underscores", () => expect(breakable("candidate_market.annual_openings")).toEqual(["candidate_", "market.", "annual_", "openings"]));
  it("lets code cells break there with <wbr>, keeping the text intact", () => {
    const table = TextTable([{k: "devHoursPerLearnerHour"}], {caption: "c", columns: [{label: "K", value: (d) => d.k, code: true}], document});
    expect(table.querySelectorAll("code wbr")).toHaveLength(4);
    expect(table.querySelector("code")?.textContent).toBe("devHoursPerLearnerHour");
  });
});

describe("SourceList(entries)", () => {
  const entry: SourceEntry = {
    id: "demo",
    title: "Demo data",
    publisher: "Office",
    url: "javascript:alert(1)",
    licence: "CC BY 4.0",
    vintage: "2024",
    files: ["raw/a.csv", "raw/b.csv"],
    attribution: "Source: Office.",
    caveats: null
  };
  const list = SourceList([entry, {...entry, id: "web", url: "https://example.org/x", caveats: "Old."}], {document});
  it("lists each dataset with its facts", () => {
    expect(list.querySelectorAll("li")).toHaveLength(2);
    expect(list.querySelector("#source-demo h3")?.textContent).toBe("Demo data");
    expect([...list.querySelectorAll("#source-demo dt")].map((dt) => dt.textContent)).toEqual(["Publisher", "Vintage", "Licence", "Where", "Attribution", "Files (2)"]);
    expect(list.querySelector("#source-web dd:nth-of-type(6)")?.textContent).toBe("Old.");
  });
  it("links only http(s) URLs", () => {
    expect(list.querySelector("#source-demo a")?.getAttribute("href")).toBe("#");
    expect(list.querySelector("#source-web a")?.getAttribute("href")).toBe("https://example.org/x");
  });
});

describe("WeightsChart(rows) and weightsHeadline(rows)", () => {
  const rows: WeightRow[] = INDICATORS.map((s) => ({key: s.key, label: s.label, weight: DEFAULT_WEIGHTS[s.key], rationale: WEIGHT_RATIONALE[s.key]}));
  it("names the heaviest indicator and its share", () => expect(weightsHeadline(rows)).toBe("Annual openings carries the largest weight in the market-need score: 25%"));
  it("names every indicator sharing the top weight", () => {
    expect(weightsHeadline([{key: "a", label: "A", weight: 0.5, rationale: ""}, {key: "b", label: "B", weight: 0.5, rationale: ""}])).toBe("A and b carry the largest weight in the market-need score: 50% each");
  });
  it("draws one bar per indicator, labelled with its percentage", () => {
    const svg = WeightsChart(rows, {width: 600, document});
    expect(svg.querySelectorAll('g[aria-label="bar"] rect')).toHaveLength(INDICATORS.length);
    expect([...svg.querySelectorAll('g[aria-label="text"] text')].map((t) => t.textContent)).toContain("25%");
  });
});
