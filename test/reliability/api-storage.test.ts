/**
 * The API's storage edges: a read-only graphs folder answers writes with a 503 problem (reads go
 * on), symbolic links to graph folders are listed like the folders they are served and written as,
 * and a missing viewer file is a 404, not the viewer's page.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testArticle } from './lib/articles.js';
import { type Listening, listen, problemFaults, raw, SEED, seedGraphsDir } from './lib/http.js';

const post = (port: number, graph: string, text: string) =>
  raw(port, {
    method: 'POST',
    path: `/api/graphs/${graph}/articles`,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'content-length': Buffer.byteLength(text) },
    body: text,
  });

describe('symbolic links and viewer files', () => {
  let app: Listening;
  let remove: () => Promise<void>;
  let elsewhere: string;
  beforeAll(async () => {
    const made = await seedGraphsDir();
    remove = made.remove;
    elsewhere = await mkdtemp(join(tmpdir(), 'parley-elsewhere-'));
    const viewer = await mkdtemp(join(tmpdir(), 'parley-viewer-'));
    execFileSync('sh', ['-c', `echo '<!doctype html><title>viewer</title>' > '${viewer}/index.html'`]);
    await symlink(elsewhere, join(made.dir, 'linked'));
    app = await listen({ graphsDir: made.dir, viewerDir: viewer, reloadCheckMs: 0 });
  });
  afterAll(async () => {
    await app?.close();
    await remove?.();
    await rm(elsewhere, { recursive: true, force: true });
  });

  it('lists a symlinked graph folder once it has a graph, as it serves and writes it', async () => {
    expect((await post(app.port, 'linked', testArticle(4))).status).toBe(201);
    const list = JSON.parse((await raw(app.port, { path: '/api/graphs' })).text);
    expect(list.items.map((g: { name: string }) => g.name)).toEqual(['linked', SEED]);
    expect((await raw(app.port, { path: '/api/graphs/linked/statements' })).status).toBe(200);
  });

  it.each(['/assets/missing.js', '/assets/app.css', '/favicon.png', '/graphs/x/missing.json'])(
    'answers %s with a 404 problem, not the viewer page',
    async (path) => {
      const res = await raw(app.port, { path, headers: { accept: 'text/html,*/*' } });
      expect(problemFaults(res)).toEqual([]);
      expect(res.status).toBe(404);
    },
  );

  it('still answers page routes with the viewer page', async () => {
    const res = await raw(app.port, { path: '/graph/ukraine-peace-talks', headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(res.text).toMatch(/<title>viewer/);
  });
});

/** Mounts `dir` read-only over itself; false when this machine does not allow it (not root). */
function mountReadOnly(dir: string): boolean {
  try {
    execFileSync('mount', ['--bind', dir, dir], { stdio: 'ignore' });
    execFileSync('mount', ['-o', 'remount,ro,bind', dir], { stdio: 'ignore' });
    return true;
  } catch {
    try {
      execFileSync('umount', [dir], { stdio: 'ignore' });
    } catch {}
    return false;
  }
}

describe('a read-only graphs folder', () => {
  let app: Listening;
  let dir: string;
  let remove: () => Promise<void>;
  let mounted = false;
  beforeAll(async () => {
    ({ dir, remove } = await seedGraphsDir());
    mounted = mountReadOnly(dir);
    app = await listen({ graphsDir: dir, reloadCheckMs: 0 });
  });
  afterAll(async () => {
    await app?.close();
    if (mounted) execFileSync('umount', [dir]);
    await remove?.();
  });

  it('answers a write with a 503 problem saying so, and reads go on', async (ctx) => {
    if (!mounted) ctx.skip();
    const res = await post(app.port, SEED, testArticle(5));
    expect(res.status).toBe(503);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    const body = JSON.parse(res.text);
    expect(body.status).toBe(503);
    expect(res.text).not.toMatch(/\/tmp\/|\n\s+at /);
    expect(body.code).toBe('storage-unavailable');
    expect(body.detail).toMatch(/read-only file system \(EROFS\)/);
    expect((await raw(app.port, { path: `/api/graphs/${SEED}/statements?limit=1` })).status).toBe(200);
  });
});
