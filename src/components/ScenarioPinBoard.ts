import {minimalScenarioFile} from "../model/scenarioDiff.js";
import type {ScenarioFileJson} from "../model/scenarioFileJson.js";
import type {TimedRun} from "./ScenarioRunner.js";
import {formatMoney, SCENARIO_COLOURS} from "./scenarioFormat.js";

/** A pinned scenario: its file as edited, where it came from, and its results. */
export interface PinnedScenario {
  readonly label: string;
  readonly file: ScenarioFileJson;
  readonly origin: string;
  readonly timed: TimedRun;
}

export interface ScenarioPinBoardElement extends HTMLElement {
  /** The pinned scenarios, in pin order. */
  readonly value: readonly PinnedScenario[];
  /** What "Pin" would pin now (null while the draft has problems). */
  setCurrent(current: {file: ScenarioFileJson; origin: string; timed: TimedRun} | null): void;
}

/** Most scenarios compared at once. */
export const MAX_PINNED = 4;

/**
 * A unique label for a new pin: the scenario's name, or "name (2)", "name (3)", … when already taken.
 *
 * @example pinLabel("A", ["A", "A (2)"]); // => "A (3)"
 */
export function pinLabel(name: string, taken: readonly string[]): string {
  if (!taken.includes(name)) return name;
  let n = 2;
  while (taken.includes(`${name} (${n})`)) n++;
  return `${name} (${n})`;
}

/** Same scenario and same Monte Carlo settings: pinning it again would add nothing. */
function sameRun(a: {file: ScenarioFileJson; timed: TimedRun}, b: {file: ScenarioFileJson; timed: TimedRun}): boolean {
  return (
    JSON.stringify(minimalScenarioFile(a.file)) === JSON.stringify(minimalScenarioFile(b.file)) &&
    a.timed.settings.draws === b.timed.settings.draws &&
    a.timed.settings.seed === b.timed.settings.seed
  );
}

/**
 * Pins up to four scenarios for comparison. "Pin this scenario" pins the current one (disabled, with the
 * reason, when it has problems, is already pinned or four are pinned); each pin can be opened again in the
 * editor ("scenario-load" event, detail: the pin) or unpinned. An Observable input of the pinned list.
 */
export function ScenarioPinBoard({max = MAX_PINNED, document = globalThis.document}: {max?: number; document?: Document} = {}): ScenarioPinBoardElement {
  const root = document.createElement("div") as unknown as ScenarioPinBoardElement;
  root.className = "scenario-pins";
  let pins: PinnedScenario[] = [];
  let current: {file: ScenarioFileJson; origin: string; timed: TimedRun} | null = null;

  const pinButton = document.createElement("button");
  pinButton.type = "button";
  pinButton.className = "scenario-pin-button";
  pinButton.textContent = "Pin this scenario";
  const reason = document.createElement("span");
  reason.className = "scenario-pin-reason";
  const list = document.createElement("ul");
  list.className = "scenario-pin-list";
  list.setAttribute("aria-label", "Pinned scenarios");
  const bar = document.createElement("div");
  bar.className = "scenario-pin-bar";
  bar.append(pinButton, reason);
  root.append(bar, list);

  const changed = () => {
    render();
    root.dispatchEvent(new (document.defaultView?.Event ?? Event)("input", {bubbles: true}));
  };

  const render = () => {
    const duplicate = current !== null && pins.some((p) => sameRun(p, current as NonNullable<typeof current>));
    const why = current === null ? "Fix the highlighted inputs to pin this scenario." : pins.length >= max ? `${max} scenarios pinned: unpin one to add another.` : duplicate ? "This scenario is already pinned." : "";
    pinButton.disabled = why !== "";
    reason.textContent = why || `${pins.length} of ${max} pinned.`;
    list.replaceChildren(
      ...pins.map((pin, k) => {
        const item = document.createElement("li");
        item.style.setProperty("--pin-colour", SCENARIO_COLOURS[k % SCENARIO_COLOURS.length] as string);
        const name = document.createElement("strong");
        name.textContent = pin.label;
        const npv = document.createElement("span");
        npv.className = "scenario-pin-npv";
        npv.textContent = `NPV ${formatMoney(pin.timed.run.deterministic.npv, pin.timed.scenario.currency, {compact: true})}`;
        const open = document.createElement("button");
        open.type = "button";
        open.textContent = "Edit";
        open.setAttribute("aria-label", `Open “${pin.label}” in the editor`);
        open.addEventListener("click", () => root.dispatchEvent(new (document.defaultView?.CustomEvent ?? CustomEvent)("scenario-load", {detail: pin})));
        const remove = document.createElement("button");
        remove.type = "button";
        remove.textContent = "Unpin";
        remove.setAttribute("aria-label", `Unpin “${pin.label}”`);
        remove.addEventListener("click", () => {
          pins = pins.filter((p) => p !== pin);
          changed();
        });
        item.append(name, npv, open, remove);
        return item;
      })
    );
  };

  pinButton.addEventListener("click", () => {
    if (!current || pins.length >= max) return;
    const label = pinLabel(current.timed.scenario.name, pins.map((p) => p.label));
    pins = [...pins, {label, file: current.file, origin: current.origin, timed: current.timed}];
    changed();
  });
  root.setCurrent = (next) => {
    current = next;
    render();
  };
  Object.defineProperty(root, "value", {get: () => pins});
  render();
  return root;
}
