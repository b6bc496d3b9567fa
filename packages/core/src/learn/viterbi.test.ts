import { describe, expect, it } from 'vitest';
import { bestPath, forbidTransitions, maxMarginalMargins } from './viterbi.js';

// two labels, O = 0 and I = 1; I may not open a sequence nor follow O
const allowed = (previous: number, next: number) => next === 0 || previous === 1;

describe('bestPath', () => {
  it('takes the best-scoring path the transition constraints allow', () => {
    const emit = new Float64Array([0, 5, 0, 5]);
    const free = new Float64Array(6);
    expect(Array.from(bestPath(emit, free, 2, 2).labels)).toEqual([1, 1]);
    const trans = new Float64Array(6);
    forbidTransitions(trans, 2, allowed);
    expect(Array.from(bestPath(emit, trans, 2, 2).labels)).toEqual([0, 0]);
  });

  it('adds end scores and gives ties to the lower label', () => {
    const emit = new Float32Array([1, 1]);
    const trans = new Float32Array(6);
    expect(Array.from(bestPath(emit, trans, 1, 2).labels)).toEqual([0]);
    expect(Array.from(bestPath(emit, trans, 1, 2, new Float32Array([0, 2])).labels)).toEqual([1]);
    expect(bestPath(emit, trans, 0, 2).labels.length).toBe(0);
  });
});

describe('maxMarginalMargins', () => {
  it('measures how far the best path is ahead of any path with another label at a token', () => {
    const emit = new Float32Array([3, 1, 0, 4]);
    const trans = new Float32Array(6);
    const end = new Float32Array(2);
    const path = bestPath(emit, trans, 2, 2, end);
    expect(Array.from(path.labels)).toEqual([0, 1]);
    expect(Array.from(maxMarginalMargins(emit, trans, end, path, 2))).toEqual([2, 4]);
  });
});
