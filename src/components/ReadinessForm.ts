import {readReadinessAnswersText, serializeReadinessAnswers} from "../model/readiness/parseReadinessAnswers.js";
import {ReadinessError} from "../model/readiness/ReadinessError.js";
import {scoreReadiness} from "../model/readiness/scoreReadiness.js";
import type {ReadinessAnswerMap, ReadinessAnswers, ReadinessInstrument, ReadinessScore} from "../model/readiness/types.js";
import {formatReadinessScore} from "./ReadinessProfile.js";

/** The institution name an edited example takes, so edited answers are never labelled as the shipped example. */
export const EDITED_INSTITUTION = "Your institution";
/** Whether two answer sets give every item the same answer (absent = null). */
function sameAnswers(a: ReadinessAnswerMap, b: ReadinessAnswerMap): boolean {
  const ids = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...ids].every((id) => (Object.hasOwn(a, id) ? (a[id] ?? null) : null) === (Object.hasOwn(b, id) ? (b[id] ?? null) : null));
}

/** The value of the "not answered" option of every item. */
const UNANSWERED = "";

export interface ReadinessFormOptions {
  /** The answers shown first. */
  value: ReadinessAnswers;
  /** What "Load the example" restores. */
  example: ReadinessAnswers;
  document?: Document;
}

/** A form element whose `value` is the current answers (an Observable view: it emits "input" on every change). */
export type ReadinessFormElement = HTMLFormElement & {value: ReadinessAnswers};

/**
 * The self-assessment as a form: the institution's name, then one fieldset per dimension (its live score in the
 * legend) with a select per item (the labelled levels and "not answered") and the item's source; a toolbar to
 * download the answers as JSON, import a JSON answers file (validated with `readReadinessAnswersText`; problems are
 * listed, nothing changes), load the example or clear every answer. Text from data is set as text, never as markup.
 */
