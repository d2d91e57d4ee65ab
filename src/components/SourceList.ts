/** One dataset of data/sources.csv as src/data/sources.json delivers it. */
export interface SourceEntry {
  id: string;
  title: string;
  publisher: string;
  url: string;
  licence: string;
  vintage: string;
  files: string[];
  attribution: string;
  caveats: string | null;
}

export interface SourceListOptions {
  document?: Document;
}

/**
 * The dataset registry as a list of entries: title, publisher, vintage and licence, the link to the publisher,
 * the required attribution, caveats and the files. Every value is set as text (the URL only as an href).
 */
export function SourceList(entries: readonly SourceEntry[], {document = globalThis.document}: SourceListOptions = {}): HTMLElement {
  const list = document.createElement("ol");
  list.className = "source-list";
  const text = (tag: string, content: string, className?: string) => {
    const element = document.createElement(tag);
    element.textContent = content;
    if (className) element.className = className;
    return element;
  };
  for (const entry of entries) {
    const item = document.createElement("li");
    item.id = `source-${entry.id}`;
    item.append(text("h3", entry.title));
    const facts = document.createElement("dl");
    const add = (term: string, value: Node | string) => {
      facts.append(text("dt", term));
      const dd = document.createElement("dd");
      dd.append(value);
      facts.append(dd);
    };
    add("Publisher", entry.publisher);
    add("Vintage", entry.vintage);
    add("Licence", entry.licence);
    const link = document.createElement("a");
    link.href = /^https?:\/\//.test(entry.url) ? entry.url : "#";
    link.textContent = entry.url;
    link.rel = "noreferrer";
    add("Where", link);
    add("Attribution", entry.attribution);
    if (entry.caveats) add("Caveats", entry.caveats);
    const files = document.createElement("span");
    entry.files.forEach((file, index) => {
      if (index > 0) files.append(", ");
      files.append(text("code", file));
    });
    add(entry.files.length === 1 ? "File" : `Files (${entry.files.length})`, files);
    item.append(facts);
    list.append(item);
  }
  return list;
}
