import type {PortfolioReport} from "../model/portfolio/modelPortfolio.js";
import type {Consortium} from "../model/portfolio/types.js";
import {formatLearners, formatMoney, formatShare} from "./scenarioFormat.js";

export interface PortfolioSummaryOptions {
  document?: Document;
}

/**
 * The portfolio's headline figures as a definition list: NPV at the inputs' values, expected NPV, P(NPV > 0),
 * the 10th–90th percentile range, payback and break-even. Each figure carries its exact value in `data-value`
 * (and the list its draws, seed and members), so tests compare the page with `mcw portfolio` to the last digit.
 */
export function PortfolioSummary(report: PortfolioReport, {document = globalThis.document}: PortfolioSummaryOptions = {}): HTMLElement {
  const d = report.portfolio.deterministic;
  const mc = report.portfolio.monteCarlo;
  const c = report.currency;
  const list = document.createElement("dl");
  list.className = "portfolio-kpis";
  list.dataset.portfolioSummary = "";
  list.dataset.members = report.members.join(",");
  if (mc) {
    list.dataset.draws = String(mc.draws);
    list.dataset.seed = String(mc.seed);
  }
  const add = (metric: string, label: string, text: string, value: number | null, note?: string) => {
    const item = document.createElement("div");
    item.dataset.metric = metric;
    item.dataset.value = value === null ? "" : String(value);
    const term = document.createElement("dt");
    term.textContent = label;
    const figure = document.createElement("dd");
    figure.textContent = text;
    item.append(term, figure);
    if (note) {
      const small = document.createElement("dd");
      small.className = "portfolio-kpi-note";
      small.textContent = note;
      item.append(small);
    }
    list.append(item);
  };
  add("npv", "NPV at the stated values", formatMoney(d.npv, c), d.npv, `Offered separately: ${formatMoney(d.sumOfStandaloneNpv, c)}`);
  if (mc) {
    add("mean", "Expected NPV", formatMoney(mc.npv.mean, c), mc.npv.mean, `sd ${formatMoney(mc.npv.sd, c)}`);
    add("probabilityNpvPositive", "P(NPV > 0)", formatShare(mc.probabilityNpvPositive), mc.probabilityNpvPositive, `${mc.draws.toLocaleString("en-US")} draws, seed ${mc.seed}`);
    add("p10", "NPV, 10th percentile", formatMoney(mc.npv.p10, c), mc.npv.p10, `p5 ${formatMoney(mc.npv.p5, c, {compact: true})}`);
    add("p90", "NPV, 90th percentile", formatMoney(mc.npv.p90, c), mc.npv.p90, `p95 ${formatMoney(mc.npv.p95, c, {compact: true})}`);
    for (const key of ["sd", "p5", "p50", "p95"] as const) {
      const hidden = document.createElement("div");
      hidden.hidden = true;
      hidden.dataset.metric = key;
      hidden.dataset.value = String(mc.npv[key]);
      list.append(hidden);
    }
  }
  add("paybackYear", "Payback year", d.paybackYear === null ? `none within ${report.horizonYears} years` : `year ${d.paybackYear}`, d.paybackYear);
  add(
    "breakEvenEnrolmentScale",
    "Break-even enrolments",
    d.breakEvenEnrolmentScale === null ? "none" : `${formatShare(d.breakEvenEnrolmentScale)} of plan`,
    d.breakEvenEnrolmentScale,
    d.breakEvenEnrolmentScale === null ? "more learners lose more money" : "every credential's first-year enrolments scaled together"
  );
  return list;
}

/**
 * Per credential: how it is built, its NPV alone, its allocated share of the shared modules and its NPV in the
 * portfolio; each row carries the exact figures in data- attributes.
 */
