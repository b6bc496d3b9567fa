import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../main.js';

/** The word rows of CoNLL-U text, split into columns. */
const rows = (conllu: string) =>
  conllu
    .split('\n')
    .filter((l) => /^\d+\t/.test(l))
    .map((l) => l.split('\t'));

describe('parley parse', () => {
  let dir: string;
  let errors: string[];
  let stdout: string;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'parley-parse-cli-'));
    errors = [];
    stdout = '';
    vi.spyOn(console, 'error').mockImplementation((m: string) => void errors.push(m));
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      stdout += String(chunk);
      return true;
    });
  });
  afterEach(() => vi.restoreAllMocks());

  it('tokenizes, tags and parses a .txt article into CoNLL-U on standard output', async () => {
    const file = join(dir, 'a.txt');
    await writeFile(
      file,
      'Recep Tayyip Erdoğan said the talks had failed.\n\nThe minister resigned on Monday.\n',
    );
    expect(await main(['parse', file])).toBe(0);
    expect(stdout).toContain('# text = Recep Tayyip Erdoğan said the talks had failed.');
    const words = rows(stdout);
    expect(words.map((w) => w[1])).toContain('Erdoğan');
    for (const w of words) expect(w).toHaveLength(10);
    const said = words.find((w) => w[1] === 'said')!;
    expect(said.slice(2, 8)).toEqual(['say', 'VERB', 'VBD', '_', '0', 'root']);
    const subject = words.find((w) => w[6] === said[0] && w[7] === 'nsubj');
    expect(subject?.[1]).toBe('Recep');
    expect(words.find((w) => w[1] === 'Erdoğan')!.slice(6, 8)).toEqual([subject![0], 'flat']);
    const sentences = stdout.trim().split('\n\n');
    expect(sentences).toHaveLength(2);
    for (const s of sentences) expect(rows(s).filter((w) => w[6] === '0')).toHaveLength(1);
    expect(words.find((w) => w[1] === 'failed')![9]).toBe('SpaceAfter=No');
  });

  it('keeps the tokens of a .conllu file and replaces its annotations', async () => {
    const file = join(dir, 'in.conllu');
    const out = join(dir, 'out.conllu');
    const input = [
      '# sent_id = s1',
      "# text = She didn't sign it.",
      '1\tShe\tX\tX\tX\tFeat=1\t3\tx\t_\t_',
      "2-3\tdidn't\t_\t_\t_\t_\t_\t_\t_\t_",
      '2\tdid\tX\tX\tX\t_\t1\tx\t_\t_',
      "3\tn't\tX\tX\tX\t_\t0\tx\t_\t_",
      '4\tsign\tX\tX\tX\t_\t1\tx\t_\t_',
      '5\tit\tX\tX\tX\t_\t1\tx\t_\tSpaceAfter=No',
      '6\t.\tX\tX\tX\t_\t1\tx\t_\t_',
      '',
    ].join('\n');
    await writeFile(file, input);
    expect(await main(['parse', '--format', 'conllu', '--out', out, file])).toBe(0);
    expect(stdout).toBe('');
    const written = await readFile(out, 'utf8');
    expect(written).toContain('# sent_id = s1');
    expect(written).toContain("2-3\tdidn't\t");
    const words = rows(written);
    expect(words.map((w) => w[1])).toEqual(['She', 'did', "n't", 'sign', 'it', '.']);
    expect(words.map((w) => w[3])).toEqual(['PRON', 'AUX', 'PART', 'VERB', 'PRON', 'PUNCT']);
    expect(words.map((w) => w[7])).toEqual(['nsubj', 'aux', 'advmod', 'root', 'obj', 'punct']);
    expect(words.map((w) => w[6])).toEqual(['4', '4', '4', '0', '4', '4']);
    expect(words[0]![5]).toBe('_');
    expect(words[4]![9]).toBe('SpaceAfter=No');
  });

  it('refuses a missing file, another extension and malformed CoNLL-U with a clear message', async () => {
    expect(await main(['parse', join(dir, 'none.txt')])).toBe(1);
    expect(errors.at(-1)).toMatch(/none\.txt: no such file/);
    const json = join(dir, 'a.json');
    await writeFile(json, '{}');
    expect(await main(['parse', json])).toBe(1);
    expect(errors.at(-1)).toMatch(/expected a \.txt article or a \.conllu file/);
    const bad = join(dir, 'bad.conllu');
    await writeFile(bad, '1\tShe\tshe\tPRON\n');
    expect(await main(['parse', bad])).toBe(1);
    expect(errors.at(-1)).toMatch(/bad\.conllu:1: expected 10 columns, got 4/);
    expect(await main(['parse', '--format', 'json', bad])).toBe(2);
    expect(errors.at(-1)).toMatch(/--format must be conllu/);
    expect(stdout).toBe('');
  });
});
