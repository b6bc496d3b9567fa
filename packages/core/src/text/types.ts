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
  /** Penn Treebank tag (NNP, VBD, ...); '' when unknown. */
  xpos: string;
  /** Lower-case lemma ("said" -> "say"). */
  lemma: string;
  /** Index of the sentence holding the token. */
  sentence: number;
  /** Index into `ParsedText.tokens` of the syntactic head; -1 for a sentence root (or no parse). */
  head: number;
  /** Universal Dependencies relation to the head ('nsubj', 'ccomp', 'root', ...); '' without a parse. */
  deprel: string;
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

/** Entity types of the entity tagger (GUM types mapped; every other named type is 'other'). */
export type EntityType = 'person' | 'organization' | 'place' | 'event' | 'other';

/** A named-entity mention found by the entity tagger. */
export interface EntitySpan {
  /** First token index. */
  tokenStart: number;
  /** One past the last token index. */
  tokenEnd: number;
  /** Character offsets into the original text. */
  span: Span;
  type: EntityType;
  /** Confidence, 0..1. */
  score: number;
}

/**
 * The single parse of an article that every later stage reads (made by `parseText`): tokens with
 * UPOS/PTB tags, lemmas and a labelled dependency tree per sentence (`Token.head` is a token index,
 * -1 at the sentence's root; filled when asked with `{ dependencies: true }`), sentences, paragraphs,
 * quotations and named-entity spans.
 * @example
 * const parsed = parseText('Erdoğan said the talks failed.', { dependencies: true });
 * const said = parsed.tokens[1]!; // { text: 'said', pos: 'VERB', head: -1, deprel: 'root', ... }
 * const subject = parsed.tokens.find((t) => t.head === said.index && t.deprel === 'nsubj'); // 'Erdoğan'
 * parsed.entities[0]; // { tokenStart: 0, tokenEnd: 1, type: 'person', ... }
 */
export interface ParsedText {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  paragraphs: Span[];
  quotes: QuoteSpan[];
  /** Named-entity mentions in text order ([] until an entity tagger fills them). */
  entities: EntitySpan[];
}
