import { describe, expect, it } from 'vitest';
import { attributeStatements } from '../attribution/index.js';
import { findMentions } from '../mentions/index.js';
import { resolveActors } from '../resolve/index.js';
import { countingReads } from '../testing/count-reads.js';
import { parseText } from '../text/index.js';
import { findProposals } from './find.js';

describe('findProposals on one long unpunctuated sentence', () => {
  // a transcript without full stops: one sentence holding every statement, every object phrase long
  const PIECE = 'the envoy said “we want troops on the ground and a ceasefire and talks in Geneva ';

  /** Reads of tokens and statements by the proposal stage on `copies` pieces. */
  function workOn(copies: number) {
    const parsed = parseText(PIECE.repeat(copies));
    const resolution = resolveActors(parsed, findMentions(parsed));
    const statements = attributeStatements(parsed, resolution);
    const counter = { reads: 0 };
    findProposals(
      { ...parsed, tokens: countingReads(parsed.tokens, counter) },
      resolution,
      countingReads(statements, counter),
    );
    return { reads: counter.reads, sentences: parsed.sentences.length, statements: statements.length };
  }

  it('reads a number of tokens and statements linear in the sentence length', () => {
    const small = workOn(40);
    const large = workOn(160);
    expect(large.sentences).toBe(1);
    expect(large.statements).toBeGreaterThan(small.statements * 3);
    // linear work is 4x; a scan of the sentence's statements or of the phrase per token is about 16x
    expect(large.reads / small.reads).toBeLessThan(5);
  });
});
