import {MAX_PAGE_DRAWS, MAX_SEED, type RunSettings} from "../model/scenarioUrl.js";

/** Draw counts offered (any other count from a shared link is added to the list). */
export const DRAW_CHOICES = [1_000, 10_000, 100_000, 1_000_000] as const;

export interface ScenarioRunSettingsElement extends HTMLFormElement {
  readonly value: RunSettings;
  /** Shows other settings (e.g. a pinned scenario's) and dispatches "input". */
  setValue(settings: RunSettings): void;
}

/**
 * Monte Carlo settings as an Observable input: the number of draws (a list, plus the count a shared link
 * asked for) and the seed (an integer from 0 to 2^32 − 1; same seed, same numbers as `mcw model --seed`). A
 * seed that is not such an integer is flagged and the last valid one kept.
 */
export function ScenarioRunSettings(initial: RunSettings, {document = globalThis.document}: {document?: Document} = {}): ScenarioRunSettingsElement {
  const form = document.createElement("form") as unknown as ScenarioRunSettingsElement;
  form.className = "scenario-run-settings";
  form.setAttribute("aria-label", "Monte Carlo settings");
  form.addEventListener("submit", (event) => event.preventDefault());
  // Only the form's own "input" events (sent after `value` is updated) reach listeners such as Generators.input.
  form.addEventListener("input", (event) => event.target !== form && event.stopImmediatePropagation());
  let value: RunSettings = initial;

  const drawsLabel = document.createElement("label");
  drawsLabel.textContent = "Monte Carlo draws ";
  const draws = document.createElement("select");
  draws.name = "draws";
  const renderChoices = (wanted: number) => {
    const choices = [...new Set<number>([...DRAW_CHOICES, wanted])].filter((n) => n >= 0 && n <= MAX_PAGE_DRAWS).sort((a, b) => a - b);
    draws.replaceChildren(
      ...choices.map((n) => {
        const option = document.createElement("option");
        option.value = String(n);
        option.textContent = n === 0 ? "0 (no Monte Carlo)" : n.toLocaleString("en-US");
        return option;
      })
    );
    draws.value = String(wanted);
  };
  renderChoices(initial.draws);
  drawsLabel.append(draws);

  const seedLabel = document.createElement("label");
  seedLabel.textContent = "Seed ";
  const seed = document.createElement("input");
  seed.type = "number";
  seed.name = "seed";
  seed.min = "0";
  seed.max = String(MAX_SEED);
  seed.step = "1";
  seed.value = String(initial.seed);
  seedLabel.append(seed);
  const problem = document.createElement("span");
  problem.className = "scenario-issue";
  problem.setAttribute("role", "alert");

  const update = () => {
    const n = Number(seed.value);
    const validSeed = seed.value.trim() !== "" && Number.isInteger(n) && n >= 0 && n <= MAX_SEED;
    problem.textContent = validSeed ? "" : `seed: got ${JSON.stringify(seed.value)}; expected a whole number from 0 to ${MAX_SEED.toLocaleString("en-US")}`;
    value = {draws: Number(draws.value), seed: validSeed ? n : value.seed};
    form.dispatchEvent(new (document.defaultView?.Event ?? Event)("input", {bubbles: true}));
  };
  draws.addEventListener("change", update);
  seed.addEventListener("input", update);
  form.append(drawsLabel, seedLabel, problem);
  form.setValue = (settings) => {
    renderChoices(settings.draws);
    seed.value = String(settings.seed);
    update();
  };
  Object.defineProperty(form, "value", {get: () => value});
  return form;
}
