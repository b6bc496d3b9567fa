/**
 * Concurrent ingest against the real API on 127.0.0.1: 50 article POSTs to one graph at once all
 * land (in memory, on disk, in articles/), with reads in between always answered; the same text
 * posted ten times at once lands once; every stored statement still slices its own article text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseGraph } from '@parley/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testArticle } from './lib/articles.js';
import { type Listening, listen, raw, SEED, seedGraphsDir } from './lib/http.js';

let app: Listening;
let graphsDir: string;
let remove: () => Promise<void>;

beforeAll(async () => {
  ({ dir: graphsDir, remove } = await seedGraphsDir());
  app = await listen({ graphsDir, reloadCheckMs: 0 });
});

afterAll(async () => {
  await app?.close();
  await remove?.();
});

const ingest = (graph: string, text: string) =>
  raw(app.port, {
    method: 'POST',
    path: `/api/graphs/${graph}/articles`,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'content-length': Buffer.byteLength(text) },
    body: text,
  });

interface StoredGraph {
  nodes: {
    key: string;
    attributes: {
      kind: string;
      id?: string;
      article?: string;
      span?: [number, number];
      fragments?: [number, number][];
      text?: string;
    };
  }[];
}

/** The graph file as saved, validated against the contract. */
function saved(graph: string): StoredGraph {
  return parseGraph(
    JSON.parse(readFileSync(join(graphsDir, graph, 'graph.json'), 'utf8')),
  ) as unknown as StoredGraph;
}

const articleIds = (g: StoredGraph) =>
  g.nodes.filter((n) => n.attributes.kind === 'article').map((n) => n.attributes.id as string);

/** What a statement node says: its span's text, or its fragments' joined by a space (discontinuous content). */
const said = (text: string, a: { span?: [number, number]; fragments?: [number, number][] }) =>
  (a.fragments ?? [a.span!]).map((f) => text.slice(...f)).join(' ');

/** Statements whose span does not slice their text out of their article file. */
function provenanceFaults(graph: string, g: StoredGraph): string[] {
  const texts = new Map<string, string>();
  const text = (id: string) => {
    if (!texts.has(id)) texts.set(id, readFileSync(join(graphsDir, graph, 'articles', `${id}.txt`), 'utf8'));
    return texts.get(id)!;
  };
  return g.nodes
    .filter((n) => n.attributes.kind === 'statement')
    .filter((n) => said(text(n.attributes.article!), n.attributes) !== n.attributes.text)
    .map((n) => n.key);
}

describe('concurrent ingest', () => {
  it('lands all of 50 concurrent article POSTs to one new graph', async () => {
    const texts = Array.from({ length: 50 }, (_, i) => testArticle(i));
    const answers = await Promise.all(texts.map((t) => ingest('concurrent', t)));
    expect(answers.map((a) => a.status)).toEqual(texts.map(() => 201));
    const ids = answers.map((a) => JSON.parse(a.text).article.id as string);
    expect(new Set(ids).size).toBe(50);
    // exactly one of them created the graph
    expect(answers.filter((a) => JSON.parse(a.text).created === true)).toHaveLength(1);

    const served = JSON.parse((await raw(app.port, { path: '/api/graphs/concurrent' })).text) as StoredGraph;
    expect(articleIds(served).sort()).toEqual([...ids].sort());
    const stored = saved('concurrent');
    expect(articleIds(stored).sort()).toEqual([...ids].sort());
    expect(readdirSync(join(graphsDir, 'concurrent', 'articles')).sort()).toEqual(
      ids.map((id) => `${id}.txt`).sort(),
    );
    expect(provenanceFaults('concurrent', stored)).toEqual([]);
    // no temporary files left behind by the atomic writes
    expect(readdirSync(join(graphsDir, 'concurrent')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('keeps answering reads while 30 articles are merged into the seed graph', async () => {
    const before = articleIds(saved(SEED)).length;
    const writes = Array.from({ length: 30 }, (_, i) => ingest(SEED, testArticle(100 + i)));
    const reads = Array.from({ length: 60 }, (_, i) =>
      raw(app.port, {
        path: [
          `/api/graphs/${SEED}/statements?limit=5`,
          `/api/graphs/${SEED}/actors?q=a`,
          `/api/graphs/${SEED}`,
        ][i % 3]!,
      }),
    );
    const [w, r] = await Promise.all([Promise.all(writes), Promise.all(reads)]);
    expect(w.map((a) => a.status)).toEqual(writes.map(() => 201));
    expect(r.map((a) => a.status)).toEqual(reads.map(() => 200));
    for (const a of r) expect(() => JSON.parse(a.text)).not.toThrow();
    const stored = saved(SEED);
    expect(articleIds(stored)).toHaveLength(before + 30);
    expect(provenanceFaults(SEED, stored)).toEqual([]);
  });

  it('lands the same text posted 10 times at once exactly once', async () => {
    const text = testArticle(500);
    const answers = await Promise.all(Array.from({ length: 10 }, () => ingest('same-text', text)));
    expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
    expect(answers.filter((a) => a.status === 409)).toHaveLength(9);
    expect(articleIds(saved('same-text'))).toHaveLength(1);
  });

  it('keeps 5 graphs apart under 50 concurrent POSTs spread over them', async () => {
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) => ingest(`spread-${i % 5}`, testArticle(1000 + i))),
    );
    expect(answers.every((a) => a.status === 201)).toBe(true);
    for (let g = 0; g < 5; g++) expect(articleIds(saved(`spread-${g}`))).toHaveLength(10);
  });
});
