/**
 * exp, log, log1p and pow computed with IEEE double arithmetic only (+, −, ×, ÷ and bit operations, each
 * correctly rounded by every engine), so they give the same bits in every JavaScript engine.
 *
 * Why: ECMAScript lets engines round Math.exp, Math.log, Math.log1p and Math.pow differently in the last bit,
 * and they do — Node 20's V8 (11.3) and Chromium 156's V8 disagree on about one call in ten (Chromium's are
 * more often correctly rounded). The Monte Carlo turns uniforms into draws with these functions, so a seed that
 * must give the same numbers in `mcw model` (Node) and on the scenario page (Chromium) needs one implementation.
 * These are faithful ports of the fdlibm algorithms (Sun Microsystems, 1993; as in FreeBSD msun and V8's
 * src/base/ieee754.cc) that Node 20's V8 uses for Math.exp/log/log1p/pow, so they return exactly what
 * Node 20 returns (test/model/portableMath.test.ts checks millions of arguments) — adopting them changes no
 * number `mcw model` prints today. Errors are below 1 ulp (fdlibm's bound).
 *
 * Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved. Developed at SunSoft, a Sun Microsystems,
 * Inc. business. Permission to use, copy, modify, and distribute this software is freely granted, provided that
 * this notice is preserved.
 */

// Word access to a double (little- or big-endian, detected once).
const FLOAT = new Float64Array(1);
const WORDS = new Uint32Array(FLOAT.buffer);
const HI = new Uint8Array(new Float64Array([1]).buffer)[7] === 0x3f ? 1 : 0;
const LO = 1 - HI;

/** High 32 bits of a double, as a signed int32 (fdlibm's GET_HIGH_WORD). */
function highWord(x: number): number {
  FLOAT[0] = x;
  return (WORDS[HI] as number) | 0;
}
/** Low 32 bits of a double, unsigned. */
function lowWord(x: number): number {
  FLOAT[0] = x;
  return WORDS[LO] as number;
}
/** The double with these high and low words (INSERT_WORDS). */
function fromWords(high: number, low: number): number {
  WORDS[HI] = high >>> 0;
  WORDS[LO] = low >>> 0;
  return FLOAT[0] as number;
}
/** x with its high word replaced (SET_HIGH_WORD). */
function withHighWord(x: number, high: number): number {
  FLOAT[0] = x;
  WORDS[HI] = high >>> 0;
  return FLOAT[0] as number;
}
/** x with its low word replaced (SET_LOW_WORD). */
function withLowWord(x: number, low: number): number {
  FLOAT[0] = x;
  WORDS[LO] = low >>> 0;
  return FLOAT[0] as number;
}

const HUGE = 1.0e300;
const TINY = 1.0e-300;
const TWOM1000 = 9.33263618503218878990e-302; // 2^-1000
const TWO1023 = 8.988465674311579539e307; // 2^1023
const TWO54 = 1.80143985094819840000e16;
const TWO53 = 9007199254740992.0;
const LN2_HI = 6.93147180369123816490e-1; // 0x3fe62e42 fee00000
const LN2_LO = 1.90821492927058770002e-10; // 0x3dea39ef 35793c76
const INVLN2 = 1.44269504088896338700e0;
// exp's polynomial (also pow's 2^x step)
const P1 = 1.66666666666666019037e-1;
const P2 = -2.77777777770155933842e-3;
const P3 = 6.61375632143793436117e-5;
const P4 = -1.65339022054652515390e-6;
const P5 = 4.13813679705723846039e-8;
// log's and log1p's polynomial
const LG1 = 6.666666666666735130e-1;
const LG2 = 3.999999999940941908e-1;
const LG3 = 2.857142874366239149e-1;
const LG4 = 2.222219843214978396e-1;
const LG5 = 1.818357216161805012e-1;
const LG6 = 1.531383769920937332e-1;
const LG7 = 1.479819860511658591e-1;

/**
 * e^x (fdlibm e_exp.c as in V8, including V8's exact exp(1) = Math.E).
 *
 * @example portableExp(1); // => 2.718281828459045
 */
