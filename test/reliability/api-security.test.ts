/**
 * Security of the real API on 127.0.0.1: helmet headers (a CSP that lets the viewer's ForceAtlas2
 * worker run from a blob and forbids framing), no x-powered-by; writes refused without the bearer
 * token when one is configured, before the body is read; CORS off unless origins are configured;
 * oversized uploads refused with 413 before they are read whole.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Listening, listen, problemFaults, raw, SEED, seedGraphsDir } from './lib/http.js';
import { streamUntilAnswered } from './lib/stream.js';

const TOKEN = 'reliability-token-7f3a';
const LIMIT = 5 * 1024 * 1024;
const ARTICLE = 'Kremlin spokesman Dmitry Peskov said on Monday that Moscow was "ready to talk".\n';

let graphsDir: string;
let remove: () => Promise<void>;
let open: Listening; // no token, no CORS
let locked: Listening; // token required
let withCors: Listening; // CORS for one origin

beforeAll(async () => {
  ({ dir: graphsDir, remove } = await seedGraphsDir());
  writeFileSync(join(graphsDir, '..', 'index.html'), '<!doctype html><title>viewer</title>');
  const viewerDir = join(graphsDir, '..');
  open = await listen({ graphsDir, viewerDir });
  locked = await listen({ graphsDir, viewerDir, token: TOKEN });
  withCors = await listen({ graphsDir, corsOrigins: ['https://allowed.example'] });
});

afterAll(async () => {
  await Promise.all([open, locked, withCors].map((a) => a?.close()));
  await remove?.();
});

/** The CSP as a map from directive to its sources. */
function csp(header: string | string[] | undefined): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of String(header ?? '').split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), sources);
  }
  return out;
}

describe('security headers', () => {
  const paths = ['/api/health', `/api/graphs/${SEED}/actors`, '/api/graphs/no-such-graph', '/'];

  it.each(paths)(
    '%s carries a CSP allowing blob: workers, forbidding framing, inline and eval scripts',
    async (path) => {
      const res = await raw(open.port, { path });
      const policy = csp(res.headers['content-security-policy']);
      expect(policy.get('default-src')).toEqual(["'self'"]);
      expect(policy.get('worker-src')).toContain('blob:');
      expect(policy.get('frame-ancestors')?.every((s) => s === "'self'" || s === "'none'")).toBe(true);
      expect(policy.get('object-src')).toEqual(["'none'"]);
      const scripts = policy.get('script-src') ?? policy.get('default-src')!;
      expect(scripts).not.toContain("'unsafe-inline'");
      expect(scripts).not.toContain("'unsafe-eval'");
      expect(scripts).not.toContain('*');
    },
  );

  it.each(paths)('%s says nosniff, no referrer, and not what server it is', async (path) => {
    const res = await raw(open.port, { path });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['x-frame-options']).toMatch(/^(SAMEORIGIN|DENY)$/);
    expect(res.headers['x-powered-by']).toBeUndefined();
    expect(String(res.headers.server ?? '')).not.toMatch(/express|node/i);
  });
});

describe('writes need the token when PARLEY_TOKEN is set', () => {
  const ingest = (
    graph: string,
    headers: Record<string, string> = {},
    path = `/api/graphs/${graph}/articles`,
  ) =>
    raw(locked.port, {
      method: 'POST',
      path,
      headers: { 'content-type': 'text/plain', 'content-length': Buffer.byteLength(ARTICLE), ...headers },
      body: ARTICLE,
    });

  it.each([
    ['no Authorization header', {}],
    ['a wrong token', { authorization: 'Bearer nope' }],
    ['a prefix of the token', { authorization: `Bearer ${TOKEN.slice(0, -1)}` }],
    ['the token plus a suffix', { authorization: `Bearer ${TOKEN}x` }],
    ['the token without the Bearer scheme', { authorization: TOKEN }],
    ['Basic auth', { authorization: `Basic ${Buffer.from(`parley:${TOKEN}`).toString('base64')}` }],
    ['an empty bearer', { authorization: 'Bearer ' }],
    ['the token in another header', { 'x-parley-token': TOKEN }],
  ])('refuses %s with a 401 problem and writes nothing', async (_what, headers) => {
    const res = await ingest('locked-out', headers);
    expect(res.status).toBe(401);
    expect(problemFaults(res)).toEqual([]);
    expect(res.headers['www-authenticate']).toMatch(/^Bearer/);
    expect(existsSync(join(graphsDir, 'locked-out'))).toBe(false);
  });

  it('refuses the token passed in the query string', async () => {
    const res = await ingest('locked-out', {}, `/api/graphs/locked-out/articles?token=${TOKEN}`);
    expect([400, 401]).toContain(res.status);
    expect(existsSync(join(graphsDir, 'locked-out'))).toBe(false);
  });

  it('accepts the right token, and reads need none', async () => {
    const res = await ingest('unlocked', { authorization: `Bearer ${TOKEN}` });
    expect(res.status).toBe(201);
    expect((await raw(locked.port, { path: '/api/graphs/unlocked' })).status).toBe(200);
  });

  it('answers 401 to an unauthorised 6 MB upload before reading its body', async () => {
    const res = await streamUntilAnswered(locked.port, '/api/graphs/locked-out/articles', {
      'content-type': 'text/plain',
      'content-length': 6 * 1024 * 1024,
    });
    expect(res.status).toBe(401);
    expect(res.sentAll).toBe(false);
  });
});

