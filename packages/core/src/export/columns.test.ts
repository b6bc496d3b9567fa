import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { ParleyGraph } from '../graph/types.js';
import { formatColumnValue, inferAttributeColumns } from './columns.js';

function graphOf(values: unknown[]): ParleyGraph {
  const graph = new MultiDirectedGraph() as unknown as ParleyGraph;
  values.forEach((v, i) => {
    graph.addNode(`n${i}`, { v } as never);
  });
  return graph;
}
const typeOf = (values: unknown[]) => inferAttributeColumns(graphOf(values)).node.find((c) => c.name === 'v');

describe('inferAttributeColumns', () => {
  const cases: [string, unknown[], { type: string; json: boolean }][] = [
    ['booleans', [true, false], { type: 'boolean', json: false }],
    ['32-bit integers', [1, -5, 2 ** 31 - 1], { type: 'int', json: false }],
    ['an integer past 32 bits', [1, 2 ** 40], { type: 'long', json: false }],
    ['integers and a fraction', [1, 2 ** 40, 0.5], { type: 'double', json: false }],
    ['an integer past 2^53', [1, 2 ** 60], { type: 'double', json: false }],
    ['strings', ['a', ''], { type: 'string', json: false }],
    ['arrays', [[1, 2], []], { type: 'string', json: true }],
    ['arrays and null', [[1, 2], null], { type: 'string', json: true }],
    ['strings and numbers', ['a', 1], { type: 'string', json: true }],
    ['booleans and numbers', [true, 1], { type: 'string', json: true }],
  ];
  for (const [what, values, expected] of cases) {
    it(`types ${what} over every value`, () => {
      expect(typeOf(values)).toMatchObject(expected);
    });
  }

  it('ignores missing values and keeps first-seen order per scope', () => {
    const graph = new MultiDirectedGraph() as unknown as ParleyGraph;
    graph.replaceAttributes({ name: 'g' });
    graph.addNode('a', { kind: 'actor', label: 'A' } as never);
    graph.addNode('b', { label: 'B', extra: undefined, mentions: 3 } as never);
    graph.addEdgeWithKey('e', 'a', 'b', { type: 'said' } as never);
    const columns = inferAttributeColumns(graph);
    expect(columns.graph.map((c) => c.name)).toEqual(['name']);
    expect(columns.node.map((c) => `${c.name}:${c.type}`)).toEqual([
      'kind:string',
      'label:string',
      'mentions:int',
    ]);
    expect(columns.edge.map((c) => c.name)).toEqual(['type']);
  });
});

describe('formatColumnValue', () => {
  it('writes JSON columns as JSON and doubles as XML Schema spells them', () => {
    expect(formatColumnValue({ name: 's', type: 'string', json: true }, [3, 9])).toBe('[3,9]');
    expect(formatColumnValue({ name: 's', type: 'string', json: true }, 'a')).toBe('"a"');
    expect(formatColumnValue({ name: 's', type: 'string', json: true }, null)).toBe('null');
    expect(formatColumnValue({ name: 'x', type: 'double', json: false }, 0.1)).toBe('0.1');
    expect(formatColumnValue({ name: 'x', type: 'double', json: false }, Number.POSITIVE_INFINITY)).toBe(
      'INF',
    );
    expect(formatColumnValue({ name: 'x', type: 'double', json: false }, Number.NaN)).toBe('NaN');
    expect(formatColumnValue({ name: 'b', type: 'boolean', json: false }, false)).toBe('false');
  });
});
