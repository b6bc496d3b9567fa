import { describe, expect, it } from 'vitest';
import { RankedHits } from './ranked-hits.js';

/** Hits as [name, score]: lower scores rank first, ties by name. */
type Hit = [string, number];
const order = (a: Hit, b: Hit) => a[1] - b[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

describe('RankedHits', () => {
  it('keeps the best `limit` hits in rank order, whatever order they come in', () => {
    const offered: Hit[] = Array.from({ length: 200 }, (_, i) => [`n${i}`, (i * 37) % 101]);
    const top = new RankedHits<Hit>(5, order);
    for (const [entry, hit] of offered.entries()) top.offer(entry, hit);
    expect(top.hits()).toEqual([...offered].sort(order).slice(0, 5));
  });

  it('keeps one hit per entry, its best, and lets an improved entry back in', () => {
    const top = new RankedHits<Hit>(2, order);
    top.offer(1, ['a', 5]);
    top.offer(2, ['b', 3]);
    top.offer(1, ['a', 9]);
    expect(top.hits()).toEqual([
      ['b', 3],
      ['a', 5],
    ]);
    top.offer(3, ['c', 1]);
    expect(top.hits()).toEqual([
      ['c', 1],
      ['b', 3],
    ]);
    top.offer(1, ['a2', 0]);
    expect(top.hits()).toEqual([
      ['a2', 0],
      ['c', 1],
    ]);
  });

  it('says whether a hit could still be kept, so a search can skip scoring it', () => {
    const top = new RankedHits<Hit>(1, order);
    expect(top.beats(['z', 99])).toBe(true);
    top.offer(1, ['m', 4]);
    expect(top.beats(['a', 4])).toBe(true);
    expect(top.beats(['n', 4])).toBe(false);
    expect(top.beats(['a', 5])).toBe(false);
  });
});
