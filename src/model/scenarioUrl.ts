/**
 * Scenario state in the URL fragment, so a scenario can be shared as a link:
 *
 *   #s=v1.<base64url(deflate-raw(UTF-8 JSON of the minimal scenario file))>[&seed=S][&draws=N]
 *   #preset=<id>[&seed=S][&draws=N]        start from a preset file of scenarios/
 *   #candidate=<id>[&seed=S][&draws=N]     start from a candidate credential's default scenario
 *
 * The JSON is a scenario file exactly as `mcw model` reads it, with everything equal to a documented default left
 * out (`minimalScenarioFile`); seed and draws are written only when they differ from the defaults (1 and
 * 10,000, those of `mcw model`). Decoding validates every layer (the fragment's keys with zod, the version,
 * base64url, the compressed size, UTF-8, JSON, then `parseScenario`, the same schema as files) and never
 * throws: a bad or tampered link becomes a `SharedStateProblem` whose message names what is wrong.
 * Compression uses the standard CompressionStream API (browsers, Node ≥ 18).
 */
import {z} from "./zod.js";
import {nearestKey} from "./nearestKey.js";
import {parseJsonInput} from "./jsonText.js";
import {parseScenario} from "./parseScenario.js";
import {DEFAULT_DRAWS, DEFAULT_SEED} from "./runMonteCarlo.js";
import {ScenarioError} from "./ScenarioError.js";
import {minimalScenarioFile} from "./scenarioDiff.js";
import type {ScenarioFileJson} from "./scenarioFileJson.js";
import type {Scenario} from "./types.js";

/** Version tag of the `s` payload; a link made by a later format names its version and is refused clearly. */
export const SHARE_VERSION = "v1";
/** Longest `s` payload accepted, in characters (a full preset with its sources takes about 3,000). */
export const MAX_SHARE_LENGTH = 32_768;
/** Largest decompressed scenario accepted, in bytes (guards against a "zip bomb" link). */
export const MAX_SHARED_JSON_BYTES = 262_144;
/** Most Monte Carlo draws a page runs (about 60 MB of working memory). */
export const MAX_PAGE_DRAWS = 1_000_000;
/** Largest seed (seeds are 32-bit unsigned integers). */
export const MAX_SEED = 2 ** 32 - 1;

/** Monte Carlo settings of a run. */
export interface RunSettings {
  readonly draws: number;
  readonly seed: number;
}

/** What a URL fragment asks for. */
export type SharedState =
  | {readonly kind: "none"; readonly settings: RunSettings}
  | {readonly kind: "preset" | "candidate"; readonly id: string; readonly settings: RunSettings}
  | {readonly kind: "scenario"; readonly file: ScenarioFileJson; readonly scenario: Scenario; readonly settings: RunSettings};

/** A fragment that cannot be used: a one-line message and, for an invalid scenario, one line per issue. */
export interface SharedStateProblem {
  readonly kind: "problem";
  readonly message: string;
  readonly details: readonly string[];
}

const FRAGMENT_KEYS = ["s", "preset", "candidate", "seed", "draws"] as const;
const ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/;
const grouped = (n: number) => n.toLocaleString("en-US");

const wholeNumber = (key: string, max: number) => {
  const expected = `a whole number from 0 to ${grouped(max)}`;
  return z
    .string()
    .regex(/^[0-9]{1,10}$/, {error: (issue) => `#${key}: got "${String(issue.input)}"; expected ${expected}`})
    .transform(Number)
    .pipe(z.number().max(max, {error: (issue) => `#${key}: got ${grouped(Number(issue.input))}; expected ${expected}`}));
};
const identifier = (key: string) =>
  z.string().regex(ID, {error: (issue) => `#${key}: got "${show(String(issue.input))}"; expected an id of letters, digits, "-", "_" or "." (at most 100)`});

