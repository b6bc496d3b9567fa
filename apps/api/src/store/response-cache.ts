import { LRUCache } from 'lru-cache';
import type { JsonText } from '../http/json-text.js';

/** The bytes of serialised answers one graph's index keeps: a bound on memory, not on entry count. */
export const RESPONSE_CACHE_BYTES = 32 * 1024 * 1024;

/** What a cached answer costs: its body, its key and ETag, and a little for the entry itself. */
const costOf = (text: JsonText, key: string) => text.bytes.length + 2 * (key.length + text.etag.length) + 64;

/**
 * A least-recently-used cache of serialised answers, bounded in bytes. An answer bigger than the
 * whole bound is not kept (it is sent, just not remembered).
 * @example const cache = responseCache(); cache.set(key, new JsonText('{}')); cache.get(key);
 */
export function responseCache(maxBytes = RESPONSE_CACHE_BYTES): LRUCache<string, JsonText> {
  return new LRUCache<string, JsonText>({ maxSize: maxBytes, sizeCalculation: costOf });
}
