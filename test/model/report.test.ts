import {createHash} from "node:crypto";
import {describe, expect, it} from "vitest";
import {parseScenario} from "../../src/model/parseScenario.js";
import {buildDate} from "../../src/model/report/buildInfo.js";
import {canonicalJson} from "../../src/model/report/canonicalJson.js";
import {scenarioCitations} from "../../src/model/report/reportCitations.js";
import {resolveReportScenario} from "../../src/model/report/reportScenario.js";
import {REPORT_DATASETS, reportSources, type ReportSourceEntry} from "../../src/model/report/reportSources.js";
import {scenarioHash} from "../../src/model/report/scenarioHash.js";
import {sha256Hex} from "../../src/model/report/sha256.js";
import {decodeScenarioHash, encodeScenarioHash} from "../../src/model/scenarioUrl.js";

const nodeSha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

describe("sha256Hex", () => {
  it("gives the FIPS 180-4 digests of the standard test vectors", () => {
    expect(sha256Hex("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")).toBe("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  });
  it("agrees with node:crypto on every length around the 64-byte block and on non-ASCII text", () => {
    for (let n = 0; n <= 200; n++) {
      const text = "x€".repeat(n).slice(0, n);
      expect(sha256Hex(text)).toBe(nodeSha256(text));
    }
    expect(sha256Hex("Zürich — 数据 😀")).toBe(nodeSha256("Zürich — 数据 😀"));
  });
});

describe("canonicalJson", () => {
  it("sorts keys at every depth and writes no whitespace", () => {
    expect(canonicalJson({b: 1, a: {d: [true, null, "x"], c: 0.1}})).toBe('{"a":{"c":0.1,"d":[true,null,"x"]},"b":1}');
  });
  it("gives the same text for the same data in another key order", () => {
    expect(canonicalJson({x: 1, y: {p: 2, q: 3}})).toBe(canonicalJson({y: {q: 3, p: 2}, x: 1}));
  });
  it("leaves out undefined properties, as JSON does", () => expect(canonicalJson({a: undefined, b: 2})).toBe('{"b":2}'));
  it("refuses a number JSON cannot hold, naming where it is", () => {
    expect(() => canonicalJson({inputs: {price: Number.NaN}})).toThrow(/\$\.inputs\.price is NaN/);
    expect(() => canonicalJson([Number.POSITIVE_INFINITY])).toThrow(/finite/);
  });
});

describe("scenarioHash", () => {
  const base = {name: "A", inputs: {pricePerEnrolment: {value: 600, dist: "triangular", min: 400, mode: 600, max: 800}, passRate: 0.9}};
  it("is 64 hex digits", () => expect(scenarioHash(parseScenario(base))).toMatch(/^[0-9a-f]{64}$/));
  it("ignores the name, description, citations and the order of keys", () => {
    const renamed = {name: "B", description: "other", sources: {passRate: "x"}, inputs: {passRate: 0.9, pricePerEnrolment: {max: 800, mode: 600, min: 400, dist: "triangular", value: 600}}};
    expect(scenarioHash(parseScenario(renamed))).toBe(scenarioHash(parseScenario(base)));
  });
  it("is the same whether a default is written out or left out", () => {
    expect(scenarioHash(parseScenario({inputs: {discountRate: 0.05}}))).toBe(scenarioHash(parseScenario({})));
  });
  it("changes when an input or a distribution changes", () => {
    const hash = scenarioHash(parseScenario(base));
    expect(scenarioHash(parseScenario({...base, inputs: {...base.inputs, passRate: 0.91}}))).not.toBe(hash);
    expect(scenarioHash(parseScenario({...base, inputs: {...base.inputs, pricePerEnrolment: {value: 600, dist: "triangular", min: 400, mode: 600, max: 801}}}))).not.toBe(hash);
    expect(scenarioHash(parseScenario({...base, horizonYears: 6}))).not.toBe(hash);
  });
});

describe("buildDate", () => {
  it("takes SOURCE_DATE_EPOCH first, as ISO 8601 UTC without milliseconds", () => {
    expect(buildDate("1700000000", 1)).toEqual({date: "2023-11-14T22:13:20Z", source: "SOURCE_DATE_EPOCH"});
  });
  it("falls back to the last commit's time, then to none; never the clock", () => {
    expect(buildDate(undefined, 0)).toEqual({date: "1970-01-01T00:00:00Z", source: "last git commit"});
    expect(buildDate("", 86_400)).toEqual({date: "1970-01-02T00:00:00Z", source: "last git commit"});
    expect(buildDate(undefined, null)).toEqual({date: null, source: null});
  });
  it("refuses a SOURCE_DATE_EPOCH that is not a time, naming it", () => {
    expect(() => buildDate("yesterday", null)).toThrow(/SOURCE_DATE_EPOCH is "yesterday"; expected a whole number of seconds/);
    expect(() => buildDate("-5", null)).toThrow(/SOURCE_DATE_EPOCH/);
    expect(() => buildDate("999999999999", null)).toThrow(/253402300799/);
  });
});

describe("reportSources", () => {
  const entry = (id: string): ReportSourceEntry => ({id, title: `T ${id}`, publisher: "P", url: "https://example.org", licence: "L", vintage: "V", attribution: "A", caveats: null});
  it("picks the registry rows in the report's order, with what each is used for", () => {
    const registry = [...REPORT_DATASETS].reverse().map((d) => entry(d.id));
    const sources = reportSources(registry);
    expect(sources.map((s) => s.id)).toEqual(REPORT_DATASETS.map((d) => d.id));
    expect(sources[1]).toMatchObject({title: "T bls-ep-2024-34", usedFor: expect.stringContaining("annual openings")});
  });
  it("refuses a dataset the registry does not list", () => {
    expect(() => reportSources([entry("bls-ep-2024-34")])).toThrow(/dataset "candidate-catalogue" is not in data\/sources\.csv/);
  });
});

describe("resolveReportScenario", () => {
  const fallback = {id: "c1", title: "Candidate one", file: {name: "Default of c1", inputs: {passRate: 0.8}}, origin: "the candidate's default scenario"};
  it("uses the report's own scenario when the link asks for nothing, keeping seed and draws", async () => {
    const chosen = resolveReportScenario(await decodeScenarioHash("#seed=7&draws=500"), fallback);
    expect(chosen.origin.kind).toBe("default");
    expect(chosen.scenario.name).toBe("Default of c1");
    expect(chosen.settings).toEqual({draws: 500, seed: 7});
    expect(chosen.problem).toBeNull();
  });
  it("computes with a scenario from the link, and says so", async () => {
    const file = {name: "Mine", inputs: {passRate: 0.5}};
    const chosen = resolveReportScenario(await decodeScenarioHash(await encodeScenarioHash(file, {draws: 10_000, seed: 3})), fallback);
    expect(chosen.origin.kind).toBe("link");
    expect(chosen.scenario.inputs.passRate).toBe(0.5);
    expect(chosen.settings.seed).toBe(3);
  });
  it("falls back to its own scenario with the reason for a tampered link", async () => {
    const chosen = resolveReportScenario(await decodeScenarioHash("#s=v1.AAAA-tampered"), fallback);
    expect(chosen.origin.kind).toBe("default");
    expect(chosen.scenario.inputs.passRate).toBe(0.8);
    expect(chosen.problem?.message).toMatch(/^#s: /);
  });
  it("names the problem of an invalid scenario in a link", async () => {
    const chosen = resolveReportScenario(await decodeScenarioHash(await encodeScenarioHash({inputs: {passRate: 85}}, {draws: 10_000, seed: 1})), fallback);
    expect(chosen.problem?.details.join(" ")).toMatch(/passRate/);
  });
  it("accepts its own candidate and a known preset, and refuses another candidate or an unknown preset", async () => {
    const presets = [{id: "p1", title: "Preset one", file: {name: "P1"}}];
    expect(resolveReportScenario(await decodeScenarioHash("#candidate=c1"), fallback, {candidate: "c1"}).problem).toBeNull();
    expect(resolveReportScenario(await decodeScenarioHash("#candidate=c2"), fallback, {candidate: "c1"}).problem?.message).toMatch(/"c2" is not this report's credential/);
    const preset = resolveReportScenario(await decodeScenarioHash("#preset=p1"), fallback, {presets});
    expect([preset.origin.kind, preset.scenario.name]).toEqual(["preset", "P1"]);
    expect(resolveReportScenario(await decodeScenarioHash("#preset=zz"), fallback, {presets}).problem?.message).toMatch(/no preset "zz" here; expected one of p1/);
  });
});

describe("scenarioCitations", () => {
  it("cites the scenario's own source, else the documented default's, else says there is none", () => {
    const citations = scenarioCitations(parseScenario({inputs: {passRate: 0.9, pricePerEnrolment: 500}, sources: {passRate: "Our exam board, 2024"}}));
    expect(citations.find((c) => c.key === "passRate")).toMatchObject({citation: "Our exam board, 2024", from: "scenario"});
    expect(citations.find((c) => c.key === "pricePerEnrolment")).toMatchObject({citation: null, from: "none"});
    expect(citations.find((c) => c.key === "discountRate")).toMatchObject({from: "default", citation: expect.stringContaining("A-4")});
  });
});
