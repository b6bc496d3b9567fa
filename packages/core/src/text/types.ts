import type { Span } from '../contract/types.js';

/** One word or punctuation token, with its offsets into the original text. */
export interface Token {
  /** Position in `ParsedText.tokens`. */
  index: number;
  text: string;
  start: number;
  end: number;
  /** Universal POS tag (PROPN, NOUN, VERB, AUX, PRON, ADP, PUNCT, ...). */
  pos: string;
  /** Lower-case lemma ("said" -> "say"). */
  lemma: string;
  /** Index of the sentence holding the token. */
  sentence: number;
}

/** A sentence: offsets and the half-open range of its tokens. */
export interface Sentence {
  index: number;
  start: number;
  end: number;
  /** Index of the paragraph (block of text between line breaks) holding it. */
  paragraph: number;
  /** First token index. */
  tokenStart: number;
  /** One past the last token index. */
  tokenEnd: number;
}

/** A quotation: `outer` includes the quote marks, `inner` is what was quoted. */
export interface QuoteSpan {
  outer: Span;
  inner: Span;
  /** False when the closing mark was never found (a quote that runs on into the next paragraph). */
  closed: boolean;
}

/** The single parse of an article that every later stage reads. */
export interface ParsedText {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  paragraphs: Span[];
  quotes: QuoteSpan[];
  /** Named entities found by the entity tagger, in text order. */
  entities: EntitySpan[];
}

/** The kinds of named entity the entity tagger tells apart (GUM's other named kinds are 'other'). */
export type EntityType = 'person' | 'organization' | 'place' | 'event' | 'other';

/** A named entity found by the entity tagger: a token range and its type. */
export interface EntitySpan {
  tokenStart: number;
  /** One past the last token. */
  tokenEnd: number;
  span: Span;
  type: EntityType;
  /** Confidence, 0..1. */
  score: number;
}
