export { confidenceOf, segmentsOf, statementsFromTags } from './decode.js';
export { FEATURES_PER_TOKEN, ruleRolesOf, type TokenFeatures, tokenFeatures } from './features.js';
export {
  attributeStatements,
  attributionModel,
  type CombineSettings,
  combineReading,
  combineSettings,
  MODEL_FILE,
  MODEL_NAME,
  type Reading,
  readWithTagger,
  SETTINGS_FILE,
} from './model.js';
// named apart from the entity tagger's decoder (packages/core/src/entities), which the core also exports
export {
  emissions,
  type Scorer as TagScorer,
  sequencesOf,
  tagArticle,
  transitionKey as tagTransitionKey,
  transitions,
  viterbi as tagViterbi,
} from './tagger.js';
export {
  begins,
  ROLE_CONTENT,
  ROLE_CUE,
  ROLE_NONE,
  ROLE_SOURCE,
  roleOf,
  TAG_COUNT,
  TAGS,
  tagOf,
} from './tags.js';
