/**
 * Random-number stream of an input: the 32-bit FNV-1a hash of its key. Depends only on the key's
 * name, so the draws of one input stay the same when other inputs are made uncertain or certain, or
 * when the inputs table is reordered.
 *
 * FNV-1a: h = 2166136261; for each UTF-16 code unit c: h = (h XOR c) · 16777619 (mod 2^32).
 *
 * @param key input key
 * @returns an unsigned 32-bit stream number
 * @example inputStream("passRate"); // => a fixed number, the same in every engine
 */
export function inputStream(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}
