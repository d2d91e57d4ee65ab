/**
 * Small DOM helpers shared by the report components (Report*.ts). Every string is set as text, never as markup:
 * a scenario from a link can carry any text.
 */

/** Options every report component accepts. */
export interface ReportComponentOptions {
  document?: Document;
}

type Child = Node | string | null | undefined | false;

/** An element with an optional class and children (strings become text nodes). */
export function element<K extends keyof HTMLElementTagNameMap>(document: Document, tag: K, className: string | null, ...children: readonly Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  for (const child of children) if (child !== null && child !== undefined && child !== false) node.append(child);
  return node;
}

/** A `<dl>` of term–definition pairs (a definition may be an element). */
export function definitionList(document: Document, className: string, pairs: readonly (readonly [string, Child])[]): HTMLDListElement {
  const list = element(document, "dl", className);
  for (const [term, definition] of pairs) list.append(element(document, "dt", null, term), element(document, "dd", null, definition ?? "—"));
  return list;
}

/** A link to a data: URL that downloads `text` as `filename`. */
export function downloadLink(document: Document, label: string, filename: string, text: string, type = "application/json"): HTMLAnchorElement {
  const link = element(document, "a", null, label);
  link.download = filename;
  link.href = `data:${type};charset=utf-8,${encodeURIComponent(text)}`;
  return link;
}
