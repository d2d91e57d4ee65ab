/**
 * Results of a scenario shaped for export: the report `mcw model --format json --bands` prints, the tidy table
 * of `mcw model --format csv` (plus the scenario's settings and inputs), and the sheets of the XLSX workbook.
 * Text cells a spreadsheet would run as a formula are neutralised by `neutraliseFormula`; numbers stay numbers
 * (a negative NPV is the number −92170.84…, never the text "-92170.84").
 */
import type {ModelReport} from "./modelScenario.js";
import {DISTRIBUTION_PARAMETERS, type Distribution} from "./distributions.js";
import type {ScenarioRun} from "./runScenario.js";
import {INPUT_GROUPS, SCENARIO_INPUTS} from "./scenarioInputs.js";
import type {Scenario} from "./types.js";

/**
 * The report of a run with exactly the keys and key order of `modelScenario(scenario, {draws, seed, bands: true})`,
 * i.e. of `mcw model --format json --bands`; drop `monteCarlo.cashFlowBands` with `bands: false`.
 *
 * @param run result of `runScenario`
 * @param options bands (default true)
 * @returns the DESIGN.md §7 report
 * @example JSON.stringify(modelReportOf(runScenario(s, {seed: 7}), {bands: false})) === JSON.stringify(modelScenario(s, {seed: 7})); // => true
 */
export function modelReportOf(run: ScenarioRun, {bands = true}: {bands?: boolean} = {}): ModelReport {
  const d = run.deterministic;
  const mc = run.monteCarlo;
  return {
    deterministic: {
      years: d.years,
      enrolments: d.enrolments,
      revenue: d.revenue,
      cost: d.cost,
      cashFlow: d.cashFlow,
      npv: d.npv,
      paybackYear: d.paybackYear,
      breakEvenFirstYearEnrolments: d.breakEvenFirstYearEnrolments
    },
    monteCarlo: mc && {
      draws: mc.draws,
      seed: mc.seed,
      npv: mc.npv,
      probabilityNpvPositive: mc.probabilityNpvPositive,
      clampedDraws: mc.clampedDraws,
      ...(bands ? {cashFlowBands: mc.cashFlowBands} : {})
    },
    tornado: run.tornado.map(({input, low, high, swing}) => ({input, low, high, swing}))
  };
}

/** Columns of the tidy results table (those of `mcw model --format csv`). */
export const RESULTS_COLUMNS = ["section", "input", "metric", "year", "value"] as const;

/** One value of the tidy results table (a type alias, so it is a plain record for CSV writers). */
export type ResultsRow = {
  /** scenario | inputs | deterministic | monteCarlo | tornado */
  readonly section: string;
  /** Input key (inputs and tornado rows), else "". */
  readonly input: string;
  /** JSON key, dotted when nested ("npv.p10", "cashFlowBands.p90"). */
  readonly metric: string;
  /** Year t for yearly rows, else null. */
  readonly year: number | null;
  /** A number, a text (names, levels, distributions, citations) or null (e.g. no payback year). */
  readonly value: number | string | null;
};

/**
 * The results as one tidy table: first the scenario's settings (name, description, currency, horizonYears) and
 * every input (its value; for an uncertain input its distribution as text; the scenario's source where it
 * gives one), then exactly the rows of `mcw model --format csv --bands` in the same order (deterministic yearly
 * figures and summary, Monte Carlo summary and cash-flow bands, tornado).
 *
 * @param report result of `modelReportOf` or `modelScenario`
 * @param scenario the scenario it was computed from
 * @returns rows in RESULTS_COLUMNS order
 * @example resultsRows(report, scenario).find((r) => r.metric === "npv")?.value; // => the deterministic NPV
 */
