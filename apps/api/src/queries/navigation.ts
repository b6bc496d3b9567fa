import { type EdgeType, emptyTextTable } from '@parley/core';
import type { z } from 'zod';
import type { NeighborsQuery } from '../schemas/params.js';
import type { EdgeView, NodeRef } from '../schemas/views.js';
import type { GraphIndex } from '../store/graph-index.js';

/** One node with its attributes, degrees and edge-type counts. */
export function nodeView(index: GraphIndex, key: string) {
  const g = index.graph;
  const edgeTypes = emptyTextTable<number>();
  g.forEachEdge(key, (_e, a) => {
    edgeTypes[a.type] = (edgeTypes[a.type] ?? 0) + 1;
  });
  return {
    ...index.nodeRef(key),
    attributes: { ...g.getNodeAttributes(key) } as Record<string, unknown>,
    inDegree: g.inDegree(key),
    outDegree: g.outDegree(key),
    edgeTypes,
  };
}

/**
 * Breadth-first walk ignoring edge direction, remembering for each reached node the edge it was
 * reached by. Stops at `maxDepth` or as soon as `target` is reached.
 */
function walk(index: GraphIndex, start: string, maxDepth: number, edgeType?: EdgeType, target?: string) {
  const g = index.graph;
  const reached = new Map<string, { depth: number; via: string | null }>([[start, { depth: 0, via: null }]]);
  let frontier = [start];
  for (let depth = 1; depth <= maxDepth && frontier.length && !(target && reached.has(target)); depth++) {
    const next: string[] = [];
    for (const node of frontier) {
      g.forEachEdge(node, (edge, a, source, other) => {
        const neighbor = source === node ? other : source;
        if (reached.has(neighbor) || (edgeType && a.type !== edgeType)) return;
        reached.set(neighbor, { depth, via: edge });
        next.push(neighbor);
      });
    }
    frontier = next;
  }
  return reached;
}

/**
 * Nodes within `depth` hops of a node (either direction), nearest first, optionally only of one
 * kind or along one edge type; with the edges that reached each listed node.
 */
export function neighbors(index: GraphIndex, key: string, q: z.output<typeof NeighborsQuery>) {
  const reached = walk(index, key, q.depth, q.edge);
  const all = [...reached].filter(
    ([node, r]) => r.depth > 0 && (!q.kind || index.attributes(node).kind === q.kind),
  );
  const page = all.slice(q.offset, q.offset + q.limit);
  // The edges that connect each listed node back towards the centre (its whole route there).
  const edges = new Map<string, EdgeView>();
  for (const [node] of page) {
    for (let at = node, via = reached.get(at)?.via; via; via = reached.get(at)?.via) {
      if (edges.has(via)) break;
      edges.set(via, index.edgeView(via));
      const e = index.graph;
      at = e.source(via) === at ? e.target(via) : e.source(via);
    }
  }
  return {
    center: index.nodeRef(key),
    depth: q.depth,
    total: all.length,
    limit: q.limit,
    offset: q.offset,
    items: page.map(([node, r]) => ({ ...index.nodeRef(node), depth: r.depth })),
    edges: [...edges.values()],
  };
}

/** The shortest path between two nodes (edges in either direction), with its edges in order. */
export function shortestPath(index: GraphIndex, from: string, to: string) {
  const reached = walk(index, from, Number.POSITIVE_INFINITY, undefined, to);
  const nodes: NodeRef[] = [];
  const edges: EdgeView[] = [];
  if (!reached.has(to)) return { from, to, found: false, length: null, nodes, edges };
  for (let at = to; ; ) {
    nodes.unshift(index.nodeRef(at));
    const via = reached.get(at)?.via;
    if (!via) break;
    edges.unshift(index.edgeView(via));
    at = index.graph.source(via) === at ? index.graph.target(via) : index.graph.source(via);
  }
  return { from, to, found: true, length: edges.length, nodes, edges };
}
