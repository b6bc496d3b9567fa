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
