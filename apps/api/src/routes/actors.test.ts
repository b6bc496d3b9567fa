import request from 'supertest';
import { describe, expect, it } from 'vitest';
import type { ActorSummary } from '../schemas/views.js';
import { seededApp } from '../testing/fixture.js';

const G = '/api/graphs/ukraine-peace-talks';
const fixture = seededApp();
const get = (url: string) => request(fixture().app).get(url);

describe('GET /actors', () => {
  it('lists actors with statement and proposal counts, most quoted first', async () => {
    const res = await get(`${G}/actors?limit=500`).expect(200);
    const items = res.body.items as ActorSummary[];
    expect(items.length).toBe(res.body.total);
    const counts = items.map((a) => a.statements);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(items[0]?.statements).toBeGreaterThan(0);
    expect(items.every((a) => Array.isArray(a.aliases) && typeof a.proposals === 'number')).toBe(true);
  });

  it('filters by type and by part of a name or alias', async () => {
    const people = (await get(`${G}/actors?type=person&limit=500`)).body.items as ActorSummary[];
    expect(people.length).toBeGreaterThan(0);
    expect(people.every((a) => a.type === 'person')).toBe(true);
    const putin = (await get(`${G}/actors?q=putin`)).body.items as ActorSummary[];
    expect(putin.length).toBeGreaterThan(0);
    expect(putin.every((a) => [a.label, ...a.aliases].some((n) => /putin/i.test(n)))).toBe(true);
    expect((await get(`${G}/actors?type=wizard`).expect(400)).body.errors[0].name).toBe('type');
  });
});

describe('GET /actors?q= forgives', () => {
  const first = async (q: string) =>
    ((await get(`${G}/actors?q=${encodeURIComponent(q)}`).expect(200)).body.items as ActorSummary[])[0];
  const named = (a: ActorSummary | undefined) => [a?.label, ...(a?.aliases ?? [])].join(' | ');

  it('finds actors of a real graph through typos, prefixes and swapped words', async () => {
    expect(named(await first('Zelenskiy'))).toMatch(/Zelensk/);
    expect(named(await first('putn'))).toMatch(/Putin/);
    expect(named(await first('lavrow'))).toMatch(/Lavrov/);
    expect(named(await first('Putin Vladimir'))).toMatch(/Vladimir Putin/);
    expect(named(await first('vlad put'))).toMatch(/Putin/);
  });

  it('answers "Путин" with nothing rather than with another actor', async () => {
    const items = (await get(`${G}/actors?q=${encodeURIComponent('Путин')}`)).body.items as ActorSummary[];
    expect(items.every((a) => /putin|путин/i.test(named(a)))).toBe(true);
  });
});

describe('GET /actors/:id', () => {
  it('profiles an actor: aliases, what they said, what others said about them, stances, whom they talk about', async () => {
    const top = (await get(`${G}/actors?limit=1`)).body.items[0] as ActorSummary;
    const res = await get(`${G}/actors/${encodeURIComponent(top.key)}?limit=2`).expect(200);
    const p = res.body;
    expect(p).toMatchObject({ key: top.key, label: top.label, aliases: top.aliases });
    expect(p.said.total).toBe(top.statements);
    expect(p.said.items.length).toBe(Math.min(2, top.statements));
    for (const s of p.said.items) expect(s.speakers.map((a: { key: string }) => a.key)).toContain(top.key);
    for (const s of p.saidAbout.items) {
      expect(s.mentions.map((a: { key: string }) => a.key)).toContain(top.key);
      expect(s.speakers.map((a: { key: string }) => a.key)).not.toContain(top.key);
    }
    for (const key of ['affiliations', 'members', 'talksAbout']) expect(Array.isArray(p[key])).toBe(true);
    expect(p.stances).toMatchObject({ total: expect.any(Number), limit: 2, offset: 0 });
  });

  it('pages stances with limit and gives their evidence (synthetic graph, where stances abound)', async () => {
    const S = '/api/graphs/synthetic';
    const top = (await get(`${S}/actors?limit=1`)).body.items[0] as ActorSummary;
    const p = (await get(`${S}/actors/${encodeURIComponent(top.key)}?limit=3`).expect(200)).body;
    expect(p.stances.total).toBeGreaterThan(3);
    expect(p.stances.items).toHaveLength(3);
    for (const s of p.stances.items) {
      expect(s.actor.key).toBe(top.key);
      expect(['proposes', 'supports', 'rejects']).toContain(s.stance);
    }
    expect(p.talksAbout.length).toBeGreaterThan(0);
    const again = (await get(`${S}/actors/${encodeURIComponent(top.key)}?limit=3`)).body;
    expect(again).toEqual(p);
  });

  it('accepts the bare slug, or a name only one actor answers to', async () => {
    const top = (await get(`${G}/actors?limit=1`)).body.items[0] as ActorSummary;
    const slug = top.key.replace(/^actor:/, '');
    expect((await get(`${G}/actors/${slug}`).expect(200)).body.key).toBe(top.key);
    const putin = (await get(`${G}/actors/putin`).expect(200)).body;
    expect(putin.label).toMatch(/Putin/);
  });

  it('answers an unknown actor with a 404 problem', async () => {
    const res = await get(`${G}/actors/actor:nobody-at-all`).expect(404);
    expect(res.body).toMatchObject({ status: 404, code: 'unknown-actor' });
  });
});
