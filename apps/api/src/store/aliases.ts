import { countryNames } from '@parley/core';
import { type MatchHit, NameMatcher } from '@parley/core/match';

/** An actor as the alias index sees it: its names and how often it is quoted. */
export interface AliasEntry {
  key: string;
  names: string[];
  /** Statement count: ranks equally good matches. */
  statements: number;
}

/** A country actor also answers to the country's other names ("US", "America" for the United States). */
const withCountryNames = (names: string[]): string[] => [...names, ...names.flatMap(countryNames)];

/**
 * Finds actors by any of their names through core's one matcher (prefix, accent- and
 * case-insensitive, typos by length, words in any order), ranked by relevance then statements.
 * @example new AliasIndex([{ key: 'actor:x', names: ['Volodymyr Zelenskyy'], statements: 1 }]).find('zelensky') // ['actor:x']
 */
export class AliasIndex {
  private readonly matcher: NameMatcher;
  private readonly cache = new Map<string, string[]>();

  constructor(actors: Iterable<AliasEntry>) {
    this.matcher = new NameMatcher(
      [...actors].map((a) => ({ id: a.key, names: withCountryNames(a.names), prominence: a.statements })),
    );
  }

  /** Actor keys matching a search box query, best first (the ranking of `actors?q=`). */
  search(query: string): string[] {
    return this.matcher.search(query).map((h) => h.id);
  }

  /**
   * Actor keys a name refers to (a statement's `speaker=`, a profile's id), best first; empty when
   * none does. Of the matcher's hits, only the best kind counts: whole names (allowing typos,
   * "zelensky" is also "Zelenskyy"), else names containing every word exactly ("trump" → "Melania
   * Trump" only when no actor is called just "Trump"), else the same with typos; never prefixes.
   */
  find(name: string): string[] {
    const cached = this.cache.get(name);
    if (cached) return cached;
    const hits = this.matcher.search(name).filter((h) => h.prefixes === 0);
    const tiers: ((h: MatchHit) => boolean)[] = [(h) => h.whole, (h) => h.typos === 0, () => true];
    const found = tiers.map((tier) => hits.filter(tier)).find((t) => t.length) ?? [];
    if (this.cache.size > 1000) this.cache.clear();
    const keys = found.map((h) => h.id);
    this.cache.set(name, keys);
    return keys;
  }
}
