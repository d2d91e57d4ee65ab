import {JSDOM} from "jsdom";
import {describe, expect, it} from "vitest";
import {NeedVsNpvChart, placeLabels, verdictCounts, verdictHeadline, type NeedNpvPoint} from "../../src/components/NeedVsNpvChart.js";
import {VerdictTable, sortVerdictRows, type VerdictTableRow} from "../../src/components/VerdictTable.js";
import {overviewCsvRows, overviewRows} from "../../src/components/overviewRows.js";
import type {CandidateVerdicts} from "../../src/model/verdict/candidateVerdicts.js";

const {document} = new JSDOM("<!doctype html><body></body>").window;

type Row = NeedNpvPoint & VerdictTableRow;
const row = (id: string, verdict: Row["verdict"], score: number | null, expectedNpv: number, extra: Partial<Row> = {}): Row => ({
  id,
  title: `Credential ${id}`,
  verdict,
  label: verdict,
  reasons: [`Reason one for ${id}.`, `Reason two for ${id}.`],
  score,
  coverage: 0.9,
  learnersP50: 50,
  learnersP10: 25,
  learnersP90: 90,
  expectedNpv,
  probabilityNpvPositive: 0.6,
  p10Npv: expectedNpv - 100_000,
  p90Npv: expectedNpv + 100_000,
  ...extra
});
const rows = [row("a", "no-go", 30, -200_000), row("b", "go", 70, 500_000), row("c", "consortium-only", 55, 50_000), row("d", "consortium-only", null, -10_000)];

describe("verdictCounts(rows) and verdictHeadline(rows)", () => {
  it("counts every verdict, 0 where none", () => expect(verdictCounts(rows)).toEqual({go: 1, "pathway-only": 0, "consortium-only": 2, "no-go": 1}));
  it("states how many pay on their own, naming them, then the rest", () => {
    expect(verdictHeadline(rows)).toBe("1 of 4 candidates pays off on its own (Credential b); 2 only in a consortium, 1 should not be offered");
  });
  it("says none pays when no candidate is go", () => {
    expect(verdictHeadline([row("x", "no-go", 10, -1)])).toBe("None of the 1 candidates pays off on its own; 1 should not be offered");
  });
  it("handles an empty catalogue", () => expect(verdictHeadline([])).toBe("No candidate credentials in the catalogue"));
});

describe("NeedVsNpvChart(rows, options)", () => {
  const svg = NeedVsNpvChart(rows, {width: 800, document});
  it("draws one symbol per candidate with a score", () => expect(svg.querySelectorAll('g[aria-label="dot"] > *')).toHaveLength(3));
  it("draws the 80% interval of NPV for each of them", () => expect(svg.querySelectorAll('g[aria-label="rule"] line').length).toBeGreaterThanOrEqual(3));
  it("labels each point with its title", () => {
    const labels = [...svg.querySelectorAll('g[aria-label="text"] text')].map((t) => t.textContent);
    expect(labels).toEqual(expect.arrayContaining(["Credential a", "Credential b", "Credential c"]));
  });
  it("has an accessible label naming what it shows", () => expect(svg.querySelector("svg[aria-label]")?.getAttribute("aria-label")).toMatch(/market-need score against expected net present value for 3 candidate/));
});

describe("placeLabels(points, bounds)", () => {
  it("keeps a lone label at its point, to the right", () => expect(placeLabels([{x: 10, y: 50, text: "A"}], {right: 500})[0]).toEqual({x: 10, y: 50, labelX: 19, labelY: 50, anchor: "start"}));
  it("pushes a colliding label down by one line", () => {
    const [a, b] = placeLabels([{x: 10, y: 50, text: "Alpha"}, {x: 12, y: 52, text: "Beta"}], {right: 500, lineHeight: 13});
    expect(a!.labelY).toBe(50);
    expect(b!.labelY).toBe(65);
  });
  it("puts a label that would leave the plot on the left of its point", () => expect(placeLabels([{x: 490, y: 50, text: "Long label"}], {right: 500})[0]!.anchor).toBe("end"));
  it("leaves no two label boxes overlapping in a dense cluster", () => {
    const points = Array.from({length: 8}, (_, i) => ({x: 100 + i * 3, y: 200 + (i % 3), text: `Candidate ${i}`}));
    const placed = placeLabels(points, {right: 800, lineHeight: 13, charWidth: 6});
    const boxes = placed.map((p, i) => ({left: p.labelX, right: p.labelX + points[i]!.text.length * 6, top: p.labelY - 6.5, bottom: p.labelY + 6.5}));
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        expect(a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom, `${i} and ${j} overlap`).toBe(false);
      }
    }
  });
});

