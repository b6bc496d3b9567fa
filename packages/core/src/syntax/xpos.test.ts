import { describe, expect, it } from 'vitest';
import { xposOf } from './xpos.js';

const tags = (rows: [string, string, string][]) =>
  xposOf(rows.map(([form, upos, lemma]) => ({ form, upos, lemma })));

describe('xposOf', () => {
  it('reads tense and number from the form against its lemma', () => {
    expect(
      tags([
        ['The', 'DET', 'the'],
        ['ministers', 'NOUN', 'minister'],
        ['said', 'VERB', 'say'],
        ['talks', 'NOUN', 'talk'],
        ['had', 'AUX', 'have'],
        ['failed', 'VERB', 'fail'],
        ['.', 'PUNCT', '.'],
      ]),
    ).toEqual(['DT', 'NNS', 'VBD', 'NNS', 'VBD', 'VBN', '.']);
  });

  it('tells bare verbs after modals, to and do from present ones', () => {
    expect(
      tags([
        ['They', 'PRON', 'they'],
        ['want', 'VERB', 'want'],
        ['to', 'PART', 'to'],
        ['win', 'VERB', 'win'],
        ['and', 'CCONJ', 'and'],
        ['will', 'AUX', 'will'],
        ['not', 'PART', 'not'],
        ['stop', 'VERB', 'stop'],
      ]),
    ).toEqual(['PRP', 'VBP', 'TO', 'VB', 'CC', 'MD', 'RB', 'VB']);
  });

  it('pairs straight quotes and tags addresses', () => {
    expect(
      tags([
        ['"', 'PUNCT', '"'],
        ['Yes', 'INTJ', 'yes'],
        ['"', 'PUNCT', '"'],
        ['https://example.com', 'X', 'https://example.com'],
      ]),
    ).toEqual(['``', 'UH', "''", 'ADD']);
  });
});