export function portableExp(x: number): number {
  let hx = highWord(x);
  const xsb = (hx >>> 31) & 1;
  hx &= 0x7fffffff;
  let hi = 0;
  let lo = 0;
  let k = 0;
  if (hx >= 0x40862e42) {
    // |x| ≥ 709.78…: non-finite, overflow or underflow
    if (hx >= 0x7ff00000) {
      if (((hx & 0xfffff) | lowWord(x)) !== 0) return x + x; // NaN
      return xsb === 0 ? x : 0.0; // exp(±∞) = ∞, 0
    }
    if (x > 7.09782712893383973096e2) return HUGE * HUGE;
    if (x < -7.45133219101941108420e2) return TWOM1000 * TWOM1000;
  }
  if (hx > 0x3fd62e42) {
    // |x| > 0.5 ln2: reduce to r = x − k·ln2
    if (hx < 0x3ff0a2b2) {
      if (x === 1.0) return Math.E; // V8 returns the correctly rounded e
      hi = x - (xsb === 0 ? LN2_HI : -LN2_HI);
      lo = xsb === 0 ? LN2_LO : -LN2_LO;
      k = 1 - xsb - xsb;
    } else {
      k = Math.trunc(INVLN2 * x + (xsb === 0 ? 0.5 : -0.5));
      const t = k;
      hi = x - t * LN2_HI; // exact
      lo = t * LN2_LO;
    }
    x = hi - lo;
  } else if (hx < 0x3e300000) {
    // |x| < 2^-28
    if (HUGE + x > 1) return 1 + x;
  } else {
    k = 0;
  }
  const t = x * x;
  const twopk = k >= -1021 ? fromWords(0x3ff00000 + (k << 20), 0) : fromWords(0x3ff00000 + ((k + 1000) << 20), 0);
  const c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  if (k === 0) return 1 - ((x * c) / (c - 2.0) - x);
  const y = 1 - (lo - (x * c) / (2.0 - c) - hi);
  if (k >= -1021) {
    if (k === 1024) return y * 2.0 * TWO1023;
    return y * twopk;
  }
  return y * twopk * TWOM1000;
}

/**
 * Natural logarithm (fdlibm e_log.c as in V8).
 *
 * @example portableLog(Math.E); // => 1
 */
export function portableLog(x: number): number {
  let hx = highWord(x);
  const lx = lowWord(x);
  let k = 0;
  if (hx < 0x00100000) {
    // x < 2^-1022
    if (((hx & 0x7fffffff) | lx) === 0) return -TWO54 / 0; // log(±0) = −∞
    if (hx < 0) return (x - x) / 0; // log(negative) = NaN
    k -= 54;
    x *= TWO54; // scale up a subnormal
    hx = highWord(x);
  }
  if (hx >= 0x7ff00000) return x + x;
  k += (hx >> 20) - 1023;
  hx &= 0x000fffff;
  let i = (hx + 0x95f64) & 0x100000;
  x = withHighWord(x, hx | (i ^ 0x3ff00000)); // normalise x or x/2
  k += i >> 20;
  const f = x - 1.0;
  if ((0x000fffff & (2 + hx)) < 3) {
    // −2^-20 ≤ f < 2^-20
    if (f === 0) {
      if (k === 0) return 0;
      const dk = k;
      return dk * LN2_HI + dk * LN2_LO;
    }
    const R = f * f * (0.5 - 0.33333333333333333 * f);
    if (k === 0) return f - R;
    const dk = k;
    return dk * LN2_HI - (R - dk * LN2_LO - f);
  }
  const s = f / (2.0 + f);
  const dk = k;
  const z = s * s;
  i = hx - 0x6147a;
  const w = z * z;
  const j = 0x6b851 - hx;
  const t1 = w * (LG2 + w * (LG4 + w * LG6));
  const t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
  i |= j;
  const R = t2 + t1;
  if (i > 0) {
    const hfsq = 0.5 * f * f;
    if (k === 0) return f - (hfsq - s * (hfsq + R));
    return dk * LN2_HI - (hfsq - (s * (hfsq + R) + dk * LN2_LO) - f);
  }
  if (k === 0) return f - s * (f - R);
  return dk * LN2_HI - (s * (f - R) - dk * LN2_LO - f);
}

