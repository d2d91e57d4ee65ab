import {DEFAULT_DRAWS, DEFAULT_SEED} from "../../src/model/index.js";
import {modelPortfolio, parsePortfolio, PortfolioError, type Portfolio, type PortfolioReport} from "../../src/model/portfolio/index.js";
import {parseCommandArgs} from "../args.js";
import type {Command} from "../command.js";
import {EXIT_OK, UsageError} from "../errors.js";
import type {CliIo} from "../io.js";
import {readJsonFile} from "../jsonDocument.js";
import {grouped, MAX_DRAWS, MAX_SEED, RunFlags} from "../runFlags.js";


const help = `Usage: mcw portfolio <portfolio.json> [--draws N] [--seed S] [--format json|csv|table]

Runs the portfolio model of a portfolio file: several credentials (each a scenario in the format of
docs/scenario-format.md) that share modules, stack into a larger award, are built new or repackaged,
and may be offered by a consortium of partners. Prints, per credential, its NPV alone and in the
portfolio and its allocated share of the shared modules; the shared modules; the stacked award;
portfolio totals (yearly figures, NPV, payback, Monte Carlo percentiles and P(NPV > 0)); and each
partner's shares, cash flow and NPV. The format is described in docs/portfolio-format.md; an
example is portfolios/data-skills-stack.json.

Options:
  --draws N    Monte Carlo draws, a whole number from 0 to ${grouped(MAX_DRAWS)} (default ${grouped(DEFAULT_DRAWS)}; 0 skips it)
  --seed S     random seed, an integer from 0 to ${grouped(MAX_SEED)} (default ${DEFAULT_SEED}); same seed, same result
  --format F   json (default): {name, currency, horizonYears, members, credentials, sharedModules, stack,
               portfolio: {deterministic, monteCarlo}, partners}
               csv: one number per row, columns section,id,metric,year,value
               table: readable text
  -h, --help   show this help

Examples:
  mcw portfolio portfolios/data-skills-stack.json --format table
  mcw portfolio my-portfolio.json --draws 100000 --seed 7 --format csv > portfolio.csv

Exit status: 0 success; 1 invalid portfolio file or bad arguments (message on stderr).
`;

/** `mcw portfolio <portfolio.json>`: prints the portfolio report as JSON, CSV or a table. */
export const portfolioCommand: Command = {
  name: "portfolio",
  summary: "Run the portfolio model (shared modules, stacking, repackaging, consortium) with Monte Carlo",
  help,
  run(args, io) {
    const {values, positionals} = parseCommandArgs(args, {draws: {type: "string"}, seed: {type: "string"}, format: {type: "string"}});
    if (values.help) {
      io.out(help);
      return EXIT_OK;
    }
    if (positionals.length === 0) throw new UsageError("missing <portfolio.json>");
    if (positionals.length > 1) throw new UsageError(`expected one portfolio file, got ${positionals.length}: ${positionals.join(" ")}`);
    const flags = RunFlags.safeParse({draws: values.draws, seed: values.seed, format: values.format});
    if (!flags.success) throw new UsageError(flags.error.issues.map((issue) => issue.message).join("\n"));
    const {draws, seed, format} = flags.data;
    const portfolio = readPortfolioFile(positionals[0] as string, io);
    const report = modelPortfolio(portfolio, {draws, seed});
    if (format === "json") io.out(`${JSON.stringify(report, null, 2)}\n`);
    else if (format === "csv") io.out(formatPortfolioCsv(report));
    else io.out(formatPortfolioTable(report, portfolio));
    return EXIT_OK;
  }
};

/** The issues of a PortfolioError (undefined for any other error, which is rethrown). */
export const portfolioIssues = (error: unknown) => (error instanceof PortfolioError ? error.issues : undefined);

/**
 * Reads, parses and validates a portfolio JSON file, exactly as `readScenarioFile` reads a scenario (the same
 * size and UTF-8 checks, strict JSON with duplicate keys and deep nesting refused, messages in file order).
 *
 * @throws {InputFileError} (cli/errors.ts) when the file cannot be read, is too large or not UTF-8, is not valid JSON or repeats
 *   a key (file:line:column), or breaks the portfolio format (one line per issue: file:line:column, key path,
 *   bad value, expectation)
 */
export function readPortfolioFile(file: string, io: CliIo): Portfolio {
  return readJsonFile(file, io, parsePortfolio, portfolioIssues);
}

/** Columns of `mcw portfolio --format csv`. */
export const PORTFOLIO_CSV_COLUMNS = ["section", "id", "metric", "year", "value"] as const;

