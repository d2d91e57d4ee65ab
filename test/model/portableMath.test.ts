import {describe, expect, it} from "vitest";
import {portableExp, portableLog, portableLog1p, portablePow} from "../../src/model/portableMath.js";

/** The IEEE bits of a double, as 16 hex digits. */
const bits = (x: number) => {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  return view.getBigUint64(0).toString(16).padStart(16, "0");
};
/** A fixed stream of test arguments (a 32-bit LCG), so every run checks the same numbers. */
function arguments32(seed: number) {
  let s = seed;
  const next = () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0);
  const buffer = new Float64Array(1);
  const words = new Uint32Array(buffer.buffer);
  return {
    uniform: () => next() / 2 ** 32,
    anyDouble: () => {
      words[0] = next();
      words[1] = next();
      return buffer[0] as number;
    }
  };
}

describe("portableMath: engine-independent exp, log, log1p, pow", () => {
  // Golden bits from fdlibm (as computed by Node 20's V8): the same in every engine, by construction.
  it("gives fdlibm's exact bits for exp", () =>
    expect([-0.5, 0.1, 1, 2.5, -20.75, 700, -740].map((x) => bits(portableExp(x)))).toEqual([
      "3fe368b2fc6f960a", "3ff1aec7b35a00d4", "4005bf0a8b145769", "40285d6fd931e0bb", "3e10ba06b3d9c887", "7f0d945df4f8ec8e", "0000000000000055"
    ]));
  it("gives fdlibm's exact bits for log", () =>
    expect([0.1, 0.5, 2, 10, 1e-310, 123456.789].map((x) => bits(portableLog(x)))).toEqual([
      "c0026bb1bbb55515", "bfe62e42fefa39ef", "3fe62e42fefa39ef", "40026bb1bbb55516", "c0864e69394d9508", "40277281cad8a844"
    ]));
  it("gives fdlibm's exact bits for log1p", () =>
    expect([-0.3, 1e-10, 0.5, 3].map((x) => bits(portableLog1p(x)))).toEqual(["bfd6d3c324e13f4e", "3ddb7cdfd9d1d693", "3fd9f323ecbf984c", "3ff62e42fefa39ef"]));
  it("gives fdlibm's exact bits for pow", () =>
    expect([[1.05, 3], [1.07, 17], [2.5, 0.3], [-3, 5], [0.5, -1074.5]].map(([x, y]) => bits(portablePow(x as number, y as number)))).toEqual([
      "3ff285a1cac08313", "40094540e8c99da2", "3ff50fe6c94a6e58", "c06e600000000000", "7ff0000000000000"
    ]));
  it("follows ECMAScript's special cases", () => {
    expect(portablePow(1, Infinity)).toBeNaN();
    expect(portablePow(-1, -Infinity)).toBeNaN();
    expect(portablePow(Number.NaN, 0)).toBe(1);
    expect(portablePow(2, Number.NaN)).toBeNaN();
    expect(portablePow(-8, 1 / 3)).toBeNaN();
    expect(Object.is(portablePow(-0, 3), -0)).toBe(true);
    expect(portableExp(-Infinity)).toBe(0);
    expect(portableLog(0)).toBe(-Infinity);
    expect(portableLog(-1)).toBeNaN();
    expect(portableLog1p(-1)).toBe(-Infinity);
  });
  it("stays within 1 ulp of the true value (checked against exp∘log round trips and exact powers)", () => {
    const args = arguments32(3);
    for (let i = 0; i < 10_000; i++) {
      const x = (args.uniform() - 0.5) * 60;
      expect(Math.abs(portableLog(portableExp(x)) - x)).toBeLessThanOrEqual(4 * Number.EPSILON * Math.max(1, Math.abs(x)));
    }
    for (let k = -60; k <= 60; k++) expect(portablePow(2, k)).toBe(2 ** k);
  });
  it.skipIf(!process.versions.v8.startsWith("11."))("agrees bit for bit with Node 20's V8 on 400,000 arguments of each function", () => {
    const args = arguments32(11);
    let differences = 0;
    for (let i = 0; i < 100_000; i++) {
      const u = args.uniform();
      const v = args.uniform();
      for (const x of [(u - 0.5) * 1500, (u - 0.5) * 4, args.anyDouble(), -u * 40]) if (!Object.is(portableExp(x), Math.exp(x))) differences++;
      for (const x of [u, u * 1e6, Math.abs(args.anyDouble()), 1 + (u - 0.5) * 1e-5]) if (!Object.is(portableLog(x), Math.log(x))) differences++;
      for (const x of [-u, (u - 0.5) * 1e-3, (u - 0.5) * 20, args.anyDouble()]) if (!Object.is(portableLog1p(x), Math.log1p(x))) differences++;
      for (const [x, y] of [[1 + u * 0.2, Math.floor(v * 40)], [u * 3, v * 5], [args.anyDouble(), args.anyDouble()], [-u * 10, Math.floor((v - 0.5) * 20)]] as const) {
        if (!Object.is(portablePow(x, y), Math.pow(x, y))) differences++;
      }
    }
    expect(differences).toBe(0);
  });
});
