/** English pronoun word lists shared by the attribution and proposal stages. */

/** Personal pronouns that can be the subject of a clause ("he said", "they proposed"). */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you']);

/** Relative pronouns that stand for the subject of a relative clause ("officials who said"). */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'which', 'that']);

/** Pronouns in object position ("told him", "asked them"). */
export const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['me', 'us', 'him', 'her', 'them', 'you', 'it']);

/** Possessive determiners ("his office", "their plan"). */
export const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set([
  'his',
  'her',
  'their',
  'its',
  'our',
  'my',
  'your',
]);

/** Quantifiers that stand for people ("Many speculated", "few believe", "those surveyed say"). */
export const PRONOMINAL_QUANTIFIERS = new Set([
  'many',
  'few',
  'most',
  'some',
  'several',
  'others',
  'none',
  'those',
  'both',
  'all',
]);

/** First-person pronouns and determiners ("we", "our", "me"). */
export const FIRST_PERSON_PRONOUNS = new Set(['i', 'we', 'our', 'my', 'us', 'me']);

/** Quantifiers and reflexives a holder search looks through ("they both", "he himself"). */
export const TRANSPARENT_WORDS = new Set([
  'both',
  'all',
  'also',
  'each',
  'themselves',
  'himself',
  'herself',
  'itself',
]);

/**
 * Pronouns and possessives that stand for an actor of the article ("he proposed", "their plan"):
 * the subject pronouns and possessive determiners less the generic "you"/"your", plus "us".
 */
export const ACTOR_PRONOUNS: ReadonlySet<string> = new Set(
  [...SUBJECT_PRONOUNS, ...POSSESSIVE_PRONOUNS, 'us'].filter((w) => w !== 'you' && w !== 'your'),
);

/** Third-person subject pronouns ("he", "she", "it", "they"): the subject pronouns less first and second person. */
export const THIRD_PERSON_SUBJECTS: ReadonlySet<string> = new Set(
  [...SUBJECT_PRONOUNS].filter((w) => !FIRST_PERSON_PRONOUNS.has(w) && w !== 'you'),
);

/** Third-person possessives ("his", "her", "hers", "their", "its"): the possessive determiners less first and second person, plus "hers". */
export const THIRD_PERSON_POSSESSIVES: ReadonlySet<string> = new Set([
  ...[...POSSESSIVE_PRONOUNS].filter((w) => !FIRST_PERSON_PRONOUNS.has(w) && w !== 'your'),
  'hers',
]);

/** Gender and number of a third-person pronoun. */
export interface PronounFeatures {
  gender?: 'm' | 'f';
  plural: boolean;
  /** "it"/"its": refers to an organisation or country, never a person. */
  neuter?: boolean;
}

/** Third-person pronouns that can stand for an actor, with their features. First and second person are the quoted speaker's. */
export const THIRD_PERSON_PRONOUNS: ReadonlyMap<string, PronounFeatures> = new Map<string, PronounFeatures>(
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