/** The fragment's keys (all strings as they arrive), validated once. */
const FragmentSchema = z
  .strictObject({
    s: z
      .string()
      .max(MAX_SHARE_LENGTH, {error: `#s: the shared scenario is longer than ${grouped(MAX_SHARE_LENGTH)} characters`})
      .regex(/^v[0-9]+\.[A-Za-z0-9_-]*$/, {error: (issue) => `#s: got "${show(String(issue.input))}"; expected "${SHARE_VERSION}." followed by base64url characters (A–Z, a–z, 0–9, "-", "_")`})
      .optional(),
    preset: identifier("preset").optional(),
    candidate: identifier("candidate").optional(),
    seed: wholeNumber("seed", MAX_SEED).optional(),
    draws: wholeNumber("draws", MAX_PAGE_DRAWS).optional()
  })
  .refine((f) => [f.s, f.preset, f.candidate].filter((x) => x !== undefined).length <= 1, {
    error: "the link names more than one starting point (s, preset, candidate); expected at most one"
  });

/**
 * The fragment for a scenario: `s=v1.…` plus `seed`/`draws` when they differ from the defaults.
 *
 * @param file scenario file (only what differs from the defaults is written)
 * @param settings Monte Carlo draws and seed
 * @returns the fragment without "#"
 * @example await encodeScenarioHash({inputs: {passRate: 0.9}}, {draws: 10000, seed: 7}); // => "s=v1.q1bKzMssKs7…&seed=7"
 */
export async function encodeScenarioHash(file: ScenarioFileJson, settings: RunSettings): Promise<string> {
  const json = JSON.stringify(minimalScenarioFile(file));
  const payload = base64UrlEncode(await deflateRaw(new TextEncoder().encode(json)));
  return `s=${SHARE_VERSION}.${payload}${settingsSuffix(settings)}`;
}

/** `&seed=…&draws=…` for settings that differ from the defaults. */
export function settingsSuffix({draws, seed}: RunSettings): string {
  return `${seed !== DEFAULT_SEED ? `&seed=${seed}` : ""}${draws !== DEFAULT_DRAWS ? `&draws=${draws}` : ""}`;
}

/**
 * Reads a URL fragment. Never throws: anything wrong (an unknown key, a value out of range, an unknown version,
 * damaged base64url or compressed data, an oversized payload, invalid JSON, a scenario that breaks the schema)
 * gives a `SharedStateProblem` naming the key, the bad value and what was expected.
 *
 * @param hash `location.hash` (with or without "#"); "" means nothing was asked for
 * @returns what the fragment asks for, or the problem
 * @example await decodeScenarioHash("#seed=abc"); // => {kind: "problem", message: '#seed: got "abc"; expected a whole number from 0 to 4,294,967,295', …}
 */
export async function decodeScenarioHash(hash: string): Promise<SharedState | SharedStateProblem> {
  const fragment = hash.startsWith("#") ? hash.slice(1) : hash;
  const defaults: RunSettings = {draws: DEFAULT_DRAWS, seed: DEFAULT_SEED};
  if (fragment === "") return {kind: "none", settings: defaults};
  // No prototype: a "__proto__" key must arrive as a key (and be refused as unknown), not vanish into a setter.
  const entries: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [key, value] of new URLSearchParams(fragment)) {
    if (Object.hasOwn(entries, key)) return problem(`#${show(key)} appears twice in the link; expected it at most once`);
    entries[key] = value;
  }
  const parsed = FragmentSchema.safeParse(entries);
  if (!parsed.success) return problem(parsed.error.issues.map(fragmentIssueMessage).join("; "));
  const {s, preset, candidate, seed, draws} = parsed.data;
  const settings: RunSettings = {draws: draws ?? DEFAULT_DRAWS, seed: seed ?? DEFAULT_SEED};
  if (preset !== undefined) return {kind: "preset", id: preset, settings};
  if (candidate !== undefined) return {kind: "candidate", id: candidate, settings};
  if (s === undefined) return {kind: "none", settings};

  const dot = s.indexOf(".");
  const version = s.slice(0, dot);
  if (version !== SHARE_VERSION) {
    return problem(`#s: the link was made by format version "${version}"; this page reads version "${SHARE_VERSION}"`);
  }
  let bytes: Uint8Array;
  try {
    bytes = base64UrlDecode(s.slice(dot + 1));
    bytes = await inflateRaw(bytes, MAX_SHARED_JSON_BYTES);
  } catch (error) {
    return problem(`#s: ${error instanceof Error ? error.message : String(error)}`);
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", {fatal: true}).decode(bytes);
  } catch {
    return problem("#s: the shared scenario is not UTF-8 text; the link is damaged");
  }
  const strict = parseJsonInput("#s", text);
  if ("problems" in strict) return problem(`#s: the shared scenario is not valid JSON (${strict.problems.map((p) => p.replace(/^#s:/, "at ")).join("; ")})`);
  const json = strict.json;
  try {
    const scenario = parseScenario(json, "shared link");
    return {kind: "scenario", file: json as ScenarioFileJson, scenario, settings};
  } catch (error) {
    if (!(error instanceof ScenarioError)) throw error;
    return {
      kind: "problem",
      message: `the shared scenario is invalid (${error.issues.length} ${error.issues.length === 1 ? "problem" : "problems"})`,
      details: error.issues.map((issue) => issue.message)
    };
  }
}

