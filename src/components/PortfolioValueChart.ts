import * as Plot from "@observablehq/plot";
import type {PortfolioReport} from "../model/portfolio/modelPortfolio.js";
import {formatMoney} from "./scenarioFormat.js";

/** One step of the bridge from the credentials offered separately to the portfolio. */
export interface PortfolioValueStep {
  step: string;
  kind: "total" | "gain" | "loss";
  from: number;
  to: number;
  change: number;
}

/**
 * The bridge from "offered separately" (Σ standalone NPVs) to the portfolio's NPV, in present values:
 * shared modules (Σ NPVs in the portfolio − Σ standalone), the stacked award (its value − approval), and with
 * split delivery the extra fixed delivery costs (the rest); the steps add up to the portfolio's NPV.
 *
 * @param report result of `modelPortfolio`
 * @returns the steps, first and last being totals
 * @example portfolioValueSteps(report).at(-1)?.to === report.portfolio.deterministic.npv; // => true
 */
export function portfolioValueSteps(report: PortfolioReport): PortfolioValueStep[] {
  const d = report.portfolio.deterministic;
  const inPortfolio = report.credentials.reduce((sum, c) => sum + c.npv, 0);
  const sharing = inPortfolio - d.sumOfStandaloneNpv;
  const stack = report.stack?.npv ?? 0;
  const separateDelivery = d.npv - inPortfolio - stack;
  const steps: PortfolioValueStep[] = [{step: "Offered separately", kind: "total", from: 0, to: d.sumOfStandaloneNpv, change: d.sumOfStandaloneNpv}];
  let level = d.sumOfStandaloneNpv;
  const push = (step: string, change: number) => {
    steps.push({step, kind: change >= 0 ? "gain" : "loss", from: level, to: level + change, change});
    level += change;
  };
  if (report.sharedModules.length > 0) push("Shared modules", sharing);
  if (report.stack) push(report.stack.title, stack);
  // Rounding leaves a residue of ~1e-10 with pooled delivery; only split delivery has a real cost here.
  if (Math.abs(separateDelivery) > 1e-6 * Math.max(1, Math.abs(d.npv))) push("Separate delivery", separateDelivery);
  steps.push({step: "Portfolio", kind: "total", from: 0, to: d.npv, change: d.npv});
  return steps;
}

/**
 * The chart's finding: the portfolio's NPV against the credentials offered separately, and what each step adds.
 *
 * @example portfolioValueFinding(steps, "USD"); // => "Together: USD 159k against −USD 6k offered separately; shared modules add USD 83k, …"
 */
export function portfolioValueFinding(steps: readonly PortfolioValueStep[], currency: string): string {
  const first = steps[0];
  const last = steps[steps.length - 1];
  if (!first || !last) return "No portfolio";
  const money = (x: number) => formatMoney(x, currency, {compact: true});
  const middle = steps.slice(1, -1).map((s) => {
    const plural = s.step === "Shared modules";
    const verb = s.change >= 0 ? (plural ? "add" : "adds") : plural ? "cost" : "costs";
    return `${plural ? "shared modules" : s.step} ${verb} ${money(Math.abs(s.change))}`;
  });
  const head = `Together: ${money(last.to)} against ${money(first.to)} offered separately`;
  return middle.length > 0 ? `${head}; ${middle.join(", ")}` : head;
}

const KIND_COLOURS = {total: "#0072b2", gain: "#009e73", loss: "#d55e00"} as const;

export interface PortfolioValueChartOptions {
  currency?: string;
  width?: number;
  document?: Document;
}

/**
 * A waterfall (bridge) of present values: the credentials offered separately, what sharing modules, the stacked
 * award and (with split delivery) separate delivery add or cost, and the portfolio's NPV. Totals blue, gains green,
 * costs vermillion; every bar is labelled with its amount, so colour is never the only cue.
 */
export function PortfolioValueChart(steps: readonly PortfolioValueStep[], {currency = "USD", width = 800, document}: PortfolioValueChartOptions = {}) {
  const order = steps.map((s) => s.step);
  const narrow = width < 600;
  return Plot.plot({
    width,
    height: 300,
    marginLeft: 72,
    marginBottom: narrow ? 60 : 40,
    ariaLabel: `Waterfall chart: portfolio NPV built up from the credentials offered separately through ${steps.length - 2} effects`,
    x: {domain: order, label: null, tickFormat: (d: string) => wrap(d, narrow ? 14 : 26), tickRotate: 0},
    y: {label: `↑ Present value (${currency})`, grid: true, tickFormat: (d: number) => formatMoney(d, currency, {compact: true})},
    color: {domain: ["total", "gain", "loss"], range: [KIND_COLOURS.total, KIND_COLOURS.gain, KIND_COLOURS.loss]},
    marks: [
      Plot.ruleY([0]),
      Plot.barY(steps, {
        x: "step",
        y1: "from",
        y2: "to",
        fill: "kind",
        insetLeft: narrow ? 6 : 18,
        insetRight: narrow ? 6 : 18,
        channels: {Change: (d: PortfolioValueStep) => formatMoney(d.change, currency)},
        tip: {format: {x: true, y1: false, y2: false, fill: false, Change: true}}
      }),
      Plot.text(steps, {
        x: "step",
        y: (d: PortfolioValueStep) => Math.max(d.from, d.to),
        text: (d: PortfolioValueStep) => (d.kind === "total" ? formatMoney(d.to, currency, {compact: true}) : `${d.change >= 0 ? "+" : ""}${formatMoney(d.change, currency, {compact: true})}`),
        dy: -8,
        fontSize: 12,
        fill: "currentColor"
      })
    ],
    ...(document ? {document} : {})
  });
}

/** Breaks a label into lines of at most `max` characters at spaces (Plot draws "\n" as a new line). */
function wrap(text: string, max: number): string {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && `${line} ${word}`.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join("\n");
}
