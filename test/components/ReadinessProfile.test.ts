import {JSDOM} from "jsdom";
import {describe, expect, it} from "vitest";
import {ReadinessBenchmarkTable} from "../../src/components/ReadinessBenchmarkTable.js";
import {ReadinessNotice} from "../../src/components/ReadinessNotice.js";
import {ReadinessProfile, benchmarkTooltip, readinessProfileFigure, scoreTooltip, readinessProfileRows, readinessProfileSubtitle, readinessProfileTitle} from "../../src/components/ReadinessProfile.js";
import {ReadinessCapabilityRules, ReadinessSummary} from "../../src/components/ReadinessSummary.js";
import {ReadinessVerdictRules, ReadinessVerdicts, readinessVerdictHeadline} from "../../src/components/ReadinessVerdicts.js";
import {readinessProfile, type ReadinessVerdictRow} from "../../src/model/readiness/index.js";
import {verdict} from "../../src/model/verdict/verdict.js";
import {FIGURES, INSTRUMENT} from "../model/readiness-support.js";

const {document} = new JSDOM("<!doctype html><body></body>").window;
const answers = {institution: "Acme <b>University</b>", description: "", example: false, answers: {aa1: 2, aa2: 2, bb1: 4}};
const profile = readinessProfile(INSTRUMENT, answers, FIGURES);
// alpha: (2·2/4 + 2/2)/3 = 2/3 → 66.7; beta: 100 (bb2 unanswered); gamma: not answered; overall 83.3

describe("readinessProfileRows(profile)", () => {
  it("gives one row per dimension with its first benchmark", () => {
    expect(readinessProfileRows(profile).map((r) => [r.dimension, r.score === null ? null : Math.round(r.score), r.benchmark_item, r.benchmark_peer_pct === null ? null : Math.round(r.benchmark_peer_pct), r.institution_meets])).toEqual([
      ["alpha", 67, "aa1", 50, "no"],
      ["beta", 100, "bb1", 32, "yes"],
      ["gamma", null, null, null, null]
    ]);
  });
});

describe("ReadinessProfile(profile, options)", () => {
  const chart = ReadinessProfile(profile, {width: 700, document});
  it("draws one bar per answered dimension and one diamond per benchmark", () => {
    expect(chart.querySelectorAll('g[aria-label="bar"] rect')).toHaveLength(2);
    expect(chart.querySelectorAll('g[aria-label="dot"] path')).toHaveLength(2);
  });
  it("writes 'not answered' for a dimension with no answer instead of a zero bar", () => {
    const labels = [...chart.querySelectorAll('g[aria-label="text"] text')].map((t) => t.textContent);
    expect(labels).toEqual(["67", "100 (1/2)", "not answered"]);
  });
  it("labels the chart for screen readers and explains both marks in a legend", () => {
    expect(chart.querySelector("svg")?.getAttribute("aria-label")).toBe("Bar chart: readiness score of 3 dimensions, 0 to 100, with published survey benchmarks as diamonds");
    expect(chart.querySelector(".readiness-legend")?.textContent).toMatch(/readiness score, 0–100.*published benchmark/);
  });
  it("gives every bar and diamond a tooltip, the diamond's with the citation", () => {
    const [alpha, beta] = readinessProfileRows(profile);
    expect(benchmarkTooltip(alpha!)).toBe("Survey S 2020: 50% (17 of 34) had a policy\nThis institution: does not meet it\nSource: Author (2020), section X, https://example.org/s");
    expect(scoreTooltip(beta!)).toBe("Beta validation\nScore 100 of 100\n1 of 2 items answered (unanswered items are left out, not scored 0)");
  });
});

describe("readinessProfileTitle / readinessProfileSubtitle", () => {
  it("states the overall score and the weakest dimensions from the data", () => {
    expect(readinessProfileTitle(profile)).toBe("Readiness 83 of 100 (3 of 5 items answered): weakest in alpha policy (67)");
  });
  it("asks for answers when nothing is answered", () => {
    expect(readinessProfileTitle(readinessProfile(INSTRUMENT, {...answers, answers: {}}, FIGURES))).toMatch(/^No item answered yet/);
  });
  it("names the institution, the framework, the survey and its authors", () => {
    expect(readinessProfileSubtitle(profile)).toBe(
      "Acme <b>University</b> · scores 0–100 per dimension of the self-assessment built on McGreal & Olcott (2022), Smart Learning Environments 9:9 · ◆ share of Survey S 2020 respondents meeting the benchmark item (Author (2020))"
    );
  });
  it("wraps the chart in a figure whose CSV has one row per dimension", () => {
    const figure = readinessProfileFigure(profile, {width: 600, document});
    expect(figure.dataset.chart).toBe("readiness-profile");
    const csv = decodeURIComponent(figure.querySelector("a")?.getAttribute("href") ?? "").split("\n");
    expect(csv[0]).toBe("data:text/csv;charset=utf-8,dimension,label,score,answered,items,benchmark_item,benchmark_statement,benchmark_peer_pct,institution_meets,benchmark_source");
    expect(csv.filter((line) => line.length > 0)).toHaveLength(4);
  });
});

