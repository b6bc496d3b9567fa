import { MultiDirectedGraph } from 'graphology';
import type { ViewerGraph } from '../graph/index.js';
import type { DrawnEdgeType, DrawnGraph } from './types.js';

/** Parallel links of one type between two nodes, gathered before they become one edge. */
interface Bundle {
  type: DrawnEdgeType;
  source: string;
  target: string;
  links: number;
  statements: Set<string>;
  proposals: Set<string>;
}

/**
 * Collects a view's links and merges the parallel ones: one edge per (type, source, target),
 * `count` the links merged, `weight` the distinct statements behind them.
 */
export class EdgeMerger {
  private bundles = new Map<string, Bundle>();

  /** Records one link, backed by `statements` (and, for stance pairs, `proposal`). */
  add(type: DrawnEdgeType, source: string, target: string, statements: string[], proposal?: string): void {
    const key = `${type}:${source}->${target}`;
    let bundle = this.bundles.get(key);
    if (!bundle) {
      bundle = { type, source, target, links: 0, statements: new Set(), proposals: new Set() };
      this.bundles.set(key, bundle);
    }
    bundle.links++;
    // An edge without evidence (an old graph's stance edge) brings no statement key.
    for (const statement of statements) if (statement) bundle.statements.add(statement);
    if (proposal) bundle.proposals.add(proposal);
  }

  /** The nodes any recorded link touches. */
  endpoints(): Set<string> {
    const nodes = new Set<string>();
    for (const b of this.bundles.values()) nodes.add(b.source).add(b.target);
    return nodes;
  }

  /** Writes the merged edges into `graph`, whose nodes must already be there. */
  writeInto(graph: DrawnGraph): void {
    for (const [key, b] of this.bundles) {
      graph.addEdgeWithKey(key, b.source, b.target, {
        type: b.type,
        count: b.links,
        // A link without evidence still weighs one.
        weight: Math.max(b.statements.size, 1),
        statements: [...b.statements],
        ...(b.proposals.size ? { proposals: [...b.proposals] } : {}),
      });
    }
  }
}

/** A new drawn graph holding copies of `nodes` from `source` (positions included). */
export function graphOfNodes(source: ViewerGraph, nodes: Iterable<string>, view: string): DrawnGraph {
  const graph: DrawnGraph = new MultiDirectedGraph();
  graph.replaceAttributes({ ...source.getAttributes(), view });
  for (const node of nodes) graph.addNode(node, { ...source.getNodeAttributes(node) });
  return graph;
}
