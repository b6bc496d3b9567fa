import { seededRandom } from '@parley/core/layout';
import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import betweenness from 'graphology-metrics/centrality/betweenness';
import pagerank from 'graphology-metrics/centrality/pagerank';
import type { DrawnGraph } from './types.js';

/** The measures a node's size can follow, beside the statement count. */
export const METRICS = ['degree', 'weightedDegree', 'pagerank', 'betweenness'] as const;
export type Metric = (typeof METRICS)[number];

type Simple = UndirectedGraph<Record<string, never>, { weight: number }>;

/**
 * The drawn graph as a simple undirected weighted graph: one edge per linked pair, its weight the
 * sum of the pair's edge weights (a plain contract edge weighs one). Louvain and the metrics want
 * a simple graph, and "A talks about B" and "B talks about A" are one tie for a community.
 */
export function collapse(graph: DrawnGraph): Simple {
  const simple: Simple = new UndirectedGraph();
  graph.forEachNode((node) => simple.addNode(node));
  graph.forEachEdge((_e, attr, source, target) => {
    if (source === target) return;
    const weight = attr.weight ?? 1;
    const existing = simple.edge(source, target);
    if (existing) simple.updateEdgeAttribute(existing, 'weight', (w = 0) => w + weight);
    else simple.addEdge(source, target, { weight });
  });
  return simple;
}

/**
 * Louvain communities, numbered by size (0 the largest). Seeded, so one graph always gets the
 * same colours.
 * @example communities(actorView(graph)).get('actor:vladimir-putin') // 0
 */
export function communities(graph: DrawnGraph, simple = collapse(graph)): Map<string, number> {
  const raw = louvain(simple, { getEdgeWeight: 'weight', rng: seededRandom(7) });
  const sizes = new Map<number, number>();
  for (const c of Object.values(raw)) sizes.set(c, (sizes.get(c) ?? 0) + 1);
  const rank = new Map(
    [...sizes].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([c], i) => [c, i] as const),
  );
  return new Map(Object.entries(raw).map(([node, c]) => [node, rank.get(c) ?? 0]));
}

/**
 * One measure for every node of the drawn graph: degree (distinct neighbours), weighted degree
 * (sum of edge weights), PageRank and betweenness (weighted, on the collapsed graph).
 * @example nodeMetric(actorView(graph), 'pagerank').get('actor:vladimir-putin') // 0.21…
 */
export function nodeMetric(graph: DrawnGraph, metric: Metric, simple = collapse(graph)): Map<string, number> {
  switch (metric) {
    case 'degree':
      return new Map(simple.mapNodes((node) => [node, simple.degree(node)] as const));
    case 'weightedDegree': {
      const sums = new Map<string, number>(simple.mapNodes((node) => [node, 0]));
      simple.forEachEdge((_e, { weight }, a, b) => {
        sums.set(a, (sums.get(a) ?? 0) + weight);
        sums.set(b, (sums.get(b) ?? 0) + weight);
      });
      return sums;
    }
    case 'pagerank':
      return new Map(Object.entries(pagerank(simple, { getEdgeWeight: 'weight' })));
    case 'betweenness':
      // Weights are strengths, but betweenness reads them as distances: count hops instead.
      return new Map(Object.entries(betweenness(simple, { getEdgeWeight: null, normalized: true })));
  }
}

/** Every metric and the communities of a drawn graph, for the data table and the benchmark. */
export function analyse(
  graph: DrawnGraph,
): { communities: Map<string, number> } & Record<Metric, Map<string, number>> {
  const simple = collapse(graph);
  return {
    communities: communities(graph, simple),
    degree: nodeMetric(graph, 'degree', simple),
    weightedDegree: nodeMetric(graph, 'weightedDegree', simple),
    pagerank: nodeMetric(graph, 'pagerank', simple),
    betweenness: nodeMetric(graph, 'betweenness', simple),
  };
}
