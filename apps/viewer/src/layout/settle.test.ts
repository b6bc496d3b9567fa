import { describe, expect, it } from 'vitest';
import { SettleDetector } from './settle.js';

const frame = (shift: number) => Float64Array.from([0, 0, 100 + shift, 0, 0, 100]);

describe('SettleDetector', () => {
  it('says settled only after several calm samples in a row', () => {
    const d = new SettleDetector(0.001, 3);
    expect(d.sample(frame(0))).toBe(false); // nothing to compare with yet
    expect(d.sample(frame(0))).toBe(false);
    expect(d.sample(frame(0))).toBe(false);
    expect(d.sample(frame(0))).toBe(true);
  });

  it('starts counting again when nodes move', () => {
    const d = new SettleDetector(0.001, 2);
    d.sample(frame(0));
    d.sample(frame(0));
    expect(d.sample(frame(30))).toBe(false);
    expect(d.sample(frame(30))).toBe(false);
    expect(d.sample(frame(30))).toBe(true);
  });
});
