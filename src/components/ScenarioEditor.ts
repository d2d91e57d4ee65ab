/**
 * The scenario editor: every input of DESIGN.md §6 from `SCENARIO_INPUTS`, grouped, each with its unit and the
 * source of its default on hover (title) and for screen readers (aria-describedby); any uncertain-capable input
 * can be switched to a distribution (triangular, pert, uniform, normal, lognormal, beta) whose parameters are
 * edited in place. It starts from a preset, a candidate credential, the documented defaults or a scenario JSON
 * file, and behaves as an Observable input: `value` is the current `ScenarioDraft` and every change dispatches
 * an "input" event. The draft is validated with `parseScenario` on every change; problems are shown next to
 * the input they concern, and `draft.scenario` is null until they are fixed. Text from files is only ever
 * set as text, never parsed as HTML.
 */
import {distributionMean} from "../model/distributionMean.js";
import {distributionQuantile} from "../model/distributionQuantile.js";
import {DISTRIBUTION_NAMES, DISTRIBUTION_PARAMETERS, type DistributionName} from "../model/distributions.js";
import {parseJsonInput} from "../model/jsonText.js";
import {parseScenario} from "../model/parseScenario.js";
import {ScenarioError} from "../model/ScenarioError.js";
import {
  withDistribution,
  withDistributionParameter,
  withInputValue,
  withoutDeterministicValue,
  withoutInput
} from "../model/scenarioEdits.js";
import {minimalScenarioFile} from "../model/scenarioDiff.js";
import {defaultValueOf, effectiveInput, modelDistribution, type ScenarioFileJson} from "../model/scenarioFileJson.js";
import {
  IDENTITY_VERIFICATION_COSTS,
  IDENTITY_VERIFICATION_LEVELS,
  INPUT_GROUPS,
  SCENARIO_INPUTS,
  inputDomain,
  type InputKey,
  type InputSpec
} from "../model/scenarioInputs.js";
import {MAX_HORIZON_YEARS} from "../model/scenarioSchema.js";
import {DEFAULTS_START, startOrigin, type ScenarioStart} from "../model/scenarioStart.js";
import type {Scenario} from "../model/types.js";
import {formatNumber} from "./scenarioFormat.js";

/** One problem of a draft, attached to the input or field it concerns (`key` null: the whole file). */
export interface DraftIssue {
  readonly key: string | null;
  readonly message: string;
}

/** The editor's value. */
export interface ScenarioDraft {
  readonly file: ScenarioFileJson;
  /** The validated scenario, or null while `issues` is not empty. */
  readonly scenario: Scenario | null;
  readonly issues: readonly DraftIssue[];
  /** Where the draft started: "Preset: …", "Candidate: …", "Shared link", "File: …", "Documented defaults"; ", edited" once changed. */
  readonly origin: string;
}

export interface ScenarioEditorElement extends HTMLFormElement {
  readonly value: ScenarioDraft;
  /** Replaces the whole draft (e.g. a pinned scenario loaded back) and dispatches "input". */
  setFile(file: ScenarioFileJson, origin: string, startId?: string): void;
}

export interface ScenarioEditorOptions {
  /** Starting points offered in "Start from" (the documented defaults are always offered first). */
  starts?: readonly ScenarioStart[];
  /** Largest scenario file accepted by "Open", bytes. */
  maxFileBytes?: number;
  document?: Document;
}

/**
 * Validates a draft file into a `ScenarioDraft` (issues from `parseScenario`, plus `localIssues` the form found
 * itself, such as an empty number field).
 *
 * @param file scenario file
 * @param origin where it came from
 * @param localIssues problems the form holds back from the file
 * @returns the draft, with `scenario` null when there is any issue
 */
export function draftOf(file: ScenarioFileJson, origin: string, localIssues: readonly DraftIssue[] = []): ScenarioDraft {
  const issues: DraftIssue[] = [...localIssues];
  let scenario: Scenario | null = null;
  try {
    scenario = parseScenario(file, origin);
  } catch (error) {
    if (!(error instanceof ScenarioError)) throw error;
    for (const issue of error.issues) issues.push({key: issueKey(issue.keys), message: issue.message});
  }
  return {file, scenario: issues.length === 0 ? scenario : null, issues, origin};
}

