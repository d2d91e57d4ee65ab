import {existsSync, mkdirSync, readdirSync, statSync} from "node:fs";
import {basename, dirname, join, resolve} from "node:path";
import {z} from "zod";
import {projectRoot} from "../../loaders/paths.js";
import {scenarioHash} from "../../src/model/report/scenarioHash.js";
import {DEFAULT_DRAWS, DEFAULT_SEED, nearestKey} from "../../src/model/index.js";
import {encodeScenarioHash, MAX_PAGE_DRAWS, MAX_SEED, settingsSuffix} from "../../src/model/scenarioUrl.js";
import type {ScenarioFileJson} from "../../src/model/scenarioFileJson.js";
import {parseCommandArgs} from "../args.js";
import {grouped, wholeNumberFlag} from "../runFlags.js";
import type {Command} from "../command.js";
import {EXIT_ERROR, EXIT_OK, UsageError} from "../errors.js";
import type {CliIo} from "../io.js";
import {readScenarioFile} from "../scenarioFile.js";
import {launchBrowser, serveSite} from "../localSite.js";
import {printReport, ReportPrintError, type PrintJob} from "../reportPdf.js";

const PAPERS = ["a4", "letter"] as const;
/** Pages of dist/reports/ that are not a candidate's report. */
const NOT_CANDIDATES = new Set(["index", "scenario"]);
const DEFAULT_TIMEOUT_SECONDS = 90;

const help = `Usage: mcw report <scenario.json> [--credential ID] --out report.pdf [options]
       mcw report --credential ID --out report.pdf [options]
       mcw report --all --out <dir> [options]

Prints a research report of the built site (dist/) to PDF with headless Chromium (Debian's chromium,
or CHROMIUM_PATH): the question, the market evidence, the scenario results with their uncertainty,
the verdict with its reasons, the limitations, provenance (datasets with vintages, scenario SHA-256,
seed, software version, build date) and citations. It serves dist/ on 127.0.0.1, opens the report,
waits until every chart is drawn and prints it. Run "npm run build" first; nothing is built here.

  <scenario.json>   a scenario file (docs/scenario-format.md). With --credential, the candidate's report
                    computed with this scenario (market evidence and verdict of that candidate); without,
                    the scenario report (/reports/scenario). The page must report the same scenario hash.
  --credential ID   a candidate of the catalogue (see /reports/ of the site); alone, its default scenario
  --all             every candidate's report with its default scenario, one PDF each: <dir>/<id>.pdf

Options:
  -o, --out PATH    the PDF to write (a name ending in .pdf; its folder must exist), or with --all the
                    folder to write into (created when missing). Written under a temporary name, then renamed.
  --paper SIZE      a4 (default) or letter
  --seed S          Monte Carlo seed, an integer from 0 to ${grouped(MAX_SEED)} (default ${DEFAULT_SEED})
  --draws N         Monte Carlo draws, a whole number from 0 to ${grouped(MAX_PAGE_DRAWS)} (default ${grouped(DEFAULT_DRAWS)})
  --site DIR        the built site to print from (default: dist/ of the workbench)
  --timeout SEC     how long to wait for one report to be ready, 1 to 600 seconds (default ${DEFAULT_TIMEOUT_SECONDS})
  -h, --help        show this help

Examples:
  mcw report scenarios/own-platform-paid.json --credential data-analytics-python-sql --out report.pdf
  mcw report my-scenario.json --out report.pdf --paper letter
  mcw report --all --out reports/

Exit status: 0 every PDF written; 1 bad arguments, invalid scenario file, dist/ missing, or a report that
could not be printed (message on stderr).
`;

