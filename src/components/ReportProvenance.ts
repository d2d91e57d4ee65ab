import type {ReportModel} from "../model/report/assembleReport.js";
import type {ReportChart} from "./ReportFigures.js";
import {definitionList, downloadLink, element, type ReportComponentOptions} from "./ReportDom.js";
import {TextTable} from "./TextTable.js";

/** A built data file a report reads: its URL (FileAttachment(…).href) and what it holds. */
export interface ReportDataFile {
  readonly href: string;
  readonly about: string;
}

/** A link to a built file, named by its file name (without Framework's content hash). */
function fileLink(document: Document, href: string): HTMLAnchorElement {
  const link = element(document, "a", null, href.replace(/^.*\//, "").replace(/\.[0-9a-f]{8,}(\.[a-z]+)$/, "$1"));
  link.href = href;
  return link;
}

/**
 * The provenance block: where the scenario came from and its SHA-256, seed and draws, the software, commit and
 * build date, the report's data files, and every dataset behind the report with its vintage and licence. Exact
 * values ride along as data- attributes (data-scenario-hash, data-seed, data-draws) for tools and tests.
 *
 * @param report the assembled report
 * @param options `dataFiles`: the built data files the report reads (FileAttachment(…).href and what each holds)
 */
export function ReportProvenance(report: ReportModel, {dataFiles = [], document = globalThis.document}: ReportComponentOptions & {dataFiles?: readonly ReportDataFile[]} = {}): HTMLElement {
  const p = report.provenance;
  const b = p.build;
  const root = element(document, "div", "report-provenance");
  Object.assign(root.dataset, {scenarioHash: p.scenarioHash, seed: String(p.seed), draws: String(p.draws), fromLink: String(p.fromLink)});
  const hash = element(document, "code", "report-hash", p.scenarioHash);
  const commit = b.commit === null ? "not recorded (not a git checkout)" : `${b.commit}${b.uncommittedChanges ? " with uncommitted changes" : ""}`;
  const date = b.buildDate === null ? "not recorded (set SOURCE_DATE_EPOCH)" : `${b.buildDate} (from ${b.buildDateSource === "SOURCE_DATE_EPOCH" ? "SOURCE_DATE_EPOCH" : "the last git commit"}; never the clock, so two builds agree)`;
  const dataLinks = dataFiles.length === 0 ? null : element(document, "span", null);
  dataFiles.forEach((file, index) => dataLinks?.append(...(index > 0 ? [", "] : []), fileLink(document, file.href)));
  root.append(
    definitionList(document, "report-facts", [
      ["Scenario", p.fromLink ? `${report.scenario.scenario.name} — from the link, not the default` : `${report.scenario.scenario.name} — ${p.scenarioOrigin}`],
      ["Scenario hash", element(document, "span", null, "SHA-256 ", hash, " of the canonical scenario (currency, horizon, every input and distribution, defaults filled)")],
      ["Monte Carlo", `seed ${p.seed}, ${p.draws.toLocaleString("en-US")} draws (same scenario, seed, draws and version → the same figures)`],
      ["Software", `${b.software} ${b.version}`],
      ["Commit", commit],
      ["Build date", date],
      ["Report data", dataLinks ?? "computed in the page from the scenario"]
    ])
  );
  if (p.sources.length > 0) {
    root.append(
      TextTable(p.sources, {
        caption: `The ${p.sources.length} datasets behind this report (data/sources.csv; caveats on the methods page)`,
        document,
        columns: [
          {label: "Dataset", value: (s) => `${s.title} — ${s.publisher}`},
          {label: "Vintage", value: (s) => s.vintage},
          {label: "Licence", value: (s) => s.licence},
          {label: "Used for", value: (s) => s.usedFor}
        ]
      })
    );
  } else {
    root.append(element(document, "p", "report-note", "No dataset of the build enters this report: every figure comes from the scenario's inputs, whose citations are listed under Citations."));
  }
  return root;
}

/** Citations: the datasets' required attributions, the method references, and every input's source. */
export function ReportCitations(report: ReportModel, {document = globalThis.document}: ReportComponentOptions = {}): HTMLElement {
  const root = element(document, "div", "report-citations");
  const list = element(document, "ol", "report-citation-list");
  for (const source of report.provenance.sources) {
    const url = element(document, "span", "report-url", source.url);
    list.append(element(document, "li", null, `${source.attribution} ${source.title}, ${source.vintage}. Licence: ${source.licence}. `, url));
  }
  for (const method of report.citations.methods) list.append(element(document, "li", null, method));
  root.append(list);
  root.append(
    TextTable(report.citations.inputs, {
      caption: "Where each input of the scenario comes from (the scenario's own citation, else the documented default's)",
      document,
      columns: [
        {label: "Input", value: (c) => c.label},
        {label: "Source", value: (c) => c.citation ?? "set in the scenario without a citation"},
        {label: "From", value: (c) => (c.from === "scenario" ? "scenario" : c.from === "default" ? "default" : "—")}
      ]
    })
  );
  return root;
}

/** The limitations as a list. */
export function ReportLimitations(report: ReportModel, {document = globalThis.document}: ReportComponentOptions = {}): HTMLElement {
  const list = element(document, "ul", "report-limitations");
  for (const text of report.limitations) list.append(element(document, "li", null, text));
  return list;
}

/**
 * The data behind the report: each chart's CSV (the same file as the chart's own download link), the scenario as a
 * file for `mcw model` / `mcw report`, and the built data files the report reads.
 */
export function ReportDataFiles(report: ReportModel, charts: readonly ReportChart[], {prefix, dataFiles = [], document = globalThis.document}: ReportComponentOptions & {prefix: string; dataFiles?: readonly ReportDataFile[]}): HTMLElement {
  const list = element(document, "ul", "report-data-files");
  for (const chart of charts) {
    const link = chart.figure.querySelector<HTMLAnchorElement>(".chart-actions a");
    const copy = element(document, "a", null, `${chart.filename}.csv`);
    if (link) {
      copy.href = link.href;
      copy.download = link.download;
    }
    list.append(element(document, "li", null, copy, ` — ${chart.rows} rows behind “${chart.title}”`));
  }
  const file = `${prefix}-scenario.json`;
  list.append(element(document, "li", null, downloadLink(document, file, file, `${JSON.stringify(report.scenario.file, null, 2)}\n`), ` — the scenario (SHA-256 ${report.provenance.scenarioHash.slice(0, 12)}…); reproduce with `, element(document, "code", null, `mcw model ${file} --seed ${report.provenance.seed} --draws ${report.provenance.draws}`)));
  for (const file of dataFiles) list.append(element(document, "li", null, fileLink(document, file.href), ` — ${file.about}, as the build made it`));
  return list;
}
