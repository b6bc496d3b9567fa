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
export {
  emissions,
  type Scorer,
  sequencesOf,
  tagArticle,
  transitionKey,
  transitions,
  viterbi,
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
