/**
 * Canonical JSON, after RFC 8785 (JSON Canonicalization Scheme): object keys sorted by UTF-16 code units, no
 * whitespace, numbers in ECMAScript's shortest round-trip form (what `JSON.stringify` writes), strings escaped as
 * `JSON.stringify` escapes them. Two values that are equal as data give the same text, whatever their key order,
 * so the text can be hashed.
 *
 * @param value plain data: null, booleans, finite numbers, strings, arrays and plain objects (`undefined`
 *   properties are left out, as JSON does)
 * @returns the canonical text
 * @throws {TypeError} on a non-finite number, a bigint, a function or a symbol, naming the path
 * @example canonicalJson({b: 1, a: [true, null, "x"]}); // => '{"a":[true,null,"x"],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  return write(value, "$");
}

function write(value: unknown, path: string): string {
  if (value === null) return "null";
  switch (typeof value) {
    case "boolean":
      return value ? "true" : "false";
    case "string":
      return JSON.stringify(value);
    case "number":
      if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: ${path} is ${value}; expected a finite number`);
      return JSON.stringify(value);
    case "object": {
      if (Array.isArray(value)) return `[${value.map((item, i) => (item === undefined ? "null" : write(item, `${path}[${i}]`))).join(",")}]`;
      const entries = Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${write(v, `${path}.${k}`)}`).join(",")}}`;
    }
    default:
      throw new TypeError(`canonicalJson: ${path} is a ${typeof value}; expected JSON data`);
  }
}
