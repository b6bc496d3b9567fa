/**
 * Bad input to every endpoint of the real API (listening on 127.0.0.1, seed graph built by the real
 * core): malformed path and query parameters, bodies and content types always get a 4xx
 * `application/problem+json` without a stack trace, never a 5xx; graph names with `..`, slashes or
 * NUL are refused and create nothing on disk. The endpoints are read from the served OpenAPI
 * document, so a new endpoint is fuzzed without touching this file.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Listening,
  listen,
  problemFaults,
  type RawRequest,
  type RawResponse,
  raw,
  SEED,
  seedGraphsDir,
} from './lib/http.js';

interface Operation {
  method: string;
  path: string;
  pathParams: string[];
  queryParams: string[];
}

let app: Listening;
let graphsDir: string;
let viewerDir: string;
let removeGraphs: () => Promise<void>;
let operations: Operation[];
let actorKey: string;

beforeAll(async () => {
  const seeded = await seedGraphsDir();
  graphsDir = seeded.dir;
  removeGraphs = seeded.remove;
  // a viewer folder with a secret beside it: static serving must never reach outside
  viewerDir = await mkdtemp(join(tmpdir(), 'parley-viewer-'));
  writeFileSync(join(viewerDir, 'index.html'), '<!doctype html><title>viewer</title>');
  writeFileSync(join(dirname(viewerDir), 'parley-secret.txt'), 'TOP-SECRET');
  app = await listen({ graphsDir, viewerDir });
  const doc = JSON.parse((await raw(app.port, { path: '/api/openapi.json' })).text) as {
    paths: Record<string, Record<string, { parameters?: { in: string; name: string }[] }>>;
  };
  operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({
      method: method.toUpperCase(),
      path,
      pathParams: (op.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name),
      queryParams: (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
    })),
  );
  const actors = JSON.parse((await raw(app.port, { path: `/api/graphs/${SEED}/actors?limit=1` })).text);
  actorKey = actors.items[0].key;
});

afterAll(async () => {
  await app?.close();
  await removeGraphs?.();
  await rm(viewerDir, { recursive: true, force: true });
  await rm(join(dirname(viewerDir), 'parley-secret.txt'), { force: true });
});

/** A valid request target for an operation, with `{graph}` and `{id}` filled from the seed graph. */
function target(op: Operation, fill: Partial<Record<string, string>> = {}): string {
  return op.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (fill[name] !== undefined) return fill[name];
    return name === 'graph' ? SEED : encodeURIComponent(actorKey);
  });
}

/** Sends a request shaped for the operation (a small valid article for the ingest POST). */
function send(op: Operation, path: string, extra: Partial<RawRequest> = {}): Promise<RawResponse> {
  const body = op.method === 'POST' ? 'Officials said on Monday that "talks will go on."' : undefined;
  return raw(app.port, {
    method: op.method,
    path,
    ...(body
      ? { headers: { 'content-type': 'text/plain', 'content-length': Buffer.byteLength(body) }, body }
      : {}),
    ...extra,
  });
}

/** Either a success (JSON or a download) or a sound problem document: never a 5xx. */
function answerFaults(res: RawResponse): string[] {
  if (res.status >= 200 && res.status < 300) return [];
  return problemFaults(res);
}

const BAD_GRAPH_NAMES = [
  '..',
  '.',
  '%2e%2e',
  '%2E%2E',
  '..%2F..%2Fetc',
  '..%5C..%5Cetc',
  'a%2Fb',
  '%2F',
  '%2Fetc%2Fpasswd',
  '%00',
  'a%00b',
  'ukraine-peace-talks%00',
  'UPPER',
  'a--b',
  '-a',
  'a_b',
  'a.b',
  '%20',
  '%F0%9F%98%80',
  'x'.repeat(300),
  '%3Cscript%3E',
];

const BAD_IDS = [
  '%00',
  'actor%3A%00',
  '..%2F..%2Fgraph.json',
  '%2e%2e',
  'x'.repeat(2000),
  '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  'actor%3A',
  '%20',
];