describe("ReadinessSummary(profile)", () => {
  const summary = ReadinessSummary(profile, {document});
  it("shows the overall score, what it rests on and the weakest dimensions", () => {
    expect(summary.querySelector(".readiness-overall")?.textContent).toBe("83 / 100");
    expect(summary.textContent).toContain("3 of 5 items answered; 2 unanswered are left out of the score, not counted as 0.");
    expect(summary.querySelector(".readiness-weakest")?.textContent).toBe("Weakest: Alpha policy (67).");
    expect(summary.textContent).toContain("Not answered at all: Gamma funding.");
  });
  it("marks each capability yes, no or not answered, in words, with its benchmark", () => {
    const policy = summary.querySelector('li[data-capability="has_policy"]');
    expect(policy?.getAttribute("data-value")).toBe("no");
    expect(policy?.textContent).toBe("✗ Approved micro-credential policy: no — Survey S 2020: 50% (17 of 34) had a policy");
    expect(summary.querySelector('li[data-capability="verifies_identity"]')?.textContent).toBe("? Identity-verified assessment: not answered");
  });
  it("lists the rule behind each capability", () => {
    const rules = ReadinessCapabilityRules(INSTRUMENT, {document});
    expect(rules.querySelector('li[data-capability="has_validation_system"]')?.textContent).toBe("Validation system in place: item bb1 (“Question bb1?”) at level 3 or above (Approved).");
  });
});

describe("ReadinessBenchmarkTable and ReadinessNotice", () => {
  it("puts the citation next to each benchmark", () => {
    const rows = ReadinessBenchmarkTable(profile.benchmarks, {document}).querySelectorAll("tbody tr");
    expect([...rows[1]!.querySelectorAll("td")].map((td) => td.textContent)).toEqual([
      "Beta validation",
      "Question bb1? (from 3: Approved)",
      "Survey S 2020: 32% (11 of 34) had a validation system",
      "meets it (Reviewed)",
      "Author (2020), section Y, https://example.org/s"
    ]);
  });
  it("shows names and errors from links as text, never as markup", () => {
    const notice = ReadinessNotice(answers, {error: "The link's answers could not be read: <img src=x onerror=alert(1)>", document});
    expect(notice.querySelector("img, b")).toBeNull();
    expect(notice.querySelector("[role=alert]")?.textContent).toContain("<img src=x onerror=alert(1)>");
    expect(notice.querySelector("strong")?.textContent).toBe("Acme <b>University</b>");
  });
  it("says when the answers are the shipped example", () => {
    const notice = ReadinessNotice({...answers, institution: "Example: X", example: true, description: "Illustrative."}, {document});
    expect(notice.textContent).toBe("Showing: Example: X — illustrative answers shipped with the workbench, not a real institution's.Illustrative.");
  });
});

describe("ReadinessVerdicts(rows)", () => {
  const summary = {expectedNpv: 90_000, probabilityNpvPositive: 0.6, p10Npv: -10_000};
  const input = {
    marketNeed: {score: 70, coverage: 0.9},
    standalone: summary,
    withoutPathway: summary,
    consortium: {...summary, expectedNpv: 400_000},
    consortiumPartners: 3,
    hasPathway: false,
    identityVerification: "supervised-id" as const
  };
  const row: ReadinessVerdictRow = {
    id: "nursing",
    title: "Nursing <i>practice</i>",
    identityVerification: "supervised-id",
    stacksInto: null,
    withoutReadiness: verdict(input),
    withReadiness: verdict({...input, readiness: {...profile.verdictReadiness, hasValidationSystem: false}}),
    changed: true
  };
  it("marks a changed verdict in words and gives the reasons with readiness", () => {
    const table = ReadinessVerdicts([row], {document});
    const tr = table.querySelector('tr[data-candidate="nursing"]')!;
    expect(tr.getAttribute("data-changed")).toBe("true");
    const cells = [...tr.querySelectorAll("td")].map((td) => td.textContent);
    expect(cells.slice(0, 4)).toEqual(["Nursing <i>practice</i>", "identity-verified (supervised-id)", "Go", "Only in a consortium (changed)"]);
    expect(tr.querySelectorAll("li")[0]?.textContent).toMatch(/no validation system/);
    expect(table.querySelector("i")).toBeNull();
  });
  it("states how many verdicts the readiness changes", () => {
    expect(readinessVerdictHeadline([row])).toBe("This readiness changes 1 of 1 verdicts: Nursing <i>practice</i> (Go → Only in a consortium).");
    expect(readinessVerdictHeadline([{...row, changed: false}])).toBe("This readiness changes none of the 1 verdicts.");
  });
});

describe("ReadinessVerdictRules()", () => {
  it("lists the verdict code's own readiness rules, including the paper's validation-system flag", () => {
    const items = [...ReadinessVerdictRules({document}).querySelectorAll("li")];
    expect(items.length).toBeGreaterThanOrEqual(2);
    expect(items.every((li) => li.dataset.rule?.startsWith("readiness"))).toBe(true);
    expect(items.map((li) => li.textContent).join(" ")).toMatch(/validation system/);
  });
});
