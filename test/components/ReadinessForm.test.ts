import {JSDOM} from "jsdom";
import {describe, expect, it} from "vitest";
import {EDITED_INSTITUTION, ReadinessForm} from "../../src/components/ReadinessForm.js";
import {readReadinessAnswersText, type ReadinessAnswers} from "../../src/model/readiness/index.js";
import {INSTRUMENT} from "../model/readiness-support.js";

const EXAMPLE: ReadinessAnswers = {institution: "Example: a test university", description: "", example: true, answers: {aa1: 2, aa2: 1, bb1: 0, bb2: null, cc1: 3}};

function setup(value: ReadinessAnswers = EXAMPLE) {
  const {window} = new JSDOM("<!doctype html><body></body>");
  const form = ReadinessForm(INSTRUMENT, {value, example: EXAMPLE, document: window.document});
  window.document.body.append(form);
  const events: ReadinessAnswers[] = [];
  form.addEventListener("input", () => events.push(form.value)); // added later, like an Observable view
  const select = (id: string) => form.querySelector<HTMLSelectElement>(`select[name="${id}"]`)!;
  const choose = (id: string, value: string) => {
    const s = select(id);
    s.value = value;
    s.dispatchEvent(new window.Event("input", {bubbles: true}));
    s.dispatchEvent(new window.Event("change", {bubbles: true}));
  };
  const click = (text: string) => [...form.querySelectorAll("button")].find((b) => b.textContent === text)!.click();
  return {window, form, events, select, choose, click};
}

describe("ReadinessForm(instrument, options)", () => {
  it("groups the items by dimension, each a select with the labelled levels and 'not answered'", () => {
    const {form, select} = setup();
    expect([...form.querySelectorAll("fieldset")].map((f) => f.getAttribute("data-dimension"))).toEqual(["alpha", "beta", "gamma"]);
    expect([...select("aa2").options].map((o) => o.textContent)).toEqual(["— not answered —", "0 · No", "1 · Partly", "2 · Yes"]);
    expect(form.querySelector('label[for="readiness-aa2"]')?.textContent).toBe("Question aa2?");
  });
  it("shows the starting answers, unanswered items as 'not answered'", () => {
    const {select} = setup();
    expect(select("aa1").value).toBe("2");
    expect(select("bb2").value).toBe("");
    expect(select("bb2").closest(".readiness-item")?.classList.contains("readiness-unanswered")).toBe(true);
  });
  it("shows each dimension's live score in its legend, and the overall score", () => {
    const {form, choose} = setup();
    const legend = () => form.querySelector('fieldset[data-dimension="beta"] .readiness-dimension-score')?.textContent;
    expect(legend()).toBe("0 / 100 · 1 of 2 answered");
    choose("bb2", "4");
    expect(legend()).toBe("50 / 100 · 2 of 2 answered");
    expect(form.querySelector(".readiness-live")?.textContent).toBe("Overall readiness 67 / 100 · 5 of 5 items answered");
  });
  it("emits one input event per change, after updating its value, and renames an edited example", () => {
    const {form, events, choose} = setup();
    choose("aa1", "4");
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({institution: EDITED_INSTITUTION, example: false, answers: {aa1: 4, aa2: 1}});
    choose("aa1", "4"); // the same value again: no event
    expect(events).toHaveLength(1);
    choose("aa1", "");
    expect(form.value.answers.aa1).toBeNull();
  });
  it("keeps the institution's name as typed", () => {
    const {window, form, events} = setup();
    const name = form.querySelector<HTMLInputElement>('input[name="institution"]')!;
    name.value = "Acme University";
    name.dispatchEvent(new window.Event("input", {bubbles: true}));
    expect(events.at(-1)).toMatchObject({institution: "Acme University", example: false});
  });
  it("clears every answer, and restores the example", () => {
    const {form, click, select} = setup();
    click("Clear all answers");
    expect(Object.values(form.value.answers).every((v) => v === null)).toBe(true);
    expect(select("cc1").value).toBe("");
    click("Load the example");
    expect(form.value).toBe(EXAMPLE);
    expect(select("cc1").value).toBe("3");
    expect(form.querySelector(".readiness-status")?.textContent).toBe("Loaded the example: Example: a test university.");
  });
  it("offers the answers as a JSON file that reads back to the same answers", () => {
    const {form, choose} = setup();
    choose("bb2", "1");
    const link = form.querySelector<HTMLAnchorElement>("a.readiness-download")!;
    expect(link.download).toBe("readiness-answers.json");
    const text = decodeURIComponent(link.href.replace(/^data:application\/json;charset=utf-8,/, ""));
    expect(readReadinessAnswersText(text, INSTRUMENT).answers).toEqual({aa1: 2, aa2: 1, bb1: 0, bb2: 1, cc1: 3});
  });
  it("sets the answers programmatically through value", () => {
    const {form, select} = setup();
    // jsdom's HTMLFormElement proxy refuses assignment to an own accessor; browsers call the setter.
    Object.getOwnPropertyDescriptor(form, "value")!.set!.call(form, {institution: "Other", description: "", example: false, answers: {aa2: 0}});
    expect(select("aa2").value).toBe("0");
    expect(select("aa1").value).toBe("");
  });
});

describe("importing an answers file", () => {
  async function importText(text: string) {
    const ctx = setup();
    const input = ctx.form.querySelector<HTMLInputElement>('input[type="file"]')!;
    const file = new ctx.window.File([text], "answers.json", {type: "application/json"});
    Object.defineProperty(input, "files", {value: [file], configurable: true});
    input.dispatchEvent(new ctx.window.Event("change", {bubbles: true}));
    // FileReader is asynchronous: wait (up to 5 s) until the form reports the outcome.
    const status = ctx.form.querySelector(".readiness-status")!;
    for (let waited = 0; status.textContent === "" && waited < 5_000; waited += 10) await new Promise((resolve) => setTimeout(resolve, 10));
    return ctx;
  }
  it("replaces the answers with a valid file's and says so", async () => {
    const {form, events, select} = await importText('{"format":"mcw-readiness-answers","version":1,"institution":"Imported U","answers":{"aa2":2}}');
    expect(form.value).toMatchObject({institution: "Imported U", answers: {aa2: 2, aa1: null}});
    expect(select("aa2").value).toBe("2");
    expect(events).toHaveLength(1);
    expect(form.querySelector(".readiness-status")?.textContent).toBe("Imported answers.json: Imported U.");
  });
  it("lists what is wrong with an invalid file and changes nothing", async () => {
    const {form, events} = await importText('{"format":"mcw-readiness-answers","version":1,"answers":{"aa2":5,"zz1":1}}');
    expect(form.value).toBe(EXAMPLE);
    expect(events).toHaveLength(0);
    const status = form.querySelector(".readiness-status")!;
    expect(status.classList.contains("readiness-error")).toBe(true);
    expect(status.textContent).toMatch(/^Could not import answers\.json; nothing was changed\. answers\.aa2: got 5; expected a whole number 0–2 .* · answers\.zz1: got "zz1"/);
  });
  it("does not label an edited copy of the example as the example", async () => {
    const {form} = await importText('{"format":"mcw-readiness-answers","version":1,"institution":"Copy","example":true,"answers":{"aa1":4}}');
    expect(form.value).toMatchObject({institution: "Copy", example: false});
  });
  it("reports a file that is not JSON", async () => {
    const {form} = await importText("<html>not json</html>");
    expect(form.querySelector(".readiness-status")?.textContent).toMatch(/nothing was changed\. answers\.json:1:1: invalid JSON: unexpected '<' where a value was expected/);
  });
});