describe('malformed path parameters on every endpoint', () => {
  it('the OpenAPI document lists the endpoints this file fuzzes', () => {
    expect(operations.length).toBeGreaterThanOrEqual(10);
    expect(operations.some((o) => o.method === 'POST' && o.pathParams.includes('graph'))).toBe(true);
  });

  it('refuses graph names with .., slashes (encoded too), NUL and other non-names with a 4xx problem', async () => {
    const faults: string[] = [];
    for (const op of operations.filter((o) => o.pathParams.includes('graph'))) {
      for (const name of BAD_GRAPH_NAMES) {
        const path = target(op, { graph: name });
        const res = await send(op, path);
        for (const f of problemFaults(res)) faults.push(`${op.method} ${path}: ${f}`);
      }
    }
    expect(faults).toEqual([]);
  });

  it('creates nothing on disk for a refused graph name', () => {
    expect(readdirSync(graphsDir).sort()).toEqual([SEED]);
    expect(readdirSync(dirname(graphsDir))).toEqual(['graphs']);
  });

  it('answers unknown or hostile node ids with a 4xx problem', async () => {
    const faults: string[] = [];
    for (const op of operations.filter((o) => o.pathParams.includes('id'))) {
      for (const id of BAD_IDS) {
        const path = target(op, { id });
        for (const f of problemFaults(await send(op, path))) faults.push(`${op.method} ${path}: ${f}`);
      }
    }
    expect(faults).toEqual([]);
  });

  // BUG (apps/api, http/problem.ts `problemHandler`): a path segment whose %-escapes are not UTF-8
  // makes the router throw a URIError carrying `status: 400`; the handler ignores `status` and
  // answers 500. Fix: turn any error with a 4xx `status` (http-errors from the router and
  // body-parser) into a problem of that status. Flip to `it` once fixed.
  it('answers a path with broken %-escapes (%ZZ, cut UTF-8) with a 4xx problem', async () => {
    const faults: string[] = [];
    for (const op of operations.filter((o) => o.pathParams.length)) {
      for (const bad of ['%ZZ', '%E0%A4%A', '%C3', '%FF']) {
        const path = target(op, { [op.pathParams.at(-1)!]: bad });
        for (const f of problemFaults(await send(op, path))) faults.push(`${op.method} ${path}: ${f}`);
      }
    }
    expect(faults).toEqual([]);
  });
});

const BAD_QUERY_VALUES = [
  '',
  '%00',
  '%ZZ',
  '-1',
  '0',
  '1e400',
  'NaN',
  'Infinity',
  '0x10',
  '1.5',
  '%5B%5D',
  'x'.repeat(5000),
];

