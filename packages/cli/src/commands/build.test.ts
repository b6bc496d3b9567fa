import { copyFile, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../main.js';

const fixtures = fileURLToPath(new URL('../../../core/src/io/inputs/fixtures/', import.meta.url));

interface Node {
  key: string;
  attributes: Record<string, unknown>;
}
const articleNodes = async (out: string) =>
  (JSON.parse(await readFile(out, 'utf8')).nodes as Node[])
    .filter((n) => n.attributes.kind === 'article')
    .map((n) => n.attributes);

describe('parley build over every input format', () => {
  let dir: string;
  let errors: string[];
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'parley-build-'));
    errors = [];
    vi.spyOn(console, 'error').mockImplementation((m: string) => void errors.push(m));
    vi.spyOn(console, 'log').mockImplementation(() => {});
  });
  afterEach(() => vi.restoreAllMocks());

  it('builds a folder of pages, a corpus and a named text, each article with its date, outlet and URL', async () => {
    const inputs = join(dir, 'in');
    await mkdir(inputs);
    for (const f of ['planet_page.html', 'ledger_jsonld.html', 'corpus.jsonl'])
      await copyFile(join(fixtures, f), join(inputs, f));
    await writeFile(join(inputs, 'index.json'), '{"not": "an article"}');
    const text = join(dir, 'wire_2021-05-04_vote.txt');
    await writeFile(text, 'Vote delayed\n\nThe vote was delayed until June, the speaker said.\n');
    const out = join(dir, 'g', 'graph.json');
    expect(await main(['build', inputs, text, '--out', out, '--no-layout', '-q'])).toBe(0);
    const articles = await articleNodes(out);
    const ids = articles.map((a) => a.id as string).sort();
    expect(ids).toEqual([
      expect.stringMatching(/^flood-defences-to-be-raised-[0-9a-f]{10}$/),
      'ledger_jsonld',
      expect.stringMatching(/^museum-reopens-[0-9a-f]{10}$/),
      'planet_page',
      'wire-001',
      'wire_2021-05-04_vote',
    ]);
    const byId = new Map(articles.map((a) => [a.id, a]));
    expect(byId.get('planet_page')).toMatchObject({
      label: 'Harbour deal agreed after night of talks',
      date: '2024-03-05T22:10:00+01:00',
      publisher: 'Daily Planet',
      url: 'https://planet.example/world/harbour-deal',
    });
    expect(byId.get('wire_2021-05-04_vote')).toMatchObject({ date: '2021-05-04', publisher: 'wire' });
    expect(byId.get('wire-001')).toMatchObject({
      date: '2022-06-17',
      publisher: 'Wire Service',
      label: 'Rail strike called off',
    });
    // the stored texts are what the spans index into, under the same ids
    const manifest = JSON.parse(await readFile(join(dir, 'g', 'manifest.json'), 'utf8'));
    expect(manifest.articles).toHaveLength(6);
    const stored = await readFile(join(dir, 'g', 'articles', 'planet_page.txt'), 'utf8');
    expect(stored.startsWith('Harbour deal agreed after night of talks\n\n')).toBe(true);
    expect(manifest.articles.find((a: { id: string }) => a.id === 'planet_page')).toMatchObject({
      url: 'https://planet.example/world/harbour-deal',
    });
  });

  it('takes metadata for plain texts from --meta, and names a bad row', async () => {
    const text = join(dir, 'a.txt');
    await writeFile(text, 'Ferry resumes\n\nThe ferry resumed on Monday, the operator said.\n');
    await writeFile(
      join(dir, 'meta.csv'),
      'file,title,date,publisher,url\na.txt,Ferry service resumes,2020-02-03,Island Post,https://post.example/ferry\n',
    );
    const out = join(dir, 'out.json');
    expect(
      await main(['build', text, '--meta', join(dir, 'meta.csv'), '--out', out, '--no-layout', '-q']),
    ).toBe(0);
    expect((await articleNodes(out))[0]).toMatchObject({
      label: 'Ferry service resumes',
      date: '2020-02-03',
      publisher: 'Island Post',
      url: 'https://post.example/ferry',
    });
    await writeFile(join(dir, 'bad.csv'), 'file,date\na.txt,soon\n');
    expect(
      await main(['build', text, '--meta', join(dir, 'bad.csv'), '--out', join(dir, 'x.json'), '-q']),
    ).toBe(1);
    expect(errors.join('\n')).toMatch(/bad\.csv: row 2: "date" must be an ISO 8601 date/);
  });

  it('refuses two inputs giving one id, naming both, and writes nothing', async () => {
    await writeFile(
      join(dir, 'c.jsonl'),
      '{"id":"same","text":"One said so."}\n{"id":"same","text":"Two said so."}\n',
    );
    const out = join(dir, 'dup', 'graph.json');
    expect(await main(['build', join(dir, 'c.jsonl'), '--out', out, '-q'])).toBe(1);
    expect(errors.join('\n')).toMatch(/c\.jsonl:2: the article id "same" is also .*c\.jsonl:1's/);
    await expect(readFile(out)).rejects.toThrow();
  });
});
