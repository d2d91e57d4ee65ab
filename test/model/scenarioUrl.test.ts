import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {modelScenario} from "../../src/model/modelScenario.js";
import {parseScenario} from "../../src/model/parseScenario.js";
import {
  MAX_SHARED_JSON_BYTES,
  base64UrlDecode,
  base64UrlEncode,
  decodeScenarioHash,
  deflateRaw,
  encodeScenarioHash,
  settingsSuffix,
  type SharedState,
  type SharedStateProblem
} from "../../src/model/scenarioUrl.js";

const preset = JSON.parse(readFileSync(new URL("../../scenarios/own-platform-paid.json", import.meta.url), "utf8"));
const defaults = {draws: 10_000, seed: 1};

async function problemOf(hash: string): Promise<SharedStateProblem> {
  const state = await decodeScenarioHash(hash);
  if (state.kind !== "problem") throw new Error(`expected a problem for ${hash}, got ${state.kind}`);
  return state;
}

async function scenarioOf(hash: string): Promise<Extract<SharedState, {kind: "scenario"}>> {
  const state = await decodeScenarioHash(hash);
  if (state.kind !== "scenario") throw new Error(`expected a scenario, got ${JSON.stringify(state)}`);
  return state;
}

describe("base64UrlEncode / base64UrlDecode", () => {
  it("uses the URL-safe alphabet without padding", () => expect(base64UrlEncode(new Uint8Array([251, 255]))).toBe("-_8"));
  it("encodes 'Man' as TWFu (RFC 4648)", () => expect(base64UrlEncode(new TextEncoder().encode("Man"))).toBe("TWFu"));
  it("round-trips every byte value", () => {
    const bytes = Uint8Array.from({length: 256}, (_, i) => i);
    expect([...base64UrlDecode(base64UrlEncode(bytes))]).toEqual([...bytes]);
  });
  it("round-trips lengths 0 to 4 (0, 2 and 3 trailing characters)", () => {
    for (let n = 0; n <= 4; n++) {
      const bytes = Uint8Array.from({length: n}, (_, i) => 200 + i);
      expect([...base64UrlDecode(base64UrlEncode(bytes))]).toEqual([...bytes]);
    }
  });
  it("names the position of a character outside the alphabet", () => expect(() => base64UrlDecode("ab+d")).toThrow('character 3 ("+") is not base64url'));
  it("rejects a length no data encodes to", () => expect(() => base64UrlDecode("abcde")).toThrow(/length \(5\)/));
});

describe("encodeScenarioHash(file, settings)", () => {
  it("writes a versioned, compressed payload and leaves default settings out", async () => {
    const hash = await encodeScenarioHash(preset, defaults);
    expect(hash).toMatch(/^s=v1\.[A-Za-z0-9_-]+$/);
    expect(hash.length).toBeLessThan(JSON.stringify(preset).length);
  });
  it("appends the seed and draws only when they differ from mcw model's defaults", () => {
    expect(settingsSuffix({draws: 10_000, seed: 1})).toBe("");
    expect(settingsSuffix({draws: 100_000, seed: 7})).toBe("&seed=7&draws=100000");
  });
  it("encodes a scenario that equals the defaults as an empty file", async () => {
    const state = await scenarioOf(`#${await encodeScenarioHash({horizonYears: 5, currency: "USD", inputs: {passRate: 0.85}}, defaults)}`);
    expect(state.file).toEqual({});
  });
});

