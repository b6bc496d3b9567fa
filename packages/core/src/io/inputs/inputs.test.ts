import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { articleId, toIsoDate } from '../meta.js';
import { listInputFiles, metaFromFileName, readInputFile, readMetaTable, withMeta } from './index.js';

const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
const scratch = () => mkdtempSync(join(tmpdir(), 'parley-inputs-'));

describe('file names', () => {
  it('reads outlet and date from outlet_YYYY-MM-DD_slug', () => {
    expect(metaFromFileName('breitbart_2016-10-12_trump-says')).toEqual({
      publisher: 'breitbart',
      date: '2016-10-12',
    });
    expect(metaFromFileName('nyt_2016-09-06')).toEqual({ publisher: 'nyt', date: '2016-09-06' });
  });
  it('reads nothing from other names or impossible days', () => {
    expect(metaFromFileName('000_6b75679a6597cec9')).toEqual({});
    expect(metaFromFileName('wikinews_GUM_news_afghan')).toEqual({});
    expect(metaFromFileName('nyt_2015-02-29_leap')).toEqual({});
  });
});

describe('dates', () => {
  it('keeps ISO dates and reads the forms pages and feeds use', () => {
    expect(toIsoDate('2024-03-05T22:10:00+01:00')).toBe('2024-03-05T22:10:00+01:00');
    expect(toIsoDate('Tue, 05 Mar 2024 21:10:00 GMT')).toBe('2024-03-05T21:10:00.000Z');
    expect(toIsoDate('March 5, 2024')).toBe('2024-03-05');
    expect(toIsoDate('<img src=x onerror=alert(1)>')).toBeUndefined();
    expect(toIsoDate('')).toBeUndefined();
  });
});

describe('news pages', () => {
  it('takes the main text and the Open Graph metadata, leaving menus and footers out', async () => {
    const [page] = await readInputFile(join(fixtures, 'planet_page.html'));
    expect(page).toMatchObject({
      id: 'planet_page',
      title: 'Harbour deal agreed after night of talks',
      date: '2024-03-05T22:10:00+01:00',
      publisher: 'Daily Planet',
      url: 'https://planet.example/world/harbour-deal',
    });
    const lines = page?.text.split('\n\n') ?? [];
    expect(lines[0]).toBe('Harbour deal agreed after night of talks');
    expect(page?.text).toContain('"Nobody got everything, and that is how you know it is fair," she told');
    expect(page?.text).toContain('"We came here to end the strike, and we have," Reyes said.');
    for (const junk of ['Subscribe now', 'Most read', 'All rights reserved', 'Weather warning'])
      expect(page?.text).not.toContain(junk);
  });

  it('reads JSON-LD NewsArticle inside @graph, past a broken JSON-LD block', async () => {
    const [page] = await readInputFile(join(fixtures, 'ledger_jsonld.html'));
    expect(page).toMatchObject({
      title: 'Council rejects tower plan',
      date: '2023-11-14T09:30:00Z',
      publisher: 'The Ledger',
      url: 'https://ledger.example/2023/11/council-rejects-tower',
    });
    expect(page?.text).toContain('"This is a victory for everyone who uses the square," she said');
    expect(page?.text).not.toContain('Front page');
  });

  it('refuses a page with no article text, naming it', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'empty.html'), '<html><head><title>x</title></head><body></body></html>');
    await expect(readInputFile(join(dir, 'empty.html'))).rejects.toThrow(
      /empty\.html: the page has no readable/,
    );
  });
});

describe('corpus files', () => {
  it('reads one article per line, crawler field names mapped, ids their own or the API scheme', async () => {
    const articles = await readInputFile(join(fixtures, 'corpus.jsonl'));
    expect(articles.map((a) => a.origin.replace(/.*\//, ''))).toEqual([
      'corpus.jsonl:1',
      'corpus.jsonl:3',
      'corpus.jsonl:4',
    ]);
    expect(articles[0]).toMatchObject({ id: 'wire-001', date: '2022-06-17', publisher: 'Wire Service' });
    expect(articles[1]).toMatchObject({
      date: '2022-06-20',
      publisher: 'news.example',
      title: 'Flood defences to be raised',
    });
    expect(articles[1]?.url).toBeUndefined();
    expect(articles[2]?.id).toBe(articleId({ text: articles[2]?.text ?? '' }));
    expect(articles[2]?.id).toMatch(/^museum-reopens-[0-9a-f]{10}$/);
  });

  it('names the line and field of a bad record and reads nothing', async () => {
    const dir = scratch();
    const file = join(dir, 'bad.jsonl');
    writeFileSync(file, '{"text":"A fine article."}\n{"text":"Another.","date":"<img src=x>"}\n');
    await expect(readInputFile(file)).rejects.toThrow(/bad\.jsonl:2: "date" must be an ISO 8601 date/);
    writeFileSync(file, '{"text":"A fine article."}\n{"text": \n');
    await expect(readInputFile(file)).rejects.toThrow(/bad\.jsonl:2: not valid JSON/);
    writeFileSync(file, '{"title":"no text"}\n');
    await expect(readInputFile(file)).rejects.toThrow(/bad\.jsonl:1: "text"/);
    writeFileSync(file, '{"text":"x","id":"../../etc/passwd"}\n');
    await expect(readInputFile(file)).rejects.toThrow(/"id" must be a plain file name/);
  });

  it('reads a JSON array of articles', async () => {
    const dir = scratch();
    const file = join(dir, 'two.json');
    writeFileSync(file, JSON.stringify([{ text: 'One said so.' }, { text: 'Two said so.', id: 'b' }]));
    expect((await readInputFile(file)).map((a) => a.id)).toEqual([articleId({ text: 'One said so.' }), 'b']);
  });
});

describe('folders and the metadata table', () => {
  it('lists every readable kind in a folder but .json, which must be named', async () => {
    const dir = scratch();
    for (const name of ['a.txt', 'b.html', 'c.jsonl', 'index.json', 'README.md', '.hidden.txt'])
      writeFileSync(join(dir, name), 'x');
    const names = (await listInputFiles([dir])).map((p) => p.replace(/.*\//, ''));
    expect(names).toEqual(['a.txt', 'b.html', 'c.jsonl']);
    await expect(listInputFiles([join(dir, 'README.md')])).rejects.toThrow(/README\.md: not an article file/);
  });

  it('gives plain texts the title, date, outlet and URL of their row', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'ap_2019-01-02_x.txt'), 'Strike ends\n\nThe strike ended, the union said.');
    writeFileSync(
      join(dir, 'meta.csv'),
      'file,title,date,publisher,url\nap_2019-01-02_x.txt,"Strike ends, at last",2019-01-03,AP,https://ap.example/x\n',
    );
    const [article] = await readInputFile(join(dir, 'ap_2019-01-02_x.txt'));
    expect(article).toMatchObject({ publisher: 'ap', date: '2019-01-02' });
    const table = await readMetaTable(join(dir, 'meta.csv'));
    expect(withMeta(article as never, table)).toMatchObject({
      title: 'Strike ends, at last',
      date: '2019-01-03',
      publisher: 'AP',
      url: 'https://ap.example/x',
    });
    writeFileSync(join(dir, 'bad.csv'), 'file,date\na.txt,yesterday\n');
    await expect(readMetaTable(join(dir, 'bad.csv'))).rejects.toThrow(/bad\.csv: row 2: "date"/);
    writeFileSync(join(dir, 'nokey.csv'), 'title\nx\n');
    await expect(readMetaTable(join(dir, 'nokey.csv'))).rejects.toThrow(/needs a "file" or "id" column/);
  });
});
