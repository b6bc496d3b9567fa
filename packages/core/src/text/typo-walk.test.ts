import { describe, expect, it } from 'vitest';
import { editDistance } from './match.js';
import { walkTypos } from './typo-walk.js';

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Everything `walkTypos` visits, as "word full prefix" lines. */
function walked(vocabulary: readonly string[], query: string, max: number): string[] {
  const out: string[] = [];
  walkTypos(vocabulary, query, max, (i, full, prefix) => out.push(`${vocabulary[i]} ${full} ${prefix}`));
  return out;
}

/** The same by comparing every word (what the walk replaces). */
function compared(vocabulary: readonly string[], query: string, max: number): string[] {
  const out: string[] = [];
  for (const word of vocabulary) {
    if (word.startsWith(query)) continue;
    const { full, prefix } = editDistance(query, word, max);
    if (prefix <= max) out.push(`${word} ${full} ${prefix}`);
  }
  return out;
}

/** A deterministic vocabulary of syllable words sharing many starts, like names do. */
function vocabulary(size: number): string[] {
  let seed = 7;
  const next = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 4294967296;
  };
  const syllables = ['ka', 'lo', 'mi', 'ren', 'put', 'in', 'za', 'le', 'sk', 'y', 'vo', 'lav', 'rov'];
  const words = new Set<string>();
  while (words.size < size) {
    const parts = 1 + Math.floor(next() * 4);
    words.add(Array.from({ length: parts }, () => syllables[Math.floor(next() * syllables.length)]).join(''));
  }
  return [...words].sort(compare);
}

describe('walkTypos', () => {
  const names = ['lavrov', 'lavrova', 'putin', 'putnam', 'puttin', 'vladimir', 'zelensky', 'zelenskyy'];

  it('finds whole-word typos and mistyped starts, skipping words that begin with the query', () => {
    expect(walked(names, 'putn', 1)).toEqual(['putin 1 1', 'puttin Infinity 1']);
    expect(walked(names, 'lavrow', 1)).toEqual(['lavrov 1 1', 'lavrova Infinity 1']);
    expect(walked(names, 'zelenskiy', 2)).toEqual(['zelensky 1 1', 'zelenskyy 1 1']);
    expect(walked(names, 'vladmir', 1)).toEqual(['vladimir 1 1']);
  });

  it('counts an adjacent transposition as one edit', () => {
    expect(walked(['erdogan'], 'erdgoan', 1)).toEqual(['erdogan 1 1']);
  });

  it('visits exactly what comparing every word finds', () => {
    const words = vocabulary(2000);
    const queries = ['kalo', 'putn', 'zelensky', 'lavrow', 'mikarenlo', 'rovlav', 'skyvo', 'inza', 'kkaa'];
    for (const query of queries)
      for (const max of [1, 2]) expect(walked(words, query, max)).toEqual(compared(words, query, max));
  });
});
