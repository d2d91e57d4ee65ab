/**
 * Save, share and export for the scenario page: the scenario as JSON in exactly the format `mcw model` reads;
 * the share link (the whole scenario in the URL fragment, see src/model/scenarioUrl.ts); the results as CSV (the
 * tidy table of `resultsRows`), XLSX (`resultsSheets`, exceljs loaded on click) and JSON (the report of
 * `mcw model --format json --bands`); and the CLI command that reproduces the numbers.
 */
import {modelReportOf, resultsRows, resultsSheets} from "../model/resultsTable.js";
import {encodeScenarioHash, type RunSettings} from "../model/scenarioUrl.js";
import type {ScenarioFileJson} from "../model/scenarioFileJson.js";
import {csvText} from "./csvText.js";
import type {TimedRun} from "./ScenarioRunner.js";
import {xlsxBytes} from "./scenarioXlsx.js";

/**
 * A file name from a scenario name: lower case, ASCII letters and digits joined by "-", at most 60 characters.
 *
 * @example fileSlug("Paid micro-credential on the institution's own platform"); // => "paid-micro-credential-on-the-institution-s-own-platform"
 */
export function fileSlug(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "") // accents go, their letters stay: "Ü" → "U"
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return slug || "scenario";
}

/** The scenario file as saved: pretty-printed JSON with a trailing newline, the format `mcw model` reads. */
export function scenarioJsonText(file: ScenarioFileJson): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** The results CSV: the tidy table of `resultsRows` (text cells neutralised against formulas, numbers as numbers). */
export function resultsCsvText(timed: TimedRun): string {
  return csvText(resultsRows(modelReportOf(timed.run), timed.scenario));
}

/** The results JSON: exactly `mcw model <file> --format json --bands --seed S --draws N`. */
export function resultsJsonText(timed: TimedRun): string {
  return `${JSON.stringify(modelReportOf(timed.run), null, 2)}\n`;
}

/** The command that reproduces a run's numbers from the saved file. */
export function cliCommand(name: string, settings: RunSettings): string {
  return `npx mcw model ${fileSlug(name)}.json --format json --bands --seed ${settings.seed} --draws ${settings.draws}`;
}

/** Calls of updateShareHash so far: only the latest may write the URL (encoding is asynchronous). */
let shareRequests = 0;

/**
 * Points the URL fragment at the scenario (history.replaceState: no new history entry per keystroke). While
 * inputs move, only the latest call writes, `delayMs` after it was made (replaceState is slow in Chromium).
 *
 * @returns the new fragment without "#", or null when a later call superseded this one
 */
export async function updateShareHash(
  file: ScenarioFileJson,
  settings: RunSettings,
  {history = globalThis.history, location = globalThis.location, delayMs = 250}: {history?: History; location?: Location; delayMs?: number} = {}
): Promise<string | null> {
  const request = ++shareRequests;
  if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
  if (request !== shareRequests) return null;
  const hash = await encodeScenarioHash(file, settings);
  if (request !== shareRequests) return null;
  if (location.hash !== `#${hash}`) history.replaceState(history.state, "", `#${hash}`);
  return hash;
}

/** Offers bytes as a download named `filename`. */
export function download(data: BlobPart, filename: string, type: string, document: Document = globalThis.document): void {
  const url = URL.createObjectURL(new Blob([data], {type}));
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * The action bar: Save scenario (JSON), Copy share link, Results CSV / XLSX / JSON, and the CLI command.
 *
 * @param current the draft's file and the run shown (null while the draft has problems: exports disabled)
 */
export function ScenarioActions(
  current: {file: ScenarioFileJson; timed: TimedRun | null},
  {document = globalThis.document, location = globalThis.location}: {document?: Document; location?: Location} = {}
): HTMLElement {
  const root = document.createElement("div");
  root.className = "scenario-actions";
  const status = document.createElement("p");
  status.className = "scenario-action-status";
  status.setAttribute("role", "status");
  const {file, timed} = current;
  const name = timed?.scenario.name ?? file.name ?? "scenario";
  const slug = fileSlug(name);

  const button = (text: string, action: () => void | Promise<void>, {disabled = false, title = ""} = {}) => {
    const b = document.createElement("button");
    b.type = "button";
    b.textContent = text;
    b.disabled = disabled;
    if (title) b.title = title;
    b.addEventListener("click", async () => {
      b.disabled = true;
      try {
        await action();
      } catch (error) {
        status.textContent = `${text} failed: ${error instanceof Error ? error.message : String(error)}`;
      } finally {
        b.disabled = false;
      }
    });
    return b;
  };
  const noResults = !timed;
  const why = noResults ? "Fix the highlighted inputs first" : "";

  const save = button("Save scenario (JSON)", () => {
    download(scenarioJsonText(file), `${slug}.json`, "application/json");
    status.textContent = `Saved ${slug}.json: run it with ${timed ? cliCommand(name, timed.settings) : `npx mcw model ${slug}.json`}`;
  });
  const share = button(
    "Copy share link",
    async () => {
      const link = location.href;
      try {
        await navigator.clipboard.writeText(link);
        status.textContent = `Link copied (${link.length.toLocaleString("en-US")} characters). It holds the whole scenario, the seed and the draws.`;
      } catch {
        status.textContent = `Copy this link: ${link}`;
      }
    },
    {disabled: noResults, title: why}
  );
  const csv = button("Results CSV", () => {
    if (timed) download(resultsCsvText(timed), `${slug}-results.csv`, "text/csv;charset=utf-8");
  }, {disabled: noResults, title: why});
  const xlsx = button(
    "Results XLSX",
    async () => {
      if (!timed) return;
      status.textContent = "Writing the workbook…";
      const bytes = await xlsxBytes(resultsSheets(modelReportOf(timed.run), timed.scenario));
      download(bytes as Uint8Array<ArrayBuffer>, `${slug}-results.xlsx`, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
      status.textContent = `Saved ${slug}-results.xlsx (${bytes.length.toLocaleString("en-US")} bytes; sheets Summary, Cash flow, Tornado, Inputs, Results).`;
    },
    {disabled: noResults, title: why}
  );
  const json = button("Results JSON", () => {
    if (timed) download(resultsJsonText(timed), `${slug}-results.json`, "application/json");
  }, {
    disabled: noResults,
    title: why || "The same report as mcw model --format json --bands"
  });
  for (const [b, kind] of [[save, "save"], [share, "share"], [csv, "csv"], [xlsx, "xlsx"], [json, "json"]] as const) b.dataset.action = kind;
  const buttons = document.createElement("div");
  buttons.className = "scenario-action-buttons";
  buttons.append(save, share, csv, xlsx, json);
  const cli = document.createElement("p");
  cli.className = "scenario-cli";
  if (timed) {
    cli.append("Same numbers from the command line: ");
    const code = document.createElement("code");
    code.textContent = cliCommand(name, timed.settings);
    cli.append(code);
  }
  root.append(buttons, cli, status);
  return root;
}
