export { seededRandom, seedMissingPositions } from './layout-seed.js';
export { loadGraph } from './load.js';
export * from './queries.js';
export * from './types.js';
