import { ACTIONS, LEFT, ParseState, RIGHT, SHIFT } from '@parley/core';
import { describe, expect, it } from 'vitest';
import { transitionCost } from './train-parser.js';

/** Follows the zero-cost transitions of the dynamic oracle from the start and returns the heads. */
function followOracle(gold: number[]): { heads: number[]; costs: number[] } {
  const heads = Int32Array.from([0, ...gold]);
  const st = new ParseState(gold.length);
  const costs: number[] = [];
  while (!st.done) {
    let best = -1;
    let least = Infinity;
    for (let a = 0; a < ACTIONS; a++) {
      if (!st.legal(a)) continue;
      const cost = transitionCost(st, heads, a);
      if (cost < least) [best, least] = [a, cost];
    }
    costs.push(least);
    st.apply(best, 0);
  }
  return { heads: Array.from(st.head.subarray(1)), costs };
}

describe('transitionCost (arc-hybrid dynamic oracle)', () => {
  it('rebuilds a projective gold tree exactly along zero-cost transitions', () => {
    // "the talks he said had failed ended ." (a relative clause holding a complement clause)
    const gold = [2, 7, 4, 2, 6, 4, 0, 7];
    const { heads, costs } = followOracle(gold);
    expect(heads).toEqual(gold);
    expect(costs.every((c) => c === 0)).toBe(true);
  });

  it('counts the gold arcs a wrong transition loses', () => {
    // "a b c": a <- b -> c, b <- root. After SHIFT a: s0 = a, b0 = b.
    const gold = Int32Array.from([0, 2, 0, 2]);
    const st = new ParseState(3);
    st.apply(SHIFT, 0);
    expect(transitionCost(st, gold, LEFT)).toBe(0);
    // pushing b over a loses a's arc from b and b's arc from the root (a now sits between them)
    expect(transitionCost(st, gold, SHIFT)).toBe(2);
    st.apply(SHIFT, 0);
    // b to a (RIGHT) loses b's dependent c still in the buffer
    expect(transitionCost(st, gold, RIGHT)).toBe(1);
  });
});
