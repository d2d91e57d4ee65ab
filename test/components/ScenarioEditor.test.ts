import {readFileSync} from "node:fs";
import {JSDOM} from "jsdom";
import {describe, expect, it} from "vitest";
import {draftOf, ScenarioEditor, type ScenarioEditorElement} from "../../src/components/ScenarioEditor.js";
import {INPUT_GROUPS, SCENARIO_INPUTS} from "../../src/model/scenarioInputs.js";
import type {ScenarioStart} from "../../src/model/scenarioStart.js";

const preset = JSON.parse(readFileSync(new URL("../../scenarios/own-platform-paid.json", import.meta.url), "utf8"));
const starts: ScenarioStart[] = [{id: "own-platform-paid", kind: "preset", title: preset.name, file: preset}];

function setup(file: object = {}) {
  const {window} = new JSDOM("<!doctype html><body></body>");
  const document = window.document;
  const editor = ScenarioEditor({file, origin: "Documented defaults", startId: "defaults"}, {starts, document});
  document.body.append(editor);
  const events: unknown[] = [];
  editor.addEventListener("input", () => events.push(editor.value));
  const field = (key: string) => editor.querySelector<HTMLInputElement>(`[name="${key}"]`)!;
  const type = (element: HTMLInputElement | HTMLSelectElement, value: string, event = "input") => {
    element.value = value;
    element.dispatchEvent(new window.Event(event, {bubbles: true}));
  };
  const row = (key: string) => editor.querySelector<HTMLElement>(`.scenario-input[data-key="${key}"]`)!;
  return {window, document, editor: editor as ScenarioEditorElement, events, field, type, row};
}

