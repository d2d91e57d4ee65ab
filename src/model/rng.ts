/**
 * Seeded pseudo-random numbers that are bit-identical in Node and in every browser.
 *
 * The generator is xoshiro128** 1.1 (Blackman & Vigna, https://prng.di.unimi.it/), a 32-bit
 * generator with period 2^128 − 1. Its four state words are the first four outputs of splitmix32
 * (a Weyl sequence with increment 0x9e3779b9, finalised by Chris Wellons' two-round 32-bit mixer
 * `x ^= x >>> 16; x *= 0x21f0aaad; x ^= x >>> 15; x *= 0x735a2d97; x ^= x >>> 15`).
 * Everything is integer arithmetic (`Math.imul`, shifts, `>>> 0`), so the stream never depends on
 * the JavaScript engine; no `Math.random`, no `crypto`. (Turning uniforms into draws of a
 * distribution also uses `Math.log`/`Math.exp`, which ECMAScript lets engines round differently in
 * the last bit; V8 — Node, Chrome, Edge — computes them identically everywhere.)
 *
 * Streams: `createRng(seed, stream)` starts splitmix32 at `seed XOR mix32(stream)`. Stream 0 is the
 * plain seed (mix32(0) = 0), which is what the golden test compares with the C reference code.
 * The Monte Carlo gives each input its own stream (its position in the input table), so making one
 * more input uncertain does not change the draws of the others.
 */

/** splitmix32 increment: 2^32 / golden ratio. */
const GOLDEN_GAMMA = 0x9e3779b9;
/** 2^26: weight of the high half of a 52-bit uniform. */
const TWO_POW_26 = 67108864;
/** 2^52: number of distinct uniforms returned by `nextUniform`. */
const TWO_POW_52 = 4503599627370496;
/** 2^-32. */
const TWO_POW_MINUS_32 = 2.3283064365386963e-10;

/**
 * Wellons' two-round 32-bit integer mixer (a bijection on uint32; mix32(0) = 0).
 *
 * @param x any integer; only its low 32 bits are used
 * @returns a well-mixed unsigned 32-bit integer
 * @example mix32(0); // => 0
 */
export function mix32(x: number): number {
  let z = x | 0;
  z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
  z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
  return (z ^ (z >>> 15)) >>> 0;
}

/**
 * splitmix32: the generator used only to expand a 32-bit seed into xoshiro's 128-bit state.
 *
 * @param seed unsigned 32-bit integer
 * @returns a function that yields the next unsigned 32-bit output on each call
 * @example splitmix32(0)(); // => 1684164658
 */
export function splitmix32(seed: number): () => number {
  let counter = seed >>> 0;
  return () => {
    counter = (counter + GOLDEN_GAMMA) >>> 0;
    return mix32(counter);
  };
}

/** A seeded xoshiro128** generator. */
export class Rng {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;

  /**
   * @param seed unsigned 32-bit integer, 0 ≤ seed < 2^32
   * @param stream independent sub-stream number, a non-negative integer (0 = the plain seed)
   * @throws {RangeError} if seed or stream is not an integer in range
   */
  constructor(seed: number, stream = 0) {
    if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
      throw new RangeError(`Rng: seed must be an integer in [0, 2^32), got ${seed}`);
    }
    if (!Number.isInteger(stream) || stream < 0 || stream > 0xffffffff) {
      throw new RangeError(`Rng: stream must be an integer in [0, 2^32), got ${stream}`);
    }
    const next = splitmix32((seed ^ mix32(stream)) >>> 0);
    // splitmix32 is a bijection of distinct counters, so at most one state word can be 0:
    // the all-zero state (the one xoshiro must avoid) cannot occur.
    this.s0 = next() | 0;
    this.s1 = next() | 0;
    this.s2 = next() | 0;
    this.s3 = next() | 0;
  }

  /**
   * Next raw output of xoshiro128**: result = rotl(s1 · 5, 7) · 9 (mod 2^32).
   *
   * @returns an unsigned 32-bit integer
   * @example new Rng(0).nextUint32(); // => 1789933344
   */
  nextUint32(): number {
    const s1 = this.s1;
    const product = Math.imul(s1, 5);
    const result = Math.imul((product << 7) | (product >>> 25), 9);
    const t = s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= s1;
    this.s1 = s1 ^ this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = (this.s3 << 11) | (this.s3 >>> 21);
    return result >>> 0;
  }

  /**
   * Uniform number strictly inside (0, 1) with 52 random bits: (k + ½) / 2^52 where k is built
   * from the top 26 bits of two consecutive outputs. Never 0 or 1, so inverse CDFs stay finite.
   *
   * @returns a number in [2^-53, 1 − 2^-53]
   * @example new Rng(0).nextUniform(); // => 0.41675132528648773
   */
  nextUniform(): number {
    const high = this.nextUint32() >>> 6;
    const low = this.nextUint32() >>> 6;
    return (high * TWO_POW_26 + low + 0.5) / TWO_POW_52;
  }

  /**
   * Cheaper uniform strictly inside (0, 1) from a single output: (k + ½) / 2^32. Used inside
   * rejection samplers, where 32 bits of resolution are ample and half the generator calls matter.
   *
   * @returns a number in [2^-33, 1 − 2^-33]
   * @example new Rng(0).nextUniform32(); // => 0.41675133269745857
   */
  nextUniform32(): number {
    return (this.nextUint32() + 0.5) * TWO_POW_MINUS_32;
  }
}

/**
 * Creates a seeded generator (see the module comment for the construction).
 *
 * @param seed unsigned 32-bit integer seed
 * @param stream independent sub-stream, default 0
 * @throws {RangeError} if seed or stream is out of range
 * @example createRng(42).nextUint32(); // => 660444221
 */
export function createRng(seed: number, stream = 0): Rng {
  return new Rng(seed, stream);
}
