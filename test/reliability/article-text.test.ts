/**
 * One reader of article text for the CLI, the API and rebuilds: a byte-order mark, UTF-16 and CRLF
 * line ends read the same everywhere (spans, the text endpoint and source sentences agree); a named
 * pipe among a graph's articles cannot hang the server; re-encoded copies of one article are one.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '@parley/cli';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type Listening, listen, raw } from './lib/http.js';

const TEXT =
  'Talks resume in Geneva\n\nUkrainian President Volodymyr Zelensky said on Monday that "no deal is close". ' +
  'Russian officials said the talks would go on.\n';

let root: string;
let app: Listening;
const get = async (path: string) => {
  const res = await raw(app.port, { path });
  return { status: res.status, body: JSON.parse(res.text) };
};
const post = (graph: string, body: string | Buffer, type = 'text/plain; charset=utf-8') =>
  raw(app.port, {
    method: 'POST',
    path: `/api/graphs/${graph}/articles`,
    headers: { 'content-type': type, 'content-length': Buffer.byteLength(body) },
    body,
  });

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'parley-text-'));
  const articles = join(root, 'graphs', 'encodings', 'articles');
  await mkdir(articles, { recursive: true });
  await writeFile(join(articles, 'bom.txt'), `\uFEFF${TEXT}`);
  await writeFile(
    join(articles, 'crlf.txt'),
    TEXT.replace('Russian', 'Some Russian').replaceAll('\n', '\r\n'),
  );
  await writeFile(
    join(articles, 'utf16.txt'),
    Buffer.from(`\uFEFF${TEXT.replace('Monday', 'Friday')}`, 'utf16le'),
  );
  vi.spyOn(console, 'log').mockImplementation(() => {});
  expect(await main(['build', articles, '--out', join(root, 'graphs', 'encodings', 'graph.json')])).toBe(0);
  vi.restoreAllMocks();
  app = await listen({ graphsDir: join(root, 'graphs'), reloadCheckMs: 0 });
});

afterAll(async () => {
  await app?.close();
  await rm(root, { recursive: true, force: true });
});

describe('the same text for the CLI and the API', () => {
  it.each(['bom', 'crlf', 'utf16'])(
    '%s: the text endpoint serves it, and every statement slices it',
    async (id) => {
      const article = await get(`/api/graphs/encodings/articles/${id}`);
      expect(article.status).toBe(200);
      const text = article.body.text as string;
      expect(text.startsWith('Talks resume')).toBe(true);
      expect(text).not.toMatch(/\r|\uFEFF/);
      const statements = (await get('/api/graphs/encodings/statements?limit=100')).body.items.filter(
        (s: { article: { id: string } }) => s.article.id === id,
      );
      expect(statements.length).toBeGreaterThan(0);
      for (const s of statements) {
        expect(text.slice(s.span[0], s.span[1])).toBe(s.text);
        expect(s.sentence).toContain(s.text);
      }
    },
  );

  it('an uploaded text with a BOM and CRLF is stored and served without them, spans matching', async () => {
    const res = await post('uploads', Buffer.from(`\uFEFF${TEXT.replaceAll('\n', '\r\n')}`));
    expect(res.status).toBe(201);
    const { article, statements } = JSON.parse(res.text);
    const served = await get(`/api/graphs/uploads/articles/${article.id}`);
    expect(served.status).toBe(200);
    expect(served.body.text).toBe(TEXT);
    for (const s of statements) expect(TEXT.slice(s.span[0], s.span[1])).toBe(s.text);
  });

  it('re-encoded copies of one article (NFD, CRLF, trailing blanks, BOM) are refused as duplicates', async () => {
    const text =
      'Café owners said "we will stay open" on Tuesday.\nThe mayor said the decision was theirs.\n';
    expect((await post('dupes', text)).status).toBe(201);
    const variants = [
      text.normalize('NFD'),
      text.replaceAll('\n', '\r\n'),
      text.replace('\n', '  \n'),
      `\uFEFF${text}`,
    ];
    for (const v of variants) {
      const res = await post('dupes', v);
      expect(res.status, JSON.stringify(v)).toBe(409);
    }
    const graph = (await get('/api/graphs/dupes')).body as { nodes: { attributes: { kind: string } }[] };
    expect(graph.nodes.filter((n) => n.attributes.kind === 'article')).toHaveLength(1);
  });
});

describe('a named pipe among the articles', () => {
  it('does not hang the server: its text is a 404 problem and other reads go on', async () => {
    const articles = join(root, 'graphs', 'encodings', 'articles');
    await rm(join(articles, 'crlf.txt'));
    execFileSync('mkfifo', [join(articles, 'crlf.txt')]);
    const started = Date.now();
    const text = await get('/api/graphs/encodings/articles/crlf');
    expect(text.status).toBe(404);
    expect(text.body.detail).toMatch(/not a readable article/);
    const statements = await get('/api/graphs/encodings/statements?limit=100');
    expect(statements.status).toBe(200);
    expect((await get('/api/health')).status).toBe(200);
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
