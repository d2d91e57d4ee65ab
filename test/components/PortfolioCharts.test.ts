import {readFileSync} from "node:fs";
import {JSDOM} from "jsdom";
import {describe, expect, it} from "vitest";
import {ConsortiumSizeChart, consortiumSizeFinding, consortiumSizePoints, DELIVERY_LABELS} from "../../src/components/ConsortiumSizeChart.js";
import {candidateBubbleRows, candidateFinding, layoutLabels, PortfolioCandidateChart, type CandidateVerdictInput} from "../../src/components/PortfolioCandidateChart.js";
import {combinationRows, combinationsFinding, pays, PortfolioCombinationsChart} from "../../src/components/PortfolioCombinationsChart.js";
import {describeConsortium, PortfolioCredentialTable, PortfolioPartnerTable, PortfolioSummary} from "../../src/components/PortfolioSummary.js";
import {portfolioValueFinding, portfolioValueSteps, PortfolioValueChart} from "../../src/components/PortfolioValueChart.js";
import {consortiumSizeSweep, modelPortfolio, parsePortfolio, rankCombinations, samplePortfolio} from "../../src/model/portfolio/index.js";
import {credential} from "../model/portfolioFixtures.js";

const {document} = new JSDOM("<!doctype html><body></body>").window;
const example = parsePortfolio(JSON.parse(readFileSync("portfolios/data-skills-stack.json", "utf8")));
const sample = samplePortfolio(example, {draws: 2000, seed: 1});
const report = modelPortfolio(example, {draws: 2000, seed: 1, sample});

/** A hand portfolio: two credentials sharing a 20-hour module, with a stack (see portfolioModel.test.ts). */
const hand = modelPortfolio(
  parsePortfolio({
    horizonYears: 3,
    allocation: "equal",
    credentials: [credential("x", {}, {sharedModules: ["m"]}), credential("y", {}, {sharedModules: ["m"]})],
    sharedModules: [{id: "m", title: "M", learnerHours: 20}],
    stack: {title: "Certificate", credentials: ["x", "y"], completionRate: 0.2, netValuePerStacker: 1000, lagYears: 1, approvalCost: 2000}
  })
);

const verdict = (id: string, score: number | null, npv: number, p: number, label = "No-go"): CandidateVerdictInput => ({
  id,
  title: `Credential ${id}`,
  label,
  marketNeed: {score, coverage: 0.9},
  scenarios: {standalone: {expectedNpv: npv, probabilityNpvPositive: p}}
});

describe("PortfolioCandidateChart", () => {
  const rows = candidateBubbleRows([verdict("a", 70, 50000, 0.6, "Go"), verdict("b", 40, -20000, 0.2), verdict("c", null, -5000, 0.4)], ["a"]);
  it("keeps a missing market-need score missing and marks the portfolio's credentials", () => {
    expect(rows.map((r) => [r.id, r.market_need_score, r.in_portfolio])).toEqual([
      ["a", 70, true],
      ["b", 40, false],
      ["c", null, false]
    ]);
  });
  it("states how many candidates pay alone and where the highest market need stands", () =>
    expect(candidateFinding(rows, "USD")).toBe("1 of 3 candidates have a positive expected NPV alone; the highest market need, Credential a (70/100), expects USD 50k"));
  it("draws one bubble and one label per scored candidate, with an aria-label", () => {
    const figure = PortfolioCandidateChart(rows, {width: 700, document}) as unknown as Element;
    const svg = figure.tagName.toLowerCase() === "svg" ? figure : (figure.querySelector("svg[aria-label]") as Element);
    expect(svg.querySelectorAll('g[aria-label="dot"] circle')).toHaveLength(2);
    expect([...svg.querySelectorAll('g[aria-label="text"] text')].map((t) => t.textContent)).toEqual(["Credential a", "Credential b"]);
    expect(svg.getAttribute("aria-label")).toMatch(/2 candidate credentials/);
  });
});

