import { describe, expect, it } from 'vitest';
import { extractArticle } from '../extract/index.js';
import { buildGraph } from './build.js';
import {
  applyLayout,
  layoutIterations,
  noverlapIterations,
  placeNearNeighbours,
  seededRandom,
} from './layout.js';

const article = (id: string, text: string) => extractArticle(text, { id });
const graphOf = () =>
  buildGraph(
    [
      article('a', 'Russian President Vladimir Putin said the summit would take place in Budapest.'),
      article('b', 'French President Emmanuel Macron said Europe must be at the table. Putin disagreed.'),
    ],
    { name: 'test', layout: false },
  );

describe('layout', () => {
  it('scales iterations with the graph: 300 for small graphs, fewer for big ones, never under 30', () => {
    expect(layoutIterations(10)).toBe(300);
    expect(layoutIterations(4000)).toBe(38);
    expect(layoutIterations(100_000)).toBe(30);
    expect(noverlapIterations(100)).toBe(100);
    expect(noverlapIterations(6000)).toBe(0);
  });

  it('gives every node a finite position, the same for the same graph', () => {
    const one = graphOf();
    const two = graphOf();
    applyLayout(one);
    applyLayout(two);
    one.forEachNode((node, a) => {
      expect(Number.isFinite(a.x) && Number.isFinite(a.y)).toBe(true);
      expect(two.getNodeAttributes(node)).toMatchObject({ x: a.x, y: a.y });
    });
  });

  it('places new nodes near their placed neighbours and moves no other node', () => {
    const graph = graphOf();
    applyLayout(graph);
    const before = new Map(graph.mapNodes((n, a) => [n, [a.x, a.y]] as const));
    graph.addNode('actor:newcomer', {
      kind: 'actor',
      label: 'Newcomer',
      type: 'person',
      aliases: [],
      mentions: 1,
    });
    const [anchor] = graph.filterNodes((_n, a) => a.kind === 'article');
    graph.addDirectedEdge('actor:newcomer', anchor!, { type: 'mentions' });
    expect(placeNearNeighbours(graph, ['actor:newcomer'], seededRandom(1))).toBe(1);
    const placed = graph.getNodeAttributes('actor:newcomer');
    const at = graph.getNodeAttributes(anchor!);
    expect(Math.hypot(placed.x! - at.x!, placed.y! - at.y!)).toBeLessThanOrEqual(Math.SQRT2 * 5);
    for (const [n, [x, y]] of before) expect(graph.getNodeAttributes(n)).toMatchObject({ x, y });
  });
});
