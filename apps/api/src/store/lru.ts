/**
 * A small least-recently-used cache (a Map kept in use order).
 * @example const c = new LruCache<string, number>(2); c.get('a', () => 1); // computes, then remembers
 */
export class LruCache<K, V> {
  private readonly map = new Map<K, V>();

  constructor(private readonly max: number) {}

  /** The cached value for `key` (marked as just used), or undefined. */
  peek(key: K): V | undefined {
    const hit = this.map.get(key);
    if (hit !== undefined) {
      this.map.delete(key);
      this.map.set(key, hit);
    }
    return hit;
  }

  /** The cached value for `key`, computing and remembering it on a miss. */
  get(key: K, compute: () => V): V {
    const hit = this.map.get(key);
    if (hit !== undefined) {
      this.map.delete(key);
      this.map.set(key, hit);
      return hit;
    }
    const value = compute();
    this.map.set(key, value);
    if (this.map.size > this.max) this.map.delete(this.map.keys().next().value as K);
    return value;
  }

  get size(): number {
    return this.map.size;
  }
}
