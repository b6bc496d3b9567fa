/**
 * The one home of text folding, name keys and slugs. Browser-safe (no Node imports): the API and
 * the viewer import it through `@parley/core/normalize`, so a name matches the same way everywhere.
 */

/** Latin letters that carry their mark in the letter itself, so NFKD does not split them off. */
const UNSPLIT_LETTERS: Record<string, string> = {
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ħ: 'h',
  ı: 'i',
  ŀ: 'l',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
};
const UNSPLIT = new RegExp(`[${Object.keys(UNSPLIT_LETTERS).join('')}]`, 'g');

/**
 * Lower-case, accent-free form of a text for matching: "Łukasz", "ŁUKASZ" and "Lukasz" fold alike,
 * and letters of every script are kept ("Путин" stays Cyrillic), so names in any script compare.
 * @example fold('Łukasz Kamiński') // 'lukasz kaminski'
 * @example fold('Владимир Путин') // 'владимир путин'
 */
export function fold(text: string): string {
  return (
    text
      .normalize('NFKD')
      // only the Latin/Greek/Cyrillic accent block: marks of other scripts (Devanagari vowel signs) are letters' parts
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(UNSPLIT, (c) => UNSPLIT_LETTERS[c]!)
  );
}

const keys = new Map<string, string>();

/**
 * The key two spellings of one name share: folded, without a possessive, a leading "the", dots
 * and apostrophes, words separated by single spaces.
 * @example nameKey("Zelenskyy's") // 'zelenskyy'
 * @example nameKey('the U.S.') // 'us'
 * @example nameKey('Владимир Путин') // 'владимир путин'
 */
export function nameKey(name: string): string {
  const known = keys.get(name);
  if (known !== undefined) return known;
  const value = fold(name.replace(/['’]s$/i, '').replace(/^the\s+/i, ''))
    .replace(/[.'’]/g, '')
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
    .trim();
  // the same few names recur in every article; the bound keeps a long-running server's memory flat
  if (keys.size > 50_000) keys.clear();
  keys.set(name, value);
  return value;
}

/**
 * The words of a name's key.
 * @example nameWords('Donald J. Trump') // ['donald', 'j', 'trump']
 */
export const nameWords = (name: string): string[] => nameKey(name).split(' ').filter(Boolean);

/**
 * Lower-case ASCII slug for node keys and file names. A name with letters ASCII cannot spell
 * ("Владимир Путин", "習近平") gets a hash of its folded form appended, so two different names never
 * share a slug; a text with no letters or digits at all is "x".
 * @example slugify('Volodymyr Zelenskyy') // 'volodymyr-zelenskyy'
 * @example slugify('Łukasz') // 'lukasz'
 */
export function slugify(name: string): string {
  const folded = fold(name).replace(/[’']/g, '');
  const slug = folded.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  const wordy = folded.replace(/[^\p{L}\p{M}\p{N}]+/gu, '');
  if (!/[^a-z0-9]/.test(wordy)) return slug || 'x';
  const hash = shortHash(wordy);
  return slug ? `${slug}-${hash}` : hash;
}

/**
 * A 53-bit hash (cyrb53) of a text in base 36: stable across runs and platforms, browser-safe.
 * Not for security; collisions are negligible at graph sizes.
 * @example shortHash('путин').length <= 11 // true
 */
export function shortHash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
