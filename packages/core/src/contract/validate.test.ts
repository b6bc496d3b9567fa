import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NodeAttributesSchema, NodeKindSchema } from './schema.js';
import { graphJsonSchema, parseGraph } from './validate.js';

describe('graph contract', () => {
  it('keeps the committed JSON Schema in step with the zod schemas (pnpm --filter @parley/core schema)', () => {
    const committed = JSON.parse(
      readFileSync(new URL('../../schema/graph-contract.v1.json', import.meta.url), 'utf8'),
    );
    expect(committed).toEqual(graphJsonSchema());
  });

  it('accepts a minimal graph and names the field that breaks the contract', () => {
    const graph = {
      attributes: {},
      options: { type: 'directed', multi: true },
      nodes: [
        {
          key: 'actor:x',
          attributes: { kind: 'actor', label: 'X', aliases: ['X'], type: 'person', mentions: 1 },
        },
      ],
      edges: [],
    };
    expect(parseGraph(graph).nodes).toHaveLength(1);
    const bad = structuredClone(graph);
    (bad.nodes[0]!.attributes as Record<string, unknown>).type = 'alien';
    expect(() => parseGraph(bad)).toThrow(/nodes\.0\.attributes\.type/);
  });

  it('has one node schema per node kind, in the order of the kind enum', () => {
    const kinds = NodeAttributesSchema.options.map((option) => option.shape.kind.value);
    expect(kinds).toEqual(NodeKindSchema.options);
  });
});
