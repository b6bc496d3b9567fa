import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type ParleyApp } from '../app.js';
import { timeCorpusFolder } from '../testing/time-corpus.js';

describe('time and outlets over HTTP (the fixture corpus)', () => {
  let dir: string;
  let app: ParleyApp;
  const get = (path: string) => request(app).get(`/api/graphs/time-corpus${path}`).expect(200);
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'parley-time-'));
    await timeCorpusFolder(dir);
    app = createApp({ graphsDir: dir, logger: false, reloadCheckMs: 0 });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("gives an actor's timeline by date, with evidence, cut by since/until", async () => {
    const res = await get('/actors/eva-lind/timeline');
    expect(res.body.items.map((e: { kind: string; date: string }) => `${e.kind} ${e.date}`)).toEqual([
      'statement 2024-01-10',
      'stance 2024-01-10',
      'statement 2024-02-20',
      'stance 2024-02-20',
      'statement 2024-02-20',
    ]);
    expect(res.body.items[3]).toMatchObject({
      stance: 'rejects',
      proposal: { key: 'proposal:summit-in-vienna' },
      article: { publisher: 'The Bulletin', url: 'https://bulletin.example/lind-vienna' },
    });
    const january = await get('/actors/eva-lind/timeline?until=2024-01-31');
    expect(january.body.total).toBe(2);
  });

  it("gives a proposal's timeline: who proposed, supported, rejected it, when", async () => {
    const res = await get('/proposals/summit-in-vienna/timeline');
    expect(
      res.body.items.map((e: { actor: { label: string }; stance: string }) => `${e.actor.label} ${e.stance}`),
    ).toEqual(['Karl Weber proposes', 'Eva Lind supports', 'Laszlo Kiss rejects', 'Eva Lind rejects']);
  });

  it('lists the stance change first, then the disagreement, and nothing else', async () => {
    const res = await get('/contradictions');
    expect(res.body.total).toBe(2);
    expect(res.body.items[0]).toMatchObject({
      kind: 'stance_change',
      actor: { label: 'Eva Lind' },
      from: { stance: 'supports', date: '2024-01-10' },
      to: { stance: 'rejects', date: '2024-02-20' },
    });
    expect(res.body.items[1]).toMatchObject({
      kind: 'disagreement',
      for: { actor: { label: 'Karl Weber' } },
      against: { actor: { label: 'Laszlo Kiss' } },
    });
    expect((await get('/contradictions?kind=disagreement')).body.total).toBe(1);
    expect((await get('/contradictions?since=2024-03-01')).body.total).toBe(0);
  });

  it('groups the quote three outlets ran, first seen first', async () => {
    const res = await get('/quotes/repeated');
    expect(res.body.total).toBe(1);
    expect(res.body.items[0].outlets).toBe(3);
    expect(
      res.body.items[0].occurrences.map((o: { article: { publisher: string } }) => o.article.publisher),
    ).toEqual(['herald', 'The Courier', 'Wire Service']);
    expect((await get('/quotes/repeated?minOutlets=4')).body.total).toBe(0);
  });

  it('filters and sorts statements, who-said and profiles by date', async () => {
    const all = (await get('/statements?limit=500')).body;
    const newest = (await get('/statements?sort=-date&limit=500')).body;
    expect(newest.total).toBe(all.total);
    const dates = newest.items.map((s: { article: { date: string } }) => Date.parse(s.article.date));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    const feb = (await get('/statements?since=2024-02-01')).body;
    expect(feb.items.every((s: { article: { id: string } }) => s.article.id === 'bulletin_lind')).toBe(true);
    expect(feb.total).toBeGreaterThan(0);
    const said = (await get('/who-said?q=winter&sort=date')).body;
    expect(said.items.map((s: { article: { publisher: string } }) => s.article.publisher)).toEqual([
      'herald',
      'The Courier',
      'Wire Service',
    ]);
    expect((await get('/who-said?q=winter&since=2024-01-11T12:00:00Z')).body.total).toBe(1);
    const profile = (await get('/actors/eva-lind?since=2024-02-01&sort=date')).body;
    expect(
      profile.said.items.every((s: { article: { date: string } }) => s.article.date === '2024-02-20'),
    ).toBe(true);
    expect(profile.stances.items.map((s: { stance: string }) => s.stance)).toEqual(['rejects']);
  });

  it('refuses a date that is not one, naming the parameter', async () => {
    const res = await request(app).get('/api/graphs/time-corpus/statements?since=last%20week').expect(400);
    expect(res.body.errors[0]).toMatchObject({ in: 'query', name: 'since' });
    await request(app).get('/api/graphs/time-corpus/who-said?q=x&sort=size').expect(400);
  });
});
