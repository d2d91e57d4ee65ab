/**
 * Research reports over the shipped data: the report data loader's content, the assembled report of a candidate
 * (its verdict equal to the overview's, its sources and provenance), the components that render it (jsdom), and
 * that the catalogue paths the config restates agree with the loaders'.
 */
import {readFileSync} from "node:fs";
import {JSDOM} from "jsdom";
import {beforeAll, describe, expect, it} from "vitest";
import {catalogue, USER_CATALOGUE_FILE} from "../../loaders/sources/catalogue.js";
import {ReportNotice, ReportReady, REPORT_READY_SELECTOR, pageSizeRule, reportPaper} from "../../src/components/ReportControls.js";
import {ReportKeyFigures, reportCharts} from "../../src/components/ReportFigures.js";
import {ReportCitations, ReportDataFiles, ReportProvenance} from "../../src/components/ReportProvenance.js";
import {ReportReadiness, ReportVerdictSummary} from "../../src/components/ReportVerdict.js";
import {formatMoney} from "../../src/components/scenarioFormat.js";
import {CATALOGUE_FILES, catalogueIds, reportPaths} from "../../src/data/reports/reportPaths.js";
import {readBuildInfo} from "../../src/data/reports/readBuildInfo.js";
import {SurveyPublishedRow} from "../../loaders/marts/surveyPublished.js";
import {readReadinessAnswersFile, readReadinessInstrument} from "../../loaders/sources/readinessInstrument.js";
import {readSourcesRegistry} from "../../loaders/sources/sourcesRegistry.js";
import {readMartRows} from "../../loaders/warehouse.js";
import {readinessProfile} from "../../src/model/readiness/readinessProfile.js";
import {buildCandidateRecords, candidateVerdicts} from "../../src/model/index.js";
import {assembleReport, findCandidateRecord, reportSources, resolveReportScenario, scenarioHash, type ReportModel} from "../../src/model/report/index.js";
import type {ScenarioFileJson} from "../../src/model/scenarioFileJson.js";
import {decodeScenarioHash, encodeScenarioHash} from "../../src/model/scenarioUrl.js";
import {readCandidateMarts} from "../../src/data/readCandidateMarts.js";

const {document} = new JSDOM("<!doctype html><body></body>").window;
const ID = "data-analytics-python-sql";
/** What a candidate's report page reads: the shared data files, as the build writes them, and its own record. */
async function readReportData(id: string) {
  const records = buildCandidateRecords(await readCandidateMarts());
  const instrument = await readReadinessInstrument();
  const readiness = readinessProfile(instrument, readReadinessAnswersFile(instrument), await readMartRows("survey_published", SurveyPublishedRow));
  const files = JSON.parse(JSON.stringify({records, readiness, registry: await readSourcesRegistry(), build: readBuildInfo()})) as {
    records: typeof records;
    readiness: typeof readiness;
    registry: Awaited<ReturnType<typeof readSourcesRegistry>>;
    build: ReturnType<typeof readBuildInfo>;
  }; // as the page receives them
  return {records: files.records, record: findCandidateRecord(files.records, id), readiness: files.readiness, sources: reportSources(files.registry), build: files.build};
}
let data: Awaited<ReturnType<typeof readReportData>>;
let report: ReportModel;

async function reportFor(hash: string): Promise<ReportModel> {
  const chosen = resolveReportScenario(await decodeScenarioHash(hash), {id: ID, title: data.record.title, file: data.record.scenario as ScenarioFileJson, origin: "the candidate's default scenario"}, {candidate: ID});
  return assembleReport({record: data.record, scenario: chosen, readiness: data.readiness, sources: data.sources, build: data.build});
}

beforeAll(async () => {
  data = await readReportData(ID);
  report = await reportFor("");
}, 120_000);

describe("the report pages", () => {
  it("are one per candidate of the catalogue, and the config's catalogue paths are the loaders'", () => {
    expect(CATALOGUE_FILES).toEqual({shipped: catalogue.file, user: USER_CATALOGUE_FILE});
    const ids = catalogueIds();
    expect(ids.length).toBeGreaterThan(5);
    expect(reportPaths()).toEqual(ids.map((id) => `/reports/${id}`));
    expect(ids).toContain(ID);
  });
});

