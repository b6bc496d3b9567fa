import { readFileSync } from 'node:fs';

/**
 * The weights of a trained linear model: one row of `classes` weights per feature key, in an
 * open-addressing hash table (linear probing, key 0 = empty). Read-only at run time.
 */
export class WeightTable {
  private readonly mask: number;

  /**
   * @param classes number of output classes (row width)
   * @param keys slot keys, length a power of two, 0 where empty
   * @param weights `keys.length * classes` weights, row `i` for slot `i`
   */
  constructor(
    readonly classes: number,
    readonly keys: Uint32Array,
    readonly weights: Float32Array,
  ) {
    if (keys.length & (keys.length - 1)) throw new Error('WeightTable: slot count must be a power of two');
    if (weights.length !== keys.length * classes) throw new Error('WeightTable: weights do not match slots');
    this.mask = keys.length - 1;
  }

  /** Builds a table from sparse rows (e.g. a trainer's averaged weights). */
  static fromRows(classes: number, rows: Iterable<[number, ArrayLike<number>]>): WeightTable {
    const list = [...rows];
    let size = 1;
    while (size < list.length * 1.5 + 1) size <<= 1;
    const keys = new Uint32Array(size);
    const weights = new Float32Array(size * classes);
    const mask = size - 1;
    for (const [key, row] of list) {
      let slot = key & mask;
      while (keys[slot] !== 0) slot = (slot + 1) & mask;
      keys[slot] = key;
      for (let c = 0; c < classes; c++) weights[slot * classes + c] = row[c] ?? 0;
    }
    return new WeightTable(classes, keys, weights);
  }

  /** Slot of a key, or -1 when the model never saw it. */
  slotOf(key: number): number {
    let slot = key & this.mask;
    for (;;) {
      const k = this.keys[slot]!;
      if (k === key) return slot;
      if (k === 0) return -1;
      slot = (slot + 1) & this.mask;
    }
  }

  /**
   * Adds the rows of `count` features to `scores` (which the caller zeroes).
   * @param features feature keys; only the first `count` are read
   */
  score(features: ArrayLike<number>, count: number, scores: Float32Array): Float32Array {
    const { classes, weights } = this;
    for (let i = 0; i < count; i++) {
      const slot = this.slotOf(features[i]!);
      if (slot < 0) continue;
      const base = slot * classes;
      for (let c = 0; c < classes; c++) scores[c]! += weights[base + c]!;
    }
    return scores;
  }

  /** The number of features with weights. */
  get size(): number {
    let n = 0;
    for (const k of this.keys) if (k !== 0) n++;
    return n;
  }
}

const MAGIC = 0x50524c57; // "PRLW"
const VERSION = 1;

/**
 * Serialises a table compactly: only filled slots, weights quantised to 16 bits with one scale
 * per table (the models' weights are averaged perceptron sums: 16 bits keep their ranking).
 * Layout (little-endian): magic, version, classes, rows, scale (f32), keys (u32 × rows),
 * weights (i16 × rows × classes).
 */
export function encodeTable(table: WeightTable): Uint8Array {
  const { classes, keys, weights } = table;
  const slots: number[] = [];
  let max = 0;
  keys.forEach((k, slot) => {
    if (k === 0) return;
    slots.push(slot);
    for (let c = 0; c < classes; c++) max = Math.max(max, Math.abs(weights[slot * classes + c]!));
  });
  const scale = max > 0 ? max / 32767 : 1;
  const rows = slots.length;
  const buffer = new ArrayBuffer(20 + rows * 4 + rows * classes * 2);
  const view = new DataView(buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, VERSION, true);
  view.setUint32(8, classes, true);
  view.setUint32(12, rows, true);
  view.setFloat32(16, scale, true);
  let at = 20;
  for (const slot of slots) {
    view.setUint32(at, keys[slot]!, true);
    at += 4;
  }
  for (const slot of slots) {
    for (let c = 0; c < classes; c++) {
      view.setInt16(at, Math.round(weights[slot * classes + c]! / scale), true);
      at += 2;
    }
  }
  return new Uint8Array(buffer);
}

/** Reads a table written by `encodeTable`. */
export function decodeTable(bytes: Uint8Array): WeightTable {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 20 || view.getUint32(0, true) !== MAGIC)
    throw new Error('not a Parley weight table');
  if (view.getUint32(4, true) !== VERSION) throw new Error('unsupported weight table version');
  const classes = view.getUint32(8, true);
  const rows = view.getUint32(12, true);
  const scale = view.getFloat32(16, true);
  if (bytes.byteLength !== 20 + rows * 4 + rows * classes * 2) throw new Error('truncated weight table');
  let size = 1;
  while (size < rows * 1.5 + 1) size <<= 1;
  const keys = new Uint32Array(size);
  const weights = new Float32Array(size * classes);
  const mask = size - 1;
  const slots = new Int32Array(rows);
  for (let r = 0, at = 20; r < rows; r++, at += 4) {
    const key = view.getUint32(at, true);
    let slot = key & mask;
    while (keys[slot] !== 0) slot = (slot + 1) & mask;
    keys[slot] = key;
    slots[r] = slot;
  }
  let at = 20 + rows * 4;
  for (let r = 0; r < rows; r++) {
    const base = slots[r]! * classes;
    for (let c = 0; c < classes; c++, at += 2) weights[base + c] = view.getInt16(at, true) * scale;
  }
  return new WeightTable(classes, keys, weights);
}

/** Reads a weight table file (see `encodeTable`). */
export function readTable(path: string | URL): WeightTable {
  return decodeTable(readFileSync(path));
}
