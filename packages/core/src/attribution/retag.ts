import type { Token } from '../text/types.js';
import { cueAt } from './cues.js';

/**
 * Fixes the tagger's commonest slip on names: a capitalised word next to a proper noun tagged as a
 * verb, adjective or common noun ("Kelli Ward/VERB called", "a Downing/VERB Street spokesperson")
 * is part of the name; the first word of a sentence is left alone. Cue verbs keep
 * their tag so that title-case headlines ("Trump Says ...") still have their cue.
 * Returns a copy; the shared parse is left untouched.
 */
export function retagNames(tokens: Token[]): Token[] {
  return tokens.map((t, i) => {
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    if (!prev || prev.sentence !== t.sentence) return t;
    const inName =
      prev.pos === 'PROPN' ||
      (next?.pos === 'PROPN' && next.sentence === t.sentence && /^\p{Lu}/u.test(next.text));
    if (!inName) return t;
    if (!/^\p{Lu}\p{Ll}/u.test(t.text) || !(t.pos === 'VERB' || t.pos === 'ADJ' || t.pos === 'NOUN'))
      return t;
    if (t.pos === 'VERB' && cueAt(tokens, i, i + 3)) return t;
    return { ...t, pos: 'PROPN' };
  });
}
