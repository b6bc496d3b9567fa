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

/**
 * Turns a `graph.json` Parley itself wrote and has already validated (the API store validates each
 * version it loads) into an in-memory graph without validating it again, which costs seconds on
 * big graphs. Anything else goes through {@link graphFromJson}.
 * @example const graph = graphFromTrustedJson(JSON.parse(text));
 */
export function graphFromTrustedJson(data: unknown): ParleyGraph {
  const graph: ParleyGraph = new MultiDirectedGraph();
  graph.import(data as Parameters<ParleyGraph['import']>[0]);
  return graph;
}
