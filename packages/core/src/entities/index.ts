/**
 * The entity tagger: a BILOU sequence labeller (structured averaged perceptron, Viterbi decoding)
 * trained on GUM's named mentions by `pnpm train entities`. `tagEntities` fills `ParsedText.entities`.
 */
export { type Decoded, type Scorer, transitionScores, viterbi } from './decode.js';
export {
  addSecondPassFeatures,
  documentCues,
  END_KEY,
  MAX_FEATURES,
  type SentenceFeatures,
  sentenceFeatures,
  transitionKey,
  wordShape,
} from './features.js';
export {
  decodeLabels,
  ENTITY_TYPES,
  encodeSpans,
  LABEL_COUNT,
  type LabelSpan,
  labelOf,
  OUTSIDE,
  typeOf,
} from './labels.js';
export {
  ENTITY_MODEL_FILES,
  EntityTagger,
  entityTagger,
  type FirstPass,
  type TaggedSpan,
  tagEntities,
  votesOf,
} from './tagger.js';
