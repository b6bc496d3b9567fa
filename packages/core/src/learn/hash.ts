/**
 * 32-bit feature hashing. A feature is a template id combined with one or more values; values are
 * hashed once (a token's form, suffix, shape) and then mixed with integers, so building a feature
 * costs a few multiplications, not a string.
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a hash of a string's UTF-16 code units. */
export function hashString(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
}

/**
 * `mix` as a signed 32-bit integer (the same bits). Hot loops use the signed forms: V8 keeps int32
 * values unboxed across calls, while a uint32 above 2^31 becomes a heap number at each call.
 */
export function mixInt(h: number, value: number): number {
  let k = Math.imul(value | 0, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h | 0;
}

/** Mixes one more value into a running hash (murmur3's finaliser over the pair). */
export function mix(h: number, value: number): number {
  return mixInt(h, value) >>> 0;
}

/**
 * `featureKey` as a signed 32-bit integer (the same bits: written into a Uint32Array it is the key).
 * Never 0.
 */
export function featureKeyInt(template: number, a: number, b = 0, c = 0): number {
  const h = mixInt(mixInt(mixInt(template + 0x9e3779b9, a), b), c);
  return h === 0 ? 1 : h;
}

/**
 * The key of a feature: its template id mixed with its values. Never 0 (0 marks an empty slot in
 * weight tables).
 * @example featureKey(3, hashString('said'), hashString('VERB'))
 */
export function featureKey(template: number, a: number, b = 0, c = 0): number {
  return featureKeyInt(template, a, b, c) >>> 0;
}
