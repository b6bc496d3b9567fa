export { editDistance, type MatchEntry, type MatchHit, NameMatcher, typoBudget } from './match.js';
export { fold, nameKey, nameWords, shortHash, slugify } from './normalize.js';
export { findParagraphs, type ParseOptions, parseText, sentenceSpans } from './parse.js';
export { findQuotes } from './quotes.js';
export { emptyTextTable, textTable } from './tables.js';
export { stem, terms } from './terms.js';
export type { EntitySpan, EntityType, ParsedText, QuoteSpan, Sentence, Token } from './types.js';
