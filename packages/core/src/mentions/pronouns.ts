import type { Gender, Mention } from './types.js';
import type { Word } from './words.js';

interface PronounFeatures {
  gender?: Gender;
  plural: boolean;
  /** "it"/"its": refers to an organisation or country, never a person. */
  neuter?: boolean;
}

/** Third-person pronouns that can stand for an actor. First and second person are the quoted speaker's. */
const PRONOUNS = new Map<string, PronounFeatures>(
  Object.entries({
    he: { gender: 'm', plural: false },
    him: { gender: 'm', plural: false },
    his: { gender: 'm', plural: false },
    himself: { gender: 'm', plural: false },
    she: { gender: 'f', plural: false },
    her: { gender: 'f', plural: false },
    hers: { gender: 'f', plural: false },
    herself: { gender: 'f', plural: false },
    they: { plural: true },
    them: { plural: true },
    their: { plural: true },
    themselves: { plural: true },
    it: { plural: false, neuter: true },
    its: { plural: false, neuter: true },
  } satisfies Record<string, PronounFeatures>),
);

/** Features of a pronoun, if it is a third-person one. */
export const pronounFeatures = (text: string): PronounFeatures | undefined =>
  text.length <= 10 ? PRONOUNS.get(text.toLowerCase()) : undefined;

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
      possessive: /^(his|her|hers|their|its)$/i.test(w.text),
      subject:
        /^(he|she|they|it)$/i.test(w.text) &&
        (next?.pos === 'VERB' || next?.pos === 'AUX' || next?.pos === 'ADV'),
    });
  }
  return mentions;
}
