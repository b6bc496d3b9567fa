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
