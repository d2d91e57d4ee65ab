import {describe, expect, it} from "vitest";
import {createRng, mix32, splitmix32} from "../../src/model/rng.js";

// Golden values from the C reference code (splitmix32 with Wellons' mixer; xoshiro128** 1.1 of
// Blackman & Vigna), compiled with gcc. Matching them in Node means any engine that implements
// 32-bit integer arithmetic as ECMAScript specifies produces the same stream.
const REFERENCE = [
  {seed: 0, state: [1684164658, 3653269916, 2939563536, 2141751570], outputs: [1789933344, 44971166, 2521387044, 3848737593, 1138324114, 749234105, 1899511038, 1995189375]},
  {seed: 1, state: [1580013426, 350525680, 3524174333, 3011703609], outputs: [393288148, 2174103013, 3814759091, 2092745082, 1865176206, 2179171167, 3207394750, 2858353069]},
  {seed: 42, state: [551831576, 144025891, 322543647, 3034809370], outputs: [660444221, 3652823732, 77672526, 910233633, 2297337756, 3786072677, 3123505064, 1891482476]},
  {seed: 4294967295, state: [3950124170, 4293442868, 1302505678, 2762329221], outputs: [4104197751, 1825856343, 1152209388, 2427537429, 3685145430, 609215610, 4161674276, 1502890106]}
];

describe("splitmix32", () => {
  for (const {seed, state} of REFERENCE) {
    it(`expands seed ${seed} into the reference state words`, () => {
      const next = splitmix32(seed);
      expect([next(), next(), next(), next()]).toEqual(state);
    });
  }
  it("mixes 0 to 0, so stream 0 is the plain seed", () => expect(mix32(0)).toBe(0));
});

describe("createRng (xoshiro128**)", () => {
  for (const {seed, outputs} of REFERENCE) {
    it(`reproduces the reference sequence for seed ${seed}`, () => {
      const rng = createRng(seed);
      expect(outputs.map(() => rng.nextUint32())).toEqual(outputs);
    });
  }

  it("turns two outputs into a 52-bit uniform (k + ½)/2^52", () => {
    const [first, second] = REFERENCE[0]!.outputs as [number, number];
    const expected = ((first >>> 6) * 2 ** 26 + (second >>> 6) + 0.5) / 2 ** 52;
    expect(createRng(0).nextUniform()).toBe(expected);
  });

  it("turns one output into a 32-bit uniform (k + ½)/2^32", () => {
    expect(createRng(42).nextUniform32()).toBe((660444221 + 0.5) / 2 ** 32);
  });

  it("keeps uniforms strictly inside (0, 1)", () => {
    const rng = createRng(7);
    for (let i = 0; i < 100_000; i++) {
      const u = rng.nextUniform();
      const v = rng.nextUniform32();
      if (!(u > 0 && u < 1 && v > 0 && v < 1)) throw new Error(`uniform out of (0, 1): ${u}, ${v}`);
    }
  });

  it("gives uniforms with mean ½ and variance 1/12", () => {
    const rng = createRng(3);
    const n = 200_000;
    let sum = 0;
    let squares = 0;
    for (let i = 0; i < n; i++) {
      const u = rng.nextUniform();
      sum += u;
      squares += u * u;
    }
    const mean = sum / n;
    expect(Math.abs(mean - 0.5)).toBeLessThan(4 * Math.sqrt(1 / 12 / n));
    expect(squares / n - mean * mean).toBeCloseTo(1 / 12, 3);
  });

  it("gives different sequences to different streams of the same seed", () => {
    const a = createRng(5, 1);
    const b = createRng(5, 2);
    expect([a.nextUint32(), a.nextUint32()]).not.toEqual([b.nextUint32(), b.nextUint32()]);
  });

  it("rejects a seed outside [0, 2^32) or not an integer", () => {
    expect(() => createRng(-1)).toThrow(/seed must be an integer/);
    expect(() => createRng(2 ** 32)).toThrow(/seed must be an integer/);
    expect(() => createRng(1.5)).toThrow(/seed must be an integer/);
  });
});
