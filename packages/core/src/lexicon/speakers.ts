/** Word lists of speaker phrases: their heads, qualifiers and the words around a saying. */

/** Nouns that make a prepositional phrase a circumstance of the saying, not its content. */
export const SETTING_NOUNS = new Set([
  'statement',
  'interview',
  'speech',
  'address',
  'briefing',
  'conference',
  'tweet',
  'post',
  'letter',
  'email',
  'e-mail',
  'remark',
  'rally',
  'debate',
  'appearance',
  'hearing',
  'event',
  'meeting',
  'call',
  'message',
  'video',
  'op-ed',
  'column',
  'memo',
  'report',
  'broadcast',
  'show',
  'program',
  'programme',
  'town',
  'session',
  'visit',
  'trip',
  'twitter',
  'facebook',
]);

/** Adjectives that take a preposition inside a speaker phrase ("sources familiar with", "close to"). */
export const LINKING_ADJECTIVES = new Set(['familiar', 'close', 'loyal', 'opposed']);

/** Words that may stand between a subject and its cue ("has also", "did not", "themselves"). */
export const SKIPPABLE_BEFORE_CUE = new Set([
  'not',
  "n't",
  'both',
  'all',
  'each',
  'also',
  'only',
  'never',
  'just',
  'already',
  'have',
  'himself',
  'herself',
  'themselves',
  'itself',
  'myself',
  'ourselves',
]);

/** Adjectives that govern an infinitive cue ("quick to point out", "eager to say"). */
export const GOVERNING_ADJECTIVES = new Set([
  'quick',
  'eager',
  'careful',
  'willing',
  'unwilling',
  'reluctant',
  'ready',
  'keen',
  'able',
  'unable',
  'likely',
  'unlikely',
]);

/** Nouns that make an indefinite phrase an unnamed source ("a senior official", "three sources"). */
export const ANONYMOUS_HEADS = new Set([
  'official',
  'officials',
  'source',
  'sources',
  'diplomat',
  'diplomats',
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'aide',
  'aides',
  'adviser',
  'advisers',
  'advisor',
  'advisors',
  'insider',
  'insiders',
  'officer',
  'officers',
  'person',
  'people',
  'figure',
  'figures',
  'negotiator',
  'negotiators',
  'lawmaker',
  'lawmakers',
  'member',
  'members',
]);

/** What follows an anonymous head and still belongs to it ("familiar with the talks"). */
export const SOURCE_QUALIFIERS = [
  'familiar with',
  'close to',
  'with knowledge of',
  'briefed on',
  'involved in',
  'speaking on',
];
