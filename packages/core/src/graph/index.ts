export { actorLookupKeys, draftLookupKeys } from './actors.js';
export { addToGraph, buildGraph } from './build.js';
export { articleKey, statementKey } from './keys.js';
export {
  applyLayout,
  layoutIterations,
  noverlapIterations,
  placeNearNeighbours,
  seededRandom,
  seedNearArticles,
  seedPositions,
} from './layout.js';
export { graphFromJson, graphFromTrustedJson } from './load.js';
export type { BuildOptions, ParleyGraph } from './types.js';
