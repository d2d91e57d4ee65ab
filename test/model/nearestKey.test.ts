import {describe, expect, it} from "vitest";
import {editDistance} from "../../src/model/editDistance.js";
import {nearestKey} from "../../src/model/nearestKey.js";

describe("editDistance", () => {
  it("counts one insertion", () => expect(editDistance("pasRate", "passRate")).toBe(1));
  it("counts substitutions", () => expect(editDistance("kitten", "sitting")).toBe(3));
  it("is the length of the other string for an empty one", () => expect(editDistance("", "abc")).toBe(3));
  it("is 0 for equal strings", () => expect(editDistance("same", "same")).toBe(0));
});

describe("nearestKey", () => {
  it("finds the closest known key", () => expect(nearestKey("pricePerEnrollment", ["passRate", "pricePerEnrolment", "payingShare"])).toBe("pricePerEnrolment"));
  it("ignores case", () => expect(nearestKey("PASSRATE", ["passRate", "pass"])).toBe("passRate"));
  it("returns undefined when nothing is known", () => expect(nearestKey("x", [])).toBeUndefined());
});
