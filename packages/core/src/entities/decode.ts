import type { FormEntry, FormScores } from '../learn/form-scores.js';
import { bestPath, forbidTransitions, maxMarginalMargins } from '../learn/viterbi.js';
import {
  END_KEY,
  FIXED_FEATURES,
  MAX_FEATURES,
  ONE_WORD_KEYS,
  type SentenceFeatures,
  transitionKey,
} from './features.js';
import { allowed, LABEL_COUNT } from './labels.js';

/** Anything that sums weight rows of feature keys: the run-time table or the trainer's perceptron. */
export interface Scorer {
  score(features: ArrayLike<number>, count: number, scores: Float32Array): unknown;
}

/**
 * The best label sequence of a sentence, and per token the margin of its label: how much the best
 * path scores above the best path with another label at that token (max-marginals, never negative).
 */
export interface Decoded {
  labels: Int32Array;
  margins: Float32Array;
}

/** Transition scores: row prev+1 (0 = sentence start), column next; and the end scores. */
export interface Transitions {
  /** Row-major: `trans[(prev + 1) * LABEL_COUNT + next]`. */
  trans: Float32Array;
  end: Float32Array;
}

/** A model's transition scores, invalid BILOU steps at -Infinity (read once per fixed model). */
export function transitionScores(model: Scorer): Transitions {
  const trans = new Float32Array((LABEL_COUNT + 1) * LABEL_COUNT);
  for (let prev = -1; prev < LABEL_COUNT; prev++) {
    model.score([transitionKey(prev)], 1, trans.subarray((prev + 1) * LABEL_COUNT, (prev + 2) * LABEL_COUNT));
  }
  forbidTransitions(trans, LABEL_COUNT, allowed);
  const end = new Float32Array(LABEL_COUNT);
  model.score([END_KEY], 1, end);
  for (let last = 0; last < LABEL_COUNT; last++) if (!allowed(last, -1)) end[last] = -Infinity;
  return { trans, end };
}

/** Emission scores of a sentence's tokens: `n * LABEL_COUNT`, token-major. */
function emissions(model: Scorer, features: SentenceFeatures, n: number, own?: FormScores): Float32Array {
  const emit = new Float32Array(n * LABEL_COUNT);
  const row = new Float32Array(LABEL_COUNT);
  const { keys, counts } = features;
  const rows = own && new WordRows(own, features, n);
  for (let i = 0; i < n; i++) {
    if (rows) rows.score(i, row);
    else {
      row.fill(0);
      model.score(keys.subarray(i * MAX_FEATURES), counts[i]!, row);
    }
    emit.set(row, i * LABEL_COUNT);
  }
  return emit;
}

/** The `FormScores` slots of the one-word keys (`ONE_WORD_KEYS`), as the token itself or a neighbour. */
const FIRST_CAP = 0;
const INNER_CAP = 1;
const AS_PREV_LOWER = 2;
const AS_NEXT_LOWER = 3;
const AS_PREV2_LOWER = 4;
const AS_NEXT2_LOWER = 5;
const AS_PREV_SHAPE = 6;
const AS_NEXT_SHAPE = 7;
const LENGTH = 8;
/** Slots per word of an entity tagger's `FormScores`. */
export const WORD_SLOTS = 9;

/**
 * A sentence's emission scores through per-word caches: each token starts from its word's summed
 * FORM_FEATURES rows, takes the rows of its one-word keys from its own or its neighbours' entries,
 * and probes the table for the rest; rows are added in key order, so the sums are `score`'s.
 */
class WordRows {
  private readonly entries: FormEntry[];
  private readonly out = new Int32Array(MAX_FEATURES);

  constructor(
    private readonly own: FormScores,
    private readonly features: SentenceFeatures,
    private readonly n: number,
  ) {
    this.entries = features.words.map((word) => own.entry(word));
  }

  /** The row of the key at `position` of token i, cached in word j's `slot` (probed outside the sentence). */
  private rowOf(i: number, position: number, j: number, slot: number): number {
    const key = this.features.keys[i * MAX_FEATURES + position]!;
    if (j < 0 || j >= this.n) return this.own.table.rowOf(key | 0);
    return this.own.row(this.entries[j]!, slot, key);
  }

  /** Writes token i's emission scores into `row`. */
  score(i: number, row: Float32Array): void {
    const { own, out } = this;
    const { keys, counts } = this.features;
    const at = i * MAX_FEATURES;
    const K = ONE_WORD_KEYS;
    row.set(own.sum(this.entries[i]!, keys, at));
    let k = 0;
    out[k++] = this.rowOf(i, K.capFirst, i, i === 0 ? FIRST_CAP : INNER_CAP);
    out[k++] = this.rowOf(i, K.prevLower, i - 1, AS_PREV_LOWER);
    out[k++] = this.rowOf(i, K.nextLower, i + 1, AS_NEXT_LOWER);
    out[k++] = this.rowOf(i, K.prev2Lower, i - 2, AS_PREV2_LOWER);
    out[k++] = this.rowOf(i, K.next2Lower, i + 2, AS_NEXT2_LOWER);
    out[k++] = this.rowOf(i, K.prevShape, i - 1, AS_PREV_SHAPE);
    out[k++] = this.rowOf(i, K.nextShape, i + 1, AS_NEXT_SHAPE);
    for (let p = K.nextShape + 1; p < K.lengthBucket; p++) out[k++] = own.table.rowOf(keys[at + p]! | 0);
    out[k++] = this.rowOf(i, K.lengthBucket, i, LENGTH);
    for (let p = FIXED_FEATURES; p < counts[i]!; p++) out[k++] = own.table.rowOf(keys[at + p]! | 0);
    own.table.addRows(out, k, row);
  }
}

/**
 * First-order Viterbi decoding over BILOU labels (`learn/viterbi.ts`): emission scores from each
 * token's features, transition scores learned alongside them, invalid BILOU sequences excluded.
 * `withMargins` false skips the max-marginal pass (margins stay 0) when only the labels are wanted.
 * @param own per-word caches of the model's table (FORM_FEATURES leading keys, WORD_SLOTS slots)
 */
export function viterbi(
  model: Scorer,
  features: SentenceFeatures,
  n: number,
  { trans, end }: Transitions = transitionScores(model),
  withMargins = true,
  own?: FormScores,
): Decoded {
  const emit = emissions(model, features, n, own);
  const path = bestPath(emit, trans, n, LABEL_COUNT, end);
  const margins = withMargins ? maxMarginalMargins(emit, trans, end, path, LABEL_COUNT) : new Float32Array(n);
  return { labels: path.labels, margins };
}