const ReportFlags = z.object({
  paper: z
    .string()
    .transform((s) => s.toLowerCase())
    .pipe(z.enum(PAPERS, {error: (issue) => `--paper: expected a4 or letter, got "${String(issue.input)}"`}))
    .default("a4"),
  seed: wholeNumberFlag("seed", MAX_SEED, "an integer").default(DEFAULT_SEED),
  draws: wholeNumberFlag("draws", MAX_PAGE_DRAWS, "a whole number").default(DEFAULT_DRAWS),
  timeout: z
    .string()
    .regex(/^[0-9]{1,3}$/, {error: (issue) => `--timeout: expected a whole number of seconds from 1 to 600, got "${String(issue.input)}"`})
    .transform(Number)
    .pipe(z.number().min(1, {error: "--timeout: expected a whole number of seconds from 1 to 600, got 0"}).max(600, {error: (issue) => `--timeout: expected a whole number of seconds from 1 to 600, got ${String(issue.input)}`}))
    .default(DEFAULT_TIMEOUT_SECONDS)
});

/** Candidate ids whose report the built site holds (dist/reports/<id>.html). */
export function builtCandidates(site: string): string[] {
  const folder = join(site, "reports");
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith(".html"))
    .map((name) => name.slice(0, -".html".length))
    .filter((id) => !NOT_CANDIDATES.has(id))
    .sort();
}

/** What a validated invocation asks for. */
interface ReportPlan {
  readonly site: string;
  readonly jobs: PrintJob[];
}

/**
 * Checks the arguments and the built site and turns them into print jobs, before any browser starts.
 *
 * @throws {UsageError} for a bad flag, value or combination, an unknown credential, or a missing build
 * @throws {InputFileError} for an invalid scenario file (file:line:column, key, value, expectation)
 */
export async function planReport(args: readonly string[], io: CliIo): Promise<ReportPlan | "help"> {
  const {values, positionals} = parseCommandArgs(args, {
    out: {type: "string", short: "o"},
    credential: {type: "string"},
    all: {type: "boolean"},
    paper: {type: "string"},
    seed: {type: "string"},
    draws: {type: "string"},
    site: {type: "string"},
    timeout: {type: "string"}
  });
  if (values.help) return "help";
  const flags = ReportFlags.safeParse({paper: values.paper, seed: values.seed, draws: values.draws, timeout: values.timeout});
  if (!flags.success) throw new UsageError(flags.error.issues.map((issue) => issue.message).join("\n"));
  const {paper, seed, draws, timeout} = flags.data;
  if (positionals.length > 1) throw new UsageError(`expected at most one scenario file, got ${positionals.length}: ${positionals.join(" ")}`);
  const scenarioPath = positionals[0];
  if (values.out === undefined || values.out.trim() === "") {
    throw new UsageError(values.all ? "--out: missing; expected the folder to write the PDFs into (e.g. --out reports/)" : "--out: missing; expected the PDF file to write (e.g. --out report.pdf)");
  }
  if (values.all && scenarioPath !== undefined) throw new UsageError(`--all prints every candidate's default scenario; got a scenario file too ("${scenarioPath}"); give one or the other`);
  if (values.all && values.credential !== undefined) throw new UsageError(`--all prints every candidate; got --credential ${values.credential} too; give one or the other`);
  if (!values.all && scenarioPath === undefined && values.credential === undefined) throw new UsageError("missing <scenario.json> or --credential ID (or --all); expected what to report on");
  if (values.credential !== undefined && !/^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/.test(values.credential)) {
    throw new UsageError(`--credential: got "${values.credential}"; expected a candidate id of letters, digits, "-", "_" or "."`);
  }

  const out = resolve(values.out);
  if (values.all) {
    if (existsSync(out) && !statSync(out).isDirectory()) throw new UsageError(`--out ${values.out}: is a file; with --all, expected a folder for one PDF per candidate`);
  } else {
    if (!out.toLowerCase().endsWith(".pdf")) throw new UsageError(`--out ${values.out}: expected a file name ending in .pdf`);
    if (existsSync(out) && statSync(out).isDirectory()) throw new UsageError(`--out ${values.out}: is a folder; expected a file name ending in .pdf (e.g. ${join(values.out, "report.pdf")})`);
    if (!existsSync(dirname(out)) || !statSync(dirname(out)).isDirectory()) throw new UsageError(`--out ${values.out}: the folder ${dirname(out)} does not exist; expected an existing folder`);
  }

  // The scenario file, validated like every other command's (InputFileError names file:line:column).
  let file: ScenarioFileJson | null = null;
  let expectHash: string | null = null;
  if (scenarioPath !== undefined) {
    const scenario = readScenarioFile(scenarioPath, io);
    file = JSON.parse(io.readTextFile(scenarioPath).replace(/^\uFEFF/, "")) as ScenarioFileJson;
    expectHash = scenarioHash(scenario);
  }

  const site = resolve(values.site ?? join(projectRoot, "dist"));
  if (!existsSync(join(site, "index.html"))) throw new UsageError(`the built site ${site} is missing (no index.html); run npm run build first`);
  if (!existsSync(join(site, "reports", "scenario.html"))) throw new UsageError(`the built site ${site} has no reports (no reports/scenario.html); run npm run build first`);
  const candidates = builtCandidates(site);
  if (values.credential !== undefined && !candidates.includes(values.credential)) {
    const near = nearestKey(values.credential, candidates);
    throw new UsageError(`--credential: no candidate "${values.credential}" in the built site${near ? ` (did you mean "${near}"?)` : ""}; expected one of ${candidates.join(", ")}`);
  }

  const settings = {seed, draws};
  const query = `?paper=${paper}`;
  const timeoutMs = timeout * 1000;
  if (values.all) {
    if (candidates.length === 0) throw new UsageError(`the built site ${site} has no candidate reports; run npm run build first`);
    mkdirSync(out, {recursive: true});
    return {site, jobs: candidates.map((id) => ({path: `/reports/${id}${query}${fragment(settingsSuffix(settings))}`, paper, out: join(out, `${id}.pdf`), expectHash: null, timeoutMs}))};
  }
  const page = values.credential === undefined ? "/reports/scenario" : `/reports/${values.credential}`;
  const hash = file === null ? fragment(settingsSuffix(settings)) : `#${await encodeScenarioHash(file, settings)}`;
  return {site, jobs: [{path: `${page}${query}${hash}`, paper, out, expectHash, timeoutMs}]};
}

