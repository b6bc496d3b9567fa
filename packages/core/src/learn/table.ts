import { readFileSync } from 'node:fs';

/** Widest row stored beside its key (one cache line per lookup); wider rows live in a dense array. */
const INLINE_CLASSES = 3;

/**
 * The weights of a trained linear model: one row of `classes` weights per feature key, found through
 * an open-addressing hash table (linear probing, key 0 = empty). Read-only at run time.
 *
 * Lookups dominate tagging and parsing and mostly miss the CPU caches, so the layout is chosen to
 * touch as little memory as possible: narrow rows (the parser's 3 transitions) sit in the slot next
 * to their key, so a lookup reads one cache line; wide rows (17 tags, 50 relations) sit in a dense
 * array and the slot holds the key and the row's offset, so empty slots cost 8 bytes, not a row.
 */
export class WeightTable {
  /** Number of rows (features with weights). */
  readonly size: number;
  private readonly mask: number;
  /** 32-bit words per slot: the key, then the row (inline) or the row's offset (dense). */
  private readonly stride: number;
  private readonly inline: boolean;
  /** Signed, like the keys `rowOf` compares (see `featureKeyInt`). */
  private readonly slots: Int32Array;
  /** Inline: a float view of `slots`; dense: rows one after another. */
  private readonly weights: Float32Array;
  /** Scratch for `score`: the row offsets of the features being scored. */
  private found = new Int32Array(64);

  /**
   * @param classes number of output classes (row width)
   * @param keys one nonzero key per row, all different
   * @param rows `keys.length * classes` weights, row `i` for `keys[i]`
   */
  constructor(
    readonly classes: number,
    keys: Uint32Array,
    rows: Float32Array,
  ) {
    if (rows.length !== keys.length * classes) throw new Error('WeightTable: weights do not match keys');
    this.size = keys.length;
    let size = 1;
    while (size < keys.length * 1.5 + 1) size <<= 1;
    this.mask = size - 1;
    this.inline = classes <= INLINE_CLASSES;
    this.stride = this.inline ? 1 + classes : 2;
    this.slots = new Int32Array(size * this.stride);
    this.weights = this.inline ? new Float32Array(this.slots.buffer) : rows;
    for (let r = 0; r < keys.length; r++) {
      const key = keys[r]! | 0;
      if (key === 0) throw new Error('WeightTable: key 0 marks an empty slot');
      let at = (key & this.mask) * this.stride;
      while (this.slots[at] !== 0) at = (at + this.stride) % this.slots.length;
      this.slots[at] = key;
      if (!this.inline) this.slots[at + 1] = r * classes;
      else for (let c = 0; c < classes; c++) this.weights[at + 1 + c] = rows[r * classes + c]!;
    }
  }

  /** Builds a table from sparse rows (e.g. a trainer's averaged weights). */
  static fromRows(classes: number, rows: Iterable<[number, ArrayLike<number>]>): WeightTable {
    const list = [...rows];
    const keys = new Uint32Array(list.length);
    const weights = new Float32Array(list.length * classes);
    list.forEach(([key, row], r) => {
      keys[r] = key;
      for (let c = 0; c < classes; c++) weights[r * classes + c] = row[c] ?? 0;
    });
    return new WeightTable(classes, keys, weights);
  }

  /**
   * Offset of a key's row (the key as a signed int32, see `featureKeyInt`), or -1 when the model
   * never saw it: a handle for `addRows`, for callers that look a key up once and add its row often.
   */
  rowOf(key: number): number {
    const { slots, stride, mask } = this;
    let slot = key & mask;
    for (;;) {
      const at = slot * stride;
      const k = slots[at]!;
      if (k === key) return this.inline ? at + 1 : slots[at + 1]!;
      if (k === 0) return -1;
      slot = (slot + 1) & mask;
    }
  }

  /**
   * Adds the rows of `count` features to `scores` (which the caller zeroes).
   * @param features feature keys; only the first `count` are read
   */
  score(features: ArrayLike<number>, count: number, scores: Float32Array | Float64Array): typeof scores {
    if (this.found.length < count) this.found = new Int32Array(count * 2);
    const { found } = this;
    // every probe first, then every row: the probes do not wait on each other, so their cache
    // misses overlap; the rows are still added in feature order (the same sums, bit for bit)
    for (let i = 0; i < count; i++) found[i] = this.rowOf(features[i]! | 0);
    return this.addRows(found, count, scores);
  }

  /**
   * Adds rows found by `rowOf` to `scores`, in the given order (-1 entries are skipped).
   * @param rows row offsets; only the first `count` are read
   */
  addRows(rows: ArrayLike<number>, count: number, scores: Float32Array | Float64Array): typeof scores {
    const { classes, weights } = this;
    if (scores instanceof Float32Array) {
      // class by class in a local, rounded to 32 bits after each row as a Float32Array store would be
      for (let c = 0; c < classes; c++) {
        let sum = scores[c]!;
        for (let i = 0; i < count; i++) {
          const base = rows[i]!;
          if (base >= 0) sum = Math.fround(sum + weights[base + c]!);
        }
        scores[c] = sum;
      }
      return scores;
    }
    for (let i = 0; i < count; i++) {
      const base = rows[i]!;
      if (base < 0) continue;
      for (let c = 0; c < classes; c++) scores[c]! += weights[base + c]!;
    }
    return scores;
  }

  /** The rows in key order: [key, weights] (a copy of each row). */
  rows(): [number, Float32Array][] {
    const out: [number, Float32Array][] = [];
    for (let at = 0; at < this.slots.length; at += this.stride) {
      const key = this.slots[at]! >>> 0;
      if (key === 0) continue;
      const base = this.inline ? at + 1 : this.slots[at + 1]!;
      out.push([key, this.weights.slice(base, base + this.classes)]);
    }
    return out.sort((a, b) => a[0] - b[0]);
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
  const { classes } = table;
  const rows = table.rows();
  let max = 0;
  for (const [, row] of rows) for (const w of row) max = Math.max(max, Math.abs(w));
  const scale = max > 0 ? max / 32767 : 1;
  const buffer = new ArrayBuffer(20 + rows.length * 4 + rows.length * classes * 2);
  const view = new DataView(buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, VERSION, true);
  view.setUint32(8, classes, true);
  view.setUint32(12, rows.length, true);
  view.setFloat32(16, scale, true);
  let at = 20;
  for (const [key] of rows) {
    view.setUint32(at, key, true);
    at += 4;
  }
  for (const [, row] of rows) {
    for (const w of row) {
      view.setInt16(at, Math.round(w / scale), true);
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
  const keys = new Uint32Array(rows);
  for (let r = 0; r < rows; r++) keys[r] = view.getUint32(20 + r * 4, true);
  const weights = new Float32Array(rows * classes);
  for (let i = 0, at = 20 + rows * 4; i < weights.length; i++, at += 2)
    weights[i] = view.getInt16(at, true) * scale;
  return new WeightTable(classes, keys, weights);
}

/** Reads a weight table file (see `encodeTable`). */
export function readTable(path: string | URL): WeightTable {
  return decodeTable(readFileSync(path));
}
