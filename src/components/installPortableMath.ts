/**
 * Makes this JavaScript realm compute Math.exp, Math.log, Math.log1p and Math.pow with the engine-independent
 * implementations of src/model/portableMath.ts. Imported first by the scenario worker (scenarioWorker.ts), so
 * the model's modules — including the ziggurat tables normalZiggurat.ts builds when it loads — see them before
 * they run. Reason: Chromium's V8 rounds these functions differently from Node 20's V8 in the last bit (about one
 * call in ten), so without this the same seed would give Monte Carlo figures that differ from `mcw model` in
 * the 16th significant digit. portableMath returns exactly what Node 20 returns, so the page reproduces the CLI
 * bit for bit. Only the worker's realm is changed; the page's main thread keeps the engine's Math. Once the model
 * calls portableMath itself, this module changes nothing and can go.
 */
import {portableExp, portableLog, portableLog1p, portablePow} from "../model/portableMath.js";

/** The functions replaced, by name. */
export const PORTABLE_MATH = {exp: portableExp, log: portableLog, log1p: portableLog1p, pow: portablePow} as const;

/**
 * Replaces the four functions on `math` (default: this realm's Math).
 *
 * @returns a function that restores the originals
 */
export function installPortableMath(math: Math = Math): () => void {
  const originals = {exp: math.exp, log: math.log, log1p: math.log1p, pow: math.pow};
  Object.assign(math, PORTABLE_MATH);
  return () => void Object.assign(math, originals);
}