/** "&seed=7" → "#seed=7"; "" → "". */
function fragment(suffix: string): string {
  return suffix === "" ? "" : `#${suffix.slice(1)}`;
}

/** `mcw report`: research reports of the built site as PDF. */
export const reportCommand: Command = {
  name: "report",
  summary: "Print research reports of the built site to PDF (one scenario, a candidate, or --all)",
  help,
  async run(args, io) {
    const plan = await planReport(args, io);
    if (plan === "help") {
      io.out(help);
      return EXIT_OK;
    }
    const started = performance.now();
    const server = await serveSite(plan.site);
    let failed = 0;
    try {
      let browser;
      try {
        browser = await launchBrowser();
      } catch (error) {
        io.err(`mcw report: ${error instanceof Error ? error.message : String(error)}\n`);
        return EXIT_ERROR;
      }
      try {
        for (const job of plan.jobs) {
          try {
            const result = await printReport(browser, server.origin, job);
            io.out(`wrote ${job.out} (${result.pages} pages, ${Math.round(result.bytes / 1024)} kB, ${job.paper === "letter" ? "Letter" : "A4"}) in ${result.seconds.toFixed(1)} s — ${result.title}; scenario SHA-256 ${result.scenarioHash}\n`);
          } catch (error) {
            if (!(error instanceof ReportPrintError)) throw error;
            failed++;
            io.err(`mcw report: ${basename(job.out)} not written: ${error.message}\n`);
          }
        }
      } finally {
        await browser.close();
      }
    } finally {
      await server.close();
    }
    if (plan.jobs.length > 1) io.out(`${plan.jobs.length - failed} of ${plan.jobs.length} reports written in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
    return failed === 0 ? EXIT_OK : EXIT_ERROR;
  }
};
