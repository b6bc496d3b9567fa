import type { WeightTable } from './table.js';

/**
 * Forms remembered before the cache starts over (bounds memory on endless input: the entity
 * tagger's tables, 21 classes and 9 slots, hold about 0.3 KB per form).
 */
const FORMS_LIMIT = 30_000;
/** A row slot not looked up yet (row offsets are -1 or more). */
const UNSEEN = -2;

/** What a table gives one word form: filled on first use. */
export interface FormEntry {
  /** The summed rows of the form's leading keys (null until first asked). */
  sum: Float32Array | null;
  /** Row offsets of the form's other one-form features, by slot (UNSEEN until first asked). */
  rows: Int32Array;
}

/**
 * Per word form, what the features that depend on that form alone give, looked up once per form
 * instead of once per token (forms repeat: in news text most tokens are forms seen before):
 * - the summed rows of the leading keys of a token of that form; they must lead each token's key
 *   list, so that adding the remaining rows to the cached sum adds every row in the original
 *   order (the scores are the same floats);
 * - the row offsets (for `WeightTable.addRows`) of other features of the form, by slot: the
 *   caller numbers them (e.g. "this form as the previous word") and passes each one's key.
 * Callers vouch that the keys depend on the form alone: later calls do not read them.
 * @example
 * const own = new FormScores(table, 8);
 * scores.set(own.of(word, keys)); // keys[0..8) depend on `word` only
 * table.score(keys.subarray(8), count - 8, scores);
 */
export class FormScores {
  private readonly entries = new Map<string, FormEntry>();

  /**
   * @param table the weights
   * @param count how many leading keys of a token depend on its form alone
   * @param slots how many other one-form features each form may cache rows for
   */
  constructor(
    readonly table: WeightTable,
    readonly count: number,
    readonly slots = 0,
  ) {}

  /** The entry of a form (empty on first sight). */
  entry(form: string): FormEntry {
    let entry = this.entries.get(form);
    if (!entry) {
      entry = { sum: null, rows: new Int32Array(this.slots).fill(UNSEEN) };
      if (this.entries.size >= FORMS_LIMIT) this.entries.clear();
      this.entries.set(form, entry);
    }
    return entry;
  }

  /** The summed rows of `keys[from..from + count)`, the leading keys of a token of the entry's form. */
  sum(entry: FormEntry, keys: Uint32Array, from = 0): Float32Array {
    entry.sum ??= this.table.score(
      keys.subarray(from, from + this.count),
      this.count,
      new Float32Array(this.table.classes),
    ) as Float32Array;
    return entry.sum;
  }

  /** The row offset of `key`, the entry's feature in `slot` (-1 when the model never saw it). */
  row(entry: FormEntry, slot: number, key: number): number {
    let row = entry.rows[slot]!;
    if (row === UNSEEN) {
      row = this.table.rowOf(key | 0);
      entry.rows[slot] = row;
    }
    return row;
  }

  /** `sum` of a form's entry. */
  of(form: string, keys: Uint32Array): Float32Array {
    return this.sum(this.entry(form), keys);
  }
}
