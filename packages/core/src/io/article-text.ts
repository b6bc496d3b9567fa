import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, openSync, readFileSync, type Stats } from 'node:fs';
import { open } from 'node:fs/promises';

/** Largest article accepted, in bytes. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

/** An input problem the user can fix; the CLI prints its message without a stack trace. */
export class InputError extends Error {
  override name = 'InputError';
}

/** Which Unicode encoding a byte-order mark at the start of the bytes announces, and its length. */
function byteOrderMark(bytes: Uint8Array): { encoding: 'utf-8' | 'utf-16le' | 'utf-16be'; length: number } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return { encoding: 'utf-8', length: 0 };
}

/** The error for a file over a size limit. */
const tooBig = (path: string, bytes: number, limit: number) =>
  new InputError(
    `${path}: ${(bytes / 1048576).toFixed(1)} MB is over the ${limit / 1048576} MB limit for ${limit === MAX_ARTICLE_BYTES ? 'an article' : 'an input file'}`,
  );

/**
 * The one form of an article's text every part of Parley works on (CLI, API, rebuilds): no leading
 * byte-order mark, and every line ending (`\r\n`, lone `\r`) as `\n`. Spans index into this form,
 * so the text stored beside a graph is always already normalised (this is idempotent).
 * @example normaliseArticleText('\uFEFFa\r\nb') // 'a\nb'
 */
export function normaliseArticleText(text: string): string {
  const noBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return noBom.includes('\r') ? noBom.replace(/\r\n?/g, '\n') : noBom;
}

/**
 * Decodes the bytes of a text file: UTF-8, or UTF-8/UTF-16 announced by a byte-order mark (dropped).
 * @throws InputError when the bytes are binary (NUL) or not valid in their encoding
 */
export function decodeText(path: string, bytes: Uint8Array): string {
  const bom = byteOrderMark(bytes);
  const body = bytes.subarray(bom.length);
  if (bom.encoding === 'utf-8' && body.includes(0)) {
    throw new InputError(`${path}: looks binary (contains NUL bytes), not text`);
  }
  try {
    return new TextDecoder(bom.encoding, { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    throw new InputError(`${path}: not valid ${bom.encoding === 'utf-8' ? 'UTF-8' : 'UTF-16'} text`);
  }
}

/**
 * Checks the bytes of one article are a usable text (at most 5 MB, not empty, not binary; UTF-8,
 * or UTF-8/UTF-16 announced by a byte-order mark) and returns it normalised
 * ({@link normaliseArticleText}).
 * @throws InputError saying what is wrong with which file
 */
export function decodeArticle(path: string, bytes: Uint8Array): string {
  if (bytes.byteLength > MAX_ARTICLE_BYTES) throw tooBig(path, bytes.byteLength, MAX_ARTICLE_BYTES);
  return checkArticleText(path, decodeText(path, bytes));
}

/**
 * Checks an article text that came decoded (from a page, a corpus record, a JSON upload) the way
 * {@link decodeArticle} checks a file: not over 5 MB, no NUL, not empty; returns it normalised.
 * @throws InputError saying what is wrong with which input
 */
export function checkArticleText(path: string, text: string): string {
  if (text.includes('\0'))
    throw new InputError(`${path}: looks binary (contains NUL characters), not an article`);
  const normalised = normaliseArticleText(text);
  if (normalised.trim() === '') throw new InputError(`${path}: empty article`);
  const bytes = normalised.length > MAX_ARTICLE_BYTES / 3 ? Buffer.byteLength(normalised) : 0;
  if (bytes > MAX_ARTICLE_BYTES) throw tooBig(path, bytes, MAX_ARTICLE_BYTES);
  return normalised;
}

/** Why a file that is not a regular file cannot be read as an article. */
function notRegular(path: string, info: Stats): InputError {
  const kind = info.isDirectory()
    ? 'a folder'
    : info.isFIFO()
      ? 'a named pipe (FIFO)'
      : info.isSocket()
        ? 'a socket'
        : info.isCharacterDevice() || info.isBlockDevice()
          ? 'a device'
          : 'not a regular file';
  return new InputError(`${path}: is ${kind}, not an article file`);
}

/**
 * Reads the bytes of one regular file, at most `limit` of them. The file is opened non-blocking and
 * checked with the same descriptor, so a named pipe or device is refused at once instead of hanging
 * the reader, and a file over the limit is refused before it is read.
 * @throws InputError naming the file: missing, not a regular file, too big
 */
export async function readInputBytes(path: string, limit = MAX_ARTICLE_BYTES): Promise<Buffer> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(`${path}: ${code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw notRegular(path, info);
    if (info.size > limit) throw tooBig(path, info.size, limit);
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

/**
 * Reads one article file ({@link readInputBytes}) and decodes it ({@link decodeArticle}).
 * @throws InputError naming the file: missing, not a regular file, too big, not text
 * @example const text = await readArticleFile('graphs/x/articles/a.txt');
 */
export async function readArticleFile(path: string): Promise<string> {
  return decodeArticle(path, await readInputBytes(path));
}

/**
 * {@link readArticleFile} for callers that cannot wait: same checks, same text.
 * @throws InputError naming the file
 */
export function readArticleFileSync(path: string): string {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(`${path}: ${code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) throw notRegular(path, info);
    if (info.size > MAX_ARTICLE_BYTES) throw tooBig(path, info.size, MAX_ARTICLE_BYTES);
    return decodeArticle(path, readFileSync(fd));
  } finally {
    closeSync(fd);
  }
}

/**
 * The text as compared for duplicates: normalised ({@link normaliseArticleText}), in Unicode NFC,
 * with trailing blanks cut from every line and blank lines at the ends dropped, so the same article
 * saved by another editor (NFD accents, CRLF, a trailing space) is recognised.
 * @example duplicateKey('Café \r\n') === duplicateKey('Cafe\u0301\n') // true
 */
export function duplicateKey(text: string): string {
  return normaliseArticleText(text)
    .normalize('NFC')
    .replace(/[^\S\n]+$/gm, '')
    .replace(/^\n+|\n+$/g, '');
}

/**
 * The sha256 (hex) of {@link duplicateKey}: two articles with the same fingerprint are one article.
 * @example articleFingerprint(a) === articleFingerprint(b)
 */
export function articleFingerprint(text: string): string {
  return createHash('sha256').update(duplicateKey(text)).digest('hex');
}