describe("sortVerdictRows(rows, key, direction)", () => {
  it("orders verdicts go → no-go, ties by expected NPV", () => expect(sortVerdictRows(rows, "verdict", "ascending").map((r) => r.id)).toEqual(["b", "c", "d", "a"]));
  it("sorts numbers descending", () => expect(sortVerdictRows(rows, "expectedNpv", "descending").map((r) => r.id)).toEqual(["b", "c", "d", "a"]));
  it("puts a missing score last in both directions", () => {
    expect(sortVerdictRows(rows, "score", "descending").at(-1)?.id).toBe("d");
    expect(sortVerdictRows(rows, "score", "ascending").at(-1)?.id).toBe("d");
  });
  it("does not reorder its input", () => {
    sortVerdictRows(rows, "title", "descending");
    expect(rows.map((r) => r.id)).toEqual(["a", "b", "c", "d"]);
  });
});

describe("VerdictTable(rows, options)", () => {
  const table = VerdictTable(rows, {scenarioHref: (id) => `./scenarios#candidate=${id}`, caption: "Candidates", document});
  it("renders one block per candidate with its reasons", () => {
    expect(table.querySelectorAll("tbody")).toHaveLength(4);
    expect(table.querySelectorAll("tr.verdict-reasons li")).toHaveLength(8);
  });
  it("links each title to the candidate's scenario", () => {
    expect([...table.querySelectorAll("tbody th a")].map((a) => a.getAttribute("href"))).toEqual(["./scenarios#candidate=b", "./scenarios#candidate=c", "./scenarios#candidate=d", "./scenarios#candidate=a"]);
  });
  it("shows money in thousands and a missing score as a dash", () => {
    const cells = [...table.querySelectorAll('tbody[data-candidate="d"] td')].map((td) => td.textContent);
    expect(cells).toContain("USD −10k");
    expect(cells[1]).toBe("—");
  });
  it("re-sorts when a heading is clicked and marks it with aria-sort", () => {
    const button = [...table.querySelectorAll("th button")].find((b) => b.textContent === "Expected NPV") as HTMLButtonElement;
    button.click();
    expect(button.parentElement?.getAttribute("aria-sort")).toBe("descending");
    expect([...table.querySelectorAll("tbody")].map((b) => (b as HTMLElement).dataset.candidate)).toEqual(["b", "c", "d", "a"]);
    button.click();
    expect([...table.querySelectorAll("tbody")].map((b) => (b as HTMLElement).dataset.candidate)).toEqual(["a", "d", "c", "b"]);
  });
  it("shows text from the data as text, never as markup", () => {
    const hostile = VerdictTable([row("x", "go", 50, 1, {title: "<img src=x onerror=alert(1)>", reasons: ["<b>bold</b>"]})], {scenarioHref: (id) => id, caption: "c", document});
    expect(hostile.querySelector("img")).toBeNull();
    expect(hostile.querySelector("b")).toBeNull();
    expect(hostile.querySelector("tbody th a")?.textContent).toBe("<img src=x onerror=alert(1)>");
  });
});

describe("overviewRows(verdicts)", () => {
  const summary = (expectedNpv: number) => ({expectedNpv, probabilityNpvPositive: 0.7, p10Npv: -1, deterministicNpv: expectedNpv, p50Npv: expectedNpv, p90Npv: expectedNpv + 5, breakEvenFirstYearEnrolments: 10});
  const verdicts = {
    draws: 100,
    seed: 1,
    consortiumPartners: 3,
    currency: "USD",
    horizonYears: 5,
    thresholds: {paysMinProbability: 0.5, minMarketCoverage: 0.5, weakMarketNeedScore: 25, lowReadinessScore: 50},
    rows: [
      {
        id: "x",
        title: "X",
        verdict: "go",
        label: "Go",
        reasons: ["r1", "r2"],
        checks: [],
        identityVerification: "none",
        stacksInto: null,
        marketNeed: {score: 60, coverage: 1, rank: 1, of: 1},
        projection: {mean: 40, p10: 20, p50: 38, p90: 62},
        scenarios: {standalone: summary(100), withoutPathway: summary(100), consortium: summary(200), consortiumWithoutPathway: summary(200)}
      }
    ]
  } satisfies CandidateVerdicts;
  it("takes NPV figures from the default scenario and learners from the projection", () => {
    expect(overviewRows(verdicts)[0]).toMatchObject({expectedNpv: 100, p90Npv: 105, learnersP50: 38, score: 60});
  });
  it("flattens rows for the CSV download, reasons joined", () => {
    expect(overviewCsvRows(overviewRows(verdicts))[0]).toMatchObject({id: "x", verdict: "go", expected_npv_usd: 100, reasons: "r1 | r2"});
  });
});