export function resultsRows(report: ModelReport, scenario: Scenario): ResultsRow[] {
  const rows: ResultsRow[] = [];
  const add = (section: string, input: string, metric: string, year: number | null, value: number | string | null) =>
    rows.push({section, input, metric, year, value});
  add("scenario", "", "name", null, scenario.name);
  add("scenario", "", "description", null, scenario.description);
  add("scenario", "", "currency", null, scenario.currency);
  add("scenario", "", "horizonYears", null, scenario.horizonYears);
  for (const spec of SCENARIO_INPUTS) {
    add("inputs", spec.key, "value", null, scenario.inputs[spec.key]);
    const distribution = (scenario.distributions as Record<string, Distribution | undefined>)[spec.key];
    if (distribution) add("inputs", spec.key, "distribution", null, distributionText(distribution));
    const source = scenario.sources[spec.key];
    if (source !== undefined) add("inputs", spec.key, "source", null, source);
  }
  const d = report.deterministic;
  for (const metric of ["enrolments", "revenue", "cost", "cashFlow"] as const) {
    d[metric].forEach((value, t) => add("deterministic", "", metric, d.years[t] ?? t, value));
  }
  add("deterministic", "", "npv", null, d.npv);
  add("deterministic", "", "paybackYear", null, d.paybackYear);
  add("deterministic", "", "breakEvenFirstYearEnrolments", null, d.breakEvenFirstYearEnrolments);
  const mc = report.monteCarlo;
  if (mc) {
    add("monteCarlo", "", "draws", null, mc.draws);
    add("monteCarlo", "", "seed", null, mc.seed);
    for (const [stat, value] of Object.entries(mc.npv)) add("monteCarlo", "", `npv.${stat}`, null, value as number);
    add("monteCarlo", "", "probabilityNpvPositive", null, mc.probabilityNpvPositive);
    add("monteCarlo", "", "clampedDraws", null, mc.clampedDraws);
    for (const band of mc.cashFlowBands ?? []) {
      for (const stat of ["p10", "p50", "p90"] as const) add("monteCarlo", "", `cashFlowBands.${stat}`, band.year, band[stat]);
    }
  }
  for (const bar of report.tornado) {
    for (const metric of ["low", "high", "swing"] as const) add("tornado", bar.input, metric, null, bar[metric]);
  }
  return rows;
}

/**
 * A distribution as one line of text, parameters in the order of the format, numbers in full precision.
 *
 * @example distributionText({dist: "triangular", min: 400, mode: 600, max: 800}); // => "triangular(min 400, mode 600, max 800)"
 */
export function distributionText(d: Distribution): string {
  const {required, optional} = DISTRIBUTION_PARAMETERS[d.dist];
  const values = d as unknown as Record<string, number>;
  const parts = [...required, ...optional].filter((p) => values[p] !== undefined).map((p) => `${p} ${values[p]}`);
  return `${d.dist}(${parts.join(", ")})`;
}

/** First characters that make a spreadsheet read a text cell as a formula (OWASP "CSV injection"), plus tab and CR. */
export const FORMULA_PREFIX = /^[=+\-@\t\r]/;

/**
 * Neutralises a text cell against formula injection: text starting with =, +, −, @, tab or carriage return gets
 * a leading apostrophe, so Excel, LibreOffice and Google Sheets show it as text instead of running it.
 *
 * @param text a text cell
 * @returns the text, prefixed with ' when it could start a formula
 * @example neutraliseFormula("=HYPERLINK(\"http://x\")"); // => "'=HYPERLINK(\"http://x\")"
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_PREFIX.test(text) ? `'${text}` : text;
}

/** One cell of an exported sheet: a number (kept a number), a text (already neutralised) or empty. */
export type SheetCell = number | string | null;

/** One worksheet: its name, columns (header, width in characters, Excel number format) and rows. */
export interface Sheet {
  readonly name: string;
  readonly columns: readonly {readonly header: string; readonly width: number; readonly numFmt?: string}[];
  readonly rows: readonly (readonly SheetCell[])[];
}

/** Excel number formats (display only; cells keep full precision): whole currency units, counts to one decimal. */
const MONEY = "#,##0;-#,##0";
const COUNT = "#,##0.0";

/**
 * The sheets of the XLSX export: Summary (one measure per row), Cash flow (per year, with Monte Carlo bands),
 * Tornado, Inputs (value, distribution, unit, source or the default's citation) and Results (the tidy table of
 * `resultsRows`, every number at full precision). Text cells are neutralised with `neutraliseFormula`.
 *
 * @param report result of `modelReportOf`
 * @param scenario the scenario it was computed from
 * @returns five sheets
 * @example resultsSheets(report, scenario).map((s) => s.name); // => ["Summary", "Cash flow", "Tornado", "Inputs", "Results"]
 */
