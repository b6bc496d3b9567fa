/**
 * @parley/core/layout: the seeded positions every Parley tool starts a layout from. Browser-safe
 * (no Node built-ins), so the viewer and the benchmarks share core's generator instead of copying it.
 */
export {
  applyLayout,
  discPoint,
  layoutIterations,
  noverlapIterations,
  placeNearNeighbours,
  seededRandom,
  seedMissingPositions,
  seedNearArticles,
  seedPositions,
  seedRadius,
} from './graph/layout.js';
