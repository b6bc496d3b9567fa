/** Prepositions, conjunctions and connectors each stage reads, by the role they play. */

/** Prepositions that open a circumstance of the saying ("said in an interview", "told reporters at a briefing"). */
export const SETTING_PREPOSITIONS = new Set([
  'in',
  'on',
  'at',
  'during',
  'after',
  'before',
  'via',
  'through',
  'to',
  'with',
  'for',
]);

/** Prepositions of a trailing circumstance ("... in an interview", "... at a rally"). */
export const TRAILING_PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'via']);

/** Prepositions that attach a post-modifier to a speaker ("head of X", "spokesman for X"). */
export const NOUN_LINKS = new Set(['of', 'for', 'at', 'from', 'to', 'with', 'in', 'between', 'on']);

/** Words that make an -ing cue share the clause's subject ("by saying", "while insisting"). */
export const PARTICIPLE_LINKS = new Set([
  'by',
  'while',
  'after',
  'before',
  'when',
  'in',
  'without',
  'since',
  'as',
]);

/** Subordinators that open an adverbial clause whose end is its comma. */
export const SUBORDINATORS = new Set([
  'while',
  'although',
  'though',
  'as',
  'because',
  'since',
  'if',
  'when',
  'after',
  'before',
  'once',
  'unless',
  'whereas',
]);

/** Words that join the parts of an organisation name ("Bank of England", "Ministry for Foreign Affairs"). */
export const ORG_CONNECTORS = new Set(['of', 'for', 'on', 'and', '&']);

/** Prepositions that make the name after them a place ("in Kyiv", "outside Geneva"). */
export const LOCATIVE_PREPOSITIONS = new Set([
  'in',
  'at',
  'near',
  'outside',
  'inside',
  'across',
  'throughout',
  'around',
  'within',
  'into',
  'on',
]);

/** Prepositions inside a title ("Secretary of State", "Minister for Health"). */
export const TITLE_CONNECTORS = new Set(['of', 'for']);

/** Words that end the title part of an appositive ("a Russian deputy representative to ..."). */
export const APPOSITIVE_STOPS = new Set([
  'to',
  'of',
  'at',
  'for',
  'in',
  'with',
  'from',
  'who',
  'which',
  'that',
  'and',
  'on',
]);

/** Prepositions and complementisers that may open an object phrase ("to hold talks", "for a ceasefire"). */
export const OBJECT_LEADERS = new Set(['to', 'for', 'of', 'on', 'about', 'at', 'that', 'with']);
