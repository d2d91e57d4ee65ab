import type {Rng} from "./rng.js";
import {portableExp, portableLog} from "./portableMath.js";

/** Number of ziggurat layers. */
const LAYERS = 128;
/** Right edge of the base layer and start of the tail (Marsaglia & Tsang 2000, 128 layers). */
const TAIL_START = 3.442619855899;
/** Area of each layer, V. */
const LAYER_AREA = 9.91256303526217e-3;
/** 2^-24: twice the spacing of the 25-bit uniform of the fast path, so u spans (−1, 1). */
const TWO_POW_MINUS_24 = 5.9604644775390625e-8;

/**
 * Layer edges X[0…128] (X[0] = V/f(R) is the width of the base layer including the tail, X[1] = R,
 * X[128] = 0) and the fast-path ratios X[i+1]/X[i]; computed once when the module loads, as in
 * Doornik (2005).
 */
const EDGES = new Float64Array(LAYERS + 1);
const RATIOS = new Float64Array(LAYERS);
{
  let f = portableExp(-0.5 * TAIL_START * TAIL_START);
  EDGES[0] = LAYER_AREA / f;
  EDGES[1] = TAIL_START;
  EDGES[LAYERS] = 0;
  for (let i = 2; i < LAYERS; i++) {
    const edge = Math.sqrt(-2 * portableLog(LAYER_AREA / (EDGES[i - 1] as number) + f));
    EDGES[i] = edge;
    f = portableExp(-0.5 * edge * edge);
  }
  for (let i = 0; i < LAYERS; i++) RATIOS[i] = (EDGES[i + 1] as number) / (EDGES[i] as number);
}

/**
 * One standard normal draw by the ziggurat method (Marsaglia & Tsang 2000, in Doornik's 2005
 * formulation, "An improved ziggurat method to generate normal random samples"): pick a layer i and
 * a uniform u in (−1, 1); accept u·X[i] at once when |u| < X[i+1]/X[i] (about 98.8% of draws);
 * otherwise sample the tail beyond R (layer 0) by Marsaglia's exponential method, or accept a wedge
 * point x with probability given by the density.
 * The fast path takes the layer from the low 7 bits and u from the top 25 bits of one generator
 * output, so it costs one call and no transcendental function. Used as the proposal of the
 * Marsaglia–Tsang gamma sampler.
 *
 * @param rng seeded generator
 * @returns a draw from N(0, 1)
 * @example sampleStandardNormal(createRng(1)); // => a standard normal draw
 */
export function sampleStandardNormal(rng: Rng): number {
  // Kept tiny so the engine inlines it into sampling loops (a non-inlined call boxes its result).
  const bits = rng.nextUint32();
  const layer = bits & 0x7f;
  const u = ((bits >>> 7) + 0.5) * TWO_POW_MINUS_24 - 1; // top 25 bits → (−1, 1)
  if (Math.abs(u) < (RATIOS[layer] as number)) return u * (EDGES[layer] as number);
  return sampleOutsideRectangles(rng, layer, u);
}

/** The rare rest of the ziggurat: tail (layer 0) or wedge test, retrying with fresh layers as needed. */
function sampleOutsideRectangles(rng: Rng, firstLayer: number, firstU: number): number {
  let layer = firstLayer;
  let u = firstU;
  for (;;) {
    if (layer === 0) return sampleTail(rng, u < 0);
    const x = u * (EDGES[layer] as number);
    const outer = EDGES[layer] as number;
    const inner = EDGES[layer + 1] as number;
    const f0 = portableExp(-0.5 * (outer * outer - x * x));
    const f1 = portableExp(-0.5 * (inner * inner - x * x));
    if (f1 + rng.nextUniform32() * (f0 - f1) < 1) return x;
    const bits = rng.nextUint32();
    layer = bits & 0x7f;
    u = ((bits >>> 7) + 0.5) * TWO_POW_MINUS_24 - 1;
    if (Math.abs(u) < (RATIOS[layer] as number)) return u * (EDGES[layer] as number);
  }
}

/** Normal tail beyond R (Marsaglia 1964): x = ln(U₁)/R, y = ln(U₂) until −2y ≥ x²; R − x. */
function sampleTail(rng: Rng, negative: boolean): number {
  for (;;) {
    const x = portableLog(rng.nextUniform32()) / TAIL_START;
    const y = portableLog(rng.nextUniform32());
    if (-2 * y >= x * x) return negative ? x - TAIL_START : TAIL_START - x;
  }
}
