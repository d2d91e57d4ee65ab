import {describe, expect, it} from "vitest";
import {lineColumn, locatePath, scanJson} from "../../src/model/jsonText.js";

describe("scanJson", () => {
  it.each([
    ['{"a": }', 6, "unexpected '}' where a value was expected"],
    ['{"a": 1,}', 8, "trailing comma before '}'"],
    ['{"a" 1}', 5, "expected ':' after property name, found '1'"],
    ["[1,2", 4, "expected ',' or ']' after an array element, found end of file"],
    ["", 0, "unexpected end of file where a value was expected"],
    ['{"a":1}x', 7, "unexpected 'x' after the end of the JSON value"],
    ["{'a': 1}", 1, "expected a property name in double quotes, found '''"],
    ['{"a": 01}', 7, "invalid number"],
    ['{"a": "x\ny"}', 8, "control character (such as a raw line break) inside a string; write it as an escape like \\n"],
    ['{"a": "\\q"}', 7, "invalid escape '\\q' in string"]
  ])("finds the error in %j at offset %i", (text, offset, message) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(scanJson(text).error).toEqual({offset, message});
  });
  it("accepts everything JSON.parse accepts", () => {
    for (const text of ['{"a": [1, -2.5e3, true, null, {"b": "\\u00e9\\n"}]}', " 3 ", '"x"', "[]", "{}"]) expect(scanJson(text).error).toBeNull();
  });
  it("records where each key is, the last one for a repeated key", () => {
    const text = '{"a": 1, "b": {"c": [10, 20]}, "a": 2}';
    const scan = scanJson(text);
    expect(locatePath(scan, ["b", "c", 1])).toBe(text.indexOf("20"));
    expect(locatePath(scan, ["a"])).toBe(text.lastIndexOf('"a"'));
    expect(locatePath(scan, ["b", "missing"])).toBe(text.indexOf('"b"'));
  });
});

describe("lineColumn", () => {
  it("counts lines and columns from 1", () => {
    expect(lineColumn('{\n  "a": x}', 9)).toEqual({line: 2, column: 8});
    expect(lineColumn("abc", 0)).toEqual({line: 1, column: 1});
  });
});
