import type { WeightTable } from './table.js';

/** Forms remembered before the cache starts over (bounds memory on endless input). */
const FORMS_LIMIT = 100_000;

/**
 * Per word form, the summed rows of the features that depend on that form alone, looked up once
 * per form instead of once per token (forms repeat: in news text most tokens are forms seen
 * before). The features must lead each token's key list, so that adding the remaining rows to the
 * cached sum adds every row in the original order: the scores are the same floats.
 * @example
 * const own = new FormScores(table, 8);
 * scores.set(own.of(word, keys)); // keys[0..8) depend on `word` only
 * table.score(keys.subarray(8), count - 8, scores);
 */
export class FormScores {
  private readonly sums = new Map<string, Float32Array>();

  /**
   * @param table the weights
   * @param count how many leading keys of a token depend on its form alone
   */
  constructor(
    readonly table: WeightTable,
    readonly count: number,
  ) {}

  /**
   * The summed rows of `keys[0..count)`, computed on the first call for `form` (later calls trust
   * that the same form gives the same keys).
   */
  of(form: string, keys: ArrayLike<number>): Float32Array {
    let sum = this.sums.get(form);
    if (!sum) {
      sum = this.table.score(keys, this.count, new Float32Array(this.table.classes)) as Float32Array;
      if (this.sums.size >= FORMS_LIMIT) this.sums.clear();
      this.sums.set(form, sum);
    }
    return sum;
  }
}