/** The form field an issue belongs to: the input key for inputs.X…, the top-level key otherwise. */
function issueKey(keys: readonly (string | number)[]): string | null {
  if (keys[0] === "inputs" && keys.length >= 2) return String(keys[1]);
  if (keys.length >= 1 && keys[0] !== "inputs" && keys[0] !== "sources") return String(keys[0]);
  return null;
}

let editorCount = 0;

/**
 * The editor form.
 *
 * @param initial the draft to start with: file, origin label and (optionally) the id of the start it came from
 * @param options starts offered, document
 * @returns a form that is an Observable input of `ScenarioDraft`
 */
export function ScenarioEditor(
  initial: {file: ScenarioFileJson; origin: string; startId?: string},
  {starts = [], maxFileBytes = 1_000_000, document = globalThis.document}: ScenarioEditorOptions = {}
): ScenarioEditorElement {
  const prefix = `scenario-${++editorCount}`;
  const allStarts = [DEFAULTS_START, ...starts];
  const form = document.createElement("form") as unknown as ScenarioEditorElement;
  form.className = "scenario-editor";
  form.setAttribute("aria-label", "Scenario inputs");
  form.addEventListener("submit", (event) => event.preventDefault());
  // Only the form's own "input" events (sent after the draft is updated) reach listeners such as Generators.input.
  form.addEventListener("input", (event) => event.target !== form && event.stopImmediatePropagation());

  let file = initial.file;
  let origin = initial.origin;
  /** The file as it started (minimal form), to tell an edited draft from its origin. */
  let baseline = JSON.stringify(minimalScenarioFile(file));
  let startId = initial.startId ?? "";
  const localIssues = new Map<string, DraftIssue>();
  let draft = draftOf(file, origin);
  const rows = new Map<string, {element: HTMLElement; issue: HTMLElement; render(): void}>();

  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<Record<string, string>> = {}, text?: string) => {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(props)) if (value !== undefined) node.setAttribute(name, value);
    if (text !== undefined) node.textContent = text;
    return node;
  };

  // ── Start from ───────────────────────────────────────────────────────────────
  const start = el("div", {class: "scenario-start"});
  const startLabel = el("label", {for: `${prefix}-start`}, "Start from");
  const startSelect = el("select", {id: `${prefix}-start`, name: "start"});
  const startStatus = el("div", {class: "scenario-load-status", role: "status", "aria-live": "polite"});
  const fileLabel = el("label", {class: "scenario-file-button"}, "Open scenario JSON…");
  const fileInput = el("input", {type: "file", accept: ".json,application/json", name: "scenario-file"});
  fileLabel.append(fileInput);
  start.append(startLabel, startSelect, fileLabel, startStatus);

  const renderStartOptions = () => {
    startSelect.replaceChildren();
    const custom = el("option", {value: ""}, origin);
    custom.disabled = true;
    if (!allStarts.some((s) => s.id === startId)) startSelect.append(custom);
    const groups: [string, ScenarioStart["kind"]][] = [
      ["", "defaults"],
      ["Presets (scenarios/)", "preset"],
      ["Candidate credentials (market-derived enrolments)", "candidate"]
    ];
    for (const [label, kind] of groups) {
      const members = allStarts.filter((s) => s.kind === kind);
      if (members.length === 0) continue;
      const parent = label ? el("optgroup", {label}) : startSelect;
      for (const s of members) parent.append(el("option", {value: `${s.kind}:${s.id}`}, s.title));
      if (parent !== startSelect) startSelect.append(parent);
    }
    const match = allStarts.find((s) => s.id === startId);
    startSelect.value = match ? `${match.kind}:${match.id}` : "";
  };
  startSelect.addEventListener("change", () => {
    const chosen = allStarts.find((s) => `${s.kind}:${s.id}` === startSelect.value);
    if (!chosen) return;
    startStatus.textContent = "";
    form.setFile(chosen.file, startOrigin(chosen), chosen.id);
  });
  fileInput.addEventListener("change", async () => {
    const chosen = fileInput.files?.[0];
    fileInput.value = "";
    if (!chosen) return;
    startStatus.replaceChildren();
    if (chosen.size > maxFileBytes) {
      startStatus.append(el("p", {class: "scenario-problem"}, `${chosen.name}: ${chosen.size.toLocaleString("en-US")} bytes; expected a scenario file of at most ${maxFileBytes.toLocaleString("en-US")} bytes. Nothing was loaded.`));
      return;
    }
    const text = (await chosen.text()).replace(/^\uFEFF/, "");
    // Strict JSON, as `mcw model` reads it: a repeated key or absurd nesting is refused, not silently resolved.
    const parsed = parseJsonInput(chosen.name, text);
    if ("problems" in parsed) {
      startStatus.append(el("p", {class: "scenario-problem"}, `${chosen.name} is not a valid scenario file; nothing was loaded:`));
      const list = el("ul", {class: "scenario-problem"});
      for (const problem of parsed.problems) list.append(el("li", {}, problem));
      startStatus.append(list);
      return;
    }
    const json = parsed.json;
    try {
      const scenario = parseScenario(json, chosen.name);
      const uncertain = Object.keys(scenario.distributions).length;
      startStatus.append(el("p", {}, `Loaded ${chosen.name}: “${scenario.name}”, ${uncertain} uncertain ${uncertain === 1 ? "input" : "inputs"}.`));
      form.setFile(json as ScenarioFileJson, `File: ${chosen.name}`);
    } catch (error) {
      if (!(error instanceof ScenarioError)) throw error;
      const n = error.issues.length;
      startStatus.append(el("p", {class: "scenario-problem"}, `${chosen.name} is not a valid scenario (${n} ${n === 1 ? "problem" : "problems"}); nothing was loaded:`));
      const list = el("ul", {class: "scenario-problem"});
      for (const issue of error.issues) list.append(el("li", {}, `${chosen.name}: ${issue.message}`));
      startStatus.append(list);
    }
  });

  // ── General problems (sources, top level) ───────────────────────────────────
  const general = el("ul", {class: "scenario-problem scenario-general-issues", role: "alert"});

  // ── Scenario settings ───────────────────────────────────────────────────────
  const meta = el("fieldset", {class: "scenario-group scenario-meta"});
  meta.append(el("legend", {}, "Scenario"));
  const metaField = (key: "name" | "description" | "currency" | "horizonYears", label: string, control: HTMLInputElement | HTMLTextAreaElement, hint: string) => {
    const row = el("div", {class: "scenario-input", "data-key": key});
    const id = `${prefix}-${key}`;
    control.id = id;
    control.name = key;
    const labelEl = el("label", {for: id, title: hint}, label);
    const issue = el("p", {class: "scenario-issue", role: "alert"});
    issue.hidden = true;
    row.append(labelEl, control, issue);
    meta.append(row);
    rows.set(key, {element: row, issue, render: () => undefined});
    return control;
  };
  const nameInput = metaField("name", "Name", el("input", {type: "text", maxlength: "200"}), "Title shown in reports and exports.");
  const descriptionInput = metaField("description", "Description", el("textarea", {rows: "2", maxlength: "4000"}), "What the credential is and what the scenario assumes.");
  const currencyInput = metaField("currency", "Currency", el("input", {type: "text", maxlength: "3", size: "4", autocapitalize: "characters"}), "ISO 4217 code of every money input and output. All defaults are USD; in another currency, state every money input.");
  const horizonInput = metaField("horizonYears", "Horizon (years)", el("input", {type: "number", min: "1", max: String(MAX_HORIZON_YEARS), step: "1"}), `H, a whole number from 1 to ${MAX_HORIZON_YEARS}: years t = 0…H are modelled, year 0 being the build year.`);
  const renderMeta = () => {
    nameInput.value = file.name ?? "";
    descriptionInput.value = file.description ?? "";
    currencyInput.value = file.currency ?? "USD";
    horizonInput.value = String(file.horizonYears ?? 5);
  };
  const setMeta = (key: "name" | "description" | "currency", value: string) => {
    const {[key]: _old, ...rest} = file;
    file = value === "" ? rest : {...rest, [key]: value};
    emit();
  };
  nameInput.addEventListener("input", () => setMeta("name", nameInput.value.trim()));
  descriptionInput.addEventListener("input", () => setMeta("description", descriptionInput.value));
  currencyInput.addEventListener("input", () => setMeta("currency", currencyInput.value.trim().toUpperCase()));
  horizonInput.addEventListener("input", () => {
    const text = horizonInput.value.trim();
    if (text === "" || !Number.isFinite(Number(text))) {
      localIssues.set("horizonYears", {key: "horizonYears", message: `horizonYears: got ${text === "" ? "nothing" : JSON.stringify(text)}; expected a whole number of years in [1, ${MAX_HORIZON_YEARS}]`});
    } else {
      localIssues.delete("horizonYears");
      file = {...file, horizonYears: Number(text)};
    }
    emit();
  });

  // ── Inputs, by group ────────────────────────────────────────────────────────
  const groups = INPUT_GROUPS.map((group) => {
    const fieldset = el("fieldset", {class: "scenario-group", "data-group": group.id});
    fieldset.append(el("legend", {}, group.label));
    for (const spec of SCENARIO_INPUTS.filter((s) => s.group === group.id)) fieldset.append(inputRow(spec));
    return fieldset;
  });

  function tooltip(spec: InputSpec): string {
    const own = file.sources?.[spec.key];
    const defaultText =
      spec.key === "identityVerificationCostPerAssessment"
        ? `set by the verification level (${IDENTITY_VERIFICATION_LEVELS.map((l) => `${l} ${IDENTITY_VERIFICATION_COSTS[l].cost}`).join(", ")})`
        : `${String(spec.default)} ${spec.unit}`;
    return `${spec.label} (${spec.unit}). Documented default: ${defaultText}. Source: ${spec.citation}${own ? `\nThis scenario's source: ${own}` : ""}`;
  }

  function inputRow(spec: InputSpec): HTMLElement {
    const key = spec.key as InputKey;
    const id = `${prefix}-${key}`;
    const row = el("div", {class: "scenario-input", "data-key": key});
    const issue = el("p", {class: "scenario-issue", role: "alert"});
    issue.hidden = true;

    const render = () => {
      const current = effectiveInput(file, key);
      row.replaceChildren();
      const help = el("span", {class: "scenario-sr-only", id: `${id}-source`}, tooltip(spec));
      const label = el("label", {for: id, title: tooltip(spec)});
      label.append(el("span", {class: "scenario-input-label"}, spec.label), el("span", {class: "scenario-unit"}, spec.unit));
      const main = el("div", {class: "scenario-input-main"});
      row.toggleAttribute("data-changed", isChanged(key));
      row.toggleAttribute("data-uncertain", current.distribution !== null);

      if (spec.kind === "level") {
        const select = el("select", {id, name: key, "aria-describedby": help.id});
        for (const level of spec.options) {
          const {range, citation} = IDENTITY_VERIFICATION_COSTS[level];
          select.append(el("option", {value: level, title: citation}, `${level} (USD ${range} per assessed learner)`));
        }
        select.value = String(current.value);
        select.addEventListener("change", () => {
          file = withInputValue(file, key, select.value);
          rows.get("identityVerificationCostPerAssessment")?.render();
          emit();
        });
        main.append(select);
      } else {
        const domain = inputDomain(key);
        const valueInput = el("input", {
          title: current.distribution ? "Deterministic value (blank: the distribution's mean); the Monte Carlo draws from the distribution below" : undefined,
          id,
          name: key,
          type: "number",
          step: spec.kind === "integer" ? "1" : "any",
          min: String(domain.min),
          ...(domain.max <= 1000 ? {max: String(domain.max)} : {}),
          inputmode: "decimal",
          "aria-describedby": help.id
        });
        const explicitValue = current.distribution ? current.distribution.value : current.value;
        valueInput.value = typeof explicitValue === "number" ? String(explicitValue) : "";
        if (current.distribution && current.distribution.value === undefined) {
          valueInput.placeholder = Number.isFinite(current.value as number) ? `mean ${formatNumber(current.value as number, 4)}` : "mean";
        }
        valueInput.addEventListener("input", () => onValue(key, valueInput.value));
        main.append(valueInput);
        if (spec.canBeUncertain) {
          const mode = el("select", {name: `${key}-distribution`, "aria-label": `${spec.label}: fixed value or distribution`, class: "scenario-dist-select"});
          mode.append(el("option", {value: ""}, "fixed"));
          for (const name of DISTRIBUTION_NAMES) mode.append(el("option", {value: name}, name));
          mode.value = current.distribution?.dist ?? "";
          mode.addEventListener("change", () => {
            file = withDistribution(file, key, mode.value === "" ? null : (mode.value as DistributionName));
            localIssues.delete(key);
            render();
            emit();
            (row.querySelector(".scenario-dist-select") as HTMLSelectElement | null)?.focus();
          });
          main.append(mode);
        }
      }
      const reset = el("button", {type: "button", class: "scenario-reset", title: "Reset to the documented default", "aria-label": `Reset ${spec.label} to its documented default`}, "↺");
      reset.disabled = !current.explicit;
      reset.addEventListener("click", () => {
        file = withoutInput(file, key);
        localIssues.delete(key);
        render();
        if (key === "identityVerification") rows.get("identityVerificationCostPerAssessment")?.render();
        emit();
      });
      main.append(reset);
      row.append(label, main);

      if (current.distribution) {
        const parameters = el("div", {class: "scenario-dist", role: "group", "aria-label": `${spec.label}: ${current.distribution.dist} distribution`});
        // The number above feeds the deterministic figures; the Monte Carlo and tornado use this distribution.
        parameters.append(el("span", {class: "scenario-dist-note"}, "Monte Carlo draws from:"));
        const {required, optional} = DISTRIBUTION_PARAMETERS[current.distribution.dist];
        for (const parameter of [...required, ...optional]) {
          const paramId = `${id}-${parameter}`;
          const wrap = el("span", {class: "scenario-param"});
          const input = el("input", {id: paramId, type: "number", step: "any", name: `${key}-${parameter}`, inputmode: "decimal"});
          const raw = current.distribution[parameter];
          input.value = typeof raw === "number" ? String(raw) : "";
          if (optional.includes(parameter) && raw === undefined) input.placeholder = parameter === "min" ? "0" : "1";
          input.addEventListener("input", () => onParameter(key, parameter, input.value, optional.includes(parameter)));
          wrap.append(el("label", {for: paramId}, parameter), input);
          parameters.append(wrap);
        }
        parameters.append(el("span", {class: "scenario-dist-summary"}));
        row.append(parameters);
      }
      row.append(issue, help);
      updateSummary(row);
    };

    rows.set(key, {element: row, issue, render});
    render();
    return row;
  }

  function onValue(key: InputKey, text: string) {
    const current = effectiveInput(file, key);
    const spec = SCENARIO_INPUTS.find((s) => s.key === key);
    const trimmed = text.trim();
    if (trimmed === "" && current.distribution) {
      localIssues.delete(key);
      if (current.distribution.value !== undefined) file = withoutDeterministicValue(file, key);
    } else if (trimmed === "" || !Number.isFinite(Number(trimmed))) {
      const domain = inputDomain(key);
      localIssues.set(key, {key, message: `inputs.${key}: got ${trimmed === "" ? "nothing" : JSON.stringify(trimmed)}; expected ${spec?.kind === "integer" ? "a whole number" : "a number"} in [${domain.min}, ${domain.max}]`});
    } else {
      localIssues.delete(key);
      file = withInputValue(file, key, Number(trimmed));
    }
    emit();
  }

  function onParameter(key: InputKey, parameter: string, text: string, optional: boolean) {
    const trimmed = text.trim();
    const id = `${key}.${parameter}`;
    if (trimmed === "" && optional) {
      localIssues.delete(id);
      const current = file.inputs?.[key];
      if (typeof current === "object") {
        const {[parameter]: _removed, ...rest} = current;
        file = {...file, inputs: {...file.inputs, [key]: rest as typeof current}};
      }
    } else if (trimmed === "" || !Number.isFinite(Number(trimmed))) {
      localIssues.set(id, {key, message: `inputs.${key}.${parameter}: got ${trimmed === "" ? "nothing" : JSON.stringify(trimmed)}; expected a finite number`});
    } else {
      localIssues.delete(id);
      file = withDistributionParameter(file, key, parameter, Number(trimmed));
    }
    emit();
  }

  /** true when the file states the input with anything but what leaving it out would give. */
  function isChanged(key: InputKey): boolean {
    const current = effectiveInput(file, key);
    if (!current.explicit) return false;
    return current.distribution !== null || current.value !== defaultValueOf(file, key);
  }

  function showIssues() {
    const byKey = new Map<string, string[]>();
    const unplaced: string[] = [];
    for (const issue of draft.issues) {
      if (issue.key !== null && rows.has(issue.key)) byKey.set(issue.key, [...(byKey.get(issue.key) ?? []), issue.message]);
      else unplaced.push(issue.message);
    }
    for (const [key, row] of rows) {
      const messages = byKey.get(key) ?? [];
      row.issue.textContent = messages.join(" · ");
      row.issue.hidden = messages.length === 0;
      row.element.toggleAttribute("data-invalid", messages.length > 0);
      const current = SCENARIO_INPUTS.some((s) => s.key === key) ? effectiveInput(file, key as InputKey) : null;
      if (current) {
        row.element.toggleAttribute("data-changed", isChanged(key as InputKey));
        row.element.toggleAttribute("data-uncertain", current.distribution !== null);
        const reset = row.element.querySelector<HTMLButtonElement>(".scenario-reset");
        if (reset) reset.disabled = !current.explicit;
        updateSummary(row.element);
      }
    }
    general.replaceChildren(...unplaced.map((message) => el("li", {}, message)));
    general.hidden = unplaced.length === 0;
  }

  /** "mean … · 80% between … and …" under a valid distribution. */
  function updateSummary(row: HTMLElement) {
    const key = row.dataset.key as InputKey | undefined;
    const summary = row.querySelector(".scenario-dist-summary");
    if (!key || !summary) return;
    const current = effectiveInput(file, key);
    // Quantiles of beta and pert cost a few milliseconds: recompute only when the distribution changed.
    const signature = current.distribution && !row.hasAttribute("data-invalid") ? JSON.stringify(current.distribution) : "";
    if (summary.getAttribute("data-for") === signature) return;
    summary.setAttribute("data-for", signature);
    if (signature === "" || !current.distribution) {
      summary.textContent = "";
      return;
    }
    try {
      const d = modelDistribution(current.distribution);
      const mean = distributionMean(d);
      const lo = distributionQuantile(d, 0.1);
      const hi = distributionQuantile(d, 0.9);
      summary.textContent = [mean, lo, hi].every(Number.isFinite) ? `mean ${formatNumber(mean, 4)} · 80% between ${formatNumber(lo, 4)} and ${formatNumber(hi, 4)}` : "";
    } catch {
      summary.textContent = "";
    }
  }

  function emit() {
    const edited = JSON.stringify(minimalScenarioFile(file)) !== baseline;
    draft = draftOf(file, edited ? `${origin}, edited` : origin, [...localIssues.values()]);
    showIssues();
    form.dispatchEvent(new (document.defaultView?.Event ?? Event)("input", {bubbles: true}));
  }

  form.setFile = (next, nextOrigin, nextStartId = "") => {
    file = next;
    origin = nextOrigin;
    baseline = JSON.stringify(minimalScenarioFile(next));
    startId = nextStartId;
    localIssues.clear();
    renderStartOptions();
    renderMeta();
    for (const row of rows.values()) row.render();
    emit();
  };
  Object.defineProperty(form, "value", {get: () => draft});

  renderStartOptions();
  renderMeta();
  form.append(start, general, meta, ...groups);
  showIssues();
  return form;
}
