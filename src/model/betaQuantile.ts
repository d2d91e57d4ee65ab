import {logGamma} from "./logGamma.js";
import {regularizedIncompleteBeta} from "./regularizedIncompleteBeta.js";
import {portableExp, portableLog, portableLog1p, portablePow} from "./portableMath.js";

/** Stop when a Newton–Halley step is below this fraction of x (or of 1 − x). */
const TOLERANCE = 1e-15;
const MAX_ITERATIONS = 200;

/**
 * Quantile of the Beta(a, b) distribution on [0, 1]: the x with I_x(a, b) = p.
 *
 * Starts from the Numerical Recipes (§6.14) initial guess, then takes Halley steps on
 * f(x) = I_x(a, b) − p (f′ = beta density) inside a bracket [lo, hi] that shrinks with every
 * evaluation; a step that would leave the bracket is replaced by bisection, so it always converges.
 * Accuracy about 1e-14 (limited by I_x itself).
 *
 * @param p probability in [0, 1]
 * @param a first shape parameter, > 0
 * @param b second shape parameter, > 0
 * @returns x in [0, 1]
 * @throws {RangeError} if p is outside [0, 1] or a, b are not positive
 * @example betaQuantile(0.25, 2, 1); // => 0.5 (CDF x², so x = √0.25)
 */
export function betaQuantile(p: number, a: number, b: number): number {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`betaQuantile: p must be in [0, 1], got ${p}`);
  if (!(a > 0) || !(b > 0)) throw new RangeError(`betaQuantile: a and b must be > 0, got a = ${a}, b = ${b}`);
  if (p === 0) return 0;
  if (p === 1) return 1;
  const logBeta = logGamma(a) + logGamma(b) - logGamma(a + b);
  let lo = 0;
  let hi = 1;
  let x = initialGuess(p, a, b);
  if (!(x > 0 && x < 1)) x = 0.5;
  for (let i = 0; i < MAX_ITERATIONS; i++) {
    const f = regularizedIncompleteBeta(x, a, b) - p;
    if (f === 0) return x;
    if (f < 0) lo = x;
    else hi = x;
    const density = portableExp((a - 1) * portableLog(x) + (b - 1) * portableLog1p(-x) - logBeta);
    let next: number;
    if (density > 0 && Number.isFinite(density)) {
      const newton = f / density;
      // Halley correction: f″/f′ = (a − 1)/x − (b − 1)/(1 − x); capped so it cannot flip the step
      const curvature = (a - 1) / x - (b - 1) / (1 - x);
      const halley = newton / (1 - 0.5 * Math.min(1, Math.max(-1, newton * curvature)));
      next = x - halley;
    } else {
      next = Number.NaN;
    }
    if (!(next > lo && next < hi)) next = 0.5 * (lo + hi);
    const step = Math.abs(next - x);
    x = next;
    if (step <= TOLERANCE * Math.min(x, 1 - x) || hi - lo <= TOLERANCE * Math.min(x, 1 - x)) break;
  }
  return x;
}

/** Numerical Recipes' starting point for the beta quantile (normal approximation when a, b ≥ 1). */
function initialGuess(p: number, a: number, b: number): number {
  if (a >= 1 && b >= 1) {
    const pp = p < 0.5 ? p : 1 - p;
    const t = Math.sqrt(-2 * portableLog(pp));
    let z = (2.30753 + t * 0.27061) / (1 + t * (0.99229 + t * 0.04481)) - t;
    if (p < 0.5) z = -z;
    const al = (z * z - 3) / 6;
    const h = 2 / (1 / (2 * a - 1) + 1 / (2 * b - 1));
    const w = (z * Math.sqrt(al + h)) / h - (1 / (2 * b - 1) - 1 / (2 * a - 1)) * (al + 5 / 6 - 2 / (3 * h));
    return a / (a + b * portableExp(2 * w));
  }
  const lna = portableLog(a / (a + b));
  const lnb = portableLog(b / (a + b));
  const t = portableExp(a * lna) / a;
  const u = portableExp(b * lnb) / b;
  const w = t + u;
  return p < t / w ? portablePow(a * w * p, 1 / a) : 1 - portablePow(b * w * (1 - p), 1 / b);
}
