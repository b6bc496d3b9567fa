import { describe, expect, it } from 'vitest';
import { countingReads } from '../testing/count-reads.js';
import { parseText } from '../text/index.js';
import { taggedTypeOf } from './find.js';
import { toWords } from './words.js';

const PARAGRAPH =
  'Angela Merkel met Emmanuel Macron in Paris on Monday, and the European Union welcomed the talks.\n';

/** Reads of the tagged entities when every word of `copies` paragraphs asks for its tagged type. */
function workOn(copies: number) {
  const parsed = parseText(PARAGRAPH.repeat(copies));
  const counter = { reads: 0 };
  const entities = countingReads(parsed.entities, counter);
  const types = toWords(parsed).map((w) => taggedTypeOf(entities, [w]));
  return { reads: counter.reads, entities: parsed.entities.length, types };
}

describe('taggedTypeOf', () => {
  it('types a name by the entity the tagger found over it', () => {
    const { types } = workOn(1);
    const words = toWords(parseText(PARAGRAPH));
    expect(types[words.findIndex((w) => w.text === 'Paris')]).toBe('place');
    expect(types[words.findIndex((w) => w.text === 'met')]).toBeUndefined();
  });

  it('reads a number of entities linear in the article length (a search, not a scan from the start)', () => {
    const small = workOn(25);
    const large = workOn(100);
    expect(large.entities).toBe(4 * small.entities);
    // linear work is 4x; scanning the entities from the article's start for every word is about 16x
    expect(large.reads / small.reads).toBeLessThan(5);
  });
});
