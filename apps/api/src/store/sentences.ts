import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { readArticleFile, sentenceSpans } from '@parley/core';

/** Splits a text into sentence spans; the server passes one that runs off the event loop. */
export type SentenceSplitter = (text: string) => Promise<[number, number][]>;

/** In-process splitting, for tests and tools (the server uses the extraction workers). */
export const splitInProcess: SentenceSplitter = async (text) => sentenceSpans(text) as [number, number][];

interface Cached {
  sha256: string | undefined;
  sentences: string[] | null;
}

/** Articles whose sentences are kept, at most (then the cache starts afresh). */
const MAX_CACHED = 2000;

/**
 * The source sentences of a graph's articles, read from `graphs/<name>/articles/<id>.txt` and split
 * off the event loop ({@link load}), then answered from memory ({@link sentence}, synchronous). A
 * file whose sha256 differs from the graph's (edited since the build) gives none, since its offsets
 * would no longer match. Sentences carry over to the next version of the graph (after a write) for
 * every article whose text is unchanged, so a write does not make big articles be split again.
 */
export class SentenceSource {
  private readonly cache = new Map<string, Cached>();
  private readonly loading = new Map<string, Promise<void>>();
  private readonly missing = new Set<string>();

  constructor(
    private readonly articlesDir: string,
    private readonly sha256Of: (articleId: string) => string | undefined,
    private readonly split: SentenceSplitter = splitInProcess,
    previous?: SentenceSource,
  ) {
    for (const [id, cached] of previous?.cache ?? []) {
      if (cached.sha256 !== undefined && cached.sha256 === sha256Of(id)) this.cache.set(id, cached);
    }
  }

  /** Sets an article's sentences from spans already computed (in the extraction worker). */
  prime(articleId: string, text: string, spans: [number, number][]): void {
    this.remember(articleId, {
      sha256: this.sha256Of(articleId),
      sentences: spans.map(([start, end]) => text.slice(start, end)),
    });
  }

  /**
   * The text of sentence `index` of the article, or null when it is not available, or not loaded
   * yet: then the article is noted as wanted ({@link takeMissing}).
   */
  sentence(articleId: string, index: number): string | null {
    const cached = this.cache.get(articleId);
    if (!cached) {
      this.missing.add(articleId);
      return null;
    }
    return cached.sentences?.[index] ?? null;
  }

  /** The articles asked for by {@link sentence} but not loaded, since the last call (then forgotten). */
  takeMissing(): string[] {
    const ids = [...this.missing];
    this.missing.clear();
    return ids;
  }

  /** Reads and splits the articles' texts (asynchronously, the splitting off the loop), once each. */
  async load(articleIds: Iterable<string>): Promise<void> {
    const jobs: Promise<void>[] = [];
    for (const id of articleIds) {
      if (this.cache.has(id)) continue;
      let job = this.loading.get(id);
      if (!job) {
        job = this.read(id).then(
          (cached) => this.remember(id, cached),
          () => this.remember(id, { sha256: undefined, sentences: null }),
        );
        job.finally(() => this.loading.delete(id)).catch(() => {});
        this.loading.set(id, job);
      }
      jobs.push(job);
    }
    await Promise.all(jobs);
  }

  private remember(id: string, cached: Cached): void {
    if (this.cache.size >= MAX_CACHED) this.cache.clear();
    this.cache.set(id, cached);
  }

  private async read(articleId: string): Promise<Cached> {
    const sha256 = this.sha256Of(articleId);
    const none = { sha256, sentences: null };
    if (articleId.includes('/') || articleId.includes('\\') || articleId.startsWith('.')) return none;
    let text: string;
    try {
      text = await readArticleFile(join(this.articlesDir, `${articleId}.txt`));
    } catch {
      return none;
    }
    if (createHash('sha256').update(text).digest('hex') !== sha256) return none;
    const spans = await this.split(text);
    return { sha256, sentences: spans.map(([start, end]) => text.slice(start, end)) };
  }
}
