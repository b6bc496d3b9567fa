/**
 * Syntax: the UPOS tagger, lemmatizer and PTB tag rules (tagger model trained by `pnpm train syntax`).
 */

export { annotateSentence, type SentenceAnnotation } from './annotate.js';
export {
  type ConlluRange,
  type ConlluSentence,
  type ConlluWord,
  comment,
  formatConllu,
  parseConllu,
} from './conllu.js';
export { type LemmaTable, lemmatize, lemmaWith, ruleLemma } from './lemmatizer.js';
export {
  ACTION_FEATURES,
  ACTIONS,
  actionFeatures,
  encodeParse,
  LABEL_FEATURES,
  LEFT,
  labelFeatures,
  type ParseCodes,
  ParseState,
  RIGHT,
  SHIFT,
} from './parse-state.js';
export {
  bestAction,
  bestLabel,
  type Dependencies,
  type ParserModel,
  parseCodes,
  parseSentence,
  parseWith,
} from './parser.js';
export {
  type AmbiguityClasses,
  encodeForms,
  shapeOf,
  TAG_FEATURES,
  TAG_FEATURES_2,
  type TokenCodes,
  tagFeatures,
  UPOS,
} from './tag-features.js';
export { type TaggerModel, tagPass, tagSentence, tagWith } from './tagger.js';
export { SentenceTree, sentenceTree } from './tree.js';
export { type XposInput, xposOf } from './xpos.js';
