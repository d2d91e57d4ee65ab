import type {Scenario} from "../model/types.js";
import type {TimedRun} from "./ScenarioRunner.js";
import {formatLearners, formatMoney, formatNumber, formatShare} from "./scenarioFormat.js";

export interface ScenarioKpisOptions {
  document?: Document;
}

/**
 * The headline results of a run as cards: NPV (at the inputs' values, with the Monte Carlo mean), the chance of
 * a positive NPV, the middle 90% of NPV outcomes, break-even first-year enrolments against those planned, and
 * the payback year; then how long the recompute took and where. Exact numbers ride along as data- attributes
 * (data-npv, data-probability, data-compute-ms, …) for tests and tools; what is shown is rounded.
 */
export function ScenarioKpis(timed: TimedRun, {document = globalThis.document}: ScenarioKpisOptions = {}): HTMLElement {
  const {scenario, run, settings} = timed;
  const currency = scenario.currency;
  const d = run.deterministic;
  const mc = run.monteCarlo;
  // Non-breaking spaces keep "−USD 92,171" on one line; cards wrap only between figures.
  const money = (x: number) => formatMoney(x, currency).replaceAll(" ", "\u00a0");
  const compact = (x: number) => formatMoney(x, currency, {compact: true}).replaceAll(" ", "\u00a0");
  const root = document.createElement("section");
  root.className = "scenario-kpis";
  root.setAttribute("aria-label", "Results");
  root.setAttribute("aria-live", "polite");
  Object.assign(root.dataset, {
    npv: String(d.npv),
    probability: mc ? String(mc.probabilityNpvPositive) : "",
    npvMean: mc ? String(mc.npv.mean) : "",
    breakEven: d.breakEvenFirstYearEnrolments === null ? "" : String(d.breakEvenFirstYearEnrolments),
    paybackYear: d.paybackYear === null ? "" : String(d.paybackYear),
    draws: String(mc?.draws ?? 0),
    seed: String(settings.seed),
    computeMs: timed.computeMs.toFixed(2),
    roundTripMs: timed.roundTripMs.toFixed(2),
    where: timed.where === "worker" ? "worker" : "main-thread"
  });

  const card = (name: string, value: string, note: string, key: string, tone: "gain" | "loss" | "neutral" = "neutral") => {
    const div = document.createElement("div");
    div.className = `scenario-kpi scenario-kpi-${tone}`;
    div.dataset.kpi = key;
    const h = document.createElement("h3");
    h.textContent = name;
    const big = document.createElement("p");
    big.className = "scenario-kpi-value";
    big.textContent = value;
    const small = document.createElement("p");
    small.className = "scenario-kpi-note";
    small.textContent = note;
    div.append(h, big, small);
    return div;
  };
  const tone = (x: number) => (x > 0 ? "gain" : x < 0 ? "loss" : "neutral");
  const planned = scenario.inputs.firstYearEnrolments;
  const breakEven = d.breakEvenFirstYearEnrolments;
  const cards = [
    card(
      "NPV",
      money(d.npv),
      `at the inputs' values, discounted at ${formatShare(scenario.inputs.discountRate)}${mc ? `; Monte Carlo mean ${money(mc.npv.mean)}` : ""}`,
      "npv",
      tone(d.npv)
    ),
    card(
      "Chance NPV > 0",
      mc ? formatShare(mc.probabilityNpvPositive) : "–",
      mc ? `of ${mc.draws.toLocaleString("en-US")} draws (seed ${mc.seed})` : "no uncertain input (switch one to a distribution) or 0 draws",
      "probability",
      mc ? (mc.probabilityNpvPositive >= 0.5 ? "gain" : "loss") : "neutral"
    ),
    card(
      "NPV, 90% of draws",
      mc ? `${compact(mc.npv.p5)} to ${compact(mc.npv.p95)}` : "–",
      mc ? `p5 to p95; median ${money(mc.npv.p50)}` : "needs Monte Carlo draws",
      "range"
    ),
    card(
      "Break-even first-year enrolments",
      breakEven === null ? "none" : formatLearners(breakEven),
      breakEven === null
        ? "every extra learner loses money"
        : `learners in year 1; ${formatLearners(planned)} planned${breakEven > planned ? ` (${formatLearners(breakEven - planned)} short)` : ""}`,
      "break-even",
      breakEven === null ? "loss" : breakEven <= planned ? "gain" : "loss"
    ),
    card(
      "Payback year",
      d.paybackYear === null ? "not reached" : `year ${d.paybackYear}`,
      d.paybackYear === null ? `cumulative cash flow stays below 0 through year ${scenario.horizonYears}` : "first year the cumulative cash flow is ≥ 0 (undiscounted)",
      "payback",
      d.paybackYear === null ? "loss" : "gain"
    )
  ];
  const grid = document.createElement("div");
  grid.className = "scenario-kpi-grid";
  grid.append(...cards);
  const timing = document.createElement("p");
  timing.className = "scenario-timing";
  timing.textContent = mc
    ? `Recomputed ${mc.draws.toLocaleString("en-US")} draws, the deterministic model and the tornado in ${formatNumber(timed.computeMs, 1)} ms ${timed.where === "worker" ? "in a Web Worker" : "on the main thread"} (${formatNumber(timed.roundTripMs, 1)} ms until shown).`
    : `Recomputed in ${formatNumber(timed.computeMs, 1)} ms ${timed.where === "worker" ? "in a Web Worker" : "on the main thread"}.`;
  // A one-line summary that narrow layouts pin to the bottom of the screen while the inputs are edited.
  const strip = document.createElement("p");
  strip.className = "scenario-kpi-strip";
  strip.setAttribute("aria-hidden", "true");
  strip.textContent = [
    `NPV ${compact(d.npv)}`,
    mc ? `P(NPV > 0) ${formatShare(mc.probabilityNpvPositive)}` : null,
    `break-even ${breakEven === null ? "none" : formatLearners(breakEven)} (${formatLearners(planned)} planned)`,
    d.paybackYear === null ? "no payback" : `payback year ${d.paybackYear}`
  ]
    .filter((part) => part !== null)
    .join(" · ");
  root.append(grid, timing, strip);
  return root;
}

/**
 * The subtitle of the page's charts: what produced the numbers, from which scenario and where it came from
 * (the origin without the scenario's name repeated), the Monte Carlo settings, currency and years.
 *
 * @example modelSubtitle(scenario, "Preset: Paid", {draws: 10000, seed: 1}, true);
 * // => "Source: cost–revenue model of DESIGN.md §6 on “Paid” (preset); input citations in the editor · Monte Carlo: 10,000 draws, seed 1 · USD, nominal, years 0–5"
 */
export function modelSubtitle(scenario: Scenario, origin: string, settings: {draws: number; seed: number}, monteCarlo: boolean): string {
  const mc = monteCarlo ? ` · Monte Carlo: ${settings.draws.toLocaleString("en-US")} draws, seed ${settings.seed}` : "";
  const from = origin.replace(`: ${scenario.name}`, "").replace(/^([A-Z])(?=[a-z])/, (c) => c.toLowerCase());
  return `Source: cost–revenue model of DESIGN.md §6 on “${scenario.name}” (${from}); input citations in the editor${mc} · ${scenario.currency}, nominal, years 0–${scenario.horizonYears}`;
}
