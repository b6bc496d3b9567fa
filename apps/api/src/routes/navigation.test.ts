import request from 'supertest';
import { describe, expect, it } from 'vitest';
import type { ActorSummary, EdgeView } from '../schemas/views.js';
import { seededApp } from '../testing/fixture.js';

const G = '/api/graphs/ukraine-peace-talks';
const fixture = seededApp();
const get = (url: string) => request(fixture().app).get(url);
const node = (key: string) => `${G}/nodes/${encodeURIComponent(key)}`;

async function topActors(): Promise<ActorSummary[]> {
  return (await get(`${G}/actors?limit=2`)).body.items;
}

describe('GET /nodes/:id', () => {
  it('returns any node with its attributes and degrees', async () => {
    const [a] = await topActors();
    const res = await get(node(a?.key as string)).expect(200);
    expect(res.body).toMatchObject({ key: a?.key, kind: 'actor', label: a?.label });
    expect(res.body.attributes.aliases).toEqual(a?.aliases);
    expect(res.body.outDegree).toBeGreaterThan(0);
    expect(res.body.edgeTypes.said).toBe(a?.statements);
    const article = await get(node('article:000_6b75679a6597cec9')).expect(200);
    expect(article.body.kind).toBe('article');
  });

  it('answers an unknown node with a 404 problem', async () => {
    expect((await get(node('actor:nobody')).expect(404)).body.code).toBe('unknown-node');
  });
});

describe('GET /nodes/:id/neighbors', () => {
  it('lists nodes one hop away with the edges reaching them', async () => {
    const [a] = await topActors();
    const res = await get(`${node(a?.key as string)}/neighbors?limit=500`).expect(200);
    expect(res.body.center.key).toBe(a?.key);
    expect(res.body.items.length).toBe(res.body.total);
    expect(res.body.items.every((n: { depth: number }) => n.depth === 1)).toBe(true);
    for (const n of res.body.items) {
      expect(
        res.body.edges.some(
          (e: EdgeView) =>
            [e.source, e.target].includes(n.key) && [e.source, e.target].includes(a?.key as string),
        ),
      ).toBe(true);
    }
  });

  it('reaches further with depth, and filters by node kind and edge type', async () => {
    const [a] = await topActors();
    const one = (await get(`${node(a?.key as string)}/neighbors?limit=500`)).body;
    const two = (await get(`${node(a?.key as string)}/neighbors?depth=2&limit=500`)).body;
    expect(two.total).toBeGreaterThan(one.total);
    const depths = two.items.map((n: { depth: number }) => n.depth);
    expect(depths).toEqual([...depths].sort());
    const actors = (await get(`${node(a?.key as string)}/neighbors?depth=2&kind=actor&limit=500`)).body;
    expect(actors.items.every((n: { kind: string }) => n.kind === 'actor')).toBe(true);
    const said = (await get(`${node(a?.key as string)}/neighbors?edge=said&limit=500`)).body;
    expect(said.total).toBe(a?.statements);
  });

  it('refuses depth outside 1..3 with a 400 naming it', async () => {
    const [a] = await topActors();
    const res = await get(`${node(a?.key as string)}/neighbors?depth=4`).expect(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ in: 'query', name: 'depth' })]);
  });
});

describe('GET /path', () => {
  it('finds the shortest path between two actors, with its edges in order', async () => {
    const [a, b] = await topActors();
    const res = await get(`${G}/path?from=${a?.key}&to=${b?.key}`).expect(200);
    expect(res.body.found).toBe(true);
    expect(res.body.nodes[0].key).toBe(a?.key);
    expect(res.body.nodes.at(-1).key).toBe(b?.key);
    expect(res.body.edges).toHaveLength(res.body.length);
    expect(res.body.nodes).toHaveLength(res.body.length + 1);
    res.body.edges.forEach((e: EdgeView, i: number) => {
      const ends = [e.source, e.target].sort();
      expect(ends).toEqual([res.body.nodes[i].key, res.body.nodes[i + 1].key].sort());
    });
  });

  it('is zero edges long from a node to itself; 404 names an unknown end; 400 a missing one', async () => {
    const [a] = await topActors();
    expect((await get(`${G}/path?from=${a?.key}&to=${a?.key}`)).body).toMatchObject({
      found: true,
      length: 0,
    });
    const res = await get(`${G}/path?from=${a?.key}&to=actor:nobody`).expect(404);
    expect(res.body.detail).toMatch(/^to:/);
    expect((await get(`${G}/path?from=${a?.key}`).expect(400)).body.errors[0].name).toBe('to');
  });
});

describe('GET /subgraph', () => {
  type Sub = {
    nodes: { key: string; attributes: { kind: string } }[];
    edges: { source: string; target: string }[];
    reached: number;
    truncated: boolean;
  };
  const closed = (sub: Sub) => {
    const keys = new Set(sub.nodes.map((n) => n.key));
    return sub.edges.every((e) => keys.has(e.source) && keys.has(e.target));
  };

  it('gives the ego network of a node within the budget, most connected first, with every edge among them', async () => {
    const [top] = await topActors();
    const whole: Sub = (await get(`${G}/subgraph?around=${top!.key}&depth=1&budget=5000`).expect(200)).body;
    expect(whole.truncated).toBe(false);
    expect(whole.nodes).toHaveLength(whole.reached);
    expect(closed(whole)).toBe(true);
    const small: Sub = (await get(`${G}/subgraph?around=${top!.key}&depth=2&budget=6`).expect(200)).body;
    expect(small.nodes).toHaveLength(6);
    expect(small.nodes[0]!.key).toBe(top!.key);
    expect(small.truncated).toBe(true);
    expect(closed(small)).toBe(true);
    // the first ring comes before the second
    const ring1 = new Set(whole.nodes.map((n) => n.key));
    expect(small.nodes.slice(1).every((n) => ring1.has(n.key))).toBe(true);
  });

  it('gives an overview of the most connected actors and proposals and the statements joining them', async () => {
    const [top] = await topActors();
    const sub: Sub = (await get(`${G}/subgraph?budget=30`).expect(200)).body;
    expect(sub.nodes.length).toBeLessThanOrEqual(30);
    expect(sub.nodes.map((n) => n.key)).toContain(top!.key);
    expect(sub.nodes.some((n) => n.attributes.kind === 'statement')).toBe(true);
    expect(sub.edges.length).toBeGreaterThan(0);
    expect(closed(sub)).toBe(true);
  });

  it('refuses an unknown centre and a budget out of range', async () => {
    expect((await get(`${G}/subgraph?around=actor:nobody-at-all`).expect(404)).body.code).toBe(
      'unknown-node',
    );
    await get(`${G}/subgraph?budget=0`).expect(400);
    await get(`${G}/subgraph?depth=4`).expect(400);
  });
});