describe("a candidate report's data", () => {
  it("are the candidate, the example readiness, the datasets and the build", () => {
    expect(data.record.id).toBe(ID);
    expect(data.readiness.example).toBe(true);
    expect(data.sources.map((s) => s.id)).toContain("bls-ep-2024-34");
    expect(data.sources.find((s) => s.id === "bls-ep-2024-34")?.vintage).toBe("2024–34 projections, released 2025");
    expect(data.build.software).toBe("microcred-workbench");
    expect(data.build.version).toBe(JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")).version);
  });
  it("refuses a credential the catalogue does not have, naming the known ones", async () => {
    expect(() => findCandidateRecord(data.records, "no-such-credential")).toThrow(/no candidate "no-such-credential" in the catalogue; expected one of .*data-analytics-python-sql/);
  });
});

describe("assembleReport (shipped data)", () => {
  it("repeats the overview's verdict and figures for the candidate's default scenario (same seed and draws)", async () => {
    const overview = candidateVerdicts(buildCandidateRecords(await readCandidateMarts()), {draws: 10_000, seed: 1}).rows.find((r) => r.id === ID);
    expect(report.verdict?.row.scenarios).toEqual(overview?.scenarios);
    expect(report.verdict?.readiness.withoutReadiness.verdict).toBe(overview?.verdict);
    expect(report.run.monteCarlo?.npv.mean).toBe(overview?.scenarios.standalone.expectedNpv);
  }, 120_000);
  it("takes the example readiness into account and says it is an example", () => {
    expect(report.verdict?.readiness.withReadiness.checks.find((c) => c.id === "readiness-overall")?.value).toBeCloseTo(data.readiness.score.overall ?? Number.NaN, 9);
    expect(report.limitations.join(" ")).toMatch(/example institution's answers, not yours/);
    expect(ReportReadiness(data.readiness, {document}).textContent).toMatch(/^Example: these are the illustrative answers/);
  });
  it("states the provenance: scenario hash, seed, draws, build, and that the scenario is the default", () => {
    expect(report.provenance).toMatchObject({seed: 1, draws: 10_000, fromLink: false, scenarioHash: scenarioHash(report.scenario.scenario)});
    const block = ReportProvenance(report, {dataFiles: [{href: "/_file/data/candidate-scenarios.0123456789abcdef.json", about: "the candidates"}], document});
    expect(block.dataset.scenarioHash).toBe(report.provenance.scenarioHash);
    expect(block.textContent).toContain(`SHA-256 ${report.provenance.scenarioHash}`);
    expect(block.textContent).toContain(`microcred-workbench ${data.build.version}`);
    expect(block.textContent).toContain("Employment Projections 2024–34");
    expect(block.textContent).toContain("2024–34 projections, released 2025");
  });
  it("computes with a scenario from the link, and the provenance says so", async () => {
    const file = {...data.record.scenario, inputs: {...data.record.scenario.inputs, pricePerEnrolment: 2000}} as ScenarioFileJson;
    const linked = await reportFor(`#${await encodeScenarioHash(file, {draws: 2000, seed: 5})}`);
    expect(linked.scenario.origin.kind).toBe("link");
    expect(linked.provenance).toMatchObject({fromLink: true, seed: 5, draws: 2000});
    expect(linked.provenance.scenarioHash).not.toBe(report.provenance.scenarioHash);
    expect(linked.run.deterministic.npv).toBeGreaterThan(report.run.deterministic.npv);
    expect(ReportProvenance(linked, {document}).textContent).toContain("from the link, not the default");
  });
});

describe("report components", () => {
  it("show the NPV exactly as the scenario workbench formats it, with exact values as data attributes", () => {
    const kpis = ReportKeyFigures(report, {document});
    const npv = report.run.deterministic.npv;
    expect(kpis.textContent).toContain(`NPV${formatMoney(npv, "USD")} at the inputs' values`);
    expect(Number(kpis.dataset.npv)).toBe(npv);
  });
  it("draw the cash-flow, NPV and tornado charts, each with its CSV, and list them as the data behind the report", () => {
    const charts = reportCharts(report, {prefix: ID, document});
    expect(charts.map((c) => c.filename)).toEqual([`${ID}-cash-flow-by-year`, `${ID}-npv-distribution`, `${ID}-tornado`]);
    for (const chart of charts) expect(chart.figure.querySelector("svg")).not.toBeNull();
    const files = ReportDataFiles(report, charts, {prefix: ID, dataFiles: [{href: "/_file/data/candidate-scenarios.0123456789abcdef.json", about: "the candidates"}], document});
    expect([...files.querySelectorAll("a")].map((a) => a.textContent)).toEqual([...charts.map((c) => `${c.filename}.csv`), `${ID}-scenario.json`, "candidate-scenarios.json"]);
    expect(files.querySelector("a")?.getAttribute("href")).toMatch(/^data:text\/csv/);
  });
  it("state the verdict with its reasons, and cite every input", () => {
    const summary = ReportVerdictSummary(report.verdict!, {document});
    expect(summary.querySelectorAll("ol li").length).toBe(report.verdict!.readiness.withReadiness.reasons.length);
    expect(summary.dataset.verdict).toBe(report.verdict!.readiness.withReadiness.verdict);
    const citations = ReportCitations(report, {document});
    expect(citations.textContent).toContain("McGreal, R. & Olcott, D. Jr. (2022)");
    expect(citations.querySelectorAll("tbody tr").length).toBe(report.citations.inputs.length);
  });
  it("show a refused link's problem as text, never as markup", () => {
    const notice = ReportNotice({kind: "problem", message: "<img src=x onerror=alert(1)>", details: ["<b>x</b>"]}, "the default", {document});
    expect(notice.querySelector("img, b")).toBeNull();
    expect(notice.textContent).toContain("<img src=x onerror=alert(1)>");
    expect(ReportNotice(null, "the default", {document}).hidden).toBe(true);
  });
  it("mark the report ready once every chart has its SVG", async () => {
    const charts = reportCharts(report, {prefix: ID, document});
    const body = document.body;
    body.replaceChildren(...charts.map((c) => c.figure));
    const marker = ReportReady(report, {charts: charts.length, document});
    body.append(marker);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(marker.matches(REPORT_READY_SELECTOR)).toBe(true);
    expect(marker.dataset.scenarioHash).toBe(report.provenance.scenarioHash);
  });
  it("print on A4 unless ?paper=letter", () => {
    expect([reportPaper(""), reportPaper("?paper=letter"), reportPaper("?paper=LETTER"), reportPaper("?paper=a3")]).toEqual(["a4", "letter", "letter", "a4"]);
    expect(pageSizeRule("letter")).toBe("@page { size: letter; }");
  });
});

describe("reproducibility of the figures", () => {
  it("draws byte-identical charts and data from the same scenario and seed", async () => {
    const again = await reportFor("");
    const svg = (r: ReportModel) => reportCharts(r, {prefix: ID, document}).map((c) => c.figure.outerHTML);
    expect(svg(again)).toEqual(svg(report));
    expect(JSON.stringify(again.verdict)).toBe(JSON.stringify(report.verdict));
  });
});
