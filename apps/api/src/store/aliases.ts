import { nameKey } from '@parley/core/normalize';

/** Edit distance of at most one (one letter added, dropped or changed): "zelensky" ~ "zelenskyy". */
function nearlyEqual(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** True when `query` occurs as consecutive words of `name`, each word equal or (when long) nearly equal. */
function wordsOccur(query: string[], name: string[], fuzzy: boolean): boolean {
  for (let start = 0; start + query.length <= name.length; start++) {
    const fits = query.every((word, i) => {
      const other = name[start + i] as string;
      return word === other || (fuzzy && word.length >= 5 && nearlyEqual(word, other));
    });
    if (fits) return true;
  }
  return false;
}

/**
 * Finds actors by any of their names, ignoring case, accents and punctuation. Tries, in turn: the
 * whole name allowing one typo per long word ("zelensky" finds both "Zelensky" and "Zelenskyy"),
 * the name as consecutive words of a longer alias ("trump" → "Donald Trump"), then the same with
 * typos.
 * @example new AliasIndex([['actor:x', ['Volodymyr Zelenskyy']]]).find('zelensky') // ['actor:x']
 */
export class AliasIndex {
  private readonly names: { key: string; words: string[] }[] = [];
  private readonly cache = new Map<string, string[]>();

  constructor(actors: Iterable<[key: string, names: string[]]>) {
    for (const [key, names] of actors) {
      for (const name of new Set(names.map(nameKey))) {
        this.names.push({ key, words: name.split(' ') });
      }
    }
  }

  /** Actor keys answering to `name`, in graph order; empty when none does. */
  find(name: string): string[] {
    const wanted = nameKey(name);
    const cached = this.cache.get(wanted);
    if (cached) return cached;
    const found = this.lookup(wanted);
    if (this.cache.size > 1000) this.cache.clear();
    this.cache.set(wanted, found);
    return found;
  }

  private lookup(wanted: string): string[] {
    const words = wanted.split(' ');
    const tiers = [
      // the whole name, allowing a typo per long word ("zelensky" is also "Zelenskyy")
      (n: string[]) => n.length === words.length && wordsOccur(words, n, true),
      // part of a longer name ("trump" → "Donald Trump")
      (n: string[]) => wordsOccur(words, n, false),
      (n: string[]) => wordsOccur(words, n, true),
    ];
    for (const matches of tiers) {
      const keys = new Set(this.names.filter((n) => matches(n.words)).map((n) => n.key));
      if (keys.size) return [...keys];
    }
    return [];
  }
}
