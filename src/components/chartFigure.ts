import {csvText} from "./csvText.js";

export interface ChartFigureOptions {
  /** The finding, stated as a sentence. */
  title: string;
  /** Source and vintage. */
  subtitle: string;
  /** Rows behind the chart, offered as a CSV download. */
  data: readonly Record<string, unknown>[];
  /** Download file name, without extension. */
  filename: string;
  document?: Document;
}

/**
 * Wraps a chart in a <figure class="chart"> with its title, subtitle and a CSV download of the data behind it.
 * The figure carries data-chart so the browser tests can find every chart and count its marks.
 */
export function chartFigure(chart: Element, {title, subtitle, data, filename, document = globalThis.document}: ChartFigureOptions): HTMLElement {
  const figure = document.createElement("figure");
  figure.className = "chart";
  figure.dataset.chart = filename;
  const heading = document.createElement("h2");
  heading.textContent = title;
  const sub = document.createElement("h3");
  sub.textContent = subtitle;
  const actions = document.createElement("div");
  actions.className = "chart-actions";
  const download = document.createElement("a");
  download.textContent = `Download data (CSV, ${data.length} rows)`;
  download.download = `${filename}.csv`;
  download.href = `data:text/csv;charset=utf-8,${encodeURIComponent(csvText(data))}`;
  actions.append(download);
  figure.append(heading, sub, chart, actions);
  return figure;
}
