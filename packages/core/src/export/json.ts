import type { ParleyGraph } from '../graph/types.js';

/**
 * Writes a graph as the graph contract's JSON (graphology's serialization), as `parley build` does.
 * @example graphFromJson(JSON.parse(toContractJson(graph))) // an equal graph
 */
export function toContractJson(graph: ParleyGraph): string {
  return JSON.stringify(graph.export());
}
