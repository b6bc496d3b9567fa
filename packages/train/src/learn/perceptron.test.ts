import { featureKey } from '@parley/core';
import { describe, expect, it } from 'vitest';
import { AveragedPerceptron } from './perceptron.js';

describe('AveragedPerceptron', () => {
  // two classes told apart by one feature each, with a shared bias feature that carries nothing
  const bias = featureKey(0, 0);
  const examples: [number[], number][] = [
    [[bias, featureKey(1, 1)], 0],
    [[bias, featureKey(1, 2)], 1],
  ];
  const guess = (p: AveragedPerceptron | ReturnType<AveragedPerceptron['toTable']>, f: number[]) => {
    const scores = new Float32Array(2);
    p.score(f, f.length, scores);
    return scores[1]! > scores[0]! ? 1 : 0;
  };

  it('learns a separable problem and keeps it after averaging', () => {
    const p = new AveragedPerceptron(2, 4);
    for (let epoch = 0; epoch < 5; epoch++) {
      for (const [f, y] of examples) {
        p.learn(f, f.length, y, guess(p, f));
        p.tick();
      }
    }
    const table = p.toTable();
    for (const [f, y] of examples) expect(guess(table, f)).toBe(y);
    expect(p.size).toBe(3);
  });

  it('grows past its initial size without losing rows', () => {
    const p = new AveragedPerceptron(2, 4);
    for (let i = 1; i <= 100; i++) p.update([featureKey(5, i)], 1, i % 2, 1);
    p.tick();
    expect(p.size).toBe(100);
    expect(p.toTable().size).toBe(100);
  });
});
