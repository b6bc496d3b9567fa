export { findParagraphs, parseText } from './parse.js';
export { findQuotes } from './quotes.js';
export { emptyTextTable, textTable } from './tables.js';
export type { ParsedText, QuoteSpan, Sentence, Token } from './types.js';
