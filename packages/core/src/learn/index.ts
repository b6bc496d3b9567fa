/**
 * Shared machinery of Parley's learned models: feature hashing, weight tables (run time), their
 * compact file format, and lazy loading of committed model files. Training lives in `@parley/train`.
 */

export { FormScores } from './form-scores.js';
export { featureKey, featureKeyInt, hashString, mix, mixInt } from './hash.js';
export { lazy, modelPath, readModelJson } from './model.js';
export { decodeTable, encodeTable, readTable, WeightTable } from './table.js';
export {
  type BestPath,
  bestPath,
  forbidTransitions,
  type Lattice,
  maxMarginalMargins,
  type Scores,
} from './viterbi.js';
