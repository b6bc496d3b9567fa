import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenizeSpan } from './tokenize.js';

const words = (text: string) => tokenizeSpan(text, [0, text.length]).map((t) => t.text);

describe('tokenizeSpan', () => {
  it('keeps words of any script whole', () => {
    expect(words('Recep Tayyip Erdoğan met Maroš Šefčovič and Radosław Sikorski.')).toEqual([
      'Recep',
      'Tayyip',
      'Erdoğan',
      'met',
      'Maroš',
      'Šefčovič',
      'and',
      'Radosław',
      'Sikorski',
      '.',
    ]);
    expect(words('Зеленський і Τσίπρας')).toEqual(['Зеленський', 'і', 'Τσίπρας']);
    expect(words('習近平說')).toEqual(['習近平說']);
  });

  it('keeps combining marks and emoji sequences whole', () => {
    // "é" written as e + U+0301, a family emoji joined by U+200D, a flag and a skin-tone modifier
    expect(words('Cafe\u0301 👨‍👩‍👧 🇺🇦 👍🏽!')).toEqual(['Cafe\u0301', '👨‍👩‍👧', '🇺🇦', '👍🏽', '!']);
  });

  it('splits contractions and punctuation the PTB way, keeping inner apostrophes of names', () => {
    expect(words("Erdoğan's aide didn't say, O'Brien said.")).toEqual([
      'Erdoğan',
      "'s",
      'aide',
      'did',
      "n't",
      'say',
      ',',
      "O'Brien",
      'said',
      '.',
    ]);
  });

  it('keeps abbreviations, initials, acronyms, numbers, URLs and handles as one token', () => {
    expect(
      words('Mr. J. Smith of the U.S. paid $1,000.50 at https://ex.com/a?b=1, said @POTUS #Ukraine.'),
    ).toEqual([
      'Mr.',
      'J.',
      'Smith',
      'of',
      'the',
      'U.S.',
      'paid',
      '$',
      '1,000.50',
      'at',
      'https://ex.com/a?b=1',
      ',',
      'said',
      '@POTUS',
      '#Ukraine',
      '.',
    ]);
  });

  it('gives offsets that index the original text, also inside a larger text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 80 }),
        fc.string({ maxLength: 10 }),
        (body, pad) => {
          const text = `${pad}${body}${pad}`;
          const from = pad.length;
          const to = pad.length + body.length;
          let last = from;
          for (const t of tokenizeSpan(text, [from, to])) {
            expect(text.slice(t.start, t.end)).toBe(t.text);
            expect(t.start).toBeGreaterThanOrEqual(last);
            expect(t.end).toBeLessThanOrEqual(to);
            last = t.end;
          }
        },
      ),
    );
  });

  it('never drops a non-blank character', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        const joined = tokenizeSpan(text, [0, text.length])
          .map((t) => t.text)
          .join('');
        expect(joined).toBe(text.replace(/\s+/gu, ''));
      }),
    );
  });
});
