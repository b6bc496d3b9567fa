/**
 * Nothing stalls the built server (a child process): exports run off the event loop, the first read
 * of a big article's sentences is split off the loop, extraction runs in a pool with a deadline, and
 * an upload whose client goes away is stopped and never stored. Each check is an ordering (what
 * answers first), not a timing: the figures are in `scripts/bench/event-loop.mjs`.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '@parley/cli';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { syntheticGraphJson } from '../../apps/api/src/testing/seed-graph.js';
import { longArticle, testArticle } from '../../scripts/bench/lib/articles.mjs';
import { type ServerProcess, serverSkipReason, startServer } from './lib/server-process.js';

// Each check waits on whole extractions and exports: seconds alone, minutes on a loaded machine.
vi.setConfig({ testTimeout: 600_000 });

const skip = serverSkipReason();
if (skip) console.warn(`event-loop tests skipped: ${skip}`);

let root: string;
let graphs: string;
const servers: ServerProcess[] = [];

beforeAll(async () => {
  if (skip) return;
  root = await mkdtemp(join(tmpdir(), 'parley-loop-'));
  graphs = join(root, 'graphs');
  await mkdir(join(graphs, 'big'), { recursive: true });
  await writeFile(join(graphs, 'big', 'graph.json'), JSON.stringify(await syntheticGraphJson(2000)));
  const input = join(root, 'long.txt');
  await writeFile(input, longArticle(1024, 3));
  vi.spyOn(console, 'log').mockImplementation(() => {});
  expect(await main(['build', input, '--out', join(graphs, 'long', 'graph.json'), '--no-layout'])).toBe(0);
  vi.restoreAllMocks();
}, 600_000); // a 1 MB extraction: seconds alone, minutes on a loaded machine

afterAll(async () => {
  for (const s of servers) s.child.kill('SIGKILL');
  if (root) await rm(root, { recursive: true, force: true });
});

async function server(env: Record<string, string> = {}): Promise<string> {
  const s = await startServer({ PARLEY_GRAPHS: graphs, ...env });
  servers.push(s);
  // wait until both graphs are loaded and indexed (the list loads every graph; no sentence is read)
  const list = await (await fetch(`${s.url}/api/graphs`)).json();
  expect(JSON.stringify(list)).toMatch(/"big".*"long"|"long".*"big"/);
  return s.url;
}

/** Resolves with the order in which the named requests finished. */
async function finishOrder(requests: Record<string, () => Promise<unknown>>): Promise<string[]> {
  const order: string[] = [];
  await Promise.all(Object.entries(requests).map(([name, run]) => run().then(() => order.push(name))));
  return order;
}

const post = (url: string, graph: string, text: string, signal?: AbortSignal) =>
  fetch(`${url}/api/graphs/${graph}/articles`, {
    method: 'POST',
    headers: { 'content-type': 'text/plain; charset=utf-8' },
    body: text,
    signal,
  });
const later = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.skipIf(skip !== null)('the event loop stays free (built server)', () => {
  let url: string;
  beforeAll(async () => {
    url = await server({ PARLEY_EXTRACT_WORKERS: '2' });
  }, 120_000);

  it('answers /api/health while two GEXF exports of a 2,000-article graph are being made', async () => {
    const order = await finishOrder({
      gexf1: () => fetch(`${url}/api/graphs/big/export?format=gexf`).then((r) => r.arrayBuffer()),
      json: () => fetch(`${url}/api/graphs/big/export?format=json`).then((r) => r.headers),
      health: () => later(300).then(() => fetch(`${url}/api/health`)),
    });
    expect(order[0]).toBe('health');
  });

  it('splits a 1 MB article into sentences off the loop on its first read', async () => {
    const order = await finishOrder({
      statements: async () => {
        const body = await (await fetch(`${url}/api/graphs/long/statements?limit=3`)).json();
        expect(body.items.length).toBeGreaterThan(0);
        for (const s of body.items) expect(s.sentence).toContain(s.text);
      },
      health: () => later(50).then(() => fetch(`${url}/api/health`)),
    });
    expect(order[0]).toBe('health');
  });

  it('extracts in a pool: a small article is not queued behind a long one', async () => {
    // With one worker the small article could only finish after the long one: the order of the
    // answers tells a pool from a queue without a timed bound.
    const finished: string[] = [];
    const ingest = async (graph: string, text: string) => {
      expect((await post(url, graph, text)).status).toBe(201);
      finished.push(graph);
    };
    const long = ingest('pool-a', longArticle(384, 9));
    await later(300);
    await ingest('pool-b', testArticle(1));
    await long;
    expect(finished).toEqual(['pool-b', 'pool-a']);
  });
});

describe.skipIf(skip !== null)('deadline and cancellation (built server, one worker)', () => {
  let url: string;
  beforeAll(async () => {
    // long enough that a small article finishes on a loaded machine, far shorter than a 4 MB one takes
    url = await server({ PARLEY_EXTRACT_WORKERS: '1', PARLEY_EXTRACT_DEADLINE_MS: '8000' });
  }, 120_000);

  it('stops an extraction past its deadline with a 422 problem; the next article is extracted', async () => {
    const res = await post(url, 'deadline', longArticle(4096, 5));
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toMatch(/problem\+json/);
    const body = await res.json();
    expect(body.code).toBe('extraction-deadline');
    expect(body.detail).toMatch(/did not finish within 8 s/);
    expect((await post(url, 'deadline', testArticle(2))).status).toBe(201);
  });

  it('lists a corpus article past its deadline as failed and adds the others', async () => {
    const corpus = [longArticle(4096, 7), testArticle(4)].map((text) => JSON.stringify({ text })).join('\n');
    const res = await fetch(`${url}/api/graphs/corpus-deadline/articles/batch`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-ndjson' },
      body: corpus,
    });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.failed.map((f: { record: string; code: string }) => [f.record, f.code])).toEqual([
      ['body:1', 'extraction-deadline'],
    ]);
    expect(body.added).toHaveLength(1);
    expect(body.counts.article).toBe(1);
  });

  it('stops an upload whose client went away and never stores it', async () => {
    const gone = new AbortController();
    const long = post(url, 'cancel', longArticle(1536, 6), gone.signal).catch(() => 'aborted');
    await later(300);
    gone.abort();
    expect(await long).toBe('aborted');
    expect((await post(url, 'cancel', testArticle(3))).status).toBe(201);
    const graph = await (await fetch(`${url}/api/graphs/cancel`)).json();
    const articles = graph.nodes.filter(
      (n: { attributes: { kind: string } }) => n.attributes.kind === 'article',
    );
    expect(articles).toHaveLength(1);
  });
});
