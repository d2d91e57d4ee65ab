import type {CandidateRecord} from "../candidates/candidateRecords.js";
import type {ReadinessProfile} from "../readiness/readinessProfile.js";
import {readinessVerdicts, type ReadinessVerdictRow} from "../readiness/readinessVerdicts.js";
import {runScenario, type ScenarioRun} from "../runScenario.js";
import type {ScenarioFile} from "../scenarioSchema.js";
import {candidateVerdicts, type CandidateVerdictRow, type CandidateVerdicts} from "../verdict/candidateVerdicts.js";
import type {BuildInfo} from "./buildInfo.js";
import {METHOD_CITATIONS, scenarioCitations, type InputCitation} from "./reportCitations.js";
import {reportLimitations} from "./reportLimitations.js";
import type {ReportScenario} from "./reportScenario.js";
import type {ReportSource} from "./reportSources.js";
import {scenarioHash} from "./scenarioHash.js";

/** The provenance block of a report. */
export interface ReportProvenance {
  readonly sources: readonly ReportSource[];
  /** SHA-256 of the canonical scenario (`scenarioHash`). */
  readonly scenarioHash: string;
  readonly scenarioOrigin: string;
  readonly fromLink: boolean;
  readonly seed: number;
  readonly draws: number;
  readonly build: BuildInfo;
}

/** The verdict section of a candidate's report. */
export interface ReportVerdict {
  /** The four scenario variants' summaries and the verdict without readiness. */
  readonly row: CandidateVerdictRow;
  readonly consortiumPartners: number;
  readonly thresholds: CandidateVerdicts["thresholds"];
  /** The verdict without and with the (example) readiness. */
  readonly readiness: ReadinessVerdictRow;
}

/** Everything a report page shows, computed once. */
export interface ReportModel {
  /** The candidate, or null for a scenario report. */
  readonly record: CandidateRecord | null;
  readonly scenario: ReportScenario;
  readonly run: ScenarioRun;
  readonly verdict: ReportVerdict | null;
  readonly readiness: ReadinessProfile | null;
  readonly limitations: readonly string[];
  readonly citations: {readonly inputs: readonly InputCitation[]; readonly methods: readonly string[]};
  readonly provenance: ReportProvenance;
}

export interface AssembleReportInput {
  readonly record: CandidateRecord | null;
  readonly scenario: ReportScenario;
  /** The readiness answers the verdict takes into account (the shipped example on a report), or null. */
  readonly readiness: ReadinessProfile | null;
  readonly sources: readonly ReportSource[];
  readonly build: BuildInfo;
}

/**
 * Computes a report: the scenario's deterministic model, Monte Carlo (with cash-flow bands) and tornado; for a
 * candidate, its verdict through `candidateVerdicts` (the scenario and its three variants, same seed, so the
 * report of a candidate's default scenario repeats the overview's numbers exactly) and again with the readiness
 * answers; the limitations, citations and provenance (scenario hash, seed, draws, build).
 *
 * @param input candidate record (or null), the scenario to use (`resolveReportScenario`), readiness, sources, build
 * @returns the report's content
 * @throws {RangeError} from the model for draws or seed out of range (validated earlier by the link decoder)
 * @example assembleReport({record, scenario, readiness, sources, build}).verdict?.readiness.withReadiness.label; // => "Go"
 */
export function assembleReport({record, scenario, readiness, sources, build}: AssembleReportInput): ReportModel {
  const {settings} = scenario;
  const run = runScenario(scenario.scenario, settings);
  let verdict: ReportVerdict | null = null;
  if (record !== null) {
    // parseScenario has validated the file (resolveReportScenario), so it has the shape of a ScenarioFile.
    const verdicts = candidateVerdicts([{...record, scenario: scenario.file as ScenarioFile}], settings);
    const [row] = verdicts.rows;
    const [withReadiness] = readinessVerdicts(verdicts, readiness?.verdictReadiness);
    if (!row || !withReadiness) throw new Error(`assembleReport: no verdict for candidate ${record.id}`);
    verdict = {row, consortiumPartners: verdicts.consortiumPartners, thresholds: verdicts.thresholds, readiness: withReadiness};
  }
  return {
    record,
    scenario,
    run,
    verdict,
    readiness,
    limitations: reportLimitations({record, origin: scenario.origin, monteCarlo: run.monteCarlo !== null, exampleReadiness: readiness?.example ?? false}),
    citations: {inputs: scenarioCitations(scenario.scenario), methods: METHOD_CITATIONS},
    provenance: {
      sources,
      scenarioHash: scenarioHash(scenario.scenario),
      scenarioOrigin: scenario.origin.label,
      fromLink: scenario.origin.kind === "link",
      seed: settings.seed,
      draws: settings.draws,
      build
    }
  };
}
