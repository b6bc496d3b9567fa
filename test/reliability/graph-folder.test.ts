/**
 * A graph folder is the graph's source of truth: every article added by the CLI or the API is kept
 * there with its metadata, rebuilds re-extract exactly that set (only when the extractor version
 * changed, or forced, or after an interrupted write), the previous graph stays recoverable, and a
 * crash's leftovers are repaired consistently.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '@parley/cli';
import { articleFingerprint, EXTRACTOR_VERSION, parseGraph, sha256Of } from '@parley/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { testArticle } from './lib/articles.js';
import { listen, raw, seedArticles } from './lib/http.js';

interface Node {
  key: string;
  attributes: { kind: string; id?: string; label?: string; date?: string; publisher?: string };
}
let root: string;
let folder: string;
let lines: string[];
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'parley-folder-'));
  folder = join(root, 'graphs', 'talks');
  lines = [];
  vi.spyOn(console, 'log').mockImplementation((m: string) => void lines.push(m));
  vi.spyOn(console, 'error').mockImplementation((m: string) => void lines.push(m));
});
afterEach(async () => {
  vi.restoreAllMocks();
  await rm(root, { recursive: true, force: true });
});

const graphJson = async () => JSON.parse(await readFile(join(folder, 'graph.json'), 'utf8'));
const articles = async (file = join(folder, 'graph.json')) =>
  (parseGraph(JSON.parse(await readFile(file, 'utf8'))) as unknown as { nodes: Node[] }).nodes
    .filter((n) => n.attributes.kind === 'article')
    .map((n) => n.attributes);
const manifest = async () => JSON.parse(await readFile(join(folder, 'manifest.json'), 'utf8'));

/** Five articles in a folder outside graphs/, built with the CLI into the graph folder. */
async function buildFromOutside(): Promise<void> {
  const input = join(root, 'elsewhere');
  await mkdir(input);
  for (const f of await readdir(seedArticles))
    await writeFile(join(input, f), await readFile(join(seedArticles, f)));
  for (let i = 0; i < 4; i++) await writeFile(join(input, `t${i}.txt`), testArticle(i));
  expect(await main(['build', input, '--out', join(folder, 'graph.json'), '--no-layout'])).toBe(0);
  await rm(input, { recursive: true });
}

/** POSTs one article with title, date and publisher through the real API. */
async function ingestOne(): Promise<string> {
  const app = await listen({ graphsDir: join(root, 'graphs'), reloadCheckMs: 0 });
  try {
    const body = JSON.stringify({
      text: testArticle(7),
      title: 'Round seven',
      date: '2025-08-19',
      publisher: 'Wire',
    });
    const res = await raw(app.port, {
      method: 'POST',
      path: '/api/graphs/talks/articles',
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      body,
    });
    expect(res.status, res.text).toBe(201);
    return JSON.parse(res.text).article.id as string;
  } finally {
    await app.close();
  }
}

