import { seedMissingPositions } from '@parley/core/layout';
import { MultiDirectedGraph } from 'graphology';
import type { ContractGraph } from '../api/index.js';
import type { ViewerGraph } from './types.js';

/**
 * Turns the API's contract JSON into the viewer's graph, filling in missing positions.
 * @example const graph = loadGraph(await fetchGraph('ukraine-peace-talks'));
 */
export function loadGraph(data: ContractGraph): { graph: ViewerGraph; seeded: number } {
  const seeded = seedMissingPositions(data.nodes);
  const graph: ViewerGraph = new MultiDirectedGraph();
  // The payload was checked against the contract's shape at the API boundary.
  graph.import(data as unknown as Parameters<ViewerGraph['import']>[0]);
  return { graph, seeded };
}