describe('bodies over 5 MB get 413 before they are read whole', () => {
  // BUG (apps/api, http/body.ts): body-parser, on a 413, "reads off the entire request" before
  // calling next(err), so the answer waits for the whole body: a declared 6 MB upload is answered
  // only once all 6 MB arrived, and a chunked upload only when the client stops sending (never, for
  // an endless stream). Nothing is buffered, but the connection is held and read to the end.
  // Fix: refuse `Content-Length > limit` in a middleware before body-parser, and read bodies with
  // raw-body directly so an over-limit stream gets 413 with `Connection: close` at once (the socket
  // is then closed, dropping the rest). Flip these to `it` once fixed.
  it('refuses a declared Content-Length over the limit from the header alone', async () => {
    const res = await streamUntilAnswered(
      open.port,
      '/api/graphs/big/articles',
      { 'content-type': 'text/plain', 'content-length': LIMIT + 1 },
      { total: 0, waitMs: 3000 },
    );
    expect(res.status).toBe(413);
  });

  it.each(['text/plain', 'application/json'])(
    'cuts a streamed (chunked) %s body off near the limit',
    async (type) => {
      const res = await streamUntilAnswered(open.port, '/api/graphs/big/articles', { 'content-type': type });
      // a 413, or (on a loaded machine) the socket closed on our writes before the 413 was read
      expect([413, -1]).toContain(res.status);
      // answered while we were still sending 64 MB: socket buffers aside, the server stopped near 5 MB
      expect(res.sentAll).toBe(false);
      expect(res.sentBeforeAnswer).toBeLessThan(LIMIT + 8 * 1024 * 1024);
    },
  );

  it('answers a finished oversized body with a 413 problem and creates nothing', async () => {
    const res = await streamUntilAnswered(
      open.port,
      '/api/graphs/big/articles',
      { 'content-type': 'text/plain' },
      { total: LIMIT + 1024 * 1024 },
    );
    expect(res.status).toBe(413);
    expect(
      problemFaults({
        status: res.status,
        headers: { 'content-type': 'application/problem+json' },
        text: res.text,
      }),
    ).toEqual([]);
    expect(existsSync(join(graphsDir, 'big'))).toBe(false);
  });
});

describe('CORS is off unless configured', () => {
  const preflight = (port: number, origin: string) =>
    raw(port, {
      method: 'OPTIONS',
      path: `/api/graphs/${SEED}/articles`,
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization',
      },
    });

  it('sends no Access-Control-Allow-Origin by default, on reads or preflights', async () => {
    const get = await raw(open.port, { path: '/api/graphs', headers: { origin: 'https://evil.example' } });
    expect(get.status).toBe(200);
    expect(get.headers['access-control-allow-origin']).toBeUndefined();
    const pre = await preflight(open.port, 'https://evil.example');
    expect(pre.headers['access-control-allow-origin']).toBeUndefined();
    expect(pre.headers['access-control-allow-methods']).toBeUndefined();
  });

  it('allows exactly the configured origin', async () => {
    const ok = await raw(withCors.port, {
      path: '/api/graphs',
      headers: { origin: 'https://allowed.example' },
    });
    expect(ok.headers['access-control-allow-origin']).toBe('https://allowed.example');
    const evil = await raw(withCors.port, {
      path: '/api/graphs',
      headers: { origin: 'https://evil.example' },
    });
    expect(evil.headers['access-control-allow-origin']).toBeUndefined();
    const pre = await preflight(withCors.port, 'https://evil.example');
    expect(pre.headers['access-control-allow-origin']).toBeUndefined();
  });
});
