import {tableFromIPC} from "apache-arrow";
import {describe, expect, it} from "vitest";
import {rowsToArrow} from "../../loaders/arrow.js";

describe("rowsToArrow(rows)", () => {
  const table = tableFromIPC(rowsToArrow([{code: "15-1252", openings: 129_200, rating: null, shortage: true}, {code: "29-1141", openings: 189_100.5, rating: null, shortage: null}]));
  it("keeps every column in the order of the first row, even one that is null in every row", () => {
    expect(table.schema.fields.map((f) => f.name)).toEqual(["code", "openings", "rating", "shortage"]);
  });
  it("keeps values and nulls", () => {
    expect(table.toArray().map((row) => row.toJSON())).toEqual([
      {code: "15-1252", openings: 129_200, rating: null, shortage: true},
      {code: "29-1141", openings: 189_100.5, rating: null, shortage: null}
    ]);
  });
  it("refuses a column that mixes numbers and text", () => expect(() => rowsToArrow([{a: 1}, {a: "x"}])).toThrow(/mixes number and string/));
  it("refuses an empty mart", () => expect(() => rowsToArrow([])).toThrow(/no rows/));
});
