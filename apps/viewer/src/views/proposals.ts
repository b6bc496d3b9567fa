import type { ViewerGraph } from '../graph/index.js';
import { EdgeMerger, graphOfNodes } from './merge.js';
import type { DrawnGraph } from './types.js';

/**
 * Proposals with their supporters and opponents: every proposal, the actors taking a stance on
 * it, and one edge per actor, proposal and stance (`weight` = evidence statements).
 * @example proposalView(graph).filterNodes((_n, a) => a.kind === 'statement') // []
 */
export function proposalView(graph: ViewerGraph): DrawnGraph {
  const merger = new EdgeMerger();
  const proposals: string[] = [];
  graph.forEachNode((proposal, attr) => {
    if (attr.kind !== 'proposal') return;
    proposals.push(proposal);
    graph.forEachInEdge(proposal, (_e, stance, actor) => {
      const isStance = stance.type === 'proposes' || stance.type === 'supports' || stance.type === 'rejects';
      if (isStance && graph.getNodeAttribute(actor, 'kind') === 'actor')
        merger.add(stance.type, actor, proposal, stance.statement ? [stance.statement] : []);
    });
  });
  const nodes = new Set([...proposals, ...merger.endpoints()]);
  const drawn = graphOfNodes(graph, [...nodes].sort(), 'proposals');
  merger.writeInto(drawn);
  return drawn;
}
