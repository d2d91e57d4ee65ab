import type {CandidateVerdicts} from "../model/verdict/candidateVerdicts.js";
import type {NeedNpvPoint} from "./NeedVsNpvChart.js";
import type {VerdictTableRow} from "./VerdictTable.js";

export type OverviewRow = NeedNpvPoint & VerdictTableRow;

/**
 * The overview's rows from `candidate-verdicts.json`: verdict, reasons and market need, with the default
 * scenario's Monte Carlo summary (E[NPV], P(NPV > 0), p10 and p90) and the projected first-year learners.
 */
export function overviewRows(verdicts: CandidateVerdicts): OverviewRow[] {
  return verdicts.rows.map((row) => ({
    id: row.id,
    title: row.title,
    verdict: row.verdict,
    label: row.label,
    reasons: row.reasons,
    score: row.marketNeed.score,
    coverage: row.marketNeed.coverage,
    learnersP50: row.projection?.p50 ?? null,
    learnersP10: row.projection?.p10 ?? null,
    learnersP90: row.projection?.p90 ?? null,
    expectedNpv: row.scenarios.standalone.expectedNpv,
    probabilityNpvPositive: row.scenarios.standalone.probabilityNpvPositive,
    p10Npv: row.scenarios.standalone.p10Npv,
    p90Npv: row.scenarios.standalone.p90Npv
  }));
}

/** The rows as a flat table for the CSV download (reasons joined by " | "). */
export function overviewCsvRows(rows: readonly OverviewRow[]): Record<string, string | number | null>[] {
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    verdict: r.verdict,
    market_need_score: r.score,
    market_need_coverage: r.coverage,
    first_year_learners_p10: r.learnersP10,
    first_year_learners_p50: r.learnersP50,
    first_year_learners_p90: r.learnersP90,
    expected_npv_usd: r.expectedNpv,
    npv_p10_usd: r.p10Npv,
    npv_p90_usd: r.p90Npv,
    probability_npv_positive: r.probabilityNpvPositive,
    reasons: r.reasons.join(" | ")
  }));
}
