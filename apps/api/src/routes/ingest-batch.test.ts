import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readManifest } from '@parley/core';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { seededApp } from '../testing/fixture.js';

const TOKEN = 'test-token-123';
const fixture = seededApp({ token: TOKEN, reloadCheckMs: 0 });
const batch = (graph: string) =>
  request(fixture().app).post(`/api/graphs/${graph}/articles/batch`).set('Authorization', `Bearer ${TOKEN}`);

// Three short articles written for this test, in the shape news crawlers emit (news-please names).
const RECORDS = [
  {
    maintext: 'The mayor said on Tuesday that the city would "build the bridge next year".',
    title: 'Mayor backs bridge',
    date_publish: '2024-03-05 08:00:00',
    source_domain: 'example-news.org',
    url: 'https://example-news.org/bridge',
  },
  {
    text: 'Council member Ana Ruiz rejected the bridge plan. "It costs too much," Ruiz told reporters.',
    title: 'Council member rejects bridge',
    date: '2024-03-07',
    publisher: 'City Paper',
  },
  { text: 'Opposition leader Tomás Oyelaran said the budget was "a fantasy".', date: '2024-03-09' },
];
const jsonl = (records: unknown[]) => `${records.map((r) => JSON.stringify(r)).join('\n')}\n`;

describe('POST /articles/batch', () => {
  it('adds a JSON-lines corpus in one write, with each article’s date, outlet, url and text kept', async () => {
    const res = await batch('corpus').type('application/x-ndjson').send(jsonl(RECORDS)).expect(200);
    expect(res.body.created).toBe(true);
    expect(res.body.added.map((a: { label: string }) => a.label)).toEqual([
      'Mayor backs bridge',
      'Council member rejects bridge',
      'Opposition leader Tomás Oyelaran said the budget was "a fantasy".',
    ]);
    expect(res.body.added[0]).toMatchObject({
      date: '2024-03-05',
      publisher: 'example-news.org',
      url: 'https://example-news.org/bridge',
    });
    expect(res.body.duplicates).toEqual([]);
    expect(res.body.failed).toEqual([]);
    expect(res.body.nodes.statements).toBeGreaterThanOrEqual(3);
    expect(res.body.counts.article).toBe(3);
    const { dir } = fixture();
    const manifest = await readManifest(join(dir, 'corpus'));
    expect(manifest?.articles.map((a) => a.id)).toEqual(res.body.added.map((a: { id: string }) => a.id));
    const id = res.body.added[1].id;
    expect(readFileSync(join(dir, 'corpus', 'articles', `${id}.txt`), 'utf8')).toBe(RECORDS[1]!.text);
    const said = await request(fixture().app).get('/api/graphs/corpus/statements?sort=date');
    expect(said.body.items.map((s: { article: { date: string } }) => s.article.date)).toEqual(
      [...said.body.items.map((s: { article: { date: string } }) => s.article.date)].sort(),
    );
  });

  it('skips articles the graph or the upload already has, and adds the rest (a JSON array)', async () => {
    const fresh = { text: 'The minister said the talks "will resume in May".', title: 'Talks to resume' };
    const res = await batch('corpus')
      .send([RECORDS[0], fresh, { ...fresh, title: 'Talks to resume (copy)' }])
      .expect(200);
    expect(res.body.created).toBe(false);
    expect(res.body.added.map((a: { label: string }) => a.label)).toEqual(['Talks to resume']);
    expect(res.body.duplicates.map((d: { record: string }) => d.record)).toEqual(['body[0]', 'body[2]']);
    expect(res.body.duplicates[1].existing).toBe(res.body.added[0].id);
    expect(res.body.counts.article).toBe(4);
  });

  it('refuses a corpus with one malformed record, naming its line, and adds nothing', async () => {
    const before = (await request(fixture().app).get('/api/graphs/corpus')).body;
    const bad = `${jsonl([{ text: 'A new article that must not be added, the mayor said.' }])}{"title": "no text"}\n`;
    const res = await batch('corpus').type('application/x-ndjson').send(bad).expect(400);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
    expect(res.body.detail).toMatch(/body:2: "text"/);
    const broken = await batch('corpus').type('application/x-ndjson').send('{"text": "x"\n').expect(400);
    expect(broken.body.detail).toMatch(/body:1: not valid JSON/);
    const after = (await request(fixture().app).get('/api/graphs/corpus')).body;
    expect(after.nodes.length).toBe(before.nodes.length);
  });

  it('refuses other media types, an empty body and a missing token', async () => {
    await batch('corpus').type('text/plain').send('just text').expect(415);
    await batch('corpus').type('application/x-ndjson').send('').expect(400);
    await request(fixture().app)
      .post('/api/graphs/corpus/articles/batch')
      .type('application/x-ndjson')
      .send(jsonl(RECORDS))
      .expect(401);
  });
});
