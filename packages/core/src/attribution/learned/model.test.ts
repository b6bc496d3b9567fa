import { describe, expect, it } from 'vitest';
import { findMentions } from '../../mentions/index.js';
import { resolveActors } from '../../resolve/index.js';
import { countingReads } from '../../testing/count-reads.js';
import { parseText } from '../../text/index.js';
import { findStatements } from '../find.js';
import { attributionModel, combineReading, combineSettings, readWithTagger } from './model.js';

const PARAGRAPH =
  'The minister said on Monday that "talks will go on." Officials told reporters the plan was a good start, ' +
  'and the envoy added that more meetings would follow next week.\n';

/** Reads of tokens and statements by the tagger's reading and its combination with the rules, on `copies` paragraphs. */
function workOn(copies: number) {
  const parsed = parseText(PARAGRAPH.repeat(copies));
  const resolution = resolveActors(parsed, findMentions(parsed));
  const rules = findStatements(parsed, resolution);
  const counter = { reads: 0 };
  const reading = readWithTagger(
    { ...parsed, tokens: countingReads(parsed.tokens, counter) },
    resolution,
    countingReads(rules, counter),
    attributionModel()!,
  );
  const statements = combineReading(
    {
      ...reading,
      rules: countingReads(reading.rules, counter),
      found: countingReads(reading.found, counter),
    },
    combineSettings(),
  );
  return { reads: counter.reads, statements: statements.length };
}

describe('the learned attribution reading on a long article', () => {
  it('reads tokens and statements a number of times linear in the article length', () => {
    const small = workOn(20);
    const large = workOn(80);
    // every copy is read the same way: four times the text, four times the statements
    expect(small.statements).toBeGreaterThanOrEqual(20);
    expect(large.statements).toBe(4 * small.statements);
    // linear work is 4x; one scan of every token (or statement) per statement would be about 16x
    expect(large.reads / small.reads).toBeLessThan(4.6);
  });
});
