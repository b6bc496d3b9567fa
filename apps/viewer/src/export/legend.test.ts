import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../filters/index.js';
import type { DrawnGraph } from '../views/index.js';
import { filterSummary, legendOf } from './legend.js';

/** Three actors in two communities, linked by two "talks about" edges and one "reports". */
function drawn(): DrawnGraph {
  const g: DrawnGraph = new MultiDirectedGraph();
  for (const [key, type] of [
    ['a', 'person'],
    ['b', 'person'],
    ['c', 'media'],
  ] as const)
    g.addNode(key, { kind: 'actor', label: key.toUpperCase(), aliases: [], type, mentions: 1, x: 0, y: 0 });
  g.addEdge('a', 'b', { type: 'talks_about' });
  g.addEdge('b', 'a', { type: 'talks_about' });
  g.addEdge('c', 'a', { type: 'reports' });
  return g;
}

describe('picture legend', () => {
  const colorOf = (node: string) => (node === 'c' ? '#111111' : '#222222');

  it('names each community by its best-linked member and counts only what is drawn', () => {
    const groups = new Map([
      ['a', 0],
      ['b', 0],
      ['c', 1],
    ]);
    const legend = legendOf(drawn(), { nodes: null, edges: null }, colorOf, groups);
    expect(legend).toEqual([
      { color: '#222222', name: 'A …', count: 2, line: false },
      { color: '#111111', name: 'C', count: 1, line: false },
      { color: '#6366f1', name: 'talks about', count: 2, line: true },
      { color: '#b45309', name: 'reports', count: 1, line: true },
    ]);
    const some = legendOf(drawn(), { nodes: new Set(['c']), edges: new Set() }, colorOf, null);
    expect(some).toEqual([{ color: '#111111', name: 'media actors', count: 1, line: false }]);
  });

  it('says which filters are on, and nothing when none is', () => {
    expect(filterSummary(NO_FILTERS, null, String)).toBe('');
    const f = { ...NO_FILTERS, ego: 1 as const, minDegree: 2, hiddenEdgeTypes: ['contains' as const] };
    expect(filterSummary(f, 'a', (n) => n.toUpperCase())).toBe(
      '1 hop around A · min. degree 2 · hidden: contains',
    );
  });
});