describe("layoutLabels", () => {
  const bounds = {left: 0, right: 400, top: 0, bottom: 300};
  it("puts a lone label to the right of its point", () =>
    expect(layoutLabels([{id: "a", x: 100, y: 100, r: 5, text: "Alpha"}], bounds)).toEqual([{id: "a", x: 109, y: 100, anchor: "start", moved: false}]));
  it("moves the second of two labels at the same spot so their boxes do not overlap", () => {
    const [a, b] = layoutLabels(
      [
        {id: "a", x: 100, y: 100, r: 5, text: "Alpha"},
        {id: "b", x: 102, y: 101, r: 5, text: "Bravo"}
      ],
      bounds
    ) as unknown as [{x: number; y: number; anchor: string}, {x: number; y: number; anchor: string; moved: boolean}];
    expect(a).toMatchObject({x: 109, y: 100, anchor: "start"});
    expect(b.anchor === "end" || Math.abs(b.y - a.y) >= 13).toBe(true);
  });
  it("uses the left side at the right edge", () =>
    expect(layoutLabels([{id: "a", x: 395, y: 100, r: 3, text: "Long label text"}], bounds)[0]).toMatchObject({anchor: "end", x: 388}));
});

describe("PortfolioSummary and tables", () => {
  const summary = PortfolioSummary(report, {document});
  it("exposes every headline figure exactly in data- attributes", () => {
    const value = (metric: string) => summary.querySelector<HTMLElement>(`[data-metric="${metric}"]`)?.dataset.value;
    expect(Number(value("npv"))).toBe(report.portfolio.deterministic.npv);
    expect(Number(value("mean"))).toBe(report.portfolio.monteCarlo!.npv.mean);
    expect(Number(value("p95"))).toBe(report.portfolio.monteCarlo!.npv.p95);
    expect(Number(value("probabilityNpvPositive"))).toBe(report.portfolio.monteCarlo!.probabilityNpvPositive);
    expect(summary.dataset.members).toBe(report.members.join(","));
    expect(summary.dataset.seed).toBe("1");
  });
  it("shows the figures as readable text", () => {
    expect(summary.textContent).toContain("P(NPV > 0)");
    expect(summary.querySelector('[data-metric="paybackYear"] dd')?.textContent).toBe(`year ${report.portfolio.deterministic.paybackYear}`);
  });
  it("lists each credential and partner with its figures", () => {
    const credentials = PortfolioCredentialTable(report, {document});
    expect(credentials.querySelectorAll("tbody tr")).toHaveLength(4);
    expect(credentials.querySelector<HTMLElement>('tr[data-credential="supply-chain-analytics"]')?.textContent).toContain("repackaged");
    const partners = PortfolioPartnerTable(report, {document});
    expect([...partners.querySelectorAll<HTMLElement>("tbody tr")].map((r) => r.dataset.partner)).toEqual(["alliance-nl", "alliance-ie", "alliance-de"]);
    expect(partners.querySelector("caption")?.textContent).toMatch(/^Each partner's share and result \(USD\)/);
  });
});

describe("describeConsortium", () => {
  it("states the example's rules", () =>
    expect(describeConsortium(example.consortium)).toBe("3 partners share development by their shares; they deliver jointly and divide the income after delivery costs by the learners each partner recruits."));
  it("states split delivery and a lone institution", () => {
    expect(describeConsortium({...example.consortium!, enrolments: "split"})).toMatch(/each teaches its own learners, runs its own cohorts/);
    expect(describeConsortium(null)).toBe("One institution alone bears every cost and keeps every income.");
  });
});

describe("PortfolioValueChart", () => {
  const steps = portfolioValueSteps(hand);
  it("bridges the hand portfolio: −77,600 separately, +12,000 shared modules, +18,000 certificate, −47,600 together", () => {
    expect(steps.map((s) => [s.step, s.kind, s.from, s.to])).toEqual([
      ["Offered separately", "total", 0, -77600],
      ["Shared modules", "gain", -77600, -65600],
      ["Certificate", "gain", -65600, -47600],
      ["Portfolio", "total", 0, -47600]
    ]);
  });
  it("states the finding with the amounts", () =>
    expect(portfolioValueFinding(steps, "USD")).toBe("Together: −USD 48k against −USD 78k offered separately; shared modules add USD 12k, Certificate adds USD 18k"));
  it("draws a bar and a label per step", () => {
    const svg = PortfolioValueChart(steps, {document}) as unknown as Element;
    expect(svg.querySelectorAll('g[aria-label="bar"] rect')).toHaveLength(4);
    expect([...svg.querySelectorAll('g[aria-label="text"] text')].map((t) => t.textContent)).toEqual(["−USD 78k", "+USD 12k", "+USD 18k", "−USD 48k"]);
  });
  it("adds up to the portfolio's NPV for the shipped example", () => expect(portfolioValueSteps(report).at(-1)?.to).toBe(report.portfolio.deterministic.npv));
});

describe("PortfolioCombinationsChart", () => {
  const credentials = example.credentials.map((c) => ({id: c.id, title: c.title}));
  const rows = combinationRows(rankCombinations(example, {sample}), credentials);
  it("ranks all 15 combinations of four credentials and joins their titles", () => {
    expect(rows).toHaveLength(15);
    expect(rows[0]!.rank).toBe(1);
    expect(rows.find((r) => r.size === 1 && r.member_ids === "cloud-native-software")?.members).toBe("Cloud-Native Software Development");
  });
  it("calls a combination paying only with a positive expected NPV and P(NPV > 0) ≥ 50%", () => {
    expect(pays({expectedNpv: 10, probabilityNpvPositive: 0.5})).toBe(true);
    expect(pays({expectedNpv: 10, probabilityNpvPositive: 0.49})).toBe(false);
    expect(pays({expectedNpv: -1, probabilityNpvPositive: null})).toBe(false);
  });
  it("states the best combination and how many pay", () => expect(combinationsFinding(rows, "USD", 4)).toMatch(/^Best: all 4 together, expected NPV USD [\d.]+k, P\(NPV > 0\) \d+%; \d+ of 15 combinations pay$/));
  it("names a best single credential, pair or all-but-one", () => {
    const row = (members: string, size: number) => ({...rows[0]!, members, size});
    expect(combinationsFinding([row("A", 1)], "USD", 3)).toMatch(/^Best: A alone,/);
    expect(combinationsFinding([row("A + B", 2)], "USD", 4)).toMatch(/^Best: A with B,/);
    expect(combinationsFinding([row("A + B + C", 3), row("A", 1), row("B", 1), row("C", 1), row("D", 1)], "USD", 4)).toMatch(/^Best: all but D,/);
  });
  it("draws a membership dot per credential and combination, and a bar per combination shown", () => {
    const element = PortfolioCombinationsChart(rows, credentials, {width: 900, top: 10, document});
    const [matrix, bars] = [...element.querySelectorAll("svg")] as unknown as [SVGElement, SVGElement];
    expect(matrix.querySelectorAll('g[aria-label="dot"] circle, g[aria-label="dot"] path')).toHaveLength(40);
    expect(bars.querySelectorAll('g[aria-label="bar"] rect')).toHaveLength(10);
    expect(bars.getAttribute("aria-label")).toMatch(/10 best combinations/);
  });
});

describe("ConsortiumSizeChart", () => {
  const points = consortiumSizePoints(consortiumSizeSweep(parsePortfolio({credentials: [credential("x")]}), {sizes: [1, 2, 4]}));
  it("names the two delivery modes and keeps the hand-computed NPVs", () => {
    expect(points.filter((p) => p.delivery === DELIVERY_LABELS.pooled).map((p) => p.npv_per_partner)).toEqual([-38800, -4400, 12800]);
    expect(points.filter((p) => p.delivery === DELIVERY_LABELS.split).map((p) => p.npv_per_partner)).toEqual([-38800, -5900, 10550]);
  });
  it("states from how many partners each mode pays", () =>
    expect(consortiumSizeFinding(points, "USD")).toBe(
      "Alone (its own learners only) a partner expects −USD 39k; pooled delivery pays each partner from 4 partners on (USD 13k each), split delivery from 4 partners on (USD 11k each)"
    ));
  it("says when a mode never pays", () => expect(consortiumSizeFinding(points.slice(0, 2).concat(points.slice(3, 5)), "USD")).toMatch(/split delivery at no size up to 2$/));
  it("draws a dot per size and mode, and marks the current consortium", () => {
    const figure = ConsortiumSizeChart(points, {width: 700, current: 2, document}) as unknown as Element;
    const svg = figure.tagName.toLowerCase() === "svg" ? figure : (figure.querySelector("svg[aria-label]") as Element);
    expect(svg.querySelectorAll('g[aria-label="dot"] > *')).toHaveLength(6);
    expect(svg.textContent).toContain("this portfolio: 2");
  });
});
