import { describe, expect, it } from 'vitest';
import { parseText } from '../text/index.js';
import { QuoteIndex } from './quotes.js';

describe('QuoteIndex', () => {
  const text = 'He said "we will win" and "soon." She added: “the talks will go on';
  const index = new QuoteIndex(parseText(text).quotes);
  const first = text.indexOf('"we');
  const second = text.indexOf('"soon');
  const open = text.indexOf('“');

  it('finds the quotation holding a position, and none between or on the marks', () => {
    expect(index.containing(text.indexOf('will'))?.outer[0]).toBe(first);
    expect(index.containing(text.indexOf('soon'))?.outer[0]).toBe(second);
    expect(index.containing(text.indexOf('talks'))?.closed).toBe(false);
    expect(index.containing(text.indexOf(' and'))).toBeUndefined();
    expect(index.containing(first)).toBeUndefined();
  });

  it('looks quotations up by their start and end', () => {
    const q = index.startingAt(second)!;
    expect(text.slice(q.inner[0], q.inner[1])).toBe('soon.');
    expect(index.endingAt(q.outer[1])).toBe(q);
    // a quotation left open ends the paragraph: only `anyEndingAt` finds it
    expect(index.endingAt(text.length)).toBeUndefined();
    expect(index.anyEndingAt(text.length)?.outer[0]).toBe(open);
  });

  it('lists the quotations starting in, or lying inside, a range', () => {
    expect(index.startingWithin(0, open).map((q) => q.outer[0])).toEqual([first, second]);
    expect(index.inside(first, text.indexOf(' She'))).toHaveLength(2);
    expect(index.inside(first + 1, text.length)).toHaveLength(2);
  });
});
