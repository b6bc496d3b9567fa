import { MultiDirectedGraph } from 'graphology';
import { parseGraph } from '../contract/validate.js';
import type { ParleyGraph } from './types.js';

/**
 * Turns parsed `graph.json` data into an in-memory graph, validating it against the graph contract.
 * @throws Error naming the first offending field when the data is not a Parley graph
 * @example const graph = graphFromJson(JSON.parse(fs.readFileSync('graphs/x/graph.json', 'utf8')));
 */
export function graphFromJson(data: unknown): ParleyGraph {
  const graph: ParleyGraph = new MultiDirectedGraph();
  graph.import(parseGraph(data));
  return graph;
}
