import type { ParsedText, Token } from '../text/types.js';
import type { Mention } from './types.js';

const isNameToken = (t: Token) => t.pos === 'PROPN' && /^\p{Lu}/u.test(t.text);

/**
 * Finds name mentions: maximal runs of capitalised proper-noun tokens within a sentence.
 * @example findMentions(parseText('Trump met Putin.')).map((m) => m.text) // ['Trump', 'Putin']
 */
export function findMentions(parsed: ParsedText): Mention[] {
  const mentions: Mention[] = [];
  const { tokens, text } = parsed;
  for (let i = 0; i < tokens.length; i++) {
    if (!isNameToken(tokens[i]!)) continue;
    let j = i;
    while (
      j + 1 < tokens.length &&
      isNameToken(tokens[j + 1]!) &&
      tokens[j + 1]!.sentence === tokens[i]!.sentence
    )
      j++;
    const span: [number, number] = [tokens[i]!.start, tokens[j]!.end];
    mentions.push({
      span,
      text: text.slice(...span),
      form: 'name',
      type: 'person',
      sentence: tokens[i]!.sentence,
    });
    i = j;
  }
  return mentions;
}