function problem(message: string): SharedStateProblem {
  return {kind: "problem", message, details: []};
}

function fragmentIssueMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === "unrecognized_keys") {
    return issue.keys
      .map((key) => `#${show(key)}: unknown key; expected one of ${FRAGMENT_KEYS.join(", ")}${suggestion(key)}`)
      .join("; ");
  }
  return issue.message;
}

function suggestion(key: string): string {
  const near = nearestKey(key, FRAGMENT_KEYS);
  return near && near !== key ? ` (did you mean "${near}"?)` : "";
}

/** Shortens untrusted text for a message (it is shown as text, never as HTML). */
function show(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const INDEX = new Map<string, number>([...ALPHABET].map((c, i) => [c, i]));

/**
 * base64url without padding (RFC 4648 §5).
 *
 * @example base64UrlEncode(new Uint8Array([251, 255])); // => "-_8"
 */
export function base64UrlEncode(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] as number;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    out += ALPHABET[a >> 2];
    out += ALPHABET[((a & 3) << 4) | ((b ?? 0) >> 4)];
    if (b !== undefined) out += ALPHABET[((b & 15) << 2) | ((c ?? 0) >> 6)];
    if (c !== undefined) out += ALPHABET[c & 63];
  }
  return out;
}

/**
 * Decodes base64url without padding.
 *
 * @throws {Error} naming the position of the first character outside the alphabet, or a length that no
 *   byte sequence encodes to (4k + 1)
 * @example base64UrlDecode("-_8"); // => Uint8Array [251, 255]
 */
export function base64UrlDecode(text: string): Uint8Array {
  if (text.length % 4 === 1) throw new Error(`the shared scenario has a length (${text.length}) that no data encodes to; the link is cut short or damaged`);
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let bits = 0;
  let buffer = 0;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const value = INDEX.get(text[i] as string);
    if (value === undefined) throw new Error(`character ${i + 1} ("${text[i]}") is not base64url`);
    buffer = (buffer << 6) | value;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = (buffer >> bits) & 255;
    }
  }
  return out.subarray(0, n);
}

/** Raw DEFLATE (RFC 1951) of bytes, with the platform's CompressionStream. */
export async function deflateRaw(bytes: Uint8Array): Promise<Uint8Array> {
  return collect(new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new CompressionStream("deflate-raw")), Number.POSITIVE_INFINITY);
}

/**
 * Inflates raw DEFLATE data, stopping as soon as the output would exceed `maxBytes`.
 *
 * @throws {Error} "is damaged" for data that does not decompress; "larger than" beyond maxBytes
 */
export async function inflateRaw(bytes: Uint8Array, maxBytes: number): Promise<Uint8Array> {
  try {
    return await collect(new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream("deflate-raw")), maxBytes);
  } catch (error) {
    if (error instanceof TooLarge) throw new Error(`the shared scenario decompresses to more than ${grouped(maxBytes)} bytes; refused`);
    throw new Error("the shared scenario is damaged: its data does not decompress (was the link cut or edited?)");
  }
}

class TooLarge extends Error {}

async function collect(stream: ReadableStream<Uint8Array>, maxBytes: number): Promise<Uint8Array> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const {done, value} = await reader.read();
    if (done) break;
    size += value.length;
    if (size > maxBytes) {
      await reader.cancel();
      throw new TooLarge();
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