/**
 * The portfolio report as one tidy CSV table, one number per row: section (credential | sharedModule |
 * stack | portfolio | monteCarlo | partner), id (of the credential, module or partner; empty for totals),
 * metric (the JSON key, dotted when nested), year (yearly rows only), value (full precision; empty for null).
 *
 * @param report result of `modelPortfolio`
 * @returns CSV text with a header row and a trailing newline
 * @example formatPortfolioCsv(report).split("\n")[0]; // => "section,id,metric,year,value"
 */
export function formatPortfolioCsv(report: PortfolioReport): string {
  const rows: (string | number | null)[][] = [];
  const add = (section: string, id: string, metric: string, year: number | null, value: number | null) => rows.push([section, id, metric, year, value]);
  const yearly = (section: string, id: string, metric: string, values: readonly number[]) => values.forEach((v, t) => add(section, id, metric, t, v));
  for (const c of report.credentials) {
    for (const metric of ["standaloneNpv", "npv", "allocatedSharedCost", "breakEvenFirstYearEnrolments"] as const) add("credential", c.id, metric, null, c[metric]);
    yearly("credential", c.id, "cashFlow", c.cashFlow);
  }
  for (const m of report.sharedModules) {
    for (const metric of ["learnerHours", "developmentCost", "saving"] as const) add("sharedModule", m.id, metric, null, m[metric]);
    m.usedBy.forEach((user, k) => add("sharedModule", m.id, `allocated.${user}`, null, m.allocated[k] as number));
  }
  if (report.stack) {
    yearly("stack", "", "stackers", report.stack.stackers);
    yearly("stack", "", "value", report.stack.value);
    add("stack", "", "approvalCost", null, report.stack.approvalCost);
    add("stack", "", "npv", null, report.stack.npv);
  }
  const d = report.portfolio.deterministic;
  for (const metric of ["enrolments", "revenue", "cost", "cashFlow"] as const) yearly("portfolio", "", metric, d[metric]);
  for (const metric of ["npv", "paybackYear", "breakEvenEnrolmentScale", "sumOfStandaloneNpv"] as const) add("portfolio", "", metric, null, d[metric]);
  const mc = report.portfolio.monteCarlo;
  if (mc) {
    add("monteCarlo", "", "draws", null, mc.draws);
    add("monteCarlo", "", "seed", null, mc.seed);
    for (const [stat, value] of Object.entries(mc.npv)) add("monteCarlo", "", `npv.${stat}`, null, value);
    add("monteCarlo", "", "probabilityNpvPositive", null, mc.probabilityNpvPositive);
    add("monteCarlo", "", "clampedDraws", null, mc.clampedDraws);
  }
  for (const p of report.partners) {
    for (const metric of ["developmentShare", "enrolmentShare", "revenueShare", "npv"] as const) add("partner", p.id, metric, null, p[metric]);
    yearly("partner", p.id, "cashFlow", p.cashFlow);
    if (p.monteCarlo) {
      for (const [stat, value] of Object.entries(p.monteCarlo.npv)) add("partner", p.id, `monteCarlo.npv.${stat}`, null, value);
      add("partner", p.id, "monteCarlo.probabilityNpvPositive", null, p.monteCarlo.probabilityNpvPositive);
    }
  }
  const cell = (value: string | number | null) => (value === null ? "" : String(value));
  return [PORTFOLIO_CSV_COLUMNS.join(","), ...rows.map((row) => row.map(cell).join(","))].join("\n") + "\n";
}

const money = new Intl.NumberFormat("en-US", {maximumFractionDigits: 0});
const oneDecimal = new Intl.NumberFormat("en-US", {maximumFractionDigits: 1});
const percent = new Intl.NumberFormat("en-US", {style: "percent", maximumFractionDigits: 1});
const formatMoney = (x: number) => money.format(x);

/** Rows in columns: the first left-aligned, the others right-aligned. */
function alignTable(rows: readonly (readonly string[])[]): string {
  const widths = (rows[0] ?? []).map((_, c) => Math.max(...rows.map((row) => (row[c] ?? "").length)));
  const pad = (cell: string, c: number) => (c === 0 ? cell.padEnd(widths[c] as number) : cell.padStart(widths[c] as number));
  return rows.map((row) => row.map(pad).join("  ")).join("\n");
}

/**
 * The portfolio report as readable text: credentials, shared modules, the stacked award, yearly totals,
 * NPV, payback, break-even, Monte Carlo and partners (money rounded to whole currency units).
 *
 * @param report result of `modelPortfolio`
 * @param portfolio the portfolio it was computed from (discount rate, consortium rules)
 * @returns text with a trailing newline
 */
