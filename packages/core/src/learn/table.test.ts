import { describe, expect, it } from 'vitest';
import { featureKey, hashString } from './hash.js';
import { decodeTable, encodeTable, WeightTable } from './table.js';

describe('weight tables', () => {
  const a = featureKey(1, hashString('said'));
  const b = featureKey(2, hashString('said'));
  const table = WeightTable.fromRows(3, [
    [a, [1, -2, 0.5]],
    [b, [0, 4, -1]],
  ]);

  it('tells templates apart and never yields key 0', () => {
    expect(a).not.toBe(b);
    expect(a).not.toBe(0);
    expect(featureKey(1, hashString('said'))).toBe(a);
  });

  it('sums the rows of the features it knows and ignores the rest', () => {
    const scores = table.score([a, b, featureKey(9, 1)], 3, new Float32Array(3));
    expect([...scores]).toEqual([1, 2, -0.5]);
  });

  it('round-trips through its file format within 16-bit precision', () => {
    const back = decodeTable(encodeTable(table));
    const scores = back.score([a, b], 2, new Float32Array(3));
    expect(scores[0]).toBeCloseTo(1, 3);
    expect(scores[1]).toBeCloseTo(2, 3);
    expect(scores[2]).toBeCloseTo(-0.5, 3);
    expect(back.size).toBe(2);
  });

  it('refuses bytes that are not a table', () => {
    expect(() => decodeTable(new Uint8Array(40))).toThrow(/not a Parley weight table/);
  });

  it('adds rows exactly as one Float32Array sum in feature order (rounded after each row)', () => {
    let seed = 7;
    const random = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 2 ** 32;
    };
    for (const classes of [3, 17]) {
      const keys = Array.from({ length: 40 }, (_, i) => featureKey(5, i));
      const rows = keys.map((key): [number, number[]] => [
        key,
        Array.from({ length: classes }, () => (random() - 0.5) * 10 ** Math.floor(random() * 6)),
      ]);
      const wide = WeightTable.fromRows(classes, rows);
      const features = [...keys.slice(0, 30), featureKey(9, 9), ...keys.slice(30)].reverse();
      const expected = new Float32Array(classes).fill(0.1);
      for (const key of features) {
        const row = rows.find(([k]) => k === key)?.[1];
        if (!row) continue;
        const stored = Float32Array.from(row);
        for (let c = 0; c < classes; c++) expected[c]! += stored[c]!;
      }
      const scores = wide.score(features, features.length, new Float32Array(classes).fill(0.1));
      expect(scores).toEqual(expected);
    }
  });
});
