import { describe, expect, it } from 'vitest';
import { lemmatize, ruleLemma } from './lemmatizer.js';
import { tagSentence } from './tagger.js';

describe('tagSentence', () => {
  it('tags names of any script as proper nouns and a reporting verb as a verb', () => {
    const tags = tagSentence(['Recep', 'Tayyip', 'Erdoğan', 'said', 'the', 'talks', 'failed', '.']);
    expect(tags).toEqual(['PROPN', 'PROPN', 'PROPN', 'VERB', 'DET', 'NOUN', 'VERB', 'PUNCT']);
  });

  it('gives one tag per form, also for an empty sentence', () => {
    expect(tagSentence([])).toEqual([]);
    expect(tagSentence(['Šefčovič', 'did', "n't", 'come'])).toHaveLength(4);
  });
});

describe('lemmatize', () => {
  it('uses the learned exceptions for irregular words', () => {
    expect(lemmatize('said', 'VERB')).toBe('say');
    expect(lemmatize('was', 'AUX')).toBe('be');
    expect(lemmatize('children', 'NOUN')).toBe('child');
    expect(lemmatize("n't", 'PART')).toBe('not');
  });

  it('falls back to suffix rules for unseen regular words', () => {
    expect(ruleLemma('blorfed', 'VERB')).toBe('blorf');
    expect(ruleLemma('ponies', 'NOUN')).toBe('pony');
    expect(ruleLemma('boxes', 'NOUN')).toBe('box');
    expect(lemmatize('Kyiv', 'PROPN')).toBe('kyiv');
  });
});
