import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ArticleNode, findParagraphs } from '@parley/core';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { lineSlices } from '../http/yielding.js';
import { seededApp } from '../testing/fixture.js';
import { seedText } from '../testing/seed-graph.js';
import { articleBody } from './articles.js';

const G = '/api/graphs/ukraine-peace-talks';
const fixture = seededApp();
const get = (url: string) => request(fixture().app).get(url);

describe('GET /articles/:id', () => {
  it("answers the article's text, label and paragraphs, and statement spans index into the text", async () => {
    const statement = (await get(`${G}/statements?limit=1`).expect(200)).body.items[0];
    const id = statement.article.id as string;
    const res = await get(`${G}/articles/${encodeURIComponent(id)}`).expect(200);
    expect(res.body.id).toBe(id);
    expect(res.body.text).toBe(seedText());
    expect(res.body.label).toBe(statement.article.label);
    const [start, end] = statement.span as [number, number];
    expect(res.body.text.slice(start, end)).toBe(statement.text);
    const paragraphs = res.body.paragraphs as [number, number][];
    expect(paragraphs.length).toBeGreaterThan(1);
    expect(paragraphs.some(([s, e]) => s <= start && end <= e)).toBe(true);
    for (const [s, e] of paragraphs) expect(res.body.text.slice(s, e).trim()).toBe(res.body.text.slice(s, e));
  });

  it('answers 404 problems for an unknown article, an unknown graph, and a text edited since the build', async () => {
    const unknown = await get(`${G}/articles/no-such-article`).expect(404);
    expect(unknown.type).toBe('application/problem+json');
    expect(unknown.body.code).toBe('unknown-article');
    expect((await get('/api/graphs/nope/articles/x').expect(404)).body.code).toBe('unknown-graph');
    const id = (await get(`${G}/statements?limit=1`)).body.items[0].article.id as string;
    writeFileSync(join(fixture().dir, 'ukraine-peace-talks', 'articles', `${id}.txt`), 'edited');
    expect((await get(`${G}/articles/${encodeURIComponent(id)}`).expect(404)).body.detail).toMatch(/changed/);
  });

  it.each(['..', '.hidden', '..%2Fgraph', '..%2F..%2Fetc%2Fpasswd', 'a%5Cb', 'a%00b'])(
    'refuses the id %s (no path traversal) with a 400 or 404 problem',
    async (id) => {
      const res = await get(`${G}/articles/${id}`);
      expect([400, 404]).toContain(res.status);
      expect(res.type).toBe('application/problem+json');
    },
  );
});

describe('the answer for a long article', () => {
  // over 1 MB: several slices, with surrogate pairs, quotes, backslashes and control characters
  const line = (i: number) =>
    `  Zelenskyy 🇺🇦 said "no" \\ to the \u0007plan ${i}, “again”.\t\n${i % 7 ? '' : '\n'}`;
  const text = Array.from({ length: 24_000 }, (_, i) => line(i)).join('');
  const node = (extra: Partial<ArticleNode> = {}) =>
    ({
      kind: 'article',
      id: 'long',
      label: 'A long one',
      date: '2025-11-20',
      sha256: createHash('sha256').update(text).digest('hex'),
      ...extra,
    }) as ArticleNode;

  it('cuts the text at line breaks only', () => {
    const slices = lineSlices(text, 256 * 1024);
    expect(slices.length).toBeGreaterThan(3);
    expect(slices.map(([s, e]) => text.slice(s, e)).join('')).toBe(text);
    for (const [, end] of slices.slice(0, -1)) expect(text[end - 1]).toBe('\n');
    expect(lineSlices('ab\ncd\nef', 2)).toEqual([
      [0, 3],
      [3, 6],
      [6, 8],
    ]);
  });

  it('is the JSON of the text and its paragraphs, built piece by piece with turns of the event loop between', async () => {
    let turns = 0;
    const count = () => {
      turns++;
      if (turns < 100) setImmediate(count);
    };
    setImmediate(count);
    const body = await articleBody('g', node(), text);
    expect(turns).toBeGreaterThan(3); // other callbacks ran while the answer was being built
    expect(
      body.bytes.equals(
        Buffer.from(
          JSON.stringify({
            id: 'long',
            label: 'A long one',
            date: '2025-11-20',
            text,
            paragraphs: findParagraphs(text),
          }),
        ),
      ),
    ).toBe(true);
    const other = await articleBody('g', node({ label: 'Renamed' }), text);
    expect(other.etag).not.toBe(body.etag);
  });

  it('refuses a text whose hash is not the one in the graph', async () => {
    await expect(articleBody('g', node({ sha256: 'f'.repeat(64) }), text)).rejects.toThrow(/changed/);
  });
});
