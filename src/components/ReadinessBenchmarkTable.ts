import type {ReadinessBenchmark} from "../model/readiness/readinessBenchmarks.js";

export interface ReadinessBenchmarkTableOptions {
  document?: Document;
}

/**
 * Every published benchmark next to the institution's answer: dimension, the item and the level that counts as
 * meeting it, the published figure, whether this institution meets it, and the full citation beside it.
 */
export function ReadinessBenchmarkTable(benchmarks: readonly ReadinessBenchmark[], {document = globalThis.document}: ReadinessBenchmarkTableOptions = {}): HTMLElement {
  const table = document.createElement("table");
  table.className = "readiness-benchmarks";
  const caption = document.createElement("caption");
  caption.textContent = "Published benchmarks: how many surveyed institutions met each benchmark item, and whether this institution does";
  const head = document.createElement("thead");
  const header = document.createElement("tr");
  for (const name of ["Dimension", "Item (counts from level)", "Published figure", "This institution", "Source"]) {
    const th = document.createElement("th");
    th.scope = "col";
    th.textContent = name;
    header.append(th);
  }
  head.append(header);
  const body = document.createElement("tbody");
  for (const b of benchmarks) {
    const tr = document.createElement("tr");
    tr.dataset.item = b.item;
    const cells = [
      b.dimensionLabel,
      `${b.question} (from ${b.threshold}: ${b.thresholdLabel})`,
      `${b.survey}${b.year === null ? "" : ` ${b.year}`}: ${b.statement}`,
      b.meets === null ? "not answered" : `${b.meets ? "meets it" : "does not meet it"} (${b.answerLabel ?? ""})`,
      b.citation
    ];
    cells.forEach((text, index) => {
      const td = document.createElement("td");
      td.textContent = text;
      if (index === 4) td.className = "readiness-citation";
      tr.append(td);
    });
    body.append(tr);
  }
  table.append(caption, head, body);
  const wrapper = document.createElement("div");
  wrapper.className = "readiness-table-wrapper";
  wrapper.append(table);
  return wrapper;
}