/**
 * ln(1 + x), accurate for small x (fdlibm s_log1p.c as in V8).
 *
 * @example portableLog1p(-0.5); // => -0.6931471805599453
 */
export function portableLog1p(x: number): number {
  const hx = highWord(x);
  const ax = hx & 0x7fffffff;
  let k = 1;
  let f = 0;
  let c = 0;
  let hu = 0;
  if (hx < 0x3fda827a) {
    // 1 + x < √2
    if (ax >= 0x3ff00000) {
      // x ≤ −1
      if (x === -1.0) return -TWO54 / 0;
      return (x - x) / (x - x);
    }
    if (ax < 0x3e200000) {
      // |x| < 2^-29
      if (TWO54 + x > 0 && ax < 0x3c900000) return x;
      return x - x * x * 0.5;
    }
    if (hx > 0 || hx <= (0xbfd2bec4 | 0)) {
      // √2/2 ≤ 1 + x < √2
      k = 0;
      f = x;
      hu = 1;
    }
  }
  if (hx >= 0x7ff00000) return x + x;
  if (k !== 0) {
    let u: number;
    if (hx < 0x43400000) {
      u = 1.0 + x;
      hu = highWord(u);
      k = (hu >> 20) - 1023;
      c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0); // correction term
      c /= u;
    } else {
      u = x;
      hu = highWord(u);
      k = (hu >> 20) - 1023;
      c = 0;
    }
    hu &= 0x000fffff;
    if (hu < 0x6a09e) {
      u = withHighWord(u, hu | 0x3ff00000); // normalise u
    } else {
      k += 1;
      u = withHighWord(u, hu | 0x3fe00000); // normalise u/2
      hu = (0x00100000 - hu) >> 2;
    }
    f = u - 1.0;
  }
  const hfsq = 0.5 * f * f;
  if (hu === 0) {
    // |f| < 2^-20
    if (f === 0) {
      if (k === 0) return 0;
      c += k * LN2_LO;
      return k * LN2_HI + c;
    }
    const R = hfsq * (1.0 - 0.66666666666666666 * f);
    if (k === 0) return f - R;
    return k * LN2_HI - (R - (k * LN2_LO + c) - f);
  }
  const s = f / (2.0 + f);
  const z = s * s;
  const R = z * (LG1 + z * (LG2 + z * (LG3 + z * (LG4 + z * (LG5 + z * (LG6 + z * LG7))))));
  if (k === 0) return f - (hfsq - s * (hfsq + R));
  return k * LN2_HI - (hfsq - (s * (hfsq + R) + (k * LN2_LO + c)) - f);
}

/** x · 2^n, exact unless the result is subnormal, overflows or underflows (fdlibm s_scalbn.c). */
function scalbn(x: number, n: number): number {
  let hx = highWord(x);
  const lx = lowWord(x);
  let k = (hx & 0x7ff00000) >> 20;
  if (k === 0) {
    if ((lx | (hx & 0x7fffffff)) === 0) return x;
    x *= TWO54;
    hx = highWord(x);
    k = ((hx & 0x7ff00000) >> 20) - 54;
    if (n < -50000) return TINY * x;
  }
  if (k === 0x7ff) return x + x;
  k += n;
  if (k > 0x7fe) return HUGE * Math.sign(x) * HUGE;
  if (k > 0) return withHighWord(x, (hx & 0x800fffff) | (k << 20));
  if (k <= -54) return n > 50000 ? HUGE * Math.sign(x) * HUGE : TINY * Math.sign(x) * TINY;
  k += 54;
  return withHighWord(x, (hx & 0x800fffff) | (k << 20)) * 5.55111512312578270212e-17; // × 2^-54
}

/**
 * x^y with ECMAScript's special cases (NaN exponent, ±1 to an infinite power: NaN), otherwise fdlibm e_pow.c
 * as in V8.
 *
 * @example portablePow(1.05, 3); // => 1.1576250000000001
 */
