import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import type { Express } from 'express';
import request from 'supertest';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { seededApp } from '../testing/fixture.js';

const fixture = seededApp();

interface Layer {
  route?: { path: string; methods: Record<string, boolean> };
  handle?: { stack?: Layer[] };
}

/** Every `/api` route Express would answer, as `get /api/graphs/{graph}`, read from the router itself. */
function expressRoutes(app: Express): string[] {
  const out: string[] = [];
  const walk = (stack: Layer[]) => {
    for (const layer of stack) {
      if (layer.route?.path.startsWith('/api')) {
        const path = layer.route.path.replace(/:(\w+)/g, '{$1}');
        for (const m of Object.keys(layer.route.methods)) out.push(`${m} ${path}`);
      } else if (layer.handle?.stack) walk(layer.handle.stack);
    }
  };
  walk((app as unknown as { router: { stack: Layer[] } }).router.stack);
  return [...new Set(out)].sort();
}

describe('OpenAPI', () => {
  it('serves a valid OpenAPI 3.1 document', async () => {
    const res = await request(fixture().app).get('/api/openapi.json').expect(200);
    expect(res.body.openapi).toBe('3.1.0');
    const result = await new Validator().validate(res.body);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('documents every route the server answers under /api, with its parameters and problem responses', async () => {
    const doc = (await request(fixture().app).get('/api/openapi.json')).body;
    const documented = Object.entries(doc.paths as Record<string, Record<string, unknown>>)
      .flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m} ${path}`))
      .sort();
    // The articles POST also has middleware-only layers (auth, body limits) at the same path.
    const served = expressRoutes(fixture().app).filter((r) => !r.startsWith('get /api/docs/init'));
    expect(served).toEqual(documented);
    const statements = doc.paths['/api/graphs/{graph}/statements'].get;
    const names = statements.parameters.map((p: { name: string }) => p.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'graph',
        'speaker',
        'mentions',
        'about',
        'cue',
        'mode',
        'article',
        'q',
        'limit',
        'offset',
      ]),
    );
    expect(statements.responses['400'].content['application/problem+json']).toBeDefined();
    expect(doc.paths['/api/graphs/{graph}/articles'].post.security).toEqual([{ bearer: [] }]);
  });

  it('serves interactive docs from local assets, no CDN', async () => {
    const page = await request(fixture().app).get('/api/docs').expect(200).expect('content-type', /html/);
    expect(page.text).not.toMatch(/https?:\/\//);
    const scripts = [...page.text.matchAll(/src="([^"]+)"/g)].map((m) => m[1] as string);
    expect(scripts.length).toBeGreaterThan(1);
    for (const src of scripts)
      await request(fixture().app)
        .get(src)
        .expect(200)
        .expect('content-type', /javascript/);
    await request(fixture().app)
      .get('/api/docs/assets/swagger-ui.css')
      .expect(200)
      .expect('content-type', /css/);
  });
});

describe('security and errors', () => {
  it('sends helmet headers with a CSP the viewer works under', async () => {
    const res = await request(fixture().app).get('/api/health');
    const csp = res.headers['content-security-policy'] as string;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("worker-src 'self' blob:");
    expect(csp).toContain("img-src 'self' data: blob:");
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('tags every response with a request id, reusing a sane incoming one', async () => {
    const fresh = await request(fixture().app).get('/api/health');
    expect(fresh.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const given = await request(fixture().app).get('/api/health').set('X-Request-Id', 'abc-123');
    expect(given.headers['x-request-id']).toBe('abc-123');
  });

  it('answers unknown API routes with a 404 problem', async () => {
    const res = await request(fixture().app).get('/api/nothing-here').expect(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({
      type: 'about:blank',
      title: 'Not Found',
      status: 404,
      code: 'unknown-route',
    });
  });

  it('has CORS off by default and on for configured origins', async () => {
    const off = await request(fixture().app).get('/api/health').set('Origin', 'https://example.org');
    expect(off.headers['access-control-allow-origin']).toBeUndefined();
    const app = createApp({ graphsDir: fixture().dir, logger: false, corsOrigins: ['https://example.org'] });
    const on = await request(app).get('/api/health').set('Origin', 'https://example.org');
    expect(on.headers['access-control-allow-origin']).toBe('https://example.org');
  });

  describe('a graph file that does not load', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-broken-'));
    mkdirSync(join(dir, 'broken'));
    writeFileSync(join(dir, 'broken', 'graph.json'), '{"nodes": [}');
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('is a 500 problem naming the graph, with no stack trace', async () => {
      const res = await request(createApp({ graphsDir: dir, logger: false }))
        .get('/api/graphs/broken/actors')
        .expect(500);
      expect(res.body).toMatchObject({ status: 500, code: 'invalid-graph' });
      expect(res.body.detail).toMatch(/broken/);
      expect(res.text).not.toMatch(/\n\s+at /);
    });
  });
});

describe('viewer', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-viewer-'));
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><title>viewer</title><script src="/app.js"></script>',
  );
  writeFileSync(join(dir, 'app.js'), 'console.log(1)');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('serves the built viewer at / with a fallback to index.html for client routes', async () => {
    const app = createApp({ graphsDir: fixture().dir, viewerDir: dir, logger: false });
    expect((await request(app).get('/').expect(200)).text).toContain('<title>viewer</title>');
    await request(app)
      .get('/app.js')
      .expect(200)
      .expect('content-type', /javascript/);
    const deep = await request(app)
      .get('/graphs/ukraine-peace-talks/actor/x')
      .set('Accept', 'text/html')
      .expect(200);
    expect(deep.text).toContain('<title>viewer</title>');
    await request(app).get('/api/unknown').set('Accept', 'text/html').expect(404);
    await request(app).get('/missing.js').set('Accept', 'application/javascript').expect(404);
  });

  it('shows a placeholder page when the viewer is not built', async () => {
    const app = createApp({ graphsDir: fixture().dir, viewerDir: join(dir, 'nope'), logger: false });
    expect((await request(app).get('/').expect(200)).text).toMatch(/viewer is not built/);
  });
});
