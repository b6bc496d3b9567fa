/** Largest article accepted, in bytes. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

/** An input problem the user can fix; the CLI prints its message without a stack trace. */
export class InputError extends Error {
  override name = 'InputError';
}

/**
 * Checks the bytes of one article are a usable text, at most 5 MB, not empty, UTF-8, not binary.
 * @throws InputError saying what is wrong with which file
 */
export function decodeArticle(path: string, bytes: Uint8Array): string {
  if (bytes.byteLength > MAX_ARTICLE_BYTES) {
    throw new InputError(
      `${path}: ${(bytes.byteLength / 1048576).toFixed(1)} MB is over the 5 MB limit for an article`,
    );
  }
  if (bytes.includes(0)) throw new InputError(`${path}: looks binary (contains NUL bytes), not an article`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`${path}: not valid UTF-8 text`);
  }
  if (text.trim() === '') throw new InputError(`${path}: empty article`);
  return text;
}
