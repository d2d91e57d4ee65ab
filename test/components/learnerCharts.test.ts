import {JSDOM} from "jsdom";
import {describe, expect, it} from "vitest";
import {FunnelChart, funnelShares} from "../../src/components/FunnelChart.js";
import {PriceDemandChart, priceFinding, spendCurve, type LearnerSpend} from "../../src/components/PriceDemandChart.js";
import {
  PublishedFigureList,
  PublishedShareChart,
  citationUrl,
  figureValue,
  groupBySurvey,
  measureLabel,
  publishedFinding,
  publishedShare,
  shareBars,
  type PublishedFigure
} from "../../src/components/PublishedFigures.js";
import {ShareIntervalChart, answerByGroup, answerShares, groupRangeFinding, topShareFinding, type SurveyShareRow} from "../../src/components/ShareIntervalChart.js";
import {answersOf, groupsOf, haircutFinding, haircutStages, questionsOf, surveys} from "../../src/components/learnerSurvey.js";

const {document} = new JSDOM("<!doctype html><body></body>", {url: "http://localhost/"}).window;
const svgOf = (node: Element) => (node.tagName.toLowerCase() === "svg" ? node : node.querySelector(":scope > svg"))!;
const marks = (node: Element, aria: string) => [...svgOf(node).querySelectorAll(`g[aria-label="${aria}"]`)];

const share = (question: string, answer: string, order: number, value: number, over: Partial<SurveyShareRow> = {}): SurveyShareRow => ({
  survey: "fcc-2016",
  question,
  breakdown: "all",
  breakdown_value: "All respondents",
  answer,
  answer_order: order,
  respondents: 6751,
  respondents_answer: Math.round(value * 6751),
  weighted_share: value,
  n_eff: 6751,
  lower_95: value - 0.011,
  upper_95: value + 0.011,
  ...over
});
const survey: SurveyShareRow[] = [
  share("career_change_intent", "Already applying", 0, 0.1746),
  share("career_change_intent", "Within 6 months", 1, 0.302),
  share("career_change_intent", "Undecided", 2, 0.1992),
  share("career_change_intent", "Within 6 months", 1, 0.345, {breakdown: "field_of_interest", breakdown_value: "Full-stack web development", respondents: 2565, lower_95: 0.327, upper_95: 0.364}),
  share("career_change_intent", "Within 6 months", 1, 0.197, {breakdown: "field_of_interest", breakdown_value: "DevOps and system administration", respondents: 218, lower_95: 0.149, upper_95: 0.256}),
  share("field_of_interest", "Full-stack web development", 0, 0.3954)
];

describe("survey shares", () => {
  it("lists a question's answers in the survey's order, with their intervals", () => {
    expect(answerShares(survey, "fcc-2016", "career_change_intent").map((d) => [d.label, d.share])).toEqual([
      ["Already applying", 0.1746],
      ["Within 6 months", 0.302],
      ["Undecided", 0.1992]
    ]);
  });
  it("names the most common answer with its interval", () => {
    expect(topShareFinding(answerShares(survey, "fcc-2016", "career_change_intent"))).toBe("“Within 6 months” is the most common answer: 30.2% of 6,751 respondents (95% CI 29.1–31.3%)");
    expect(topShareFinding([])).toBe("No answers to show");
  });
  it("compares one answer across groups and says whether the intervals overlap", () => {
    const byField = answerByGroup(survey, "fcc-2016", "career_change_intent", "field_of_interest", "Within 6 months");
    expect(byField.map((d) => d.label)).toEqual(["Full-stack web development", "DevOps and system administration"]);
    expect(groupRangeFinding(byField, "Within 6 months")).toBe("“Within 6 months” ranges from 34.5% (Full-stack web development) to 19.7% (DevOps and system administration); the 95% intervals do not overlap");
    const overlapping = [{...byField[0]!, lower: 0.2}, byField[1]!];
    expect(groupRangeFinding(overlapping, "x")).toMatch(/intervals overlap, so the gap may be noise/);
  });
  it("knows which questions, answers, groups and surveys the data hold", () => {
    expect(surveys(survey)).toEqual(["fcc-2016"]);
    expect(questionsOf(survey, "fcc-2016")).toEqual(["career_change_intent", "field_of_interest"]);
    expect(questionsOf(survey, "fcc-2016", "field_of_interest")).toEqual(["career_change_intent"]);
    expect(answersOf(survey, "fcc-2016", "career_change_intent")).toEqual(["Already applying", "Within 6 months", "Undecided"]);
    expect(groupsOf(survey, "fcc-2016", "field_of_interest")).toEqual(["DevOps and system administration", "Full-stack web development"]);
  });
  it("draws a dot and an interval per answer, on a percent axis that holds them", () => {
    const chart = ShareIntervalChart(answerShares(survey, "fcc-2016", "career_change_intent"), {measure: "Share", keepOrder: true, document});
    expect(marks(chart, "dot")[0]?.children).toHaveLength(3);
    expect(marks(chart, "rule")[0]?.children).toHaveLength(3);
    // the dots sit inside the plot: x of the largest share (30.2%) is left of the right edge
    const xs = [...marks(chart, "dot")[0]!.querySelectorAll("circle")].map((c) => Number(c.getAttribute("cx")));
    expect(Math.max(...xs)).toBeLessThan(Number(svgOf(chart).getAttribute("width")));
    expect(Math.min(...xs)).toBeGreaterThan(0);
  });
});