describe('malformed query parameters on every endpoint', () => {
  it('answers every documented query parameter given a bad value with 2xx or a 4xx problem', async () => {
    const faults: string[] = [];
    for (const op of operations.filter((o) => o.method === 'GET')) {
      for (const name of op.queryParams) {
        for (const value of BAD_QUERY_VALUES) {
          const path = `${target(op)}?${name}=${value}`;
          for (const f of answerFaults(await send(op, path))) faults.push(`${path.slice(0, 120)}: ${f}`);
        }
      }
    }
    expect(faults).toEqual([]);
  });

  it('answers repeated, nested and unknown query parameters with 2xx or a 4xx problem', async () => {
    const faults: string[] = [];
    for (const op of operations) {
      const shapes = [
        ...op.queryParams.flatMap((n) => [`${n}=1&${n}=2`, `${n}[a]=1`, `${n}[]=1`, `${n}[__proto__]=x`]),
        '__proto__[x]=1',
        'constructor[prototype][x]=1',
        'unknown-param=1',
        '&&&==&',
        '%00=%00',
      ];
      for (const q of shapes) {
        const path = `${target(op)}?${q}`;
        for (const f of answerFaults(await send(op, path)))
          faults.push(`${op.method} ${path.slice(0, 120)}: ${f}`);
      }
    }
    expect(faults).toEqual([]);
  });

  it('never 5xx on random query strings (random bytes, %-encoded, on random endpoints)', async () => {
    const pct = (bytes: Uint8Array) => [...bytes].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');
    await fc.assert(
      fc.asyncProperty(
        fc.nat(),
        fc.array(
          fc.tuple(
            fc.option(fc.constantFrom('limit', 'offset', 'q', 'speaker', 'depth', 'format', 'from', 'to')),
            fc.uint8Array({ maxLength: 24 }),
            fc.uint8Array({ maxLength: 24 }),
          ),
          { maxLength: 5 },
        ),
        async (pick, pairs) => {
          const reads = operations.filter((o) => o.method === 'GET');
          const op = reads[pick % reads.length]!;
          const query = pairs.map(([name, k, v]) => `${name ?? pct(k)}=${pct(v)}`).join('&');
          const res = await send(op, `${target(op)}?${query}`);
          expect(answerFaults(res)).toEqual([]);
        },
      ),
      { numRuns: 150, seed: 20261129 },
    );
  });

  it('never 5xx on random path segments (any unicode, %-encoded as UTF-8)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.string({ unit: 'binary', maxLength: 40 }), async (pick, segment) => {
        const withParams = operations.filter((o) => o.pathParams.length);
        const op = withParams[pick % withParams.length]!;
        const name = op.pathParams[pick % op.pathParams.length]!;
        const res = await send(op, target(op, { [name]: encodeURIComponent(segment) || '%20' }));
        expect(answerFaults(res)).toEqual([]);
      }),
      { numRuns: 150, seed: 20261129 },
    );
  });
});

const INGEST = `/api/graphs/fuzz/articles`;
const post = (headers: Record<string, string | number>, body: string | Buffer) =>
  raw(app.port, {
    method: 'POST',
    path: INGEST,
    headers: { 'content-length': Buffer.byteLength(body), ...headers },
    body,
  });

