import { NodeKindSchema } from '@parley/core/contract';
import { describe, expect, it } from 'vitest';
import { PANELS } from './registry.js';

describe('panel registry', () => {
  it('registers one panel for every node kind of the contract, under its own kind', () => {
    expect(Object.keys(PANELS).sort()).toEqual([...NodeKindSchema.options].sort());
    for (const kind of NodeKindSchema.options) expect(PANELS[kind].kind).toBe(kind);
  });
});
