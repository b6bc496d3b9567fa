import request from 'supertest';
import { describe, expect, it } from 'vitest';
import type { ProposalSummary } from '../schemas/views.js';
import { seededApp } from '../testing/fixture.js';

// The synthetic graph (the benchmarks' generator) always has proposals with stances and evidence;
// the seed graph has as many as the core finds today.
const S = '/api/graphs/synthetic';
const fixture = seededApp();
const get = (url: string) => request(fixture().app).get(url);

describe('GET /proposals', () => {
  it('lists proposals with proposer, supporter and opponent counts, most debated first', async () => {
    const res = await get(`${S}/proposals?limit=500`).expect(200);
    const items = res.body.items as ProposalSummary[];
    expect(items.length).toBeGreaterThan(0);
    const weight = (p: ProposalSummary) => p.proposers + p.supporters + p.opponents;
    expect(items.map(weight)).toEqual(items.map(weight).sort((a, b) => b - a));
    expect(
      (await get('/api/graphs/ukraine-peace-talks/proposals').expect(200)).body.total,
    ).toBeGreaterThanOrEqual(0);
  });

  it('filters by category and words', async () => {
    const all = (await get(`${S}/proposals?limit=500`)).body.items as ProposalSummary[];
    const category = all[0]?.category as string;
    const some = (await get(`${S}/proposals?category=${category}&limit=500`)).body;
    expect(some.total).toBe(all.filter((p) => p.category === category).length);
    const word = all[0]?.label.split(' ').at(-1) as string;
    const byWord = (await get(`${S}/proposals?q=${encodeURIComponent(word)}&limit=500`)).body
      .items as ProposalSummary[];
    expect(byWord.length).toBeGreaterThan(0);
    expect((await get(`${S}/proposals?category=bribe`).expect(400)).body.errors[0].name).toBe('category');
  });
});

describe('GET /proposals/:id', () => {
  it('gives supporters and opponents with their evidence statements', async () => {
    const top = (await get(`${S}/proposals?limit=1`)).body.items[0] as ProposalSummary;
    const res = await get(`${S}/proposals/${encodeURIComponent(top.key)}`).expect(200);
    expect(res.body).toMatchObject({ key: top.key, label: top.label });
    expect(res.body.stances.length).toBeGreaterThan(0);
    for (const s of res.body.stances) {
      expect(['proposes', 'supports', 'rejects']).toContain(s.stance);
      expect(s.proposal.key).toBe(top.key);
      if (s.evidence) expect(s.evidence.key).toMatch(/^statement:/);
    }
    expect(res.body.stances.some((s: { evidence: unknown }) => s.evidence)).toBe(true);
  });

  it('answers an unknown proposal with a 404 problem', async () => {
    expect((await get(`${S}/proposals/no-such-plan`).expect(404)).body.code).toBe('unknown-proposal');
  });
});
