// `parley import` on both engines: a graph folder built by `parley build` goes into a SQLite file and
// into PostgreSQL (a server the test starts itself; that half is skipped, saying why, where it cannot).
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '@parley/cli';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type CorpusStore, openCorpusStore } from '../../packages/store/src/index.js';
import { startTestPostgres, type TestPostgres } from '../../packages/store/src/testing/postgres.js';
import { repoRoot } from '../reliability/lib/http.js';

const FIXTURES = join(repoRoot, 'packages/core/src/analysis/fixtures');

/** Runs `parley ...` in this process: its exit code and what it printed. */
async function parley(...args: string[]): Promise<{ code: number; out: string }> {
  const lines: string[] = [];
  const keep = (line: unknown) => void lines.push(String(line));
  const log = vi.spyOn(console, 'log').mockImplementation(keep);
  const error = vi.spyOn(console, 'error').mockImplementation(keep);
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => keep(chunk) ?? true);
  try {
    return { code: await main(args), out: lines.join('\n') };
  } finally {
    log.mockRestore();
    error.mockRestore();
    stderr.mockRestore();
  }
}

let dir: string;
let folder: string;
let server: TestPostgres | undefined;
let noPostgres: string | undefined;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'parley-import-'));
  folder = join(dir, 'corpus');
  const built = await parley(
    'build',
    FIXTURES,
    '--meta',
    join(FIXTURES, 'meta.csv'),
    '--out',
    join(folder, 'graph.json'),
  );
  expect(built.code, built.out).toBe(0);
  const pg = await startTestPostgres();
  if ('unavailable' in pg) {
    noPostgres = pg.unavailable;
    console.warn(`[import tests] PostgreSQL half skipped: ${noPostgres}`);
  } else server = pg;
});
afterAll(async () => {
  server?.stop();
  await rm(dir, { recursive: true, force: true });
});

const engines = [
  { engine: 'sqlite', database: () => join(dir, 'parley.db') },
  { engine: 'postgres', database: () => server?.url ?? '' },
];

describe.each(engines)('parley import into $engine', ({ engine, database }) => {
  let store: CorpusStore | undefined;
  const skipped = () => {
    if (engine === 'postgres' && noPostgres)
      console.warn(`[import tests] skipped on postgres: ${noPostgres}`);
    return engine === 'postgres' && noPostgres !== undefined;
  };
  const open = async () => {
    store ??= await openCorpusStore(database());
    return store;
  };
  afterAll(() => store?.close());

  it('stores a graph folder: the graph exactly as built, and every article text', async () => {
    if (skipped()) return;
    const run = await parley('import', folder, '--database', database());
    expect(run.code, run.out).toBe(0);
    expect(run.out).toMatch(/as "corpus": 4 articles \(4 with their text\)/);
    const s = await open();
    const graph = await readFile(join(folder, 'graph.json'), 'utf8');
    expect(JSON.stringify(await s.exportGraph('corpus'))).toBe(graph);
    const manifest = JSON.parse(await readFile(join(folder, 'manifest.json'), 'utf8'));
    for (const { id } of manifest.articles as { id: string }[])
      expect(await s.articleText('corpus', id)).toBe(
        await readFile(join(folder, 'articles', `${id}.txt`), 'utf8'),
      );
  });

  it('refuses a name it holds with exit code 1 and a clear message, and leaves the graph as it was', async () => {
    if (skipped()) return;
    const before = JSON.stringify(await (await open()).exportGraph('corpus'));
    const run = await parley(
      'import',
      join(folder, 'graph.json'),
      '--database',
      database(),
      '--name',
      'corpus',
    );
    expect(run.code).toBe(1);
    expect(run.out).toContain('a graph named "corpus" is stored already');
    expect(run.out).toContain('give --replace to replace it');
    expect(JSON.stringify(await (await open()).exportGraph('corpus'))).toBe(before);
  });

  it('replaces it with --replace, and imports a bare graph.json under --name without texts', async () => {
    if (skipped()) return;
    const small = join(dir, `seed-${engine}.json`);
    const seed = await parley(
      'build',
      join(repoRoot, 'graphs/ukraine-peace-talks/articles'),
      '--out',
      small,
      '--no-layout',
    );
    expect(seed.code, seed.out).toBe(0);
    const replaced = await parley('import', small, '--database', database(), '--name', 'corpus', '--replace');
    expect(replaced.code, replaced.out).toBe(0);
    expect(replaced.out).toMatch(/1 articles \(0 with their text\).*was replaced/);
    const s = await open();
    expect(JSON.stringify(await s.exportGraph('corpus'))).toBe(await readFile(small, 'utf8'));
    expect(await s.graphs()).toContain('corpus');
  });

  it('refuses a file that is not a Parley graph with exit code 1, naming it', async () => {
    if (skipped()) return;
    const bad = join(dir, 'bad.json');
    await writeFile(bad, '{"nodes": []}');
    const run = await parley('import', bad, '--database', database(), '--name', 'bad');
    expect(run.code).toBe(1);
    expect(run.out).toMatch(/bad\.json: not a Parley graph/);
    expect(await (await open()).graphs()).not.toContain('bad');
  });
});

describe('parley import usage', () => {
  it('needs --database (or PARLEY_DATABASE_URL): exit code 2', async () => {
    const saved = process.env.PARLEY_DATABASE_URL;
    delete process.env.PARLEY_DATABASE_URL;
    try {
      const run = await parley('import', folder);
      expect(run.code).toBe(2);
      expect(run.out).toMatch(/required option '-d, --database <location>' not specified/);
    } finally {
      if (saved !== undefined) process.env.PARLEY_DATABASE_URL = saved;
    }
  });

  it('refuses a source that is not there with exit code 1', async () => {
    const run = await parley('import', join(dir, 'nothing-here'), '--database', join(dir, 'x.db'));
    expect(run.code).toBe(1);
    expect(run.out).toMatch(/nothing-here: no such file or folder/);
  });
});
