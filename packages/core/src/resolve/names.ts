/** Name comparison helpers shared by in-article resolution and the cross-article merge. */
import { GENERATIONAL_SUFFIXES } from '../lexicon/name-suffixes.js';

/** A person name's words without a generational suffix, and the suffix ("jr") when it has one. */
function splitSuffix(tokens: readonly string[]): { words: readonly string[]; suffix?: string } {
  const last = tokens.at(-1);
  if (tokens.length > 1 && last !== undefined && GENERATIONAL_SUFFIXES.has(last))
    return { words: tokens.slice(0, -1), suffix: last };
  return { words: tokens };
}

/**
 * The surname of a person name's words: the last word, a generational suffix passed over.
 * @example surnameOf(['john', 'g', 'roberts', 'jr']) // 'roberts'
 */
export const surnameOf = (tokens: readonly string[]): string | undefined => splitSuffix(tokens).words.at(-1);

/**
 * Levenshtein distance, stopping early once it exceeds `max`.
 * @example editDistance('zelenskyy', 'zelensky', 2) // 1
 */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      row.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * Whether two surnames are spellings of one name: equal, or (for names of six letters or more)
 * one edit apart, or two apart for long names ("Zelenskyy" / "Zelensky", "Zelenskiy").
 */
export function sameSurname(a: string, b: string): boolean {
  if (a === b) return true;
  const shorter = Math.min(a.length, b.length);
  if (shorter < 6 || a[0] !== b[0]) return false;
  return editDistance(a, b, 2) <= (shorter >= 8 ? 2 : 1);
}

/** Initials of a multi-word name's capitalised words ("International Criminal Court" -> "icc"). */
export function acronymOf(name: string): string | undefined {
  const words = name
    .replace(/^the\s+/i, '')
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w));
  return words.length >= 2 ? words.map((w) => w[0]!.toLowerCase()).join('') : undefined;
}

/**
 * Whether two person names can name the same person: same surname (allowing spelling variants)
 * and no conflicting first name or generational suffix ("Donald Trump" ~ "Trump", not ~ "Eric Trump",
 * not ~ "Donald Trump Jr."; "John Roberts Jr." not ~ "John Cushman Jr.").
 */
export function compatiblePersonNames(tokensA: string[], tokensB: string[]): boolean {
  const [sa, sb] = [splitSuffix(tokensA), splitSuffix(tokensB)];
  const [a, b] = [sa.words, sb.words];
  if (a.length === 0 || b.length === 0) return false;
  if (!sameSurname(a.at(-1)!, b.at(-1)!)) return false;
  if (a.length === 1 || b.length === 1) return true;
  // "Donald Trump Jr." is not "Donald Trump"
  if (sa.suffix !== sb.suffix) return false;
  const [fa, fb] = [a[0]!, b[0]!];
  return fa === fb || (fa.length === 1 && fb.startsWith(fa)) || (fb.length === 1 && fa.startsWith(fb));
}
