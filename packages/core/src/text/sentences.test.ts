import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.js';
import { tokenizeSpan } from './tokenize.js';

const sentences = (text: string) => {
  const tokens = tokenizeSpan(text, [0, text.length]);
  return splitSentences(tokens, 0).map(([a, b]) => text.slice(tokens[a]!.start, tokens[b - 1]!.end));
};

describe('splitSentences', () => {
  it('breaks at terminators, not after titles, initials or mid-sentence acronyms', () => {
    expect(sentences('Mr. Smith met Dr. J. Doe in the U.S. on Monday. They talked! Did it work?')).toEqual([
      'Mr. Smith met Dr. J. Doe in the U.S. on Monday.',
      'They talked!',
      'Did it work?',
    ]);
  });

  it('keeps a closing quote with its sentence and a quoted question inside its sentence', () => {
    expect(sentences('"We will win." He left. "Is it over?" she asked.')).toEqual([
      '"We will win."',
      'He left.',
      '"Is it over?" she asked.',
    ]);
  });

  it('ends a sentence at an acronym when a sentence opener follows', () => {
    expect(sentences('He lives in the U.S. The rest stayed.')).toEqual([
      'He lives in the U.S.',
      'The rest stayed.',
    ]);
  });
});