describe('graph folder as the source of truth', () => {
  it('keeps every article (CLI and API, with metadata) through restarts and forced rebuilds', async () => {
    await buildFromOutside();
    const id = await ingestOne();
    expect(await articles()).toHaveLength(6);
    const builtAt = (await graphJson()).attributes.builtAt;

    // A start with nothing to rebuild rebuilds nothing.
    expect(await main(['rebuild', folder, '--no-layout'])).toBe(0);
    expect(lines.join('\n')).toMatch(/up to date \(6 articles\), nothing rebuilt/);
    expect((await graphJson()).attributes.builtAt).toBe(builtAt);

    // A forced rebuild re-extracts exactly the stored set, keeping ids and metadata.
    expect(await main(['rebuild', folder, '--force', '--no-layout'])).toBe(0);
    const after = await articles();
    expect(after.map((a) => a.id).sort()).toEqual(
      (await manifest()).articles.map((a: { id: string }) => a.id).sort(),
    );
    expect(after).toHaveLength(6);
    expect(after.find((a) => a.id === id)).toMatchObject({
      label: 'Round seven',
      date: '2025-08-19',
      publisher: 'Wire',
    });
    // The graph it replaced is recoverable, and is a whole contract graph.
    expect(await articles(join(folder, 'graph.json.bak'))).toHaveLength(6);
  });

  it('rebuilds when (and only when) the stored extractor version differs', async () => {
    await buildFromOutside();
    // file times say nothing: texts newer than the graph (an edit, a copy, a rebuilt core) rebuild nothing
    const graphFile = join(folder, 'graph.json');
    const builtAt = (await graphJson()).attributes.builtAt;
    const year2000 = new Date('2000-01-01T00:00:00Z');
    await utimes(graphFile, year2000, year2000);
    for (const name of await readdir(join(folder, 'articles')))
      await utimes(join(folder, 'articles', name), new Date(), new Date());
    expect(await main(['rebuild', folder, '--no-layout'])).toBe(0);
    expect(lines.join('\n')).toMatch(/nothing rebuilt/);
    expect((await graphJson()).attributes.builtAt).toBe(builtAt);
    expect((await stat(graphFile)).mtimeMs).toBe(year2000.getTime());
    lines.length = 0;
    const m = await manifest();
    expect(m.extractor).toBe(EXTRACTOR_VERSION);
    await writeFile(join(folder, 'manifest.json'), JSON.stringify({ ...m, extractor: 'an-older-one' }));
    expect(await main(['rebuild', folder, '--no-layout'])).toBe(0);
    expect(lines.join('\n')).toMatch(/rebuilt .*: 5 articles .*built by extractor "an-older-one"/);
    expect((await manifest()).extractor).toBe(EXTRACTOR_VERSION);
  });

  it('a folder made before manifests (graph.json and articles/ only) gets one, titles kept', async () => {
    await buildFromOutside();
    const id = await ingestOne();
    await rm(join(folder, 'manifest.json'));
    expect(await main(['rebuild', folder, '--no-layout'])).toBe(0);
    const after = await articles();
    expect(after).toHaveLength(6);
    expect(after.find((a) => a.id === id)).toMatchObject({
      label: 'Round seven',
      date: '2025-08-19',
      publisher: 'Wire',
    });
    expect(after.find((a) => a.id === 't0')?.label).toBe(testArticle(0).split('\n')[0]);
  });

  it('repairs a crash between the text and the graph consistently, and cleans stale temporary files', async () => {
    await buildFromOutside();
    // Crash 1: text and manifest entry written, graph not: the article is added (it was stored).
    const text = testArticle(11);
    await writeFile(join(folder, 'articles', 'crashed.txt'), text);
    const m = await manifest();
    m.articles.push({
      id: 'crashed',
      title: 'Crashed',
      sha256: sha256Of(text),
      fingerprint: articleFingerprint(text),
    });
    await writeFile(join(folder, 'manifest.json'), JSON.stringify(m));
    // Crash 2: a text written but never listed (never acknowledged): not added, not deleted.
    await writeFile(join(folder, 'articles', 'orphan.txt'), testArticle(12));
    // Crash 3: temporary files of a writer that died.
    const dead = Number(execFileSync('sh', ['-c', 'echo $$'], { encoding: 'utf8' }).trim());
    const tmp = [
      join(folder, `.graph.json.${dead}.1700000000000.tmp`),
      join(folder, 'articles', `.x.txt.${dead}.1.tmp`),
    ];
    for (const t of tmp) await writeFile(t, 'half');
    const live = join(folder, `.graph.json.${process.pid}.1.tmp`);
    await writeFile(live, 'in flight');

    expect(await main(['rebuild', folder, '--no-layout'])).toBe(0);
    expect(lines.join('\n')).toMatch(/interrupted write/);
    const ids = (await articles()).map((a) => a.id);
    expect(ids).toContain('crashed');
    expect(ids).not.toContain('orphan');
    expect(existsSync(join(folder, 'articles', 'orphan.txt'))).toBe(true);
    for (const t of tmp) expect(existsSync(t)).toBe(false);
    expect(existsSync(live)).toBe(true);
  });

  it('a rebuild that cannot read a stored text names it and replaces nothing', async () => {
    await buildFromOutside();
    const before = await stat(join(folder, 'graph.json'));
    await rm(join(folder, 'articles', 't2.txt'));
    expect(await main(['rebuild', folder, '--force', '--no-layout'])).toBe(1);
    expect(lines.join('\n')).toMatch(/article "t2": .*no such file/);
    expect((await stat(join(folder, 'graph.json'))).mtimeMs).toBe(before.mtimeMs);
  });

  it('the API refuses a date that is not an ISO date', async () => {
    const app = await listen({ graphsDir: join(root, 'graphs'), reloadCheckMs: 0 });
    try {
      for (const [date, status] of [
        ['<img src=x onerror=alert(1)>', 400],
        ['2025-02-30', 400],
        ['yesterday', 400],
        ['2025-08-19T10:00:00Z', 201],
      ] as const) {
        const body = JSON.stringify({ text: testArticle(20 + status), date });
        const res = await raw(app.port, {
          method: 'POST',
          path: '/api/graphs/dates/articles',
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
          body,
        });
        expect(res.status, `${date}: ${res.text}`).toBe(status);
      }
    } finally {
      await app.close();
    }
  });
});
