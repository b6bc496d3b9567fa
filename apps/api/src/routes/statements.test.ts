import request from 'supertest';
import { describe, expect, it } from 'vitest';
import type { StatementView } from '../schemas/views.js';
import { seededApp } from '../testing/fixture.js';

const G = '/api/graphs/ukraine-peace-talks';
const fixture = seededApp();
const get = (url: string) => request(fixture().app).get(url);
const speakerLabels = (s: StatementView) => s.speakers.map((a) => a.label).join(' ');

describe('GET /statements', () => {
  it('lists statements with speakers, text, cue, mode, article, span and the source sentence', async () => {
    const res = await get(`${G}/statements?limit=3`).expect(200);
    expect(res.body.total).toBeGreaterThan(3);
    expect(res.body).toMatchObject({ limit: 3, offset: 0 });
    expect(res.body.items).toHaveLength(3);
    const s: StatementView = res.body.items[0];
    expect(s.key).toMatch(/^statement:/);
    expect(s.article.id).toBe('000_6b75679a6597cec9');
    expect(s.sentence).toContain(s.text);
    expect(s.span[1]).toBeGreaterThan(s.span[0]);
    for (const field of ['reportedBy', 'addressedTo', 'mentions', 'about'] as const) {
      expect(Array.isArray(s[field])).toBe(true);
    }
  });

  it('pages with limit and offset over a stable order', async () => {
    const all = (await get(`${G}/statements?limit=500`)).body.items as StatementView[];
    const page = (await get(`${G}/statements?limit=2&offset=2`)).body.items as StatementView[];
    expect(page.map((s) => s.key)).toEqual(all.slice(2, 4).map((s) => s.key));
  });

  it('speaker=trump returns statements whose speakers include the Trump actor, whatever the case', async () => {
    const res = await get(`${G}/statements?speaker=TRUMP`).expect(200);
    expect(res.body.total).toBeGreaterThan(0);
    expect(res.body.resolved.speaker.map((a: { label: string }) => a.label).join()).toMatch(/Trump/);
    for (const s of res.body.items as StatementView[]) expect(speakerLabels(s)).toMatch(/Trump/);
  });

  it('speaker=zelensky resolves to the Zelenskyy actor(s)', async () => {
    const res = await get(`${G}/statements?speaker=zelensky`).expect(200);
    expect(res.body.resolved.speaker.length).toBeGreaterThan(0);
    for (const a of res.body.resolved.speaker) expect(a.label).toMatch(/Zelensk/);
  });

  it('mentions=, cue=, mode=, article= and q= each narrow the list to statements that match', async () => {
    const mentions = (await get(`${G}/statements?mentions=ukraine`).expect(200)).body;
    expect(mentions.total).toBeGreaterThan(0);
    for (const s of mentions.items as StatementView[]) {
      expect(s.mentions.some((a) => /ukrain/i.test(a.label))).toBe(true);
    }
    const all = (await get(`${G}/statements?limit=500`)).body.items as StatementView[];
    const cue = all[0]?.cue as string;
    const byCue = (await get(`${G}/statements?cue=${encodeURIComponent(cue)}&limit=500`)).body;
    expect(byCue.total).toBe(all.filter((s) => s.cue === cue).length);
    const byMode = (await get(`${G}/statements?mode=direct&limit=500`)).body;
    expect(byMode.total).toBe(all.filter((s) => s.mode === 'direct').length);
    const byArticle = (await get(`${G}/statements?article=000_6b75679a6597cec9`)).body;
    expect(byArticle.total).toBe(all.length);
    expect((await get(`${G}/statements?article=nope`)).body.total).toBe(0);
    const q = (await get(`${G}/statements?q=security%20guarantees`)).body;
    expect(q.total).toBeGreaterThan(0);
    for (const s of q.items as StatementView[]) expect(s.text).toMatch(/security[\s\S]*guarantee/i);
  });

  it('minConfidence= keeps the statements the attribution model is at least that sure of', async () => {
    const all = (await get(`${G}/statements?limit=500`)).body.items as StatementView[];
    for (const s of all) expect(s.confidence).toBeGreaterThanOrEqual(0);
    const sure = (await get(`${G}/statements?minConfidence=0.9&limit=500`).expect(200)).body;
    expect(sure.total).toBe(all.filter((s) => s.confidence! >= 0.9).length);
    expect(sure.total).toBeLessThanOrEqual(all.length);
    await get(`${G}/statements?minConfidence=2`).expect(400);
  });

  it('combines filters as an intersection', async () => {
    const both = (await get(`${G}/statements?speaker=trump&mode=indirect&limit=500`)).body;
    const speaker = (await get(`${G}/statements?speaker=trump&limit=500`)).body.items as StatementView[];
    expect(both.total).toBe(speaker.filter((s) => s.mode === 'indirect').length);
  });

  it('names a bad or unknown parameter in a 400 problem', async () => {
    const res = await get(`${G}/statements?mode=shouted&limit=abc&speker=x`).expect(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    const names = res.body.errors.map((e: { name: string }) => e.name).sort();
    expect(names).toEqual(['limit', 'mode', 'speker']);
    expect(res.body.detail).toMatch(/"speker": unknown parameter/);
    expect(JSON.stringify(res.body)).not.toMatch(/at .*\.ts:\d+/);
  });
});

describe('GET /who-said', () => {
  it('ranks statements about the query words, best first, with who said them', async () => {
    const res = await get(`${G}/who-said?q=security%20guarantees`).expect(200);
    expect(res.body.query).toBe('security guarantees');
    expect(res.body.total).toBeGreaterThan(0);
    const scores = res.body.items.map((s: { score: number }) => s.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(res.body.items[0].text).toMatch(/guarantee|security/i);
    expect(res.body.speakers.length).toBeGreaterThan(0);
    expect(res.body.speakers[0]).toMatchObject({ actor: { key: expect.stringMatching(/^actor:/) } });
  });

  it('returns nothing for words nobody said, and requires q', async () => {
    expect((await get(`${G}/who-said?q=xylophone`).expect(200)).body).toMatchObject({ total: 0, items: [] });
    const res = await get(`${G}/who-said`).expect(400);
    expect(res.body.errors[0]).toMatchObject({ in: 'query', name: 'q' });
  });
});
