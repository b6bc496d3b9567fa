import { MultiDirectedGraph } from 'graphology';
import { parse } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import type { DrawnGraph } from '../views/index.js';
import { drawnSubgraph, exportFiles } from './files.js';

/** Two actors talking about each other and a third alone. */
function drawn(): DrawnGraph {
  const g: DrawnGraph = new MultiDirectedGraph();
  const actor = (key: string) =>
    g.addNode(key, { kind: 'actor', label: key, aliases: [], type: 'person', mentions: 1, x: 1, y: 2 });
  actor('a');
  actor('b');
  actor('c');
  g.addEdgeWithKey('talks_about:a->b', 'a', 'b', {
    type: 'talks_about',
    count: 2,
    weight: 2,
    statements: ['s1', 's2'],
  });
  g.addEdgeWithKey('talks_about:b->a', 'b', 'a', {
    type: 'talks_about',
    count: 1,
    weight: 1,
    statements: ['s3'],
  });
  return g;
}

describe('exports of what is drawn', () => {
  it('copies only the drawn nodes and edges, with their look', () => {
    const subset = { nodes: new Set(['a', 'b']), edges: new Set(['talks_about:a->b']) };
    const copy = drawnSubgraph(drawn(), subset, (n) => ({
      color: n === 'a' ? '#ff0000' : '#00ff00',
      size: 4,
    }));
    expect(copy.nodes()).toEqual(['a', 'b']);
    expect(copy.edges()).toEqual(['talks_about:a->b']);
    expect(copy.getNodeAttribute('a', 'color')).toBe('#ff0000');
    expect(drawnSubgraph(drawn(), { nodes: null, edges: null }).size).toBe(2);
  });

  it('writes GraphML a reader takes back, and CSV as two named tables', () => {
    const copy = drawnSubgraph(drawn(), { nodes: new Set(['a', 'b']), edges: null });
    const [graphml] = exportFiles(copy, 'graphml', 'demo-actors');
    expect(graphml?.name).toBe('demo-actors.graphml');
    const back = parse(MultiDirectedGraph, graphml?.text ?? '');
    expect(back.order).toBe(2);
    expect(back.getEdgeAttribute('talks_about:a->b', 'weight')).toBe(2);
    expect(exportFiles(copy, 'csv', 'demo-actors').map((f) => f.name)).toEqual([
      'demo-actors-nodes.csv',
      'demo-actors-edges.csv',
    ]);
  });
});
