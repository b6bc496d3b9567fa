import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { seedText } from '../testing/seed-graph.js';
import { ArticleExtractor } from './extractor.js';

// The worker runs the built file (it imports the built core); from source there is none.
const BUILT = fileURLToPath(new URL('../../dist/ingest/extract-worker.js', import.meta.url));

describe('ArticleExtractor in-process (running from source)', () => {
  it('extracts the seed article and gives no sentence spans', async () => {
    const extractor = new ArticleExtractor();
    expect(extractor.threaded).toBe(false);
    const { extraction, sentences } = await extractor.extract(seedText(), { id: 'seed' });
    expect(extraction.article.id).toBe('seed');
    expect(extraction.statements.length).toBeGreaterThan(0);
    expect(sentences).toBeUndefined();
  });
});

describe.skipIf(!existsSync(BUILT))('ArticleExtractor in a worker (skipped: apps/api not built)', () => {
  const extractor = new ArticleExtractor(BUILT);
  afterAll(() => extractor.close());

  it('extracts articles in the worker, in order, with sentence spans inside the text', async () => {
    const text = seedText();
    const [a, b] = await Promise.all([
      extractor.extract(text, { id: 'one' }),
      extractor.extract(`${text}\nAnother line.`, { id: 'two' }),
    ]);
    expect(extractor.threaded).toBe(true);
    expect(a?.extraction.article.id).toBe('one');
    expect(b?.extraction.article.id).toBe('two');
    expect(a?.extraction.statements.length).toBeGreaterThan(0);
    const spans = a?.sentences ?? [];
    expect(spans.length).toBeGreaterThan(1);
    for (const [s, e] of spans) expect(0 <= s && s < e && e <= text.length).toBe(true);
    // every statement's sentence index names one of these sentences, and they are in text order
    for (const st of a?.extraction.statements ?? []) expect(spans[st.sentence]).toBeDefined();
    for (let i = 1; i < spans.length; i++) expect(spans[i]![0]).toBeGreaterThanOrEqual(spans[i - 1]![1]);
  });
});
