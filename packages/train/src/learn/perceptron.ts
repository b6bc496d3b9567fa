import { WeightTable } from '@parley/core';

/**
 * A multi-class averaged perceptron over hashed features (Collins 2002; averaging with lazy
 * timestamps as in Daumé's trick). Rows grow in an open-addressing table keyed like `WeightTable`.
 * Deterministic: same examples in the same order give the same weights.
 */
export class AveragedPerceptron {
  private keys: Uint32Array;
  private weights: Float64Array;
  private totals: Float64Array;
  private stamps: Float64Array;
  private used = 0;
  /** Updates seen so far (the averaging clock). */
  private clock = 1;

  constructor(
    readonly classes: number,
    initialSlots = 1 << 16,
  ) {
    this.keys = new Uint32Array(initialSlots);
    this.weights = new Float64Array(initialSlots * classes);
    this.totals = new Float64Array(initialSlots * classes);
    this.stamps = new Float64Array(initialSlots * classes);
  }

  private find(key: number): number {
    const mask = this.keys.length - 1;
    let slot = key & mask;
    for (;;) {
      const k = this.keys[slot]!;
      if (k === key || k === 0) return slot;
      slot = (slot + 1) & mask;
    }
  }

  private grow(): void {
    const { keys, weights, totals, stamps, classes } = this;
    const size = keys.length * 2;
    this.keys = new Uint32Array(size);
    this.weights = new Float64Array(size * classes);
    this.totals = new Float64Array(size * classes);
    this.stamps = new Float64Array(size * classes);
    keys.forEach((k, old) => {
      if (k === 0) return;
      const slot = this.find(k);
      this.keys[slot] = k;
      for (let c = 0; c < classes; c++) {
        this.weights[slot * classes + c] = weights[old * classes + c]!;
        this.totals[slot * classes + c] = totals[old * classes + c]!;
        this.stamps[slot * classes + c] = stamps[old * classes + c]!;
      }
    });
  }

  /** Adds the current weights of `count` features to `scores` (zeroed by the caller). */
  score(features: ArrayLike<number>, count: number, scores: Float64Array | Float32Array): void {
    const { classes, weights } = this;
    for (let i = 0; i < count; i++) {
      const slot = this.find(features[i]!);
      if (this.keys[slot] === 0) continue;
      const base = slot * classes;
      for (let c = 0; c < classes; c++) scores[c]! += weights[base + c]!;
    }
  }

  /** Adds `amount` to the weight of (feature, class) for each feature. */
  update(features: ArrayLike<number>, count: number, cls: number, amount: number): void {
    for (let i = 0; i < count; i++) {
      const key = features[i]!;
      let slot = this.find(key);
      if (this.keys[slot] === 0) {
        if ((this.used + 1) * 2 > this.keys.length) {
          this.grow();
          slot = this.find(key);
        }
        this.keys[slot] = key;
        this.used++;
      }
      const at = slot * this.classes + cls;
      this.totals[at]! += (this.clock - this.stamps[at]!) * this.weights[at]!;
      this.stamps[at] = this.clock;
      this.weights[at]! += amount;
    }
  }

  /** The usual mistake-driven step: reward the truth, penalise the guess. */
  learn(features: ArrayLike<number>, count: number, truth: number, guess: number): void {
    if (truth === guess) return;
    this.update(features, count, truth, 1);
    this.update(features, count, guess, -1);
  }

  /** Advances the averaging clock: call once per training example. */
  tick(): void {
    this.clock++;
  }

  /**
   * The averaged weights as a run-time table. Rows whose largest averaged weight is below
   * `minWeight` in absolute value are dropped (they barely change any decision; this keeps models small).
   */
  toTable(minWeight = 0): WeightTable {
    const { classes } = this;
    const rows: [number, Float32Array][] = [];
    this.keys.forEach((k, slot) => {
      if (k === 0) return;
      const row = new Float32Array(classes);
      let max = 0;
      for (let c = 0; c < classes; c++) {
        const at = slot * classes + c;
        const total = this.totals[at]! + (this.clock - this.stamps[at]!) * this.weights[at]!;
        row[c] = total / this.clock;
        max = Math.max(max, Math.abs(row[c]!));
      }
      if (max > minWeight) rows.push([k, row]);
    });
    return WeightTable.fromRows(classes, rows);
  }

  /** Features with a row. */
  get size(): number {
    return this.used;
  }
}
