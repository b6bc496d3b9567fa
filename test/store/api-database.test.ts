// The API serving a corpus store's graphs (PARLEY_DATABASE_URL): the database's graphs copied into a
// cache folder by the DatabaseMirror and answered like any graphs folder, changes in the database
// seen at the next check, writes refused. On both engines (PostgreSQL started by the test, or skipped).

import { mkdtemp, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildGraph } from '@parley/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type ParleyApp } from '../../apps/api/src/app.js';
import { DatabaseMirror } from '../../apps/api/src/store/database-mirror.js';
import {
  type ExtractedArticle,
  fixtureArticles,
  seedArticles,
} from '../../packages/store/src/testing/corpus.js';
import { eachEngine } from '../../packages/store/src/testing/engines.js';

describe.each(eachEngine())('the API on a $name database', (engine) => {
  let dir: string;
  let mirror: DatabaseMirror;
  let app: ParleyApp;
  let server: Server | undefined;
  /** A request to the app, as JSON: its status and body. */
  const call = async (path: string, init?: RequestInit) => {
    const { port } = (server as Server).address() as AddressInfo;
    const res = await fetch(`http://127.0.0.1:${port}${path}`, init);
    return { status: res.status, body: await res.json() };
  };
  const get = async (path: string, status = 200) => {
    const res = await call(path);
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    return res;
  };
  let corpus: ExtractedArticle[];
  const G = '/api/graphs/corpus';
  beforeAll(async () => {
    if (engine.skipped()) return;
    dir = await mkdtemp(join(tmpdir(), 'parley-api-db-'));
    corpus = await fixtureArticles();
    const graph = buildGraph(
      corpus.map((c) => c.x),
      { name: 'corpus' },
    ).export();
    const texts = new Map(corpus.map((c) => [c.x.article.id, c.text]));
    await engine.store().importGraph('corpus', graph, { texts });
    // the store's tests share it: other graphs may be there too, and are mirrored as well
    mirror = new DatabaseMirror(engine.store(), dir);
    await mirror.sync();
    app = createApp({
      graphsDir: dir,
      logger: false,
      reloadCheckMs: 0,
      readOnly: 'served from the database',
    });
    server = await new Promise<Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
  });
  afterAll(async () => {
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    await app?.locals.extractor.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });
  const skipped = () => {
    const why = engine.skipped();
    if (why) console.warn(`[store tests] skipped on ${engine.name}: ${why}`);
    return why !== undefined;
  };

  it("serves the database's graph exactly, with its statements and article texts", async () => {
    if (skipped()) return;
    const list = await get('/api/graphs');
    expect(list.body.items.map((g: { name: string }) => g.name)).toContain('corpus');
    const whole = await get(G);
    expect(JSON.stringify(whole.body)).toBe(JSON.stringify(await engine.store().exportGraph('corpus')));
    const statements = await get(`${G}/statements?limit=100`);
    const kinds = whole.body.nodes.map((n: { attributes: { kind: string } }) => n.attributes.kind);
    expect(statements.body.total).toBe(kinds.filter((k: string) => k === 'statement').length);
    const [first] = corpus as [ExtractedArticle];
    const article = await get(`${G}/articles/${encodeURIComponent(first.x.article.id)}`);
    expect(article.body.text).toBe(first.text);
  });

  it('serves an article added to the database after the next check', async () => {
    if (skipped()) return;
    const [seed] = seedArticles() as [ExtractedArticle];
    const id = seed.x.article.id;
    await engine.store().addExtraction('corpus', seed.x, { text: seed.text });
    await get(`${G}/articles/${id}`, 404);
    await mirror.sync();
    // the server answers from the version it has while it loads the new one: ask until it is served
    let after = await call(`${G}/articles/${id}`);
    for (let i = 0; i < 200 && after.status === 404; i++) {
      await new Promise((resolve) => setTimeout(resolve, 25));
      after = await call(`${G}/articles/${id}`);
    }
    expect(after.status).toBe(200);
    expect(after.body.text).toBe(seed.text);
    const said = await get(`${G}/statements?article=${id}&limit=1`);
    expect(said.body.total).toBe(seed.x.statements.length);
  });

  it('refuses writes with 405 and says why', async () => {
    if (skipped()) return;
    const json = { 'content-type': 'application/json' };
    const one = await call(`${G}/articles`, {
      method: 'POST',
      headers: json,
      body: '{"text":"Putin said no."}',
    });
    expect(one.status).toBe(405);
    expect(one.body).toMatchObject({ code: 'read-only', detail: 'served from the database' });
    const batch = await call(`${G}/articles/batch`, { method: 'POST', body: '{"text":"x"}\n' });
    expect(batch.status).toBe(405);
    expect(batch.body.code).toBe('read-only');
  });
});
