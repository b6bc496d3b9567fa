import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  articleFingerprint,
  decodeArticle,
  normaliseArticleText,
  readArticleFile,
  readArticleFileSync,
} from './article-text.js';

const dir = mkdtempSync(join(tmpdir(), 'parley-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const utf16 = (text: string, bigEndian: boolean) => {
  const le = Buffer.from(`\uFEFF${text}`, 'utf16le');
  if (bigEndian)
    for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1] as number, le[i] as number];
  return le;
};

describe('the one article reader', () => {
  const text = 'Zelensky said "no" to Moscow.\nPutin met Trump.';
  it.each([
    ['plain UTF-8', Buffer.from(text)],
    ['UTF-8 with a BOM', Buffer.from(`\uFEFF${text}`)],
    ['UTF-16LE with a BOM', utf16(text, false)],
    ['UTF-16BE with a BOM', utf16(text, true)],
    ['CRLF line ends', Buffer.from(text.replace('\n', '\r\n'))],
    ['lone CR line ends', Buffer.from(text.replace('\n', '\r'))],
  ])('reads %s as the same text (no BOM, LF line ends)', async (_, bytes) => {
    expect(decodeArticle('a.txt', bytes)).toBe(text);
    const file = join(dir, `${_.replace(/\W+/g, '-')}.txt`);
    writeFileSync(file, bytes);
    expect(await readArticleFile(file)).toBe(text);
    expect(readArticleFileSync(file)).toBe(text);
  });

  it('is idempotent: a stored (normalised) text reads back unchanged', () => {
    const once = normaliseArticleText('\uFEFFa\r\nb\rc');
    expect(once).toBe('a\nb\nc');
    expect(normaliseArticleText(once)).toBe(once);
  });

  it('refuses a named pipe at once instead of waiting for a writer', async () => {
    const fifo = join(dir, 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    await expect(readArticleFile(fifo)).rejects.toThrow(/named pipe \(FIFO\), not an article file/);
    expect(() => readArticleFileSync(fifo)).toThrow(/named pipe/);
  });

  it('refuses a device, a folder, a missing file and an oversized file with a clear error', async () => {
    await expect(readArticleFile('/dev/zero')).rejects.toThrow(/is a device/);
    await expect(readArticleFile(dir)).rejects.toThrow(/is a folder/);
    await expect(readArticleFile(join(dir, 'none.txt'))).rejects.toThrow(/no such file/);
    const big = join(dir, 'big.txt');
    writeFileSync(big, 'word '.repeat(1_100_000));
    await expect(readArticleFile(big)).rejects.toThrow(/over the 5 MB limit/);
  });

  it('refuses UTF-16 that is not valid and NUL characters', () => {
    expect(() => decodeArticle('x', Buffer.from([0xff, 0xfe, 0x00, 0xd8]))).toThrow(/not valid UTF-16/);
    expect(() => decodeArticle('x', Buffer.from('\uFEFFa\0b', 'utf16le'))).toThrow(/NUL/);
  });
});

describe('duplicate fingerprint', () => {
  const a = 'Café talks: Zelensky said "no".\nThe end.';
  it('is the same for NFC/NFD, CRLF, trailing blanks, a BOM and blank lines at the ends', () => {
    const variants = [
      a.normalize('NFD'),
      a.replace('\n', '\r\n'),
      `${a} `,
      a.replace('\n', ' \t\n'),
      `\uFEFF${a}`,
      `\n\n${a}\n\n`,
    ];
    for (const v of variants) expect(articleFingerprint(v)).toBe(articleFingerprint(a));
  });
  it('differs when the words differ', () => {
    expect(articleFingerprint(a.replace('no', 'yes'))).not.toBe(articleFingerprint(a));
  });
});