export function formatPortfolioTable(report: PortfolioReport, portfolio: Portfolio): string {
  const currency = report.currency;
  const d = report.portfolio.deterministic;
  const rate = portfolio.credentials[0]?.scenario.inputs.discountRate ?? 0;
  const sections: string[][] = [[`${report.name} (${currency}, years 0–${report.horizonYears}; year 0 = build year)`]];
  sections.push([
    "Credentials: NPV alone, and in the portfolio with its allocated share of the shared modules",
    alignTable([
      ["credential", "build", "NPV alone", "shared cost", "NPV in portfolio", "break-even E₁"],
      ...report.credentials.map((c) => [
        c.id,
        c.build,
        formatMoney(c.standaloneNpv),
        formatMoney(c.allocatedSharedCost),
        formatMoney(c.npv),
        c.breakEvenFirstYearEnrolments === null ? "none" : oneDecimal.format(c.breakEvenFirstYearEnrolments)
      ])
    ])
  ]);
  if (report.sharedModules.length > 0) {
    sections.push([
      `Shared modules: developed once (allocated by ${portfolio.allocation === "equal" ? "equal shares" : "learner hours"}); saving = what the other users would have spent`,
      alignTable([
        ["module", "hours", "built by", "used by", "cost (PV)", "saving (PV)"],
        ...report.sharedModules.map((m) => [m.id, oneDecimal.format(m.learnerHours), m.builtBy, String(m.usedBy.length), formatMoney(m.developmentCost), formatMoney(m.saving)])
      ])
    ]);
  }
  if (report.stack) {
    const s = report.stack;
    sections.push([
      `Stacked award: ${s.title} (${s.credentials.length} credentials)`,
      `Completers by year: ${s.stackers.map((x) => oneDecimal.format(x)).join(", ")}`,
      `Value by year: ${s.value.map(formatMoney).join(", ")}; approval ${formatMoney(s.approvalCost)}; NPV ${formatMoney(s.npv)} ${currency}`
    ]);
  }
  let cumulative = 0;
  const yearlyRows = d.years.map((year, t) => {
    const cashFlow = d.cashFlow[t] as number;
    cumulative += cashFlow;
    return [String(year), oneDecimal.format(d.enrolments[t] as number), ...[d.revenue[t] as number, d.cost[t] as number, cashFlow, cumulative].map(formatMoney)];
  });
  sections.push([
    alignTable([["year", "enrolments", "revenue", "cost", "cash flow", "cumulative"], ...yearlyRows]),
    "",
    `Portfolio NPV at ${percent.format(rate)}: ${formatMoney(d.npv)} ${currency} (sum of the credentials alone: ${formatMoney(d.sumOfStandaloneNpv)})`,
    `Payback year: ${d.paybackYear ?? `none within ${report.horizonYears} years`}`,
    `Break-even: ${d.breakEvenEnrolmentScale === null ? "none (more learners lose more money)" : `${percent.format(d.breakEvenEnrolmentScale)} of the stated first-year enrolments`}`
  ]);
  const mc = report.portfolio.monteCarlo;
  if (mc) {
    const s = mc.npv;
    sections.push([
      `Monte Carlo: ${money.format(mc.draws)} draws, seed ${mc.seed}, ${money.format(mc.clampedDraws)} input values clamped to their domain`,
      alignTable([
        ["NPV", "mean", "sd", "p5", "p10", "p50", "p90", "p95"],
        ["", ...[s.mean, s.sd, s.p5, s.p10, s.p50, s.p90, s.p95].map(formatMoney)]
      ]),
      `P(NPV > 0) = ${percent.format(mc.probabilityNpvPositive)}`
    ]);
  } else {
    sections.push(["Monte Carlo: none (no uncertain input, or --draws 0)"]);
  }
  if (portfolio.consortium) {
    const rule = portfolio.consortium.enrolments === "split" ? "split delivery: each partner teaches its own learners" : `pooled delivery, income split by ${portfolio.consortium.revenueSplit}`;
    sections.push([
      `Consortium of ${report.partners.length} (${rule})`,
      alignTable([
        ["partner", "development", "enrolments", "income", "NPV", "P(NPV > 0)"],
        ...report.partners.map((p) => [
          p.id,
          percent.format(p.developmentShare),
          percent.format(p.enrolmentShare),
          percent.format(p.revenueShare),
          formatMoney(p.npv),
          p.monteCarlo ? percent.format(p.monteCarlo.probabilityNpvPositive) : "–"
        ])
      ])
    ]);
  }
  return sections.map((lines) => lines.join("\n")).join("\n\n") + "\n";
}
