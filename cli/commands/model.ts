import {z} from "zod";
import {DEFAULT_DRAWS, DEFAULT_SEED, modelScenario} from "../../src/model/index.js";
import {grouped, MAX_DRAWS, MAX_SEED, RunFlags} from "../runFlags.js";
import {parseCommandArgs} from "../args.js";
import type {Command} from "../command.js";
import {EXIT_OK, UsageError} from "../errors.js";
import {formatReportCsv} from "../format/reportCsv.js";
import {formatReportTable} from "../format/reportTable.js";
import {readScenarioFile} from "../scenarioFile.js";


const help = `Usage: mcw model <scenario.json> [--draws N] [--seed S] [--format json|csv|table] [--bands]

Runs the cost–revenue model of a scenario file (DESIGN.md §6): yearly enrolments, revenue, cost and
cash flow, NPV, payback year and break-even first-year enrolments; a Monte Carlo over the uncertain
inputs; and a tornado of each uncertain input's effect on NPV. The file format is described in
docs/scenario-format.md; presets are in scenarios/.

Options:
  --draws N    Monte Carlo draws, a whole number from 0 to ${grouped(MAX_DRAWS)} (default ${grouped(DEFAULT_DRAWS)}; 0 skips it)
  --seed S     random seed, an integer from 0 to ${grouped(MAX_SEED)} (default ${DEFAULT_SEED}); same seed, same result
  --format F   json (default): {deterministic, monteCarlo, tornado} with exactly the keys of DESIGN.md §7
               csv: one number per row, columns section,input,metric,year,value
               table: readable text
  --bands      also report per-year cash-flow bands (p10, p50, p90), as monteCarlo.cashFlowBands
  -h, --help   show this help

Examples:
  mcw model scenarios/own-platform-paid.json --format table
  mcw model my-scenario.json --draws 100000 --seed 7 --format csv > result.csv

Exit status: 0 success; 1 invalid scenario file or bad arguments (message on stderr).
`;

const ModelFlags = RunFlags.extend({bands: z.boolean().default(false)});

/** `mcw model <scenario.json>`: prints the DESIGN.md §7 result as JSON, CSV or a table. */
export const modelCommand: Command = {
  name: "model",
  summary: "Run the cost–revenue model, Monte Carlo and tornado for a scenario file",
  help,
  run(args, io) {
    const {values, positionals} = parseCommandArgs(args, {
      draws: {type: "string"},
      seed: {type: "string"},
      format: {type: "string"},
      bands: {type: "boolean"}
    });
    if (values.help) {
      io.out(help);
      return EXIT_OK;
    }
    if (positionals.length === 0) throw new UsageError("missing <scenario.json>");
    if (positionals.length > 1) throw new UsageError(`expected one scenario file, got ${positionals.length}: ${positionals.join(" ")}`);
    const flags = ModelFlags.safeParse({draws: values.draws, seed: values.seed, format: values.format, bands: values.bands});
    if (!flags.success) throw new UsageError(flags.error.issues.map((issue) => issue.message).join("\n"));
    const {draws, seed, format, bands} = flags.data;
    const scenario = readScenarioFile(positionals[0] as string, io);
    const report = modelScenario(scenario, {draws, seed, bands});
    if (format === "json") io.out(`${JSON.stringify(report, null, 2)}\n`);
    else if (format === "csv") io.out(formatReportCsv(report));
    else io.out(formatReportTable(report, scenario));
    return EXIT_OK;
  }
};