describe("decodeScenarioHash(hash)", () => {
  it("gives back a scenario that models to exactly the numbers of the original file", async () => {
    const state = await scenarioOf(`#${await encodeScenarioHash(preset, {draws: 5000, seed: 42})}`);
    expect(state.settings).toEqual({draws: 5000, seed: 42});
    const original = modelScenario(parseScenario(preset), {draws: 5000, seed: 42});
    expect(JSON.stringify(modelScenario(state.scenario, state.settings))).toBe(JSON.stringify(original));
  });
  it("keeps the name, description and sources", async () => {
    const state = await scenarioOf(`#${await encodeScenarioHash(preset, defaults)}`);
    expect(state.scenario.name).toBe(preset.name);
    expect(state.scenario.description).toBe(preset.description);
    expect(state.scenario.sources.passRate).toBe(preset.sources.passRate);
  });
  it("reads an empty fragment as nothing asked for, with the default settings", async () =>
    expect(await decodeScenarioHash("")).toEqual({kind: "none", settings: defaults}));
  it("reads a preset and a candidate by id, with their settings", async () => {
    expect(await decodeScenarioHash("#preset=own-platform-paid&seed=3")).toEqual({kind: "preset", id: "own-platform-paid", settings: {draws: 10_000, seed: 3}});
    expect(await decodeScenarioHash("#candidate=clinical-coding")).toEqual({kind: "candidate", id: "clinical-coding", settings: defaults});
  });

  it("names an unknown key and suggests the nearest", async () =>
    expect((await problemOf("#sede=3")).message).toBe('#sede: unknown key; expected one of s, preset, candidate, seed, draws (did you mean "seed"?)'));
  it("names a bad seed, its value and the expectation", async () =>
    expect((await problemOf("#seed=-1")).message).toBe('#seed: got "-1"; expected a whole number from 0 to 4,294,967,295'));
  it("refuses more draws than a page runs", async () =>
    expect((await problemOf("#draws=2000000")).message).toBe("#draws: got 2,000,000; expected a whole number from 0 to 1,000,000"));
  it("refuses a key given twice", async () => expect((await problemOf("#seed=1&seed=2")).message).toMatch(/#seed appears twice/));
  it("refuses two starting points at once", async () => expect((await problemOf("#preset=a&candidate=b")).message).toMatch(/more than one starting point/));
  it("refuses an id that could carry markup", async () => expect((await problemOf("#preset=%3Cimg%20src%3Dx%3E")).message).toMatch(/^#preset: got "<img src=x>"; expected an id/));
  it("refuses a payload with characters outside base64url", async () => expect((await problemOf("#s=v1.ab%24cd")).message).toMatch(/expected "v1\." followed by base64url/));
  it("refuses an unknown version and names both", async () => expect((await problemOf("#s=v9.AAAA")).message).toBe('#s: the link was made by format version "v9"; this page reads version "v1"'));
  it("says a payload that does not decompress is damaged", async () => expect((await problemOf("#s=v1.AAAAAAAA")).message).toMatch(/damaged: its data does not decompress/));
  it("says a truncated link is damaged", async () => {
    const hash = await encodeScenarioHash(preset, defaults);
    expect((await problemOf(`#${hash.slice(0, hash.length - 40)}`)).message).toMatch(/damaged|cut short/);
  });
  it("refuses a payload that decompresses beyond the size limit (a zip bomb)", async () => {
    const bomb = base64UrlEncode(await deflateRaw(new Uint8Array(MAX_SHARED_JSON_BYTES + 10).fill(32)));
    expect((await problemOf(`#s=v1.${bomb}`)).message).toMatch(/decompresses to more than 262,144 bytes/);
  });
  it("says when the payload is not JSON", async () => {
    const payload = base64UrlEncode(await deflateRaw(new TextEncoder().encode("{name: 1}")));
    expect((await problemOf(`#s=v1.${payload}`)).message).toMatch(/^#s: the shared scenario is not valid JSON/);
  });
  it("refuses a payload that repeats a key, naming where, instead of keeping the last value", async () => {
    const payload = base64UrlEncode(await deflateRaw(new TextEncoder().encode('{"inputs": {"passRate": 0.8, "passRate": 0.2}}')));
    expect((await problemOf(`#s=v1.${payload}`)).message).toMatch(/^#s: the shared scenario is not valid JSON \(at 1:30: inputs\.passRate: duplicate key "passRate"/);
  });
  it("lists every schema problem of a tampered scenario, naming key, value and expectation", async () => {
    const tampered = {inputs: {passRate: 1.5, pasRate: 0.3}};
    const payload = base64UrlEncode(await deflateRaw(new TextEncoder().encode(JSON.stringify(tampered))));
    const problem = await problemOf(`#s=v1.${payload}`);
    expect(problem.message).toBe("the shared scenario is invalid (2 problems)");
    expect(problem.details).toContain("inputs.passRate: got 1.5; expected a number in [0, 1]");
    expect(problem.details).toContain('inputs.pasRate: unknown key "pasRate" in inputs; did you mean "passRate"?');
  });
  it("treats a __proto__ key as an unknown key, never as the prototype", async () => {
    const payload = base64UrlEncode(await deflateRaw(new TextEncoder().encode('{"__proto__": {"inputs": {}}}')));
    expect((await problemOf(`#s=v1.${payload}`)).details.join()).toMatch(/unknown key "__proto__"/);
  });
});
