import { readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededApp } from '../testing/fixture.js';

const TOKEN = 'events-token';
const fixture = seededApp({ token: TOKEN, reloadCheckMs: 0 });
const GRAPH = 'ukraine-peace-talks';
let base = '';
let server: ReturnType<ReturnType<typeof fixture>['app']['listen']>;

beforeAll(async () => {
  server = fixture().app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  fixture().app.locals.store.changes.closeAll();
  await new Promise((resolve) => server.close(resolve));
});

/** Reads `version` events from an open stream, one at a time. */
async function openEvents(graph: string) {
  const controller = new AbortController();
  const res = await fetch(`${base}/api/graphs/${graph}/events`, { signal: controller.signal });
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  const next = async (): Promise<{ version: string; counts: Record<string, number> }> => {
    for (;;) {
      const m = /event: version\ndata: (.*)\n\n/.exec(buffer);
      if (m) {
        buffer = buffer.slice(m.index + m[0].length);
        return JSON.parse(m[1]!);
      }
      const { value, done } = await reader.read();
      if (done) throw new Error('the stream ended');
      buffer += value;
    }
  };
  return { res, next, close: () => controller.abort() };
}

describe('GET /events', () => {
  it('sends the current version, then a new one after an ingest, with the new counts', async () => {
    const events = await openEvents(GRAPH);
    expect(events.res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const first = await events.next();
    const article = 'Kremlin spokesman Dmitry Peskov said on Monday that Moscow was "ready to talk".';
    const posted = await fetch(`${base}/api/graphs/${GRAPH}/articles`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain', Authorization: `Bearer ${TOKEN}` },
      body: article,
    });
    expect(posted.status).toBe(201);
    const second = await events.next();
    expect(second.version).not.toBe(first.version);
    expect(second.counts.article).toBe(first.counts.article! + 1);
    events.close();
  });

  it('announces a graph file rewritten by another process', async () => {
    const events = await openEvents(GRAPH);
    const first = await events.next();
    const file = join(fixture().dir, GRAPH, 'graph.json');
    const data = JSON.parse(readFileSync(file, 'utf8'));
    data.attributes.builtAt = '2031-01-01T00:00:00.000Z';
    writeFileSync(file, `${JSON.stringify(data)}\n`);
    const second = await events.next();
    expect(second.version).not.toBe(first.version);
    expect(second.counts).toEqual(first.counts);
    events.close();
  });

  it('answers a 404 problem for a graph that does not exist', async () => {
    const res = await fetch(`${base}/api/graphs/no-such-graph/events`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/problem\+json/);
  });

  it('stops listening when the client goes away', async () => {
    const events = await openEvents(GRAPH);
    await events.next();
    expect(fixture().app.locals.store.changes.listening(GRAPH)).toBeGreaterThan(0);
    events.close();
    await expect.poll(() => fixture().app.locals.store.changes.listening(GRAPH)).toBe(0);
  });
});
