import { JsonText } from '../http/json-text.js';
import { responseCache } from './response-cache.js';
import { GraphViews } from './views.js';

/**
 * Everything a query needs, computed once when a graph is loaded: the graph's indexes
 * ({@link GraphIndexes}, indexes.ts), its response views ({@link GraphViews}, views.ts) and a cache of
 * serialised answers bounded in bytes (response-cache.ts). The graph must not change afterwards
 * (a new graph version gets a new index).
 */
export class GraphIndex extends GraphViews {
  private readonly responses = responseCache();

  /**
   * A response computed once per graph version and kept serialised (the most recently used, up to
   * RESPONSE_CACHE_BYTES): the graph never changes under an index, so neither can the answer.
   */
  async cachedJson(key: string, compute: () => unknown): Promise<JsonText> {
    const known = this.responses.get(key);
    if (known) return known;
    const value = await this.withSentences(compute);
    // A request for the same key may have filled it while the sentences loaded: keep the first.
    const text = this.responses.get(key) ?? new JsonText(JSON.stringify(value));
    this.responses.set(key, text);
    return text;
  }

  /**
   * Computes an answer with the source sentences of its statements: when some were not loaded yet,
   * they are read and split off the event loop, and the answer is computed again.
   */
  async withSentences<T>(compute: () => T): Promise<T> {
    this.sentences.takeMissing();
    const first = compute();
    const wanted = this.sentences.takeMissing();
    if (wanted.length === 0) return first;
    await this.sentences.load(wanted);
    return compute();
  }
}
