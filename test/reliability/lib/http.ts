// Plain node:http helpers for the reliability tests: requests go out byte for byte as written (no
// URL normalisation, so `..`, `%2F` and broken escapes reach the server), and the real app listens
// on 127.0.0.1 on a free port.
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type AppOptions, createApp } from '@parley/api';
import { buildGraph, extractArticle } from '@parley/core';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const SEED = 'ukraine-peace-talks';
export const seedArticles = join(repoRoot, 'graphs', SEED, 'articles');

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
}

export interface RawRequest {
  method?: string;
  /** Sent verbatim as the request target. */
  path: string;
  headers?: Record<string, string | number>;
  body?: string | Buffer;
}

/** One HTTP request with the path and headers exactly as given. */
export function raw(port: number, req: RawRequest): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const r = httpRequest(
      { host: '127.0.0.1', port, method: req.method ?? 'GET', path: req.path, headers: req.headers ?? {} },
      (res) => {
        const chunks: Buffer[] = [];
        // an event stream never ends: its first event is the answer
        const stream = /^text\/event-stream/.test(res.headers['content-type'] ?? '');
        res.on('data', (c: Buffer) => {
          chunks.push(c);
          if (stream && /\n\n/.test(Buffer.concat(chunks).toString('utf8'))) {
            resolve({
              status: res.statusCode ?? 0,
              headers: res.headers,
              text: Buffer.concat(chunks).toString('utf8'),
            });
            r.destroy();
          }
        });
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            text: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        res.on('error', reject);
      },
    );
    r.on('error', reject);
    r.end(req.body);
  });
}

/**
 * A temporary graphs folder (`<private temp dir>/graphs`, so nothing else shares its parent) with
 * the seed graph built by the real core, articles beside it.
 */
export async function seedGraphsDir(): Promise<{ dir: string; remove: () => Promise<void> }> {
  const root = await mkdtemp(join(tmpdir(), 'parley-reliability-'));
  const dir = join(root, 'graphs');
  await mkdir(join(dir, SEED), { recursive: true });
  await cp(seedArticles, join(dir, SEED, 'articles'), { recursive: true });
  const files = (await readdir(seedArticles)).filter((f) => f.endsWith('.txt')).sort();
  const extractions = await Promise.all(
    files.map(async (f) =>
      extractArticle(await readFile(join(seedArticles, f), 'utf8'), { id: f.slice(0, -4) }),
    ),
  );
  const graph = buildGraph(extractions, { name: SEED });
  await writeFile(join(dir, SEED, 'graph.json'), JSON.stringify(graph.export()));
  return { dir, remove: () => rm(root, { recursive: true, force: true }) };
}

export interface Listening {
  port: number;
  server: Server;
  close: () => Promise<void>;
}

/** The real app on 127.0.0.1, a free port. */
export async function listen(options: AppOptions): Promise<Listening> {
  const server = createApp({ logger: false, ...options }).listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    server,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Marks of a leaked stack trace or server internals in a response body. */
const LEAKS = [
  /\n\s+at [\w.<>]+ \(/,
  /node_modules/,
  /\/work\/|\/home\/|\/tmp\//,
  /\.ts:\d+/,
  /\.js:\d+:\d+/,
];

/**
 * What is wrong with an error answer: anything but a 4xx `application/problem+json` whose body is
 * a problem document with the same status, free of stack traces and file paths. Empty when sound.
 */
export function problemFaults(res: RawResponse): string[] {
  const faults: string[] = [];
  if (res.status < 400 || res.status >= 500) faults.push(`status ${res.status}`);
  if (!String(res.headers['content-type']).startsWith('application/problem+json'))
    faults.push(`content-type ${res.headers['content-type']}`);
  try {
    const body = JSON.parse(res.text) as { status?: unknown; title?: unknown; detail?: unknown };
    if (body.status !== res.status) faults.push(`body.status ${String(body.status)}`);
    if (typeof body.title !== 'string' || typeof body.detail !== 'string') faults.push('no title/detail');
  } catch {
    faults.push(`body is not JSON: ${res.text.slice(0, 80)}`);
  }
  for (const leak of LEAKS) if (leak.test(res.text)) faults.push(`leaks ${leak}: ${res.text.slice(0, 200)}`);
  return faults;
}
