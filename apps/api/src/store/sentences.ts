import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { parseText, readArticleFileSync } from '@parley/core';

/**
 * The source sentences of a graph's articles, read from `graphs/<name>/articles/<id>.txt` on first
 * use. A file whose sha256 differs from the graph's (edited since the build) is ignored, since its
 * offsets would no longer match.
 */
export class SentenceSource {
  private readonly cache = new Map<string, string[] | null>();

  constructor(
    private readonly articlesDir: string,
    private readonly sha256Of: (articleId: string) => string | undefined,
  ) {}

  /** Sets an article's sentences from spans already computed (in the extraction worker). */
  prime(articleId: string, text: string, spans: [number, number][]): void {
    this.cache.set(
      articleId,
      spans.map(([start, end]) => text.slice(start, end)),
    );
  }

  /** The text of sentence `index` of the article, or null when the text is not available. */
  sentence(articleId: string, index: number): string | null {
    return this.sentencesOf(articleId)?.[index] ?? null;
  }

  private sentencesOf(articleId: string): string[] | null {
    if (this.cache.has(articleId)) return this.cache.get(articleId) ?? null;
    const sentences = this.read(articleId);
    if (this.cache.size > 2000) this.cache.clear();
    this.cache.set(articleId, sentences);
    return sentences;
  }

  private read(articleId: string): string[] | null {
    if (articleId.includes('/') || articleId.includes('\\') || articleId.startsWith('.')) return null;
    let text: string;
    try {
      text = readArticleFileSync(join(this.articlesDir, `${articleId}.txt`));
    } catch {
      return null;
    }
    if (createHash('sha256').update(text).digest('hex') !== this.sha256Of(articleId)) return null;
    return parseText(text).sentences.map((s) => text.slice(s.start, s.end));
  }
}
