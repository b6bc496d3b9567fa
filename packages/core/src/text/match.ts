/**
 * The one name matcher of Parley: the API's `actors?q=` and the viewer's search box both rank with
 * it, so a query finds the same things in the same order everywhere. Browser-safe (no Node
 * imports); exported through `@parley/core/match`.
 *
 * A query matches a name when each of its words matches a word of the name, in any order: exactly,
 * as a prefix (autocomplete), or within a typo budget by length (bounded Damerau-Levenshtein).
 * The index is built once: words are found through a sorted vocabulary, as a range (prefixes) and
 * walked as a trie (typos, `walkTypos`), so a keystroke never computes an edit distance against
 * every name.
 */

import { nameKey } from './normalize.js';
import { RankedHits } from './ranked-hits.js';
import { countBefore } from './sorted-search.js';
import { walkTypos } from './typo-walk.js';

/** Something to find: its id, the names it answers to, searchable text, and how prominent it is. */
export interface MatchEntry {
  id: string;
  /** Names and aliases; a query naming all of a name's words is a whole-name match. */
  names: readonly string[];
  /** Longer texts searched word by word (statement text), never a whole-name match. */
  texts?: readonly string[];
  /** Ranks hits of equal relevance: statement count, degree. */
  prominence?: number;
}

/** One entry that matched, with how well. */
export interface MatchHit {
  id: string;
  /** The name or text that matched best. */
  name: string;
  /** Lower is better: 0 is every word of a name, exactly; prefixes, typos and missing words add. */
  relevance: number;
  /** The query named every word of the name. */
  whole: boolean;
  /** Edits summed over the query's words. */
  typos: number;
  /** Query words matched only as the start of a word. */
  prefixes: number;
  prominence: number;
}

/**
 * Typos a query word may carry: none up to 3 letters, one up to 7, two from 8.
 * @example typoBudget('putn') // 1
 * @example typoBudget('zelenskiy') // 2
 */
export function typoBudget(word: string): number {
  return word.length >= 8 ? 2 : word.length >= 4 ? 1 : 0;
}

/**
 * Edit distance (adjacent transpositions count one) between `query` and `word`, and between
 * `query` and the closest start of `word`; `Infinity` beyond `max`.
 * @example editDistance('lavrow', 'lavrov', 1) // { full: 1, prefix: 1 }
 * @example editDistance('zelen', 'zelensky', 1) // { full: Infinity, prefix: 0 }
 */
export function editDistance(query: string, word: string, max: number): { full: number; prefix: number } {
  const n = query.length;
  const m = word.length;
  let before = new Array<number>(m + 1).fill(0);
  let previous = Array.from({ length: m + 1 }, (_, j) => j);
  let current = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= m; j++) {
      const cost = query[i - 1] === word[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && query[i - 1] === word[j - 2] && query[i - 2] === word[j - 1])
        d = Math.min(d, before[j - 2]! + 1);
      current[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return { full: Infinity, prefix: Infinity };
    [before, previous, current] = [previous, current, before];
  }
  const full = previous[m]! <= max ? previous[m]! : Infinity;
  const prefix = Math.min(...previous);
  return { full, prefix: prefix <= max ? prefix : Infinity };
}

/** How one query word meets one vocabulary word: its cost and what it took. */
interface WordMatch {
  cost: number;
  typos: number;
  prefix: boolean;
}

/** One indexed name or text. */
interface Indexed {
  entry: number;
  surface: string;
  words: string[];
  /** The words' vocabulary numbers. */
  numbers: number[];
  isName: boolean;
}

/** Small words an acronym skips: "Organization of American States" is "OAS". */
const ACRONYM_SKIPS = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'de']);

/** "United States" → "us", "North Atlantic Treaty Organization" → "nato"; none for one word. */
function acronymOf(words: string[]): string | undefined {
  const kept = words.filter((w) => !ACRONYM_SKIPS.has(w));
  if (kept.length < 2 || kept.length > 6) return undefined;
  return kept.map((w) => w[0]).join('');
}

/**
 * An index over names for forgiving search, built once per graph.
 * @example new NameMatcher([{ id: 'a', names: ['Vladimir Putin'] }]).search('putn')[0]?.id // 'a'
 */
export class NameMatcher {
  private readonly entries: { id: string; prominence: number }[] = [];
  private readonly items: Indexed[] = [];
  private readonly vocabulary = new Map<string, number>();
  private readonly words: string[] = [];
  /** Vocabulary number → items containing that word. */
  private readonly postings: number[][] = [];
  /** Vocabulary numbers in the words' alphabetical order, for prefix ranges. */
  private sorted: number[] = [];
  /** The vocabulary's words in that order. */
  private sortedWords: string[] = [];
  /** Item numbers, most prominent entry first: the walk order of a query reaching much of the index. */
  private byProminence: number[] = [];

