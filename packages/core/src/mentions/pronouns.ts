import {
  type PronounFeatures,
  THIRD_PERSON_POSSESSIVES,
  THIRD_PERSON_PRONOUNS,
  THIRD_PERSON_SUBJECTS,
} from '../lexicon/pronouns.js';
import type { Mention } from './types.js';
import type { Word } from './words.js';

/** Features of a pronoun, if it is a third-person one. */
export const pronounFeatures = (text: string): PronounFeatures | undefined =>
  text.length <= 10 ? THIRD_PERSON_PRONOUNS.get(text.toLowerCase()) : undefined;

/**
 * Finds third-person pronouns that may refer to actors, with gender and number.
 * @example pronounMentions(words).map((m) => m.text) // ['he', 'his']
 */
export function pronounMentions(words: Word[]): Mention[] {
  const mentions: Mention[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const features = pronounFeatures(w.text);
    if (!features || (w.pos !== 'PRON' && w.pos !== 'DET')) continue;
    const next = words[i + 1];
    mentions.push({
      span: [w.start, w.end],
      text: w.text,
      form: 'pronoun',
      type: features.neuter ? 'organization' : features.plural ? 'group' : 'person',
      sentence: w.sentence,
      plural: features.plural,
      ...(features.gender ? { gender: features.gender } : {}),
      possessive: THIRD_PERSON_POSSESSIVES.has(w.text.toLowerCase()),
      subject:
        THIRD_PERSON_SUBJECTS.has(w.text.toLowerCase()) &&
        (next?.pos === 'VERB' || next?.pos === 'AUX' || next?.pos === 'ADV'),
    });
  }
  return mentions;
}
