export { fold, nameKey, nameWords, shortHash, slugify } from './normalize.js';
export { findParagraphs, parseText } from './parse.js';
export { findQuotes } from './quotes.js';
export type { ParsedText, QuoteSpan, Sentence, Token } from './types.js';
