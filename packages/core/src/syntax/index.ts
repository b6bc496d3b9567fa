/**
 * Syntax: the UPOS tagger, lemmatizer and PTB tag rules (tagger model trained by `pnpm train syntax`).
 */
export { type LemmaTable, lemmatize, lemmaWith, ruleLemma } from './lemmatizer.js';
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
export { type XposInput, xposOf } from './xpos.js';
