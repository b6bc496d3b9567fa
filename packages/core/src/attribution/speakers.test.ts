import { describe, expect, it } from 'vitest';
import { parseText } from '../text/index.js';
import { cueSpeaker, sourceReferent } from './speakers.js';

/** The tokens of a one-sentence text and the token range of the first occurrence of `word`. */
function at(text: string, word: string) {
  const parsed = parseText(text);
  const start = parsed.tokens.findIndex((t) => t.text === word);
  const sentence = parsed.sentences[parsed.tokens[start]!.sentence]!;
  const show = (r: { start: number; end: number }) =>
    text.slice(parsed.tokens[r.start]!.start, parsed.tokens[r.end - 1]!.end);
  return { parsed, range: { start, end: start + 1 }, sentence, show };
}

describe('speakers of cues another reader found', () => {
  it('reads a relative "who" as the phrase it stands for', () => {
    const { parsed, range, sentence, show } = at('Anton, 32, who said the war must end, left.', 'who');
    expect(show(sourceReferent(parsed.tokens, range, sentence.tokenStart))).toBe('Anton');
  });

  it('reads a "who" after a dash as the phrase before the dash', () => {
    const { parsed, range, sentence, show } = at(
      'On Monday, Graham—who had endorsed Bush—said he was out.',
      'who',
    );
    expect(show(sourceReferent(parsed.tokens, range, sentence.tokenStart))).toBe('Graham');
  });

  it('keeps any other source as it is', () => {
    const { parsed, range, sentence, show } = at('The lawsuit says voters waited.', 'lawsuit');
    expect(show(sourceReferent(parsed.tokens, range, sentence.tokenStart))).toBe('lawsuit');
  });

  it('finds the subject of a cue, and the clause subject of one sharing it', () => {
    const paragraph = () => 0;
    const left = at('Tracy Martin issued a statement Thursday, saying the fund helps.', 'saying');
    expect(cueSpeaker(left.parsed.tokens, left.sentence, left.range, paragraph).map(left.show)).toEqual([
      'Tracy Martin',
    ]);
    const plain = at('The public deserves to know what she saw.', 'deserves');
    expect(cueSpeaker(plain.parsed.tokens, plain.sentence, plain.range, paragraph).map(plain.show)).toEqual([
      'The public',
    ]);
  });
});