export function resultsSheets(report: ModelReport, scenario: Scenario): Sheet[] {
  const text = (value: string | number | null): SheetCell => (typeof value === "string" ? neutraliseFormula(value) : value);
  const d = report.deterministic;
  const mc = report.monteCarlo;
  const currency = scenario.currency;
  const summary: SheetCell[][] = [
    ["Scenario", scenario.name, ""],
    ["Currency", currency, ""],
    ["Horizon", scenario.horizonYears, "years (t = 0…H)"],
    ["NPV at the inputs' values", d.npv, currency],
    ["Payback year", d.paybackYear, d.paybackYear === null ? "not within the horizon" : "year t"],
    ["Break-even first-year enrolments", d.breakEvenFirstYearEnrolments, d.breakEvenFirstYearEnrolments === null ? "none: each learner loses money" : "learners"]
  ];
  if (mc) {
    summary.push(
      ["Monte Carlo draws", mc.draws, "draws"],
      ["Seed", mc.seed, ""],
      ["NPV mean", mc.npv.mean, currency],
      ["NPV standard deviation", mc.npv.sd, currency],
      ["NPV p5", mc.npv.p5, currency],
      ["NPV p10", mc.npv.p10, currency],
      ["NPV p50", mc.npv.p50, currency],
      ["NPV p90", mc.npv.p90, currency],
      ["NPV p95", mc.npv.p95, currency],
      ["Probability NPV > 0", mc.probabilityNpvPositive, "share of draws"],
      ["Clamped input draws", mc.clampedDraws, "values set to their domain's end"]
    );
  }
  const bands = new Map((mc?.cashFlowBands ?? []).map((b) => [b.year, b]));
  const cashFlow = d.years.map((year, t) => [
    year,
    d.enrolments[t] ?? null,
    d.revenue[t] ?? null,
    d.cost[t] ?? null,
    d.cashFlow[t] ?? null,
    bands.get(year)?.p10 ?? null,
    bands.get(year)?.p50 ?? null,
    bands.get(year)?.p90 ?? null
  ]);
  const labels = new Map<string, string>(SCENARIO_INPUTS.map((s) => [s.key, s.label]));
  const groups = new Map<string, string>(INPUT_GROUPS.map((g) => [g.id, g.label]));
  const inputs = SCENARIO_INPUTS.map((spec) => {
    const distribution = (scenario.distributions as Record<string, Distribution | undefined>)[spec.key];
    const source = scenario.sources[spec.key];
    return [
      spec.key,
      spec.label,
      groups.get(spec.group) ?? spec.group,
      scenario.inputs[spec.key],
      distribution ? distributionText(distribution) : "",
      spec.unit,
      source ?? `Default: ${spec.citation}`
    ].map(text);
  });
  return [
    {
      name: "Summary",
      columns: [{header: "Measure", width: 34}, {header: "Value", width: 18, numFmt: "#,##0.###"}, {header: "Unit", width: 32}],
      rows: summary.map((row) => row.map(text))
    },
    {
      name: "Cash flow",
      columns: [
        {header: "Year", width: 6},
        {header: "Enrolments", width: 12, numFmt: COUNT},
        {header: `Revenue (${currency})`, width: 16, numFmt: MONEY},
        {header: `Cost (${currency})`, width: 16, numFmt: MONEY},
        {header: `Cash flow (${currency})`, width: 16, numFmt: MONEY},
        {header: "Cash flow p10", width: 16, numFmt: MONEY},
        {header: "Cash flow p50", width: 16, numFmt: MONEY},
        {header: "Cash flow p90", width: 16, numFmt: MONEY}
      ],
      rows: cashFlow
    },
    {
      name: "Tornado",
      columns: [
        {header: "Input", width: 32},
        {header: "Label", width: 40},
        {header: `NPV at its 10th percentile (${currency})`, width: 22, numFmt: MONEY},
        {header: `NPV at its 90th percentile (${currency})`, width: 22, numFmt: MONEY},
        {header: "Swing", width: 16, numFmt: MONEY}
      ],
      rows: report.tornado.map((bar) => [bar.input, labels.get(bar.input) ?? bar.input, bar.low, bar.high, bar.swing].map(text))
    },
    {
      name: "Inputs",
      columns: [
        {header: "Key", width: 32},
        {header: "Label", width: 40},
        {header: "Group", width: 22},
        {header: "Value", width: 14},
        {header: "Distribution", width: 40},
        {header: "Unit", width: 24},
        {header: "Source", width: 80}
      ],
      rows: inputs
    },
    {
      name: "Results",
      columns: [{header: "section", width: 14}, {header: "input", width: 32}, {header: "metric", width: 30}, {header: "year", width: 6}, {header: "value", width: 22}],
      rows: resultsRows(report, scenario).map((r) => [r.section, r.input, r.metric, r.year, r.value].map(text))
    }
  ];
}
