import {describe, expect, it} from "vitest";
import {ReadinessError, decodeReadinessAnswers, encodeReadinessAnswers, readinessFromSearch, readinessSearch} from "../../src/model/readiness/index.js";
import {INSTRUMENT} from "./readiness-support.js";

const EXAMPLE = {institution: "Example: a test university", description: "", example: true, answers: {aa1: 2, cc1: 1}};

function messagesOf(text: string): string[] {
  try {
    decodeReadinessAnswers(text, INSTRUMENT);
  } catch (error) {
    if (error instanceof ReadinessError) return error.issues.map((i) => i.message);
    throw error;
  }
  throw new Error(`expected ${text} to be rejected`);
}

describe("encodeReadinessAnswers / decodeReadinessAnswers", () => {
  it("writes the version, then item-level pairs of answered items in instrument order", () => {
    expect(encodeReadinessAnswers({cc1: 3, aa1: 0, bb1: null}, INSTRUMENT)).toBe("1.aa1-0.cc1-3");
  });
  it("encodes no answers as the version alone", () => expect(encodeReadinessAnswers({}, INSTRUMENT)).toBe("1"));
  it("round-trips, with every other item unanswered", () => {
    expect(decodeReadinessAnswers("1.aa1-0.cc1-3", INSTRUMENT)).toEqual({aa1: 0, aa2: null, bb1: null, bb2: null, cc1: 3});
  });
  it("rejects an unknown format version", () => expect(messagesOf("2.aa1-3")).toEqual(['r.version: got "2"; expected 1 (the link format this workbench reads)']));
  it("rejects an unknown item, naming the nearest", () => expect(messagesOf("1.aa9-3")).toEqual(['r.aa9: got "aa9"; expected a known item id; did you mean "aa1"?']));
  it("rejects a level beyond the item's scale, naming the scale", () => expect(messagesOf("1.aa2-3")).toEqual(["r.aa2: got 3; expected a whole number 0–2 (0 = No … 2 = Yes)"]));
  it("rejects a malformed part and an item given twice", () => {
    expect(messagesOf("1.aa13.bb1-1.bb1-2")).toEqual(['r: got "aa13"; expected an answer written "<item>-<level>", e.g. "pol1-3"', 'r.bb1: got "bb1-2"; expected each item answered once']);
  });
  it("rejects characters outside the compact alphabet and an over-long value", () => {
    expect(messagesOf("1.aa1-3<script>")[0]).toMatch(/expected only the characters 0–9, a–z, '\.' and '-'/);
    expect(messagesOf(`1${".aa1-1".repeat(400)}`)[0]).toMatch(/expected at most 2000 characters/);
  });
});

describe("readinessSearch(answers, instrument)", () => {
  it("puts the answers and the institution's name in the query string", () => {
    expect(readinessSearch({institution: "Acme & Co", description: "", example: false, answers: {bb2: 4}}, INSTRUMENT)).toBe("?r=1.bb2-4&rn=Acme+%26+Co");
  });
});

describe("readinessFromSearch(search, instrument, fallback)", () => {
  it("shows the fallback, without an error, when the link carries no answers", () => {
    expect(readinessFromSearch("", INSTRUMENT, EXAMPLE)).toEqual({answers: EXAMPLE, fromLink: false, error: null});
  });
  it("reads a link's answers and name, and never marks them as the example", () => {
    const {answers, fromLink, error} = readinessFromSearch("?r=1.aa1-4.bb1-3&rn=Acme+%26+Co", INSTRUMENT, EXAMPLE);
    expect(fromLink).toBe(true);
    expect(error).toBeNull();
    expect(answers).toEqual({institution: "Acme & Co", description: "", example: false, answers: {aa1: 4, aa2: null, bb1: 3, bb2: null, cc1: null}});
  });
  it("names a link without a name as a shared link", () => expect(readinessFromSearch("?r=1", INSTRUMENT, EXAMPLE).answers.institution).toBe("Answers from a shared link"));
  it("falls back to the example with a message naming what was wrong in a tampered link", () => {
    const result = readinessFromSearch("?r=1.aa1-9", INSTRUMENT, EXAMPLE);
    expect(result.answers).toBe(EXAMPLE);
    expect(result.fromLink).toBe(false);
    expect(result.error).toBe("The link's answers could not be read: r.aa1: got 9; expected a whole number 0–4 (0 = None … 4 = Reviewed). Showing the example answers instead.");
  });
  it("never throws on junk, markup or a huge value", () => {
    for (const search of ["?r=", "?r=%00%FF", "?r=<img src=x onerror=alert(1)>", `?r=${"9".repeat(100_000)}`, "?r=1.aa1-3&rn=", `?r=1&rn=${"x".repeat(500)}`]) {
      const result = readinessFromSearch(search, INSTRUMENT, EXAMPLE);
      expect(result.answers).toBe(EXAMPLE);
      expect(result.error).toMatch(/^The link's answers could not be read: /);
    }
  });
});