  constructor(entries: Iterable<MatchEntry>) {
    for (const e of entries) {
      const entry = this.entries.push({ id: e.id, prominence: e.prominence ?? 0 }) - 1;
      for (const name of new Set(e.names)) this.addName(entry, name);
      for (const text of new Set(e.texts ?? [])) this.add(entry, text, nameKey(text).split(' '), false);
    }
    this.sorted = this.words.map((_, i) => i).sort((a, b) => compare(this.words[a]!, this.words[b]!));
    this.sortedWords = this.sorted.map((n) => this.words[n]!);
    const prominenceOf = (item: number) => this.entries[this.items[item]!.entry]!.prominence;
    this.byProminence = this.items
      .map((_, i) => i)
      .sort((a, b) => prominenceOf(b) - prominenceOf(a) || a - b);
  }

  private addName(entry: number, name: string): void {
    const words = nameKey(name).split(' ').filter(Boolean);
    this.add(entry, name, words, true);
    const acronym = acronymOf(words);
    if (acronym) this.add(entry, name, [acronym], true);
  }

  private add(entry: number, surface: string, words: string[], isName: boolean): void {
    const kept = words.filter(Boolean);
    if (!kept.length) return;
    const numbers = kept.map((w) => this.wordNumber(w));
    const item = this.items.push({ entry, surface, words: kept, numbers, isName }) - 1;
    for (const n of new Set(numbers)) this.postings[n]!.push(item);
  }

  private wordNumber(word: string): number {
    let n = this.vocabulary.get(word);
    if (n === undefined) {
      n = this.words.push(word) - 1;
      this.vocabulary.set(word, n);
      this.postings.push([]);
    }
    return n;
  }

  /**
   * Entries matching `query`, best first: by relevance, then prominence, then the shorter name.
   * @example matcher.search('Putin Vladimir')[0]?.whole // true
   */
  search(query: string, limit = Infinity): MatchHit[] {
    const wanted = nameKey(query).split(' ').filter(Boolean);
    if (!wanted.length) return [];
    const matches = wanted.map((w) => this.vocabularyMatches(w));
    if (matches.some((m) => m.size === 0)) return [];
    // a screenful is selected as it is scored; asking for everything sorts everything once
    if (limit <= TOP_K_LIMIT) return this.searchTop(wanted.length, matches, limit);
    const best = new Map<number, MatchHit>();
    for (const item of this.candidates(matches)) {
      const hit = this.score(item, matches);
      if (!hit) continue;
      const entry = this.items[item]!.entry;
      const prior = best.get(entry);
      if (!prior || byRank(hit, prior) < 0) best.set(entry, hit);
    }
    return [...best.values()].sort(byRank).slice(0, limit);
  }

  /**
   * The first `limit` hits without sorting the rest: an item is scored only when the cheapest
   * relevance it could reach (its rarest-word match plus the other words' cheapest matches, plus
   * one when it cannot be whole) still ranks before the last hit kept.
   */
  private searchTop(wantedCount: number, matches: Map<number, WordMatch>[], limit: number): MatchHit[] {
    const top = new RankedHits<MatchHit>(limit, byRank);
    const rarest = this.rarest(matches);
    let others = 0;
    for (const m of matches) if (m !== rarest) others += cheapest(m);
    const offer = (item: number, cost: number) => {
      const { entry, surface, words, isName } = this.items[item]!;
      const { id, prominence } = this.entries[entry]!;
      const relevance = others + cost + (!isName || words.length > wantedCount ? 1 : 0);
      if (!top.beats({ id, name: surface, relevance, whole: false, typos: 0, prefixes: 0, prominence }))
        return;
      const hit = this.score(item, matches);
      if (hit) top.offer(entry, hit);
    };
    if (this.reach(rarest) * WIDE_QUERY < this.items.length) {
      for (const [n, wm] of rarest) for (const item of this.postings[n]!) offer(item, wm.cost);
      return top.hits();
    }
    // a query reaching much of the index (one letter) walks items most prominent first and stops
    // once no item left can outrank the last hit kept
    const least = others + cheapest(rarest);
    for (const item of this.byProminence) {
      const last = top.threshold();
      const prominence = this.entries[this.items[item]!.entry]!.prominence;
      if (last && (last.relevance < least || (last.relevance === least && last.prominence > prominence)))
        break;
      let cost = Infinity;
      for (const n of this.items[item]!.numbers) cost = Math.min(cost, rarest.get(n)?.cost ?? Infinity);
      if (cost < Infinity) offer(item, cost);
    }
    return top.hits();
  }

