import { describe, expect, it } from 'vitest';
import { FormScores } from '../learn/form-scores.js';
import { parseText } from '../text/parse.js';
import { transitionScores, viterbi, WORD_SLOTS } from './decode.js';
import {
  addSecondPassFeatures,
  documentCues,
  FORM_FEATURES,
  sentenceFeatures,
  wordShape,
} from './features.js';
import { allowed, decodeLabels, encodeSpans, LABEL_COUNT, labelOf } from './labels.js';
import { entityTagger, tagEntities } from './tagger.js';

describe('BILOU labels', () => {
  const spans = [
    { start: 0, end: 2, type: 'person' as const },
    { start: 3, end: 4, type: 'place' as const },
    { start: 5, end: 8, type: 'event' as const },
  ];

  it('encode and decode back to the same spans', () => {
    const labels = encodeSpans(8, spans);
    expect(labels[3]).toBe(labelOf('U', 'place'));
    expect(decodeLabels(labels)).toEqual(spans);
  });

  it('allow only well-formed sequences', () => {
    expect(allowed(labelOf('B', 'person'), labelOf('L', 'person'))).toBe(true);
    expect(allowed(labelOf('B', 'person'), labelOf('L', 'place'))).toBe(false);
    expect(allowed(-1, labelOf('I', 'person'))).toBe(false);
    expect(allowed(labelOf('I', 'event'), -1)).toBe(false);
    expect(LABEL_COUNT).toBe(21);
  });
});

describe('entity features', () => {
  it('shape letters of any script and collapse runs', () => {
    expect(wordShape('Erdoğan')).toBe('Xxx');
    expect(wordShape('Šefčovič')).toBe('Xxx');
    expect(wordShape('COVID-19')).toBe('XX-dd');
  });

  it('note what other sentences of the document say about a word', () => {
    const cues = documentCues([
      ['Ronald', 'Coase', 'said', 'so', '.'],
      ['Coase', 'won', '.'],
    ]);
    expect(cues.get('Coase')).toBeGreaterThan(0);
    expect(cues.get('won')).toBeUndefined();
    const alone = sentenceFeatures(['Coase', 'won', '.']);
    const inDocument = sentenceFeatures(['Coase', 'won', '.'], cues);
    expect(inDocument.counts[0]).toBeGreaterThan(alone.counts[0]!);
  });
});

describe('the trained entity tagger', () => {
  it('finds people, places and organisations in news copy, with offsets into the text', () => {
    const text =
      'Recep Tayyip Erdoğan met Angela Merkel in Berlin on Monday. The European Commission said the talks went well.';
    const parsed = parseText(text);
    const found = tagEntities(parsed.tokens, parsed.sentences).map((e) => [
      text.slice(e.span[0], e.span[1]),
      e.type,
    ]);
    expect(found).toContainEqual(['Angela Merkel', 'person']);
    expect(found).toContainEqual(['Berlin', 'place']);
    expect(found).toContainEqual(['European Commission', 'organization']);
  });

  it('does not make wars and referendums people', () => {
    const spans = entityTagger().tagWords('He fought in World War II before Brexit .'.split(' '));
    expect(spans.filter((s) => s.type === 'person')).toEqual([]);
    for (const s of spans) expect(s.score).toBeGreaterThan(0);
  });

  it('scores the same with per-word sums of the leading features as key by key', () => {
    const tagger = entityTagger();
    const document = [
      'Angela Merkel met Emmanuel Macron in Paris , Merkel said .',
      'Macron told Le Monde that Paris and Berlin agree , and Merkel agreed .',
    ].map((s) => s.split(' '));
    const { features, votes } = tagger.firstPass(document);
    for (const table of [tagger.first, tagger.second!]) {
      const own = new FormScores(table, FORM_FEATURES, WORD_SLOTS);
      const trans = transitionScores(table);
      features.forEach((f, s) => {
        if (table === tagger.second) addSecondPassFeatures(f, document[s]!, votes);
        const n = document[s]!.length;
        expect(viterbi(table, f, n, trans, true, own)).toEqual(viterbi(table, f, n, trans, true));
      });
    }
  });
});
