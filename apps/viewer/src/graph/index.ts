export { seededRandom, seedMissingPositions } from '@parley/core/layout';
export { loadGraph } from './load.js';
export * from './queries.js';
export * from './types.js';