describe('malformed bodies and content types on the ingest endpoint', () => {
  const cases: [string, Record<string, string>, string | Buffer][] = [
    ['no content type', {}, 'Officials said "no".'],
    ['text/html', { 'content-type': 'text/html' }, '<p>Officials said "no".</p>'],
    ['application/xml', { 'content-type': 'application/xml' }, '<a/>'],
    ['multipart', { 'content-type': 'multipart/form-data; boundary=x' }, '--x\r\n\r\nhi\r\n--x--'],
    ['form', { 'content-type': 'application/x-www-form-urlencoded' }, 'text=hi'],
    ['garbage type', { 'content-type': ';;;/' }, 'hi'],
    ['empty text', { 'content-type': 'text/plain' }, ''],
    ['blank text', { 'content-type': 'text/plain' }, ' \n\t '],
    ['NUL bytes', { 'content-type': 'text/plain' }, Buffer.from('Officials\u0000said "no".')],
    [
      'invalid UTF-8',
      { 'content-type': 'text/plain' },
      Buffer.from([0x4f, 0xff, 0xfe, 0xc3, 0x28, 0x20, 0x61]),
    ],
    ['invalid JSON', { 'content-type': 'application/json' }, '{"text": '],
    ['JSON array', { 'content-type': 'application/json' }, '["text"]'],
    ['JSON string', { 'content-type': 'application/json' }, '"text"'],
    ['JSON null', { 'content-type': 'application/json' }, 'null'],
    ['JSON text not a string', { 'content-type': 'application/json' }, '{"text": {"a": 1}}'],
    ['JSON empty text', { 'content-type': 'application/json' }, '{"text": ""}'],
    [
      'JSON unknown key',
      { 'content-type': 'application/json' },
      '{"text": "Officials said no.", "admin": true}',
    ],
    [
      'JSON __proto__',
      { 'content-type': 'application/json' },
      '{"text": "Officials said no.", "__proto__": {"x": 1}}',
    ],
    [
      'JSON title too long',
      { 'content-type': 'application/json' },
      JSON.stringify({ text: 'A said no.', title: 'x'.repeat(10_000) }),
    ],
    [
      'JSON deep nesting',
      { 'content-type': 'application/json' },
      `${'['.repeat(50_000)}${']'.repeat(50_000)}`,
    ],
    ['JSON unclosed nesting', { 'content-type': 'application/json' }, '['.repeat(100_000)],
    ['JSON utf-16 charset', { 'content-type': 'application/json; charset=utf-16' }, '{}'],
    ['JSON unknown charset', { 'content-type': 'application/json; charset=klingon' }, '{}'],
    ['unknown content encoding', { 'content-type': 'text/plain', 'content-encoding': 'klingon' }, 'hi'],
  ];

  it.each(cases)('answers %s with a 4xx problem', async (_name, headers, body) => {
    expect(problemFaults(await post(headers, body))).toEqual([]);
  });

  it('answers a gzip bomb (5 KB inflating past 5 MB) with 413', async () => {
    const bomb = gzipSync(Buffer.alloc(50 * 1024 * 1024, 0x61));
    const res = await post({ 'content-type': 'text/plain', 'content-encoding': 'gzip' }, bomb);
    expect(problemFaults(res)).toEqual([]);
    expect(res.status).toBe(413);
  });

  // BUG (apps/api, http/problem.ts `problemHandler`): body-parser reports a corrupt gzip/deflate
  // body as an http-error with `status: 400` and no `type`; the handler answers 500. Same fix as the
  // broken %-escapes above. Flip to `it` once fixed.
  it('answers a corrupt gzip or deflate body with a 4xx problem', async () => {
    for (const encoding of ['gzip', 'deflate', 'br']) {
      const res = await post(
        { 'content-type': 'text/plain', 'content-encoding': encoding },
        'not compressed at all',
      );
      expect(problemFaults(res)).toEqual([]);
    }
  });

  it('never 5xx on random content types and random bodies', async () => {
    const types = fc.oneof(
      fc.constantFrom(
        'text/plain',
        'application/json',
        'text/plain; charset=utf-8',
        'application/json; charset=latin1',
        'text/csv',
        'application/octet-stream',
      ),
      fc.string({ unit: 'grapheme-ascii', maxLength: 30 }),
    );
    const bodies = fc.oneof(
      fc.uint8Array({ maxLength: 400 }).map((b) => Buffer.from(b)),
      fc.json().map((j) => Buffer.from(j)),
      fc
        .record({
          text: fc.string({ unit: 'binary', maxLength: 200 }),
          title: fc.option(fc.string(), { nil: undefined }),
        })
        .map((o) => Buffer.from(JSON.stringify(o))),
    );
    await fc.assert(
      fc.asyncProperty(types, bodies, async (type, body) => {
        // a valid random article may be ingested (201) or be a repeat (409); anything else is a problem
        const res = await post(/^[\t\x20-\x7e]*$/.test(type) ? { 'content-type': type } : {}, body);
        expect(answerFaults(res)).toEqual([]);
      }),
      { numRuns: 120, seed: 20261129 },
    );
  });
});

describe('static files and unknown routes', () => {
  it('never serves a file outside the viewer folder', async () => {
    for (const path of [
      '/../parley-secret.txt',
      '/..%2fparley-secret.txt',
      '/%2e%2e/parley-secret.txt',
      '/%2e%2e%2fparley-secret.txt',
      '/..%5cparley-secret.txt',
      '/.%2e/parley-secret.txt',
      '/%252e%252e/parley-secret.txt',
    ]) {
      const res = await raw(app.port, { path });
      expect(res.status, path).toBeLessThan(500);
      expect(res.text, path).not.toContain('TOP-SECRET');
    }
  });

  it('answers unknown methods and /api routes with a 4xx problem', async () => {
    for (const [method, path] of [
      ['PUT', `/api/graphs/${SEED}`],
      ['DELETE', `/api/graphs/${SEED}/articles`],
      ['PATCH', '/api/health'],
      ['GET', '/api/nothing-here'],
      ['GET', '/api/graphs/../../etc/passwd'],
    ] as const) {
      expect(problemFaults(await raw(app.port, { method, path })), `${method} ${path}`).toEqual([]);
    }
  });
});
