import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from './main.js';

const seedDir = fileURLToPath(new URL('../../../graphs/ukraine-peace-talks/articles/', import.meta.url));

describe('parley build', () => {
  let dir: string;
  let errors: string[];
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'parley-cli-'));
    errors = [];
    vi.spyOn(console, 'error').mockImplementation((m: string) => void errors.push(m));
    vi.spyOn(console, 'log').mockImplementation(() => {});
  });
  afterEach(() => vi.restoreAllMocks());

  it('builds a contract graph from a folder of articles and prints a summary', async () => {
    const out = join(dir, 'g', 'graph.json');
    expect(await main(['build', seedDir, '--out', out])).toBe(0);
    const graph = JSON.parse(await readFile(out, 'utf8'));
    expect(graph.options).toMatchObject({ type: 'directed', multi: true });
    expect(graph.nodes.find((n: { key: string }) => n.key === 'article:000_6b75679a6597cec9')).toBeTruthy();
    expect(console.log).toHaveBeenCalledWith(expect.stringMatching(/1 articles, \d+ actors, \d+ statements/));
  });

  const bad: [string, Uint8Array | string, RegExp][] = [
    ['empty.txt', '  \n', /empty article/],
    ['binary.txt', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), /binary/],
    ['latin1.txt', new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x6f, 0x69, 0x72]), /not valid UTF-8/],
    ['huge.txt', 'word '.repeat(1_100_000), /over the 5 MB limit/],
  ];
  for (const [name, content, message] of bad) {
    it(`refuses ${name} with a clear message and writes nothing`, async () => {
      await writeFile(join(dir, name), content);
      const out = join(dir, 'out', 'graph.json');
      expect(await main(['build', join(dir, name), '--out', out])).toBe(1);
      expect(errors.join('\n')).toMatch(message);
      await expect(readdir(join(dir, 'out'))).rejects.toThrow();
    });
  }

  it('refuses a missing file and leaves an existing graph untouched', async () => {
    const out = join(dir, 'graph.json');
    await writeFile(out, '{"previous":true}');
    expect(await main(['build', join(dir, 'nope.txt'), '--out', out])).toBe(1);
    expect(errors.join('\n')).toMatch(/nope\.txt: no such file/);
    expect(await readFile(out, 'utf8')).toBe('{"previous":true}');
  });

  it('answers usage errors with exit code 2', async () => {
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    expect(await main(['build', seedDir])).toBe(2);
    expect(await main(['build', seedDir, '--out', join(dir, 'graph.txt')])).toBe(2);
    expect(errors.join('\n')).toMatch(/--out must name a \.json file/);
  });

  it.each(['0', '-1', 'x', '1.5', ''])(
    'refuses --jobs "%s" with exit code 2, saying why, writing nothing',
    async (jobs) => {
      const out = join(dir, 'out', 'graph.json');
      expect(await main(['build', seedDir, '--out', out, '--jobs', jobs])).toBe(2);
      expect(errors.join('\n')).toContain(
        `--jobs must be a whole number of worker threads, at least 1 (got "${jobs}")`,
      );
      await expect(readdir(join(dir, 'out'))).rejects.toThrow();
    },
  );

  it('takes --jobs 1 and extracts in its own thread', async () => {
    const out = join(dir, 'graph.json');
    expect(await main(['build', seedDir, '--out', out, '--jobs', '1'])).toBe(0);
    expect(console.log).toHaveBeenCalledWith(expect.not.stringMatching(/worker thread/));
  });
});
