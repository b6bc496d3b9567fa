/**
 * Crash safety of the real server process (apps/api/dist/server.js): it is SIGKILLed in the middle
 * of concurrent ingests, three times over, and after each kill the graph file on disk is valid JSON
 * that passes the graph contract, holds every article whose POST was acknowledged (201) before the
 * kill, and a restarted server serves it and accepts new articles. Also: it binds 127.0.0.1 by
 * default and exits cleanly on SIGTERM.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseGraph } from '@parley/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testArticle } from './lib/articles.js';
import { raw } from './lib/http.js';
import { type ServerProcess, serverSkipReason, startServer } from './lib/server-process.js';

const skip = serverSkipReason();
if (skip) console.warn(`crash-restart tests skipped: ${skip}`);

const GRAPH = 'crash';
const TOKEN = 'crash-token';
let root: string;
let graphsDir: string;
let running: ServerProcess | undefined;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'parley-crash-'));
  graphsDir = join(root, 'graphs');
});

afterAll(async () => {
  running?.child.kill('SIGKILL');
  await rm(root, { recursive: true, force: true });
});

const start = () => startServer({ PARLEY_GRAPHS: graphsDir, PARLEY_TOKEN: TOKEN });

const ingest = (port: number, text: string) =>
  raw(port, {
    method: 'POST',
    path: `/api/graphs/${GRAPH}/articles`,
    headers: {
      'content-type': 'text/plain',
      'content-length': Buffer.byteLength(text),
      authorization: `Bearer ${TOKEN}`,
    },
    body: text,
  });

interface Stored {
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

/** The graph file as left on disk: must parse and pass the contract. */
function onDisk(): Stored {
  const data = JSON.parse(readFileSync(join(graphsDir, GRAPH, 'graph.json'), 'utf8'));
  return parseGraph(data) as unknown as Stored;
}

const articleIds = (g: Stored) =>
  g.nodes.filter((n) => n.attributes.kind === 'article').map((n) => n.attributes.id!);

/** What a statement node says: its span's text, or its fragments' joined by a space (discontinuous content). */
const said = (text: string, a: { span?: [number, number]; fragments?: [number, number][] }) =>
  (a.fragments ?? [a.span!]).map((f) => text.slice(...f)).join(' ');

/** Every article of the graph has its text file, and every statement slices its text from it. */
function provenanceFaults(g: Stored): string[] {
  const faults: string[] = [];
  const texts = new Map<string, string>();
  for (const id of articleIds(g)) {
    const file = join(graphsDir, GRAPH, 'articles', `${id}.txt`);
    if (!existsSync(file)) faults.push(`article ${id} has no text file`);
    else texts.set(id, readFileSync(file, 'utf8'));
  }
  for (const n of g.nodes) {
    if (n.attributes.kind !== 'statement') continue;
    const text = texts.get(n.attributes.article!);
    if (text !== undefined && said(text, n.attributes) !== n.attributes.text) faults.push(`${n.key} span`);
  }
  return faults;
}

describe.skipIf(skip)('the server process under SIGKILL and SIGTERM', () => {
  const acknowledged = new Set<string>();

  it('binds 127.0.0.1 by default and ingests a first batch', async () => {
    running = await start();
    expect(running.url).toBe(`http://127.0.0.1:${running.port}`);
    for (let i = 0; i < 5; i++) {
      const res = await ingest(running.port, testArticle(i));
      expect(res.status).toBe(201);
      acknowledged.add(JSON.parse(res.text).article.id);
    }
    expect(articleIds(onDisk()).sort()).toEqual([...acknowledged].sort());
  });

  for (const cycle of [1, 2, 3]) {
    it(`cycle ${cycle}: SIGKILL mid-ingest leaves the last good graph, with every acknowledged article`, async () => {
      running ??= await start();
      const { port, child, exited } = running;
      // 12 concurrent uploads; kill as soon as the first is acknowledged, while the others are in flight
      let killed = false;
      const uploads = Array.from({ length: 12 }, (_, i) =>
        ingest(port, testArticle(cycle * 100 + i)).then(
          (res) => {
            if (res.status === 201 && !killed) acknowledged.add(JSON.parse(res.text).article.id);
            if (!killed) {
              killed = true;
              child.kill('SIGKILL');
            }
            return res.status;
          },
          () => 'connection lost',
        ),
      );
      const outcomes = await Promise.all(uploads);
      expect((await exited).signal).toBe('SIGKILL');
      running = undefined;
      expect(outcomes).toContain('connection lost'); // it really died mid-ingest

      const stored = onDisk();
      const ids = new Set(articleIds(stored));
      for (const id of acknowledged) expect(ids.has(id), `acknowledged article ${id} lost`).toBe(true);
      expect(provenanceFaults(stored)).toEqual([]);

      running = await start();
      const served = await raw(running.port, { path: `/api/graphs/${GRAPH}` });
      expect(served.status).toBe(200);
      expect(articleIds(JSON.parse(served.text) as Stored).sort()).toEqual([...ids].sort());
      const fresh = await ingest(running.port, testArticle(cycle * 100 + 99));
      expect(fresh.status).toBe(201);
      acknowledged.add(JSON.parse(fresh.text).article.id);
    });
  }

  it('leaves no temporary file the server would mistake for a graph', () => {
    expect(readdirSync(graphsDir)).toEqual([GRAPH]);
  });

  it('exits with code 0 on SIGTERM', async () => {
    running ??= await start();
    running.child.kill('SIGTERM');
    expect(await running.exited).toEqual({ code: 0, signal: null });
    running = undefined;
  });
});
