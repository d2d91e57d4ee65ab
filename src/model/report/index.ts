/**
 * Research reports (issue 7): what a report page computes and shows, as pure functions shared by the pages, the
 * `mcw report` command and the tests.
 *
 * - `assembleReport(input): ReportModel` — the scenario's run, a candidate's verdict (without and with readiness),
 *   limitations, citations and provenance.
 * - `resolveReportScenario(shared, fallback, {presets, candidate})` — the scenario of the URL fragment (`#s=v1.…`,
 *   the workbench's format) or the report's own, with the reason when a link cannot be used.
 * - `scenarioHash(scenario)` — SHA-256 of the canonical scenario (`canonicalScenario`, `canonicalJson`, `sha256Hex`).
 * - `buildDate(SOURCE_DATE_EPOCH, lastCommitSeconds)`, `BuildInfo` — a build date that never reads the clock.
 * - `REPORT_DATASETS`, `reportSources(registry)` — the datasets behind a candidate's report.
 * - `findCandidateRecord(records, id)` — a candidate's record, or an error naming the known ids.
 * - `scenarioCitations(scenario)`, `METHOD_CITATIONS`, `reportLimitations(input)`.
 */
export {assembleReport, type AssembleReportInput, type ReportModel, type ReportProvenance, type ReportVerdict} from "./assembleReport.js";
export {buildDate, type BuildInfo} from "./buildInfo.js";
export {canonicalJson} from "./canonicalJson.js";
export {findCandidateRecord} from "./findCandidateRecord.js";
export {METHOD_CITATIONS, scenarioCitations, type InputCitation} from "./reportCitations.js";
export {reportLimitations, type LimitationsInput} from "./reportLimitations.js";
export {resolveReportScenario, type ReportScenario, type ReportScenarioOrigin, type ReportStart} from "./reportScenario.js";
export {REPORT_DATASETS, reportSources, type ReportSource, type ReportSourceEntry} from "./reportSources.js";
export {canonicalScenario, scenarioHash} from "./scenarioHash.js";
export {sha256, sha256Hex} from "./sha256.js";