export function PortfolioCredentialTable(report: PortfolioReport, {document = globalThis.document}: PortfolioSummaryOptions = {}): HTMLElement {
  const c = report.currency;
  return table(
    document,
    `Credentials in the portfolio (${c}; present values at the common discount rate)`,
    ["Credential", "Build", "NPV alone", "Shared-module cost allocated", "NPV in the portfolio", "Break-even first-year enrolments"],
    report.credentials.map((credential) => ({
      data: {credential: credential.id, npv: credential.npv, standaloneNpv: credential.standaloneNpv, allocatedSharedCost: credential.allocatedSharedCost},
      cells: [
        credential.title,
        credential.build === "repackage" ? "repackaged" : "new",
        formatMoney(credential.standaloneNpv, c),
        formatMoney(credential.allocatedSharedCost, c),
        formatMoney(credential.npv, c),
        credential.breakEvenFirstYearEnrolments === null ? "none" : formatLearners(credential.breakEvenFirstYearEnrolments)
      ]
    }))
  );
}

/** Per partner: its shares, NPV and P(NPV > 0); exact figures in data- attributes. */
export function PortfolioPartnerTable(report: PortfolioReport, {document = globalThis.document}: PortfolioSummaryOptions = {}): HTMLElement {
  const c = report.currency;
  return table(
    document,
    `Each partner's share and result (${c})`,
    ["Partner", "Development", "Learners recruited", "Delivery income", "NPV", "Expected NPV", "P(NPV > 0)"],
    report.partners.map((p) => ({
      data: {partner: p.id, npv: p.npv, expectedNpv: p.monteCarlo?.npv.mean ?? "", probabilityNpvPositive: p.monteCarlo?.probabilityNpvPositive ?? ""},
      cells: [
        p.name,
        formatShare(p.developmentShare),
        formatShare(p.enrolmentShare),
        formatShare(p.revenueShare),
        formatMoney(p.npv, c),
        p.monteCarlo ? formatMoney(p.monteCarlo.npv.mean, c) : "–",
        p.monteCarlo ? formatShare(p.monteCarlo.probabilityNpvPositive) : "–"
      ]
    }))
  );
}

function table(
  document: Document,
  caption: string,
  headings: readonly string[],
  rows: readonly {data: Record<string, string | number>; cells: readonly string[]}[]
): HTMLElement {
  const wrapper = document.createElement("div");
  wrapper.className = "portfolio-table";
  const element = document.createElement("table");
  const captionElement = document.createElement("caption");
  captionElement.textContent = caption;
  const head = document.createElement("thead");
  const headRow = document.createElement("tr");
  headings.forEach((text, i) => {
    const th = document.createElement("th");
    th.scope = "col";
    th.textContent = text;
    if (i > 0) th.className = "numeric";
    headRow.append(th);
  });
  head.append(headRow);
  const body = document.createElement("tbody");
  for (const row of rows) {
    const tr = document.createElement("tr");
    for (const [key, value] of Object.entries(row.data)) tr.dataset[key] = String(value);
    row.cells.forEach((text, i) => {
      const cell = document.createElement(i === 0 ? "th" : "td");
      if (i === 0) (cell as HTMLTableCellElement).scope = "row";
      else cell.className = "numeric";
      cell.textContent = text;
      tr.append(cell);
    });
    body.append(tr);
  }
  element.append(captionElement, head, body);
  wrapper.append(element);
  return wrapper;
}

const SPLIT_RULE_TEXT = {share: "by development shares", enrolments: "by the learners each partner recruits", equal: "equally"} as const;

/**
 * The consortium's rules in a sentence, for notes beside the figures.
 *
 * @example describeConsortium({partners: [a, b, c], enrolments: "pooled", revenueSplit: "enrolments"}); // => "3 partners share development by their shares; they deliver jointly and divide the income after delivery costs by the learners each partner recruits."
 */
export function describeConsortium(consortium: Consortium | null): string {
  if (!consortium) return "One institution alone bears every cost and keeps every income.";
  const n = consortium.partners.length;
  const delivery =
    consortium.enrolments === "split"
      ? "each teaches its own learners, runs its own cohorts and keeps what its learners bring"
      : `they deliver jointly and divide the income after delivery costs ${SPLIT_RULE_TEXT[consortium.revenueSplit]}`;
  return `${n} partner${n === 1 ? "" : "s"} share development by their shares; ${delivery}.`;
}