describe("the price–demand curve of a survey", () => {
  const spend = (price: number, value: number, respondents = 14716): LearnerSpend => ({
    survey: "fcc-2016",
    question: "money_spent_usd",
    breakdown: "all",
    breakdown_value: "All respondents",
    price_usd: price,
    respondents,
    respondents_at_least: Math.round(value * respondents),
    weighted_share_at_least: value,
    n_eff: respondents,
    lower_95: value - 0.008,
    upper_95: value + 0.008
  });
  const rows = [spend(100, 0.4288), spend(1, 0.5512), spend(25, 0.5171), spend(50, 0.4867), spend(500, 0.2207), spend(1000, 0.1532)];

  it("reads one group's points as a checked curve, sorted by price", () => {
    const curve = spendCurve(rows, "fcc-2016", "money_spent_usd", "all", "All respondents");
    expect(curve.map((d) => d.price)).toEqual([1, 25, 50, 100, 500, 1000]);
    expect(curve[0]).toMatchObject({share: 0.5512, respondents: 14716});
    expect(spendCurve(rows, "fcc-2016", "money_spent_usd", "field_of_interest", "UX")).toEqual([]);
  });
  it("refuses a curve that rises with price", () => {
    expect(() => spendCurve([spend(1, 0.2), spend(2, 0.3)], "fcc-2016", "money_spent_usd", "all", "All respondents")).toThrow(/share rises/);
  });
  it("states the share at the model's price and the price half reach", () => {
    const curve = spendCurve(rows, "fcc-2016", "money_spent_usd", "all", "All respondents");
    expect(priceFinding(curve, 500, "spent")).toBe("22.1% of respondents spent at least $500, the model's default price; half spent at least $25");
    expect(priceFinding(curve, 5000, "spent")).toBe("the model's default price ($5,000) is outside the surveyed range; half spent at least $25");
    expect(priceFinding([], 500, "spent")).toBe("No spending answers for this group");
  });
  it("draws the band, the line, a dot per price and the reference price", () => {
    const chart = PriceDemandChart(spendCurve(rows, "fcc-2016", "money_spent_usd", "all", "All respondents"), {referencePrice: 500, referenceLabel: "model default price", document});
    expect(marks(chart, "area")).toHaveLength(1);
    expect(marks(chart, "dot")[0]?.children).toHaveLength(6);
    expect(svgOf(chart).textContent).toContain("model default price $500: 22.1%");
    const ys = [...marks(chart, "dot")[0]!.querySelectorAll("circle")].map((c) => Number(c.getAttribute("cy")));
    expect(Math.min(...ys)).toBeGreaterThan(0);
  });
});

describe("funnels and the intent-to-action haircut", () => {
  it("computes each stage's share of the first and of the previous stage", () => {
    const rows = funnelShares([{stage: "Participants", count: 4_449_857}, {stage: "Explored", count: 739_260}, {stage: "Certified", count: 244_705}]);
    expect(rows[2]!.share_of_first).toBeCloseTo(244_705 / 4_449_857, 15);
    expect(rows[2]!.share_of_previous).toBeCloseTo(244_705 / 739_260, 15);
    expect(rows[0]!.share_of_previous).toBe(1);
  });
  it("refuses an empty funnel or a negative stage", () => {
    expect(() => funnelShares([])).toThrow(/first stage needs a positive count/);
    expect(() => funnelShares([{stage: "a", count: 10}, {stage: "b", count: -1}])).toThrow(/stage "b" has count -1/);
  });
  it("turns 57% intending and 24% of them acting into 13.68 per 100", () => {
    const [asked, intended, acted] = haircutStages(0.57, 0.24).map((d) => d.count);
    expect(asked).toBe(100);
    expect(intended).toBeCloseTo(57, 12);
    expect(acted).toBeCloseTo(13.68, 12);
    expect(haircutFinding(0.57, 0.24)).toBe("Of the 57% of participants who intended to earn a certificate, 24% did: 13.7 certificates per 100 asked");
    expect(() => haircutStages(1.2, 0.24)).toThrow(/intended share 1.2/);
  });
  it("draws one bar per stage, labelled with count and share", () => {
    const chart = FunnelChart(haircutStages(0.57, 0.24), {unit: "participants", format: (v) => v.toFixed(1), document});
    expect(marks(chart, "bar")[0]?.children).toHaveLength(3);
    expect(svgOf(chart).textContent).toContain("13.7 · 13.7%");
    const plain = FunnelChart(haircutStages(0.57, 0.24), {unit: "participants", format: (v) => v.toFixed(1), shareLabel: false, document});
    expect(svgOf(plain).textContent).not.toContain("·");
  });
});

