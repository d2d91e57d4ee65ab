import type {ModelReport, Scenario} from "../../src/model/index.js";

const money = new Intl.NumberFormat("en-US", {maximumFractionDigits: 0});
const learners = new Intl.NumberFormat("en-US", {maximumFractionDigits: 1});
const percent = new Intl.NumberFormat("en-US", {style: "percent", maximumFractionDigits: 1});
const formatMoney = (x: number) => money.format(x);

/** Lays rows out in columns: the first left-aligned, the others right-aligned. */
function alignTable(rows: readonly (readonly string[])[]): string {
  const widths = (rows[0] ?? []).map((_, c) => Math.max(...rows.map((row) => (row[c] ?? "").length)));
  const pad = (cell: string, c: number) => (c === 0 ? cell.padEnd(widths[c] as number) : cell.padStart(widths[c] as number));
  return rows.map((row) => row.map(pad).join("  ")).join("\n");
}

function yearlySection(report: ModelReport, scenario: Scenario): string[] {
  const d = report.deterministic;
  let cumulative = 0;
  const rows = d.years.map((year, t) => {
    const cashFlow = d.cashFlow[t] as number;
    cumulative += cashFlow;
    const money = [d.revenue[t] as number, d.cost[t] as number, cashFlow, cumulative].map(formatMoney);
    return [String(year), learners.format(d.enrolments[t] as number), ...money];
  });
  const breakEven = d.breakEvenFirstYearEnrolments;
  return [
    alignTable([["year", "enrolments", "revenue", "cost", "cash flow", "cumulative"], ...rows]),
    "",
    `NPV at ${percent.format(scenario.inputs.discountRate)}: ${formatMoney(d.npv)} ${scenario.currency}`,
    `Payback year: ${d.paybackYear ?? `none within ${scenario.horizonYears} years`}`,
    `Break-even first-year enrolments: ${breakEven === null ? "none (every extra learner loses money)" : learners.format(breakEven)}`
  ];
}

function monteCarloSection(report: ModelReport): string[] {
  const mc = report.monteCarlo;
  if (!mc) return ["Monte Carlo: none (no uncertain input, or --draws 0)"];
  const s = mc.npv;
  const lines = [
    `Monte Carlo: ${money.format(mc.draws)} draws, seed ${mc.seed}, ${money.format(mc.clampedDraws)} input values clamped to their domain`,
    alignTable([
      ["NPV", "mean", "sd", "p5", "p10", "p50", "p90", "p95"],
      ["", ...[s.mean, s.sd, s.p5, s.p10, s.p50, s.p90, s.p95].map(formatMoney)]
    ]),
    `P(NPV > 0) = ${percent.format(mc.probabilityNpvPositive)}`
  ];
  if (mc.cashFlowBands) {
    const rows = mc.cashFlowBands.map((b) => [String(b.year), ...[b.p10, b.p50, b.p90].map(formatMoney)]);
    lines.push("", alignTable([["year", "cash flow p10", "p50", "p90"], ...rows]));
  }
  return lines;
}

function tornadoSection(report: ModelReport): string[] {
  if (report.tornado.length === 0) return ["Tornado: none (no uncertain input)"];
  const rows = report.tornado.map((bar) => [bar.input, ...[bar.low, bar.high, bar.swing].map(formatMoney)]);
  return [
    "Tornado: NPV with one input at its 10th / 90th percentile, the others at their values",
    alignTable([["input", "NPV at p10", "NPV at p90", "swing"], ...rows])
  ];
}

/**
 * The model report as a readable text table: yearly figures, NPV, payback, break-even, the Monte Carlo
 * summary and the tornado (money rounded to whole currency units; learners to one decimal).
 *
 * @param report result of `modelScenario`
 * @param scenario the scenario it was computed from (name, currency, discount rate)
 * @returns text with a trailing newline
 */
export function formatReportTable(report: ModelReport, scenario: Scenario): string {
  const title = `${scenario.name} (${scenario.currency}, years 0–${scenario.horizonYears}; year 0 = build year)`;
  const sections = [[title], yearlySection(report, scenario), monteCarloSection(report), tornadoSection(report)];
  return sections.map((lines) => lines.join("\n")).join("\n\n") + "\n";
}
