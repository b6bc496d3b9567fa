/**
 * @parley/core: turns news articles into a graph of actors, statements and proposals.
 * Pipeline: text → mentions → resolve → attribution → proposals → graph → export.
 */
export * from './analysis/index.js';
export * from './attribution/index.js';
export * from './contract/index.js';
export * from './entities/index.js';
export * from './export/index.js';
export * from './extract/index.js';
export * from './graph/index.js';
export * from './io/index.js';
export * from './learn/index.js';
export { countryNames } from './lexicon/countries.js';
export type { Mention, MentionForm } from './mentions/index.js';
export { findMentions } from './mentions/index.js';
export { proposalKey } from './proposals/index.js';
export { type Resolution, resolveActors } from './resolve/index.js';
export * from './store/index.js';
export * from './syntax/index.js';
export type {
  EntitySpan,
  EntityType,
  ParsedText,
  ParseOptions,
  QuoteSpan,
  Sentence,
  Token,
} from './text/index.js';
export {
  emptyTextTable,
  findParagraphs,
  fold,
  nameKey,
  nameWords,
  parseText,
  sentenceSpans,
  shortHash,
  slugify,
  stem,
  terms,
  textTable,
} from './text/index.js';
