import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { extractArticle } from './extract.js';
import { ArticleExtractor, DeadlineError, defaultPoolSize, extractAll } from './pool.js';

// The worker runs the built file (it imports the built core); from source there is none.
const BUILT = fileURLToPath(new URL('../../dist/extract/pool-worker.js', import.meta.url));
const SEED = fileURLToPath(
  new URL('../../../../graphs/ukraine-peace-talks/articles/000_6b75679a6597cec9.txt', import.meta.url),
);
const seedText = () => readFileSync(SEED, 'utf8');

describe('ArticleExtractor in-process (running from source)', () => {
  it('extracts the seed article and gives no sentence spans', async () => {
    const extractor = new ArticleExtractor();
    expect(extractor.threaded).toBe(false);
    const { extraction, sentences } = await extractor.extract(seedText(), { id: 'seed' });
    expect(extraction.article.id).toBe('seed');
    expect(extraction.statements.length).toBeGreaterThan(0);
    expect(sentences).toBeUndefined();
  });

  it('extracts a batch in order in this thread, and names the article that fails', async () => {
    const text = seedText();
    const batch = [
      { text, meta: { id: 'a' } },
      { text: `${text}\nOne more line.`, meta: { id: 'b' } },
    ];
    const { extractions, threads } = await extractAll(batch, { jobs: 1 });
    expect(threads).toBe(0);
    expect(extractions.map((x) => x.article.id)).toEqual(['a', 'b']);
    const broken = [...batch, { text: undefined as unknown as string, meta: { id: 'broken' } }];
    await expect(extractAll(broken, { jobs: 1 })).rejects.toThrow(/^article "broken": /);
  });

  it('sizes itself to the cores less one, at least one, unless told', () => {
    expect(defaultPoolSize()).toBeGreaterThanOrEqual(1);
    expect(new ArticleExtractor().size).toBe(defaultPoolSize());
    expect(new ArticleExtractor({ size: 3 }).size).toBe(3);
  });
});

describe.skipIf(!existsSync(BUILT))('ArticleExtractor in a worker (skipped: packages/core not built)', () => {
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

  it('gives the in-process extraction exactly, and no spans when told not to split sentences', async () => {
    const pool = new ArticleExtractor({ workerFile: BUILT, size: 2, sentences: false, deadlineMs: Infinity });
    try {
      const text = seedText();
      const { extraction, sentences } = await pool.extract(text, { id: 'seed', title: 'Talks' });
      expect(sentences).toBeUndefined();
      expect(JSON.stringify(extraction)).toBe(
        JSON.stringify(extractArticle(text, { id: 'seed', title: 'Talks' })),
      );
    } finally {
      await pool.close();
    }
  });

  it('fails a job whose extraction throws in the worker, saying so', async () => {
    const pool = new ArticleExtractor({ workerFile: BUILT, size: 1 });
    try {
      await expect(pool.extract(undefined as unknown as string, { id: 'broken' })).rejects.toThrow(
        /extraction failed/,
      );
    } finally {
      await pool.close();
    }
  });

  it('stops a job past its deadline with a DeadlineError', async () => {
    const pool = new ArticleExtractor({ workerFile: BUILT, size: 1, deadlineMs: 1 });
    try {
      // a long article cannot be extracted within 1 ms
      const text = seedText().repeat(20);
      await expect(pool.extract(text, { id: 'long' })).rejects.toBeInstanceOf(DeadlineError);
    } finally {
      await pool.close();
    }
  });
});
