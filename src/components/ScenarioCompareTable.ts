import {compareScenarios, type ComparedInput} from "../model/scenarioDiff.js";
import {distributionText} from "../model/resultsTable.js";
import type {TimedRun} from "./ScenarioRunner.js";
import {formatLearners, formatMoney, formatNumber, formatShare, SCENARIO_COLOURS} from "./scenarioFormat.js";

/** One compared scenario. */
export interface ComparedScenario {
  readonly label: string;
  readonly timed: TimedRun;
}

export interface ScenarioCompareTableOptions {
  /** Start with only the inputs that differ (default true). */
  onlyDiffering?: boolean;
  document?: Document;
}

/**
 * An input's value as text: the number (or level) and, for an uncertain input, its distribution.
 *
 * @example inputText({value: 600, distribution: {dist: "uniform", min: 400, max: 800}}); // => "600 · uniform(min 400, max 800)"
 */
export function inputText(input: ComparedInput): string {
  const value = typeof input.value === "number" ? formatNumber(input.value, 6) : input.value;
  return input.distribution ? `${value} · ${distributionText(input.distribution)}` : value;
}

/**
 * Pinned scenarios side by side: first their results (NPV, Monte Carlo mean and p5–p95, chance of a positive
 * NPV, break-even enrolments, payback year, draws and seed), then their settings and inputs. Inputs that differ
 * between scenarios are highlighted and marked "≠" (not by colour alone); a checkbox shows all inputs or only
 * the differing ones.
 */
export function ScenarioCompareTable(scenarios: readonly ComparedScenario[], {onlyDiffering = true, document = globalThis.document}: ScenarioCompareTableOptions = {}): HTMLElement {
  const root = document.createElement("div");
  root.className = "scenario-compare";
  const toggleLabel = document.createElement("label");
  const toggle = document.createElement("input");
  toggle.type = "checkbox";
  toggle.checked = onlyDiffering;
  toggleLabel.append(toggle, " Show only the inputs that differ");
  const scroller = document.createElement("div");
  scroller.className = "scenario-compare-scroll";
  const table = document.createElement("table");
  scroller.append(table);
  root.append(toggleLabel, scroller);

  const rows = compareScenarios(scenarios.map((s) => s.timed.scenario));
  const differing = rows.filter((r) => r.differs).length;

  const cell = (tag: "td" | "th", text: string, props: Record<string, string> = {}) => {
    const node = document.createElement(tag);
    node.textContent = text;
    for (const [k, v] of Object.entries(props)) node.setAttribute(k, v);
    return node;
  };

  const render = () => {
    table.replaceChildren();
    const caption = document.createElement("caption");
    caption.textContent = `${scenarios.length} pinned ${scenarios.length === 1 ? "scenario" : "scenarios"}; ${differing} ${differing === 1 ? "input or setting differs" : "inputs or settings differ"}`;
    const head = document.createElement("thead");
    const headRow = document.createElement("tr");
    headRow.append(cell("th", "", {scope: "col"}), cell("th", "", {scope: "col", "aria-label": "Differs"}));
    scenarios.forEach((s, k) => {
      const th = cell("th", s.label, {scope: "col"});
      th.style.setProperty("--pin-colour", SCENARIO_COLOURS[k % SCENARIO_COLOURS.length] as string);
      headRow.append(th);
    });
    head.append(headRow);

    const body = document.createElement("tbody");
    const section = (title: string) => {
      const tr = document.createElement("tr");
      tr.className = "scenario-compare-section";
      tr.append(cell("th", title, {colspan: String(scenarios.length + 2), scope: "colgroup"}));
      body.append(tr);
    };
    const resultRow = (label: string, values: string[]) => {
      const tr = document.createElement("tr");
      tr.append(cell("th", label, {scope: "row"}), cell("td", ""), ...values.map((v) => cell("td", v, {class: "num"})));
      body.append(tr);
    };
    section("Results");
    const money = (s: ComparedScenario, x: number) => formatMoney(x, s.timed.scenario.currency);
    resultRow("NPV at the inputs' values", scenarios.map((s) => money(s, s.timed.run.deterministic.npv)));
    resultRow("NPV, Monte Carlo mean", scenarios.map((s) => (s.timed.run.monteCarlo ? money(s, s.timed.run.monteCarlo.npv.mean) : "–")));
    resultRow("NPV p5 to p95", scenarios.map((s) => { const mc = s.timed.run.monteCarlo; return mc ? `${money(s, mc.npv.p5)} to ${money(s, mc.npv.p95)}` : "–"; }));
    resultRow("Chance NPV > 0", scenarios.map((s) => (s.timed.run.monteCarlo ? formatShare(s.timed.run.monteCarlo.probabilityNpvPositive) : "–")));
    resultRow("Break-even first-year enrolments", scenarios.map((s) => { const b = s.timed.run.deterministic.breakEvenFirstYearEnrolments; return b === null ? "none" : formatLearners(b); }));
    resultRow("Payback year", scenarios.map((s) => { const p = s.timed.run.deterministic.paybackYear; return p === null ? "not reached" : `year ${p}`; }));
    resultRow("Monte Carlo draws, seed", scenarios.map((s) => `${(s.timed.run.monteCarlo?.draws ?? 0).toLocaleString("en-US")}, seed ${s.timed.settings.seed}`));

    let group = "";
    for (const row of rows) {
      if (toggle.checked && !row.differs) continue;
      if (row.groupLabel !== group) {
        group = row.groupLabel;
        section(group);
      }
      const tr = document.createElement("tr");
      if (row.differs) tr.className = "scenario-differs";
      tr.dataset.key = row.key;
      tr.append(
        cell("th", `${row.label} (${row.unit})`, {scope: "row"}),
        cell("td", row.differs ? "≠" : "", row.differs ? {"aria-label": "differs", title: "Differs between the pinned scenarios"} : {}),
        ...row.values.map((v) => cell("td", inputText(v)))
      );
      body.append(tr);
    }
    if (toggle.checked && differing === 0) section("No input differs: the pinned scenarios differ only in their Monte Carlo settings, if at all.");
    table.append(caption, head, body);
  };
  toggle.addEventListener("change", render);
  render();
  return root;
}