export function ReadinessForm(instrument: ReadinessInstrument, {value, example, document = globalThis.document}: ReadinessFormOptions): ReadinessFormElement {
  const form = document.createElement("form") as ReadinessFormElement;
  form.className = "readiness-form";
  form.setAttribute("aria-label", "Readiness self-assessment");
  form.addEventListener("submit", (event) => event.preventDefault());
  let current: ReadinessAnswers = value;
  // Events of the document's own window (jsdom's Event differs from Node's global one).
  const EventOf = (document.defaultView?.Event ?? Event) as typeof Event;
  const readText = (file: File) =>
    new Promise<string>((resolve, reject) => {
      const reader = new (document.defaultView?.FileReader ?? FileReader)();
      reader.onload = () => resolve(String(reader.result ?? ""));
      reader.onerror = () => reject(new Error(`could not read ${file.name}`));
      reader.readAsText(file);
    });

  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, props: {className?: string; text?: string} = {}): HTMLElementTagNameMap[K] => {
    const node = document.createElement(tag);
    if (props.className) node.className = props.className;
    if (props.text !== undefined) node.textContent = props.text;
    return node;
  };

  // Toolbar: export, import, example, clear, and a status line for import results.
  const toolbar = el("div", {className: "readiness-toolbar"});
  const download = el("a", {text: "Download answers (JSON)"});
  download.className = "readiness-download";
  download.download = "readiness-answers.json";
  const importLabel = el("label", {className: "readiness-import", text: "Import answers (JSON) "});
  const importInput = el("input");
  importInput.type = "file";
  importInput.accept = ".json,application/json";
  importInput.name = "import";
  importLabel.append(importInput);
  const exampleButton = el("button", {text: "Load the example"});
  exampleButton.type = "button";
  const clearButton = el("button", {text: "Clear all answers"});
  clearButton.type = "button";
  const overallLine = el("p", {className: "readiness-live"});
  overallLine.setAttribute("aria-live", "polite");
  const status = el("p", {className: "readiness-status"});
  status.setAttribute("role", "status");
  status.setAttribute("aria-live", "polite");
  toolbar.append(download, importLabel, exampleButton, clearButton);

  const nameLabel = el("label", {className: "readiness-name", text: "Institution "});
  const nameInput = el("input");
  nameInput.type = "text";
  nameInput.name = "institution";
  nameInput.maxLength = 200;
  nameLabel.append(nameInput);

  const selects = new Map<string, HTMLSelectElement>();
  const legends = new Map<string, HTMLElement>();
  const fieldsets = instrument.dimensions.map((dimension) => {
    const fieldset = el("fieldset", {className: "readiness-dimension"});
    fieldset.dataset.dimension = dimension.id;
    const legend = el("legend");
    const score = el("span", {className: "readiness-dimension-score"});
    legend.append(el("span", {className: "readiness-dimension-label", text: dimension.label}), " ", score);
    legends.set(dimension.id, score);
    fieldset.append(legend);
    for (const item of instrument.items.filter((i) => i.dimension === dimension.id)) {
      const row = el("div", {className: "readiness-item"});
      row.dataset.item = item.id;
      const label = el("label", {text: item.question});
      const select = el("select");
      select.id = `readiness-${item.id}`;
      select.name = item.id;
      label.htmlFor = select.id;
      const none = el("option", {text: "— not answered —"});
      none.value = UNANSWERED;
      select.append(none);
      for (const level of item.levels) {
        const option = el("option", {text: `${level.value} · ${level.label}`});
        option.value = String(level.value);
        select.append(option);
      }
      selects.set(item.id, select);
      const source = el("details", {className: "readiness-source"});
      source.append(el("summary", {text: item.weight === 1 ? "Source" : `Source · weight ${item.weight}`}), el("p", {text: item.source}));
      if (item.weightBasis) source.append(el("p", {text: `Weight ${item.weight}: ${item.weightBasis}.`}));
      row.append(label, select, source);
      fieldset.append(row);
    }
    return fieldset;
  });

  form.append(overallLine, toolbar, status, nameLabel, ...fieldsets);

  /** Writes `current` into the controls, the legends and the download link. */
  const render = (score: ReadinessScore) => {
    nameInput.value = current.institution;
    for (const [id, select] of selects) {
      const answer = Object.hasOwn(current.answers, id) ? current.answers[id] : null;
      select.value = answer === null || answer === undefined ? UNANSWERED : String(answer);
      select.closest(".readiness-item")?.classList.toggle("readiness-unanswered", select.value === UNANSWERED);
    }
    refreshDerived(score);
  };
  const refreshDerived = (score: ReadinessScore) => {
    overallLine.textContent = `Overall readiness ${formatReadinessScore(score.overall)}${score.overall === null ? "" : " / 100"} · ${score.answered} of ${score.items} items answered`;
    for (const d of score.dimensions) {
      const node = legends.get(d.id);
      if (node) node.textContent = `${formatReadinessScore(d.score)}${d.score === null ? "" : " / 100"} · ${d.answered} of ${d.items} answered`;
    }
    download.href = `data:application/json;charset=utf-8,${encodeURIComponent(serializeReadinessAnswers(current, instrument))}`;
  };
  const emit = () => {
    refreshDerived(scoreReadiness(instrument, current.answers));
    form.dispatchEvent(new EventOf("input", {bubbles: true}));
  };
  const replace = (next: ReadinessAnswers, message: string) => {
    current = next;
    render(scoreReadiness(instrument, current.answers));
    status.textContent = message;
    status.classList.remove("readiness-error");
    form.dispatchEvent(new EventOf("input", {bubbles: true}));
  };

  // Edits from the controls. The controls' own input events stop here (listeners added later, such as an
  // Observable view's, would otherwise read the answers before they are updated); the form re-emits one input
  // event per real change. An edited example is renamed so it is never shown as the shipped example.
  const fromSelect = (select: HTMLSelectElement) => {
    const answer = select.value === UNANSWERED ? null : Number(select.value);
    const before = Object.hasOwn(current.answers, select.name) ? (current.answers[select.name] ?? null) : null;
    select.closest(".readiness-item")?.classList.toggle("readiness-unanswered", answer === null);
    if (answer === before) return;
    const answers = {...current.answers, [select.name]: answer};
    current = current.example ? {...current, institution: EDITED_INSTITUTION, example: false, answers} : {...current, answers};
    nameInput.value = current.institution;
    emit();
  };
  const onControl = (event: Event) => {
    const target = event.target as Element | null;
    if (target === form) return;
    event.stopImmediatePropagation();
    if (target?.tagName === "SELECT") fromSelect(target as HTMLSelectElement);
    else if (target === nameInput && event.type === "input") {
      const name = nameInput.value.trim();
      current = {...current, institution: name === "" ? EDITED_INSTITUTION : name, example: false};
      emit();
    }
  };
  form.addEventListener("input", onControl);
  form.addEventListener("change", (event) => {
    if (event.target !== importInput) onControl(event);
  });
  exampleButton.addEventListener("click", () => replace(example, `Loaded the example: ${example.institution}.`));
  clearButton.addEventListener("click", () => {
    const blank = Object.fromEntries(instrument.items.map((item) => [item.id, null]));
    replace({institution: current.example ? EDITED_INSTITUTION : current.institution, description: "", example: false, answers: blank}, "Cleared every answer.");
  });
  importInput.addEventListener("change", async () => {
    const file = importInput.files?.[0];
    if (!file) return;
    try {
      const parsed = readReadinessAnswersText(await readText(file), instrument, file.name);
      // A file is shown as the shipped example only while its answers are the example's (an edited copy is not).
      const next = parsed.example && !sameAnswers(parsed.answers, example.answers) ? {...parsed, example: false} : parsed;
      replace(next, `Imported ${file.name}: ${next.institution}.`);
    } catch (error) {
      const lines = error instanceof ReadinessError ? error.issues.map((issue) => issue.message) : [error instanceof Error ? error.message : String(error)];
      status.textContent = `Could not import ${file.name}; nothing was changed. ${lines.join(" · ")}`;
      status.classList.add("readiness-error");
    } finally {
      importInput.value = "";
    }
  });

  Object.defineProperty(form, "value", {
    get: () => current,
    set: (next: ReadinessAnswers) => {
      current = next;
      render(scoreReadiness(instrument, current.answers));
    }
  });
  render(scoreReadiness(instrument, current.answers));
  return form;
}
