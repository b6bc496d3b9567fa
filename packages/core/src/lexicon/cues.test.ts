import { describe, expect, it } from 'vitest';
import { CUE_LEXICON, REPORTING_VERBS, WEAK_CUES } from './cues.js';
import { SAY_VERBS, STANCE_CUES } from './proposals.js';

describe('the cue lexicon as the one source of reporting verbs', () => {
  it('derives reporting verbs from its one-word clause and tell cues', () => {
    for (const lemma of [...CUE_LEXICON.clause, ...CUE_LEXICON.tell]) {
      if (lemma.includes(' ') || WEAK_CUES.has(lemma)) continue;
      expect(REPORTING_VERBS.has(lemma)).toBe(true);
    }
    expect(REPORTING_VERBS.has('say')).toBe(true);
    expect(REPORTING_VERBS.has('tell')).toBe(true);
  });

  it('gives the proposal stage every reporting verb that is not a stance cue of its own', () => {
    const stanceVerb = (lemma: string) => STANCE_CUES.get(lemma)?.some((c) => c.words.length === 1) ?? false;
    for (const lemma of REPORTING_VERBS) expect(SAY_VERBS.has(lemma)).toBe(!stanceVerb(lemma));
    expect(SAY_VERBS.has('say')).toBe(true);
    expect(SAY_VERBS.has('propose')).toBe(false);
  });
});
