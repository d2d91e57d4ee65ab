import {describe, expect, it} from "vitest";
import {DEFAULTS_START, resolveStart, startOrigin, type ScenarioStart} from "../../src/model/scenarioStart.js";

const starts: ScenarioStart[] = [
  {id: "own-platform-paid", kind: "preset", title: "Paid", file: {name: "Paid", inputs: {pricePerEnrolment: 600}}},
  {id: "clinical-coding", kind: "candidate", title: "Clinical Coding", file: {name: "Clinical Coding"}}
];
const settings = {draws: 10_000, seed: 1};

describe("resolveStart(state, starts)", () => {
  it("opens the documented defaults when the link asks for nothing, keeping its settings", () =>
    expect(resolveStart({kind: "none", settings: {draws: 1000, seed: 5}}, starts)).toEqual({file: DEFAULTS_START.file, origin: "Documented defaults", startId: "defaults", settings: {draws: 1000, seed: 5}, problem: null}));
  it("opens the initial start when the link asks for nothing", () =>
    expect(resolveStart({kind: "none", settings}, starts, {initial: {kind: "preset", id: "own-platform-paid"}})).toMatchObject({origin: "Preset: Paid", startId: "own-platform-paid", problem: null}));
  it("opens the defaults when the initial start is not on offer", () =>
    expect(resolveStart({kind: "none", settings}, starts, {initial: {kind: "preset", id: "gone"}}).startId).toBe("defaults"));
  it("opens a preset by id", () => expect(resolveStart({kind: "preset", id: "own-platform-paid", settings}, starts)).toMatchObject({file: starts[0]!.file, origin: "Preset: Paid", startId: "own-platform-paid"}));
  it("opens a candidate by id (the overview's #candidate=<id> link)", () =>
    expect(resolveStart({kind: "candidate", id: "clinical-coding", settings}, starts)).toMatchObject({origin: "Candidate: Clinical Coding", startId: "clinical-coding", problem: null}));
  it("falls back to the defaults for an unknown id and names the known ones", () => {
    const start = resolveStart({kind: "candidate", id: "basket-weaving", settings}, starts);
    expect(start.file).toBe(DEFAULTS_START.file);
    expect(start.problem?.message).toBe('#candidate: no candidate "basket-weaving"; expected one of clinical-coding');
  });
  it("does not look for a preset among the candidates", () =>
    expect(resolveStart({kind: "preset", id: "clinical-coding", settings}, starts).problem?.message).toMatch(/no preset "clinical-coding"; expected one of own-platform-paid/));
  it("opens a shared scenario as it came", () => {
    const file = {inputs: {passRate: 0.9}};
    expect(resolveStart({kind: "scenario", file, scenario: {} as never, settings}, starts)).toMatchObject({file, origin: "Shared link", startId: ""});
  });
  it("passes a link problem through with the defaults and default settings", () => {
    const problem = {kind: "problem" as const, message: "#seed: bad", details: []};
    expect(resolveStart(problem, starts)).toMatchObject({file: DEFAULTS_START.file, settings, problem});
  });
  it("labels origins by kind", () => expect(starts.map(startOrigin)).toEqual(["Preset: Paid", "Candidate: Clinical Coding"]));
});
