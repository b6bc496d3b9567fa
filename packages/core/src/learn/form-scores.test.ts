import { describe, expect, it } from 'vitest';
import { FormScores } from './form-scores.js';
import { featureKey, hashString } from './hash.js';
import { WeightTable } from './table.js';

describe('FormScores', () => {
  const said = featureKey(1, hashString('said'));
  const verb = featureKey(2, hashString('VERB'));
  const table = WeightTable.fromRows(2, [
    [said, [0.1, 0.2]],
    [verb, [0.3, -0.7]],
  ]);

  it('sums a form’s leading rows like score, once per form', () => {
    const own = new FormScores(table, 2);
    const first = own.of('said', Uint32Array.of(said, verb));
    expect(first).toEqual(table.score([said, verb], 2, new Float32Array(2)));
    // a second call trusts the cache: the keys are not read again
    expect(own.of('said', Uint32Array.of(verb, verb))).toBe(first);
    expect([...own.of('unseen', Uint32Array.of(featureKey(9, 9), featureKey(9, 8)))]).toEqual([0, 0]);
  });

  it('keeps the row of each slot of a form from its first key', () => {
    const own = new FormScores(table, 0, 2);
    const entry = own.entry('said');
    expect(own.row(entry, 1, verb)).toBe(table.rowOf(verb | 0));
    expect(own.row(entry, 1, said)).toBe(table.rowOf(verb | 0));
    expect(own.row(entry, 0, featureKey(9, 9))).toBe(-1);
    expect(own.entry('said')).toBe(entry);
  });
});