const figure = (survey: string, measure: string, value: number, unit: "share" | "count", over: Partial<PublishedFigure> = {}): PublishedFigure => ({
  survey,
  year: 2020,
  measure,
  numerator: null,
  denominator: null,
  value,
  unit,
  computed_share: null,
  note: null,
  citation: "Selvaratnam & Sankey (2020), as reported in McGreal & Olcott (2022), https://doi.org/10.1186/s40561-022-00190-1",
  ...over
});
const published = [
  figure("ACODE micro-credentialing survey", "with_validation_system", 11, "count", {numerator: 11, denominator: 34, computed_share: 11 / 34}),
  figure("ACODE micro-credentialing survey", "developed_or_developing", 0.88, "share", {denominator: 34}),
  figure("ACODE micro-credentialing survey", "institutions_surveyed", 47, "count"),
  figure("HarvardX/MITx intention survey", "certified_of_intending", 0.24, "share", {year: 2015}),
  figure("HarvardX/MITx intention survey", "intended_to_certify", 0.57, "share", {year: 2015})
];

describe("published survey figures", () => {
  it("shows a figure as published, with its base when the publication gives it", () => {
    expect(figureValue(published[0]!)).toBe("11 of 34 (32%)");
    expect(figureValue(published[1]!)).toBe("88%");
    expect(figureValue(published[2]!)).toBe("47");
  });
  it("names measures in words", () => {
    expect(measureLabel("with_validation_system")).toBe("Have a validation system in place");
    expect(measureLabel("some_new_measure")).toBe("Some new measure");
  });
  it("finds the citation's address", () => {
    expect(citationUrl(published[0]!.citation)).toBe("https://doi.org/10.1186/s40561-022-00190-1");
    expect(citationUrl("no address")).toBeNull();
  });
  it("orders a survey's figures for reading: bases first, an intention before its follow-through", () => {
    const groups = groupBySurvey(published);
    expect(groups.map((g) => g.survey)).toEqual(["ACODE micro-credentialing survey", "HarvardX/MITx intention survey"]);
    expect(groups[0]!.figures.map((f) => f.measure)).toEqual(["institutions_surveyed", "with_validation_system", "developed_or_developing"]);
    expect(groups[1]!.figures.map((f) => f.measure)).toEqual(["intended_to_certify", "certified_of_intending"]);
  });
  it("puts shares, and counts with a published base, on one axis", () => {
    expect(shareBars(published).map((d) => [d.measure, d.share])).toEqual([
      ["with_validation_system", 11 / 34],
      ["developed_or_developing", 0.88],
      ["certified_of_intending", 0.24],
      ["intended_to_certify", 0.57]
    ]);
    expect(publishedShare(published, "with_validation_system")).toBeCloseTo(11 / 34, 15);
    expect(publishedShare(published, "institutions_surveyed")).toBeNull();
    expect(publishedShare(published, "absent")).toBeNull();
  });
  it("leads with the institutions' uptake against their validation systems", () => {
    expect(publishedFinding(published)).toBe("88% of 34 responding Australasian universities have developed or are developing micro-credentials, but only 11 (32%) have a validation system");
    expect(publishedFinding(published.slice(3))).toBe("2 published figures from 1 surveys");
  });
  it("draws a bar per share and lists every figure with its citation, as text", () => {
    const chart = PublishedShareChart(shareBars(published), {document});
    expect(marks(chart, "bar")[0]?.children).toHaveLength(4);
    const list = PublishedFigureList([...published, figure("X", "m", 0.5, "share", {note: "<script>alert(1)</script>"})], {document});
    expect(list.querySelectorAll("li")).toHaveLength(6);
    expect(list.querySelector("script")).toBeNull();
    expect(list.textContent).toContain("<script>alert(1)</script>");
    expect(list.querySelector("a")?.getAttribute("href")).toBe("https://doi.org/10.1186/s40561-022-00190-1");
    expect(list.querySelector('li[data-measure="with_validation_system"] .figure-value')?.textContent).toBe("11 of 34 (32%)");
  });
});
