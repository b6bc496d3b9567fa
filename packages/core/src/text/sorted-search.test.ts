import { describe, expect, it } from 'vitest';
import { parseText } from './parse.js';
import { countBefore, SpanIndex } from './sorted-search.js';

describe('countBefore', () => {
  it('counts the prefix that satisfies the test', () => {
    expect(countBefore([1, 3, 5, 7], (n) => n < 5)).toBe(2);
    expect(countBefore([1, 3, 5, 7], (n) => n < 0)).toBe(0);
    expect(countBefore([1, 3, 5, 7], (n) => n < 9)).toBe(4);
    expect(countBefore([], () => true)).toBe(0);
  });

  it('finds the first token at or after a character, from a starting index', () => {
    const { tokens } = parseText('Putin said talks would resume. Zelenskyy agreed.');
    const at = tokens.findIndex((t) => t.text === 'Zelenskyy');
    const start = tokens[at]!.start;
    expect(countBefore(tokens, (t) => t.start < start)).toBe(at);
    expect(countBefore(tokens, (t) => t.start < start, at)).toBe(at);
    expect(countBefore(tokens, (t) => t.start < start - 1)).toBe(at);
  });
});

describe('SpanIndex', () => {
  const spans: [number, number][] = [
    [10, 20],
    [0, 100],
    [30, 30],
    [25, 40],
    [50, 60],
  ];
  const index = new SpanIndex(spans);
  const scan = (from: number, to: number) => spans.flatMap(([s, e], i) => (s < to && e > from ? [i] : []));

  it('finds every span overlapping a range, in input order', () => {
    expect(index.overlapping(15, 28)).toEqual([0, 1, 3]);
    expect(index.overlapping(29, 31)).toEqual([1, 2, 3]);
    expect(index.overlapping(100, 120)).toEqual([]);
  });

  it('agrees with a scan of every span on every range', () => {
    for (let from = -5; from < 110; from += 3)
      for (let to = from; to < 115; to += 7) expect(index.overlapping(from, to)).toEqual(scan(from, to));
  });
});
