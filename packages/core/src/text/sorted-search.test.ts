import { describe, expect, it } from 'vitest';
import { parseText } from './parse.js';
import { countBefore } from './sorted-search.js';

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
