// The benchmark graph generator others build on: valid against the contract, deterministic, sized.
import { graphFromJson, parseGraph } from '@parley/core';
import { describe, expect, it } from 'vitest';
import { syntheticGraph } from '../../scripts/bench/lib/synthetic-graph.mjs';

describe('syntheticGraph', () => {
  it('makes a corpus-shaped graph that passes the contract, with every kind of node and edge', () => {
    const data = syntheticGraph({ articles: 20 });
    const graph = graphFromJson(data);
    const kinds = new Set(graph.mapNodes((_, a) => a.kind));
    const types = new Set(graph.mapEdges((_, a) => a.type));
    expect([...kinds].sort()).toEqual(['actor', 'article', 'proposal', 'statement']);
    for (const t of ['said', 'mentions', 'reported_by', 'contains', 'proposes', 'rejects'])
      expect(types).toContain(t);
    expect(graph.filterNodes((_, a) => a.kind === 'article')).toHaveLength(20);
    expect(graph.everyNode((_, a) => Number.isFinite(a.x) && Number.isFinite(a.y))).toBe(true);
  });

  it('gives exactly the node and edge counts asked for', () => {
    const data = syntheticGraph({ nodes: 2_000, edges: 7_000, seed: 3 });
    expect(() => parseGraph(data)).not.toThrow();
    expect([data.nodes.length, data.edges.length]).toEqual([2_000, 7_000]);
    const graph = graphFromJson(data);
    expect([graph.order, graph.size]).toEqual([2_000, 7_000]);
  });

  it('is deterministic for a seed and differs between seeds', () => {
    expect(JSON.stringify(syntheticGraph({ articles: 5 }))).toBe(
      JSON.stringify(syntheticGraph({ articles: 5 })),
    );
    expect(JSON.stringify(syntheticGraph({ articles: 5, seed: 2 }))).not.toBe(
      JSON.stringify(syntheticGraph({ articles: 5 })),
    );
  });
});
