import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseText, sentenceSpans } from './parse.js';

const seed = readFileSync(
  new URL('../../../../graphs/ukraine-peace-talks/articles/000_6b75679a6597cec9.txt', import.meta.url),
  'utf8',
);

describe('parseText', () => {
  const parsed = parseText(seed);

  it('anchors every token to the exact text it claims', () => {
    for (const t of parsed.tokens) expect(seed.slice(t.start, t.end)).toBe(t.text);
  });

  it('splits the seed into sentences that stay inside paragraphs', () => {
    expect(parsed.sentences.length).toBeGreaterThan(30);
    for (const s of parsed.sentences) {
      const [ps, pe] = parsed.paragraphs[s.paragraph]!;
      expect(s.start).toBeGreaterThanOrEqual(ps);
      expect(s.end).toBeLessThanOrEqual(pe);
    }
    expect(seed.slice(parsed.sentences[0]!.start, parsed.sentences[0]!.end)).toMatch(
      /^Top U\.S\..*instead\.$/,
    );
  });

  it('finds quotations with their inner text', () => {
    const inner = parsed.quotes.map((q) => seed.slice(q.inner[0], q.inner[1]));
    expect(inner).toContain("Well, you have my assurance and I'm president.");
    expect(inner).toContain('Coalition of the Willing');
    expect(parsed.quotes.every((q) => q.closed)).toBe(true);
  });

  it('pairs the doubled single quotes of older wire copy', () => {
    const text = "He said ''we will win'' on Monday.";
    const [q] = parseText(text).quotes;
    expect(text.slice(q!.inner[0], q!.inner[1])).toBe('we will win');
  });
});

describe('parseText on hostile text', () => {
  it('keeps offsets exact around a long run without blanks (a URL or a blob)', () => {
    const blob = 'x'.repeat(200);
    const text = `Trump said the link was https://example.com/${blob} and left.`;
    const parsed = parseText(text);
    for (const t of parsed.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(parsed.tokens.at(-2)!.text).toBe('left');
  });
});

describe('sentenceSpans', () => {
  it("gives parseText's sentences without tagging, on news, headings, quotes, lists and odd blanks", () => {
    const text = [
      'Ukraine talks - day two',
      '  Zelenskyy said on Monday: "We will not give up." Putin replied (via the Kremlin) that no deal was near!',
      'U.S. envoy Steve Witkoff met Dmitriev in Miami... Talks resumed?\u2028Yes.\tThey did',
      '',
      '- first point; - second point 😀 👩‍👩‍👧 🇺🇦',
      '"Unclosed quote, then more words without a stop',
    ].join('\n');
    expect(sentenceSpans(text)).toEqual(parseText(text).sentences.map((s) => [s.start, s.end]));
    expect(sentenceSpans('Putin spoke. Zelenskyy agreed.')).toEqual([
      [0, 12],
      [13, 30],
    ]);
  });
});
