import { describe, expect, it } from 'vitest';
import { editDistance, NameMatcher, typoBudget } from './match.js';

/** Real actors of the news, with the aliases articles give them and a statement count. */
const matcher = new NameMatcher([
  { id: 'putin', names: ['Vladimir Putin', 'Putin', 'Владимир Путин'], prominence: 40 },
  { id: 'zelenskyy', names: ['Volodymyr Zelenskyy', 'Zelenskyy'], prominence: 30 },
  { id: 'zelensky', names: ['Zelensky'], prominence: 2 },
  { id: 'lavrov', names: ['Sergei Lavrov', 'Lavrov', 'Сергей Лавров'], prominence: 8 },
  { id: 'usa', names: ['United States'], prominence: 12 },
  { id: 'us-army', names: ['US Army'], prominence: 1 },
  { id: 'usyk', names: ['Oleksandr Usyk'], prominence: 1 },
  { id: 'erdogan', names: ['Recep Tayyip Erdoğan'], prominence: 3 },
  { id: 'nato', names: ['North Atlantic Treaty Organization'], prominence: 5 },
  { id: 'putnam', names: ['Robert Putnam'], prominence: 0 },
  {
    id: 'statement',
    names: [],
    texts: ['The main problem is Putin himself, Lavrov said'],
    prominence: 1,
  },
]);
const ids = (query: string) => matcher.search(query).map((h) => h.id);

describe('NameMatcher', () => {
  it('forgives one or two typos by length', () => {
    expect(ids('Zelenskiy').slice(0, 2).sort()).toEqual(['zelensky', 'zelenskyy']);
    expect(ids('putn')[0]).toBe('putin');
    expect(ids('lavrow')[0]).toBe('lavrov');
    expect(ids('erdgoan')[0]).toBe('erdogan');
  });

  it('ranks an exact name before a typo, and a typo only when the word is long enough', () => {
    expect(ids('zelensky').slice(0, 2)).toEqual(['zelensky', 'zelenskyy']);
    expect(ids('put')).not.toContain('lavrov');
    expect(ids('pit')).toEqual([]);
  });

  it('takes words in any order, as prefixes, ignoring case and accents', () => {
    expect(matcher.search('Putin Vladimir')[0]).toMatchObject({ id: 'putin', whole: true, relevance: 0 });
    expect(ids('vlad pu')[0]).toBe('putin');
    expect(ids('ERDOGAN')).toEqual(['erdogan']);
    expect(ids('путин')).toEqual(['putin']);
  });

  it('finds "US" as the United States first, by its acronym, before partial names', () => {
    expect(ids('US')[0]).toBe('usa');
    expect(ids('US')).toContain('us-army');
    expect(ids('nato')).toEqual(['nato']);
  });

  it('ranks equal matches by prominence and puts names before text that mentions them', () => {
    // "putn…" is one typo from "putin", so Putnam comes too, last
    expect(ids('putin')).toEqual(['putin', 'statement', 'putnam']);
    expect(matcher.search('main problem')[0]).toMatchObject({ id: 'statement', whole: false });
    expect(matcher.search('lavrov')[0]?.name).toBe('Lavrov');
  });
});

describe('editDistance', () => {
  it('counts an adjacent transposition as one edit and measures prefixes', () => {
    expect(editDistance('erdgoan', 'erdogan', 2).full).toBe(1);
    expect(editDistance('zelen', 'zelensky', 1)).toEqual({ full: Infinity, prefix: 0 });
    expect(editDistance('abc', 'xyz', 1).full).toBe(Infinity);
    expect(typoBudget('us')).toBe(0);
  });
});

describe('NameMatcher top-k', () => {
  it('returns the first hits of the full ranking when given a limit', () => {
    for (const query of ['putin', 'us', 'zelensky', 'put', 'lavrow', 'main', 'v', 'p'])
      for (const limit of [1, 2, 3])
        expect(matcher.search(query, limit)).toEqual(matcher.search(query).slice(0, limit));
  });
});

describe('NameMatcher top-k over many names', () => {
  // deterministic syllable names, so narrow queries (few items) and wide ones (one letter) both occur
  let seed = 18;
  const next = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 4294967296;
  };
  const syllables = ['ka', 'lo', 'mi', 'ren', 'put', 'in', 'za', 'le', 'vo', 'lav', 'rov', 'bar', 'no'];
  const word = () =>
    Array.from(
      { length: 2 + Math.floor(next() * 2) },
      () => syllables[Math.floor(next() * syllables.length)],
    ).join('');
  const many = new NameMatcher(
    Array.from({ length: 2000 }, (_, i) => ({
      id: `a${i}`,
      names: [`${word()} ${word()}`],
      prominence: Math.floor(next() * 10),
    })),
  );

  it('returns the first hits of the full ranking for narrow and wide queries alike', () => {
    for (const query of ['v', 'k', 'ka', 'kalomi', 'putn', 'lavrow', 'zalemiren', 'vo ka', 'barno lav'])
      for (const limit of [1, 5, 12])
        expect(many.search(query, limit)).toEqual(many.search(query).slice(0, limit));
  });
});
