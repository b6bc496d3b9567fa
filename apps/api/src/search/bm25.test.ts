import { terms } from '@parley/core';
import { describe, expect, it } from 'vitest';
import { Bm25Index } from './bm25.js';

const docs = [
  'Macron said security guarantees for Ukraine must come first',
  'Putin rejected a ceasefire along the front',
  'The talks on guarantees and a guarantee fund stalled; security is the question',
  'Nothing relevant here at all',
];

describe('Bm25Index', () => {
  const index = new Bm25Index(docs);

  it('folds case and accents, drops stop words and stems plurals', () => {
    expect(terms('The Security GUARANTEES of Zelenskyy’s Élysée')).toEqual([
      'security',
      'guarantee',
      'zelenskyy',
      's',
      'elysee',
    ]);
  });

  it('ranks documents matching more and rarer query terms first, and counts every match', () => {
    const { total, hits } = index.search('security guarantees', 10);
    expect(total).toBe(2);
    expect(hits.map((h) => h.doc).sort()).toEqual([0, 2]);
    expect(hits[0]?.score).toBeGreaterThanOrEqual(hits[1]?.score ?? 0);
    expect(index.search('ceasefire', 10).hits.map((h) => h.doc)).toEqual([1]);
  });

  it('keeps only the best k hits but still reports the total and visits every match', () => {
    const visited: number[] = [];
    const { total, hits } = index.search('guarantees ceasefire', 1, (doc) => visited.push(doc));
    expect(total).toBe(3);
    expect(hits).toHaveLength(1);
    expect(visited.sort()).toEqual([0, 1, 2]);
  });

  it('gives the same answer twice (scratch buffers are reset)', () => {
    expect(index.search('security', 5)).toEqual(index.search('security', 5));
  });

  it('finds documents holding every term with matchAll', () => {
    expect([...index.matchAll('security guarantee')]).toEqual([0, 2]);
    expect([...index.matchAll('security ceasefire')]).toEqual([]);
    expect([...index.matchAll('the')]).toEqual([]);
  });
});
