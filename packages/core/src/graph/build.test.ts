import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../extract/index.js';
import { addToGraph, buildGraph } from './build.js';
import { graphFromJson } from './load.js';

const seed = readFileSync(
  new URL('../../../../graphs/ukraine-peace-talks/articles/000_6b75679a6597cec9.txt', import.meta.url),
  'utf8',
);

describe('buildGraph', () => {
  const x = extractArticle(seed, { id: 'seed' });
  const graph = buildGraph([x], { name: 'demo', layout: true });

  it('produces a graph that passes the contract schema and round-trips through JSON', () => {
    const back = graphFromJson(JSON.parse(JSON.stringify(graph.export())));
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(graph.size);
    expect(back.getAttribute('name')).toBe('demo');
  });

  it('links every statement to its article and lays every node out deterministically', () => {
    graph.forEachNode((key, a) => {
      if (a.kind === 'statement') expect(graph.hasEdge(`contains:article:seed->${key}`)).toBe(true);
      expect(Number.isFinite(a.x)).toBe(true);
    });
    const again = buildGraph([x], { layout: true });
    expect(again.getNodeAttribute('article:seed', 'x')).toBe(graph.getNodeAttribute('article:seed', 'x'));
  });

  it('merges the same actors when a second article is added, and refuses a duplicate id', () => {
    const merged = buildGraph([x]);
    const actorsBefore = merged.filterNodes((_, a) => a.kind === 'actor').length;
    addToGraph(merged, [extractArticle(seed, { id: 'seed-copy' })]);
    expect(merged.filterNodes((_, a) => a.kind === 'actor').length).toBe(actorsBefore);
    expect(merged.filterNodes((_, a) => a.kind === 'article').length).toBe(2);
    expect(() => addToGraph(merged, [x])).toThrow(/duplicate article id "seed"/);
  });

  it('rejects data that is not a Parley graph, naming the field', () => {
    expect(() => graphFromJson({ nodes: [] })).toThrow(/not a Parley graph: attributes/);
  });
});
