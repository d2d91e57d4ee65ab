/**
 * Bad URL state: the scenario page's fragment (decodeScenarioHash) and the readiness page's query string
 * (readinessFromSearch). Neither may throw: a bad or tampered link becomes a message naming the key, the value and
 * what was expected, and the page shows the documented defaults (or the example answers) instead.
 */
import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {readinessFromSearch} from "../../src/model/readiness/readinessUrl.js";
import {base64UrlEncode, decodeScenarioHash, deflateRaw, encodeScenarioHash, MAX_SHARED_JSON_BYTES} from "../../src/model/scenarioUrl.js";
import {INSTRUMENT} from "../model/readiness-support.js";
import {caseById, casesOf, expectMessages, expectNoPollution, type BadCase} from "./corpus.js";

const FALLBACK = {institution: "Example University", description: "", example: true, answers: {}};

/** `#s=v1.` and the deflated, base64url-encoded text, as the page writes it. */
async function payloadHash(text: string): Promise<string> {
  return `#s=v1.${base64UrlEncode(await deflateRaw(new TextEncoder().encode(text)))}`;
}

/** The URL part a case gives, generated where the case says so. */
async function urlOf(c: BadCase): Promise<{hash: string} | {search: string}> {
  const input = c.input;
  if ("hash" in input) return {hash: input.hash};
  if ("search" in input) return {search: input.search};
  if ("payload" in input) {
    const hash = await payloadHash(input.payload);
    return {hash: input.truncate ? hash.slice(0, -input.truncate) : hash};
  }
  switch (c.id) {
    case "url-zip-bomb":
      return {hash: await payloadHash(`${" ".repeat(300_000)}{}`)};
    case "url-deep-nesting":
      return {hash: await payloadHash(`{"name": ${"[".repeat(100_000)}${"]".repeat(100_000)}}`)};
    case "readiness-long-name":
      return {search: `?r=1.aa1-3&rn=${"x".repeat(5_000)}`};
  }
  throw new Error(`${c.id}: no URL for this case`);
}

/** Decodes a case's URL the way its page does; returns every line of text the page would show, and the state. */
async function decode(c: BadCase): Promise<{lines: string[]; ok: boolean; name?: string}> {
  const url = await urlOf(c);
  if ("search" in url) {
    const read = readinessFromSearch(url.search, INSTRUMENT, FALLBACK);
    return {lines: read.error === null ? [] : [read.error], ok: read.fromLink, name: read.answers.institution};
  }
  const state = await decodeScenarioHash(url.hash);
  if (state.kind === "problem") return {lines: [state.message, ...state.details], ok: false};
  return {lines: [], ok: true, name: state.kind === "scenario" ? state.scenario.name : undefined};
}

describe("bad URL state never throws and names key, value and expectation", () => {
  it.each(casesOf("url-state").map((c) => [c.id, c] as const))("%s", async (_id, c) => {
    const {lines, ok} = await decode(c);
    expect(ok, lines.join("\n")).toBe(c.expect.outcome === "safe");
    expectMessages(c, lines);
    expectNoPollution();
  });

  it("keeps HTML in a shared scenario's name as the very text written", async () => {
    const {name} = await decode(caseById("url-html-name"));
    expect(name).toBe("<img src=x onerror=alert(1)>");
  });

  it("keeps HTML in a readiness link's institution as the very text written", async () => {
    const {name} = await decode(caseById("readiness-html-name"));
    expect(name).toBe("<img src=x onerror=alert(1)>");
  });

  it(`refuses the zip bomb although its link is short (a ${MAX_SHARED_JSON_BYTES.toLocaleString("en-US")}-byte cap on the inflated text)`, async () => {
    const url = await urlOf(caseById("url-zip-bomb"));
    expect("hash" in url && url.hash.length).toBeLessThan(1_000);
  });

  it("round-trips every scenario the page can write", async () => {
    const hash = await encodeScenarioHash({name: "<b>Bold</b> & =SUM(1)", inputs: {passRate: 0.7}}, {draws: 500, seed: 9});
    const state = await decodeScenarioHash(hash);
    expect(state.kind === "scenario" && [state.scenario.name, state.scenario.inputs.passRate, state.settings]).toEqual(["<b>Bold</b> & =SUM(1)", 0.7, {draws: 500, seed: 9}]);
  });
});

describe("any fragment at all", () => {
  it("decodes to a state or a problem, never an exception", async () => {
    const alphabet = fc.constantFrom(..."ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");
    const base64url = fc.array(alphabet, {maxLength: 200}).map((chars) => chars.join(""));
    const fragment = fc.oneof(
      fc.string({maxLength: 200}),
      base64url.map((payload) => `#s=v1.${payload}`),
      fc.tuple(fc.constantFrom("s", "seed", "draws", "preset", "candidate", "__proto__", "constructor", "x"), fc.string({maxLength: 30})).map(([key, value]) => `#${key}=${encodeURIComponent(value)}`)
    );
    await fc.assert(
      fc.asyncProperty(fragment, async (hash) => {
        const state = await decodeScenarioHash(hash);
        expect(["none", "preset", "candidate", "scenario", "problem"]).toContain(state.kind);
        if (state.kind === "problem") expect(state.message.length).toBeGreaterThan(0);
      }),
      {numRuns: 500}
    );
    expectNoPollution();
  });

  it("decodes any damaged version of a real link to a problem or a valid scenario", async () => {
    const hash = await encodeScenarioHash({name: "Real", inputs: {passRate: 0.7, pricePerEnrolment: {dist: "triangular", min: 400, mode: 600, max: 800}}}, {draws: 10_000, seed: 1});
    await fc.assert(
      fc.asyncProperty(fc.nat({max: hash.length - 1}), fc.constantFrom(..."Aa0-_"), async (at, replacement) => {
        const damaged = `${hash.slice(0, at)}${replacement}${hash.slice(at + 1)}`;
        const state = await decodeScenarioHash(`#${damaged}`);
        expect(["scenario", "problem"]).toContain(state.kind);
      }),
      {numRuns: 300}
    );
  });
});