export function portablePow(x: number, y: number): number {
  if (Number.isNaN(y)) return Number.NaN;
  if ((x === 1 || x === -1) && !Number.isFinite(y)) return Number.NaN;
  const hx = highWord(x);
  const lx = lowWord(x);
  const hy = highWord(y);
  const ly = lowWord(y);
  let ix = hx & 0x7fffffff;
  const iy = hy & 0x7fffffff;
  if ((iy | ly) === 0) return 1; // x^0 = 1
  if (ix > 0x7ff00000 || (ix === 0x7ff00000 && lx !== 0) || iy > 0x7ff00000 || (iy === 0x7ff00000 && ly !== 0)) return x + y;

  // yisint: 0 y is not an integer, 1 odd integer, 2 even integer (only needed for x < 0)
  let yisint = 0;
  if (hx < 0) {
    if (iy >= 0x43400000) yisint = 2;
    else if (iy >= 0x3ff00000) {
      const k = (iy >> 20) - 0x3ff;
      if (k > 20) {
        const j = ly >>> (52 - k);
        if ((j << (52 - k)) >>> 0 === ly) yisint = 2 - (j & 1);
      } else if (ly === 0) {
        const j = iy >> (20 - k);
        if (j << (20 - k) === iy) yisint = 2 - (j & 1);
      }
    }
  }
  if (ly === 0) {
    if (iy === 0x7ff00000) {
      // y = ±∞
      if (((ix - 0x3ff00000) | lx) === 0) return y - y;
      if (ix >= 0x3ff00000) return hy >= 0 ? y : 0;
      return hy < 0 ? -y : 0;
    }
    if (iy === 0x3ff00000) return hy < 0 ? 1 / x : x; // y = ±1
    if (hy === 0x40000000) return x * x; // y = 2
    if (hy === 0x3fe00000 && hx >= 0) return Math.sqrt(x); // y = 0.5, x ≥ +0
  }
  let ax = Math.abs(x);
  if (lx === 0 && (ix === 0x7ff00000 || ix === 0 || ix === 0x3ff00000)) {
    // x = ±0, ±∞, ±1
    let z = ax;
    if (hy < 0) z = 1 / z;
    if (hx < 0) {
      if (((ix - 0x3ff00000) | yisint) === 0) z = Number.NaN; // (−1)^non-integer
      else if (yisint === 1) z = -z;
    }
    return z;
  }
  let n = (hx >>> 31) - 1; // 0 for negative x, −1 otherwise
  if ((n | yisint) === 0) return Number.NaN; // negative^non-integer
  let s = 1; // sign of the result
  if ((n | (yisint - 1)) === 0) s = -1; // negative^odd

  let t1: number;
  let t2: number;
  if (iy > 0x41e00000) {
    // |y| > 2^31
    if (iy > 0x43f00000) {
      if (ix <= 0x3fefffff) return hy < 0 ? HUGE * HUGE : TINY * TINY;
      if (ix >= 0x3ff00000) return hy > 0 ? HUGE * HUGE : TINY * TINY;
    }
    if (ix < 0x3fefffff) return hy < 0 ? s * HUGE * HUGE : s * TINY * TINY;
    if (ix > 0x3ff00000) return hy > 0 ? s * HUGE * HUGE : s * TINY * TINY;
    // |1 − x| ≤ 2^-20: log(x) by x − x²/2 + x³/3 − x⁴/4
    const t = ax - 1;
    const w = t * t * (0.5 - t * (0.3333333333333333333333 - t * 0.25));
    const u = 1.44269502162933349609e0 * t; // ivln2_h
    const v = t * 1.92596299112661746887e-8 - w * INVLN2; // ivln2_l
    t1 = withLowWord(u + v, 0);
    t2 = v - (t1 - u);
  } else {
    n = 0;
    if (ix < 0x00100000) {
      // subnormal x
      ax *= TWO53;
      n -= 53;
      ix = highWord(ax);
    }
    n += (ix >> 20) - 0x3ff;
    const j = ix & 0x000fffff;
    let k: number;
    ix = j | 0x3ff00000; // normalise
    if (j <= 0x3988e) k = 0; // |x| < √(3/2)
    else if (j < 0xbb67a) k = 1; // |x| < √3
    else {
      k = 0;
      n += 1;
      ix -= 0x00100000;
    }
    ax = withHighWord(ax, ix);
    const bp = k === 0 ? 1.0 : 1.5;
    const dpH = k === 0 ? 0.0 : 5.84962487220764160156e-1;
    const dpL = k === 0 ? 0.0 : 1.35003920212974897128e-8;
    // ss = s_h + s_l = (x − 1)/(x + 1) or (x − 1.5)/(x + 1.5)
    let u = ax - bp;
    let v = 1 / (ax + bp);
    const ss = u * v;
    const sH = withLowWord(ss, 0);
    let tH = fromWords(((ix >> 1) | 0x20000000) + 0x00080000 + (k << 18), 0);
    let tL = ax - (tH - bp);
    const sL = v * (u - sH * tH - sH * tL);
    // log(ax)
    let s2 = ss * ss;
    let r =
      s2 *
      s2 *
      (5.99999999999994648725e-1 +
        s2 * (4.28571428578550184252e-1 + s2 * (3.33333329818377432918e-1 + s2 * (2.72728123808534006489e-1 + s2 * (2.30660745775561754067e-1 + s2 * 2.06975017800338417784e-1)))));
    r += sL * (sH + ss);
    s2 = sH * sH;
    tH = withLowWord(3.0 + s2 + r, 0);
    tL = r - (tH - 3.0 - s2);
    u = sH * tH;
    v = sL * tH + tL * ss;
    // 2/(3 log 2) · (ss + …)
    const pH = withLowWord(u + v, 0);
    const pL = v - (pH - u);
    const zH = 9.61796700954437255859e-1 * pH; // cp_h
    const zL = -7.02846165095275826516e-9 * pH + pL * 9.61796693925975554329e-1 + dpL; // cp_l, cp
    const t = n;
    t1 = withLowWord(zH + zL + dpH + t, 0);
    t2 = zL - (t1 - t - dpH - zH);
  }

  // (y1 + y2)·(t1 + t2)
  const y1 = withLowWord(y, 0);
  let pL = (y - y1) * t1 + y * t2;
  let pH = y1 * t1;
  let z = pL + pH;
  let j = highWord(z);
  let i = lowWord(z) | 0;
  if (j >= 0x40900000) {
    // z ≥ 1024
    if (((j - 0x40900000) | i) !== 0) return s * HUGE * HUGE;
    if (pL + 8.0085662595372944372e-17 > z - pH) return s * HUGE * HUGE;
  } else if ((j & 0x7fffffff) >= 0x4090cc00) {
    // z ≤ −1075
    if (((j - (0xc090cc00 | 0)) | i) !== 0) return s * TINY * TINY;
    if (pL <= z - pH) return s * TINY * TINY;
  }
  // 2^(pH + pL)
  i = j & 0x7fffffff;
  let k = (i >> 20) - 0x3ff;
  n = 0;
  if (i > 0x3fe00000) {
    // |z| > 0.5: n = [z + 0.5]
    n = j + (0x00100000 >> (k + 1));
    k = ((n & 0x7fffffff) >> 20) - 0x3ff;
    const t = fromWords(n & ~(0x000fffff >> k), 0);
    n = ((n & 0x000fffff) | 0x00100000) >> (20 - k);
    if (j < 0) n = -n;
    pH -= t;
  }
  const t = withLowWord(pL + pH, 0);
  const u = t * 6.93147182464599609375e-1; // lg2_h
  const v = (pL - (t - pH)) * 6.93147180559945286227e-1 + t * -1.90465429995776804525e-9; // lg2, lg2_l
  z = u + v;
  const w = v - (z - u);
  const tt = z * z;
  const t1b = z - tt * (P1 + tt * (P2 + tt * (P3 + tt * (P4 + tt * P5))));
  const r = (z * t1b) / (t1b - 2 - (w + z * w));
  z = 1 - (r - z);
  j = highWord(z);
  j += n << 20;
  if (j >> 20 <= 0) z = scalbn(z, n); // subnormal result
  else z = withHighWord(z, highWord(z) + (n << 20));
  return s * z;
}
