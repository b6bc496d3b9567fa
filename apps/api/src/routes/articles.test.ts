import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { seededApp } from '../testing/fixture.js';
import { seedText } from '../testing/seed-graph.js';

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
