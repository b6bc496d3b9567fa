import type { ViewerGraph } from '../graph/index.js';
import { actorView } from './actors.js';
import { proposalView } from './proposals.js';
import type { DrawnGraph, ViewDefinition, ViewName } from './types.js';

export { actorView } from './actors.js';
export * from './analysis.js';
export { proposalView } from './proposals.js';
export * from './types.js';

/**
 * The switchable views, Gephi Lite style: the loaded graph stays the data model, each view is a
 * pure function from it to the graph to draw.
 */
export const VIEWS: Record<ViewName, ViewDefinition> = {
  full: {
    name: 'full',
    title: 'Full graph',
    description: 'Every actor, statement, proposal and article',
    // The loaded graph itself: no copy, so the full view costs nothing.
    build: (graph) => graph as unknown as DrawnGraph,
  },
  actors: {
    name: 'actors',
    title: 'Actors',
    description: 'Who talks about whom, who shares or opposes whose stance, who reports whom',
    build: actorView,
  },
  proposals: {
    name: 'proposals',
    title: 'Proposals',
    description: 'Proposals with their supporters and opponents',
    build: proposalView,
  },
};

/**
 * The graph a view draws from the loaded graph.
 * @example drawnGraph(graph, 'actors').everyNode((_n, a) => a.kind === 'actor') // true
 */
export function drawnGraph(graph: ViewerGraph, view: ViewName): DrawnGraph {
  return VIEWS[view].build(graph);
}