describe("ScenarioEditor(initial, options)", () => {
  it("shows every input of SCENARIO_INPUTS once, in its group, in the order of INPUT_GROUPS", () => {
    const {editor} = setup();
    const groups = [...editor.querySelectorAll<HTMLElement>("fieldset[data-group]")];
    expect(groups.map((g) => g.dataset.group)).toEqual(INPUT_GROUPS.map((g) => g.id));
    expect(groups.map((g) => g.querySelector("legend")?.textContent)).toEqual(INPUT_GROUPS.map((g) => g.label));
    const keys = groups.flatMap((g) => [...g.querySelectorAll<HTMLElement>(".scenario-input")].map((r) => r.dataset.key));
    expect(keys.sort()).toEqual(SCENARIO_INPUTS.map((s) => s.key).sort());
  });
  it("labels each input with its unit and gives the source of its default on hover and to screen readers", () => {
    const {row, field, document} = setup();
    const label = row("costPerCohort").querySelector("label")!;
    expect(label.querySelector(".scenario-input-label")?.textContent).toBe("Facilitation cost per cohort");
    expect(label.querySelector(".scenario-unit")?.textContent).toBe("USD per cohort");
    expect(label.title).toMatch(/Documented default: 3800 USD per cohort\. Source: MicroVET break-even worksheet/);
    const described = field("costPerCohort").getAttribute("aria-describedby")!;
    expect(document.getElementById(described)?.textContent).toBe(label.title);
  });
  it("starts valid on the documented defaults", () => {
    const {editor} = setup();
    expect(editor.value.issues).toEqual([]);
    expect(editor.value.scenario?.inputs.pricePerEnrolment).toBe(500);
  });
  it("sends an input event with the new draft when a number changes", () => {
    const {editor, events, field, type} = setup();
    type(field("pricePerEnrolment"), "650");
    expect(events).toHaveLength(1);
    expect(editor.value.file.inputs).toEqual({pricePerEnrolment: 650});
    expect(editor.value.scenario?.inputs.pricePerEnrolment).toBe(650);
  });
  it("says the draft is edited once it differs from where it started, and not after undoing", () => {
    const {editor, field, type} = setup();
    type(field("pricePerEnrolment"), "650");
    expect(editor.value.origin).toBe("Documented defaults, edited");
    type(field("pricePerEnrolment"), "500");
    expect(editor.value.origin).toBe("Documented defaults");
  });
  it("marks a changed input and resets it to its default", () => {
    const {editor, field, type, row} = setup();
    type(field("pricePerEnrolment"), "650");
    expect(row("pricePerEnrolment").hasAttribute("data-changed")).toBe(true);
    row("pricePerEnrolment").querySelector<HTMLButtonElement>(".scenario-reset")!.click();
    expect(editor.value.file.inputs).toEqual({});
    expect(row("pricePerEnrolment").hasAttribute("data-changed")).toBe(false);
    expect(field("pricePerEnrolment").value).toBe("500");
  });
  it("switches an input to a distribution with editable parameters and a summary", () => {
    const {editor, field, type, row} = setup();
    type(row("pricePerEnrolment").querySelector("select")!, "triangular", "change");
    expect(editor.value.file.inputs?.pricePerEnrolment).toEqual({value: 500, dist: "triangular", min: 400, mode: 500, max: 600});
    expect([...row("pricePerEnrolment").querySelectorAll(".scenario-param label")].map((l) => l.textContent)).toEqual(["min", "mode", "max"]);
    expect(row("pricePerEnrolment").querySelector(".scenario-dist-summary")?.textContent).toMatch(/^mean 500 · 80% between 4\d\d\.?\d* and 5\d\d/);
    type(field("pricePerEnrolment-max"), "900");
    expect(editor.value.scenario?.distributions.pricePerEnrolment).toEqual({dist: "triangular", min: 400, mode: 500, max: 900});
  });
  it("shows a parameter problem next to the input and withholds the scenario", () => {
    const {editor, field, type, row} = setup();
    type(row("passRate").querySelector("select")!, "uniform", "change");
    type(field("passRate-max"), "0.1");
    expect(editor.value.scenario).toBeNull();
    expect(row("passRate").hasAttribute("data-invalid")).toBe(true);
    expect(row("passRate").querySelector(".scenario-issue")?.textContent).toMatch(/inputs\.passRate\.max: got 0\.1; expected a number greater than min \(0\.68\)/);
  });
  it("flags an empty number without changing the file", () => {
    const {editor, field, type, row} = setup();
    type(field("passRate"), "");
    expect(editor.value.scenario).toBeNull();
    expect(editor.value.file.inputs ?? {}).toEqual({});
    expect(row("passRate").querySelector(".scenario-issue")?.textContent).toBe("inputs.passRate: got nothing; expected a number in [0, 1]");
    type(field("passRate"), "0.7");
    expect(editor.value.issues).toEqual([]);
  });
  it("flags a value outside the domain, naming the bad value", () => {
    const {editor, field, type} = setup();
    type(field("passRate"), "1.5");
    expect(editor.value.issues.map((i) => i.message)).toEqual(["inputs.passRate: got 1.5; expected a number in [0, 1]"]);
  });
  it("uses the distribution's mean when its value is cleared", () => {
    const {editor, field, type, row} = setup({inputs: {pricePerEnrolment: {value: 700, dist: "triangular", min: 300, mode: 600, max: 900}}});
    type(field("pricePerEnrolment"), "");
    expect(editor.value.scenario?.inputs.pricePerEnrolment).toBe(600);
    expect(row("pricePerEnrolment").querySelector("input")?.getAttribute("placeholder")).toBeNull();
  });
  it("updates the verification cost it defaults to when the level changes", () => {
    const {editor, field, type} = setup();
    type(field("identityVerification") as unknown as HTMLSelectElement, "supervised-id", "change");
    expect(editor.value.scenario?.inputs.identityVerificationCostPerAssessment).toBe(22.5);
    expect(field("identityVerificationCostPerAssessment").value).toBe("22.5");
  });
  it("starts from a preset chosen in the list", () => {
    const {editor, type} = setup();
    type(editor.querySelector<HTMLSelectElement>('select[name="start"]')!, "preset:own-platform-paid", "change");
    expect(editor.value.origin).toBe(`Preset: ${preset.name}`);
    expect(editor.value.scenario?.inputs.pricePerEnrolment).toBe(600);
    expect(editor.querySelector<HTMLInputElement>('[name="name"]')!.value).toBe(preset.name);
  });
  it("loads a whole file with setFile and tells listeners", () => {
    const {editor, events} = setup();
    editor.setFile({name: "Loaded", horizonYears: 8}, "File: x.json");
    expect(events).toHaveLength(1);
    expect(editor.value.scenario?.horizonYears).toBe(8);
    expect(editor.querySelector<HTMLInputElement>('[name="horizonYears"]')!.value).toBe("8");
  });
  it("shows text from a file as text, never as markup", () => {
    const {editor} = setup();
    editor.setFile({name: '<img src=x onerror="alert(1)">', sources: {passRate: "<script>alert(2)</script>"}}, "File: evil.json");
    expect(editor.querySelector("img")).toBeNull();
    expect(editor.querySelector("script")).toBeNull();
    expect(editor.querySelector<HTMLInputElement>('[name="name"]')!.value).toBe('<img src=x onerror="alert(1)">');
    expect(editor.querySelector<HTMLElement>('.scenario-input[data-key="passRate"] label')!.title).toMatch(/This scenario's source: <script>alert\(2\)<\/script>/);
  });
  it("keeps native input events of its fields from reaching listeners before the draft is updated", () => {
    const {window, editor, events} = setup();
    editor.querySelector<HTMLInputElement>('[name="pricePerEnrolment"]')!.dispatchEvent(new window.Event("input", {bubbles: true}));
    expect(events).toHaveLength(1);
  });
});

describe("draftOf(file, origin, localIssues)", () => {
  it("attaches schema issues to their input", () => expect(draftOf({inputs: {passRate: 2}}, "x").issues).toEqual([{key: "passRate", message: "inputs.passRate: got 2; expected a number in [0, 1]"}]));
  it("attaches a top-level issue to its field", () => expect(draftOf({horizonYears: 0}, "x").issues[0]?.key).toBe("horizonYears"));
  it("has no scenario while any issue is open", () => expect(draftOf({}, "x", [{key: "passRate", message: "m"}]).scenario).toBeNull());
});