  /** Vocabulary words one query word meets, each with its cheapest way. */
  private vocabularyMatches(word: string): Map<number, WordMatch> {
    const found = new Map<number, WordMatch>();
    const keep = (n: number, m: WordMatch) => {
      const prior = found.get(n);
      if (!prior || m.cost < prior.cost) found.set(n, m);
    };
    const budget = typoBudget(word);
    const from = countBefore(this.sorted, (n) => compare(this.words[n]!, word) < 0);
    for (let i = from; i < this.sorted.length; i++) {
      const n = this.sorted[i]!;
      const missing = this.words[n]!.length - word.length;
      if (!this.words[n]!.startsWith(word)) break;
      // a start missing no more letters than the typo budget is also the whole word, mistyped
      const typos = missing <= budget ? missing : 0;
      keep(n, missing === 0 ? { cost: 0, typos: 0, prefix: false } : { cost: 1, typos, prefix: typos === 0 });
    }
    if (budget > 0) for (const [n, m] of this.typoMatches(word, budget)) keep(n, m);
    return found;
  }

  /** Vocabulary words within the typo budget, whole (a typo) or by a start (a mistyped prefix). */
  private typoMatches(word: string, budget: number): [number, WordMatch][] {
    const out: [number, WordMatch][] = [];
    walkTypos(this.sortedWords, word, budget, (index, full, prefix) => {
      const n = this.sorted[index]!;
      if (full <= budget) out.push([n, { cost: 2 * full, typos: full, prefix: false }]);
      else out.push([n, { cost: 2 * prefix + 1, typos: prefix, prefix: true }]);
    });
    return out;
  }

  /** Items holding a match for the rarest query word; `score` checks the other words. */
  private candidates(matches: Map<number, WordMatch>[]): Iterable<number> {
    const rarest = this.rarest(matches);
    const items = new Set<number>();
    for (const n of rarest.keys()) for (const item of this.postings[n]!) items.add(item);
    return items;
  }

  /** The query word whose matches reach the fewest items. */
  private rarest(matches: Map<number, WordMatch>[]): Map<number, WordMatch> {
    return matches.reduce((a, b) => (this.reach(b) < this.reach(a) ? b : a));
  }

  /** How many items (with repeats) a query word's matches reach. */
  private reach(m: Map<number, WordMatch>): number {
    let total = 0;
    for (const n of m.keys()) total += this.postings[n]!.length;
    return total;
  }

  private score(item: number, matches: Map<number, WordMatch>[]): MatchHit | undefined {
    const { entry, surface, words, numbers, isName } = this.items[item]!;
    const covered = new Set<number>();
    let cost = 0;
    let typos = 0;
    let prefixes = 0;
    for (const m of matches) {
      let bestAt = -1;
      let bestMatch: WordMatch | undefined;
      for (let at = 0; at < numbers.length; at++) {
        const wm = m.get(numbers[at]!);
        if (wm && (!bestMatch || wm.cost < bestMatch.cost)) [bestAt, bestMatch] = [at, wm];
      }
      if (!bestMatch) return undefined;
      covered.add(bestAt);
      cost += bestMatch.cost;
      typos += bestMatch.typos;
      if (bestMatch.prefix) prefixes++;
    }
    const whole = isName && covered.size === words.length;
    const { id, prominence } = this.entries[entry]!;
    return { id, name: surface, relevance: cost + (whole ? 0 : 1), whole, typos, prefixes, prominence };
  }
}

/** Limits up to this are selected while scoring (`RankedHits`); larger ones sort every hit. */
const TOP_K_LIMIT = 200;

/** A query reaching more than 1/WIDE_QUERY of the items walks them by prominence instead. */
const WIDE_QUERY = 16;

/** The cheapest way a query word meets the vocabulary. */
function cheapest(m: Map<number, WordMatch>): number {
  let min = Infinity;
  for (const wm of m.values()) if (wm.cost < min) min = wm.cost;
  return min;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function byRank(a: MatchHit, b: MatchHit): number {
  return (
    a.relevance - b.relevance ||
    b.prominence - a.prominence ||
    a.name.length - b.name.length ||
    compare(a.name, b.name) ||
    compare(a.id, b.id)
  );
}
