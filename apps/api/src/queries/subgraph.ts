import type { ParleyGraph } from '@parley/core';
import type { z } from 'zod';
import type { SubgraphQuery } from '../schemas/params.js';
import type { GraphIndex } from '../store/graph-index.js';

/** Share of an overview's budget given to actors and proposals before statements join them. */
const OVERVIEW_CORE_SHARE = 0.6;

/** Most connected first, then by key, so the same graph always gives the same subgraph. */
const byProminence = (g: ParleyGraph) => (a: string, b: string) =>
  g.degree(b) - g.degree(a) || (a < b ? -1 : a > b ? 1 : 0);

/**
 * The ego network of a node: breadth-first over edges in either direction up to `depth` hops,
 * each ring taken most connected first until `budget` nodes are in.
 * @returns the chosen nodes and how many the walk reached in all
 */
function egoNodes(g: ParleyGraph, center: string, depth: number, budget: number) {
  const chosen = new Set([center]);
  const seen = new Set([center]);
  let ring = [center];
  for (let d = 1; d <= depth && ring.length; d++) {
    const next = new Set<string>();
    for (const node of ring) g.forEachNeighbor(node, (n) => !seen.has(n) && next.add(n));
    for (const n of next) seen.add(n);
    ring = [...next].sort(byProminence(g));
    for (const n of ring) if (chosen.size < budget) chosen.add(n);
  }
  return { chosen, reached: seen.size };
}

/**
 * An overview of a graph too large to draw: its most connected actors and proposals, then the
 * statements that join two of them (a speaker and someone or something they talk about), then more
 * actors and proposals while the budget lasts.
 */
function overviewNodes(g: ParleyGraph, budget: number) {
  const main = g.filterNodes((_n, a) => a.kind === 'actor' || a.kind === 'proposal').sort(byProminence(g));
  const chosen = new Set(main.slice(0, Math.ceil(budget * OVERVIEW_CORE_SHARE)));
  const joining = g
    .filterNodes((n, a) => a.kind === 'statement' && g.filterNeighbors(n, (m) => chosen.has(m)).length >= 2)
    .sort(byProminence(g));
  for (const s of joining) if (chosen.size < budget) chosen.add(s);
  for (const n of main) if (chosen.size < budget) chosen.add(n);
  return { chosen, reached: g.order };
}

/**
 * A subgraph to draw and expand step by step: the ego network of `around` (depth hops, at most
 * `budget` nodes) or, without `around`, an overview of the most prominent nodes. Nodes and edges
 * come in the graph contract's serialised form, so a client can merge them into what it holds.
 */
export function subgraph(index: GraphIndex, q: z.output<typeof SubgraphQuery> & { around?: string }) {
  const g = index.graph;
  const { chosen, reached } = q.around
    ? egoNodes(g, q.around, q.depth, q.budget)
    : overviewNodes(g, q.budget);
  const nodes = [...chosen].map((key) => ({ key, attributes: { ...g.getNodeAttributes(key) } }));
  const edges: { key: string; source: string; target: string; attributes: Record<string, unknown> }[] = [];
  for (const key of chosen)
    g.forEachOutEdge(key, (edge, attributes, source, target) => {
      if (chosen.has(target)) edges.push({ key: edge, source, target, attributes: { ...attributes } });
    });
  return {
    around: q.around ?? null,
    depth: q.around ? q.depth : null,
    budget: q.budget,
    reached,
    truncated: chosen.size < reached,
    nodes,
    edges,
  };
}
