import type { FormScores } from '../learn/form-scores.js';
import { bestPath, forbidTransitions, maxMarginalMargins } from '../learn/viterbi.js';
import { END_KEY, FORM_FEATURES, MAX_FEATURES, type SentenceFeatures, transitionKey } from './features.js';
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
  const { keys, counts, words } = features;
  for (let i = 0; i < n; i++) {
    const at = i * MAX_FEATURES;
    if (own) {
      // the word's own leading rows summed once per word, then the rest in order: the same sums
      row.set(own.of(words[i]!, keys.subarray(at, at + FORM_FEATURES)));
      model.score(keys.subarray(at + FORM_FEATURES), counts[i]! - FORM_FEATURES, row);
    } else {
      row.fill(0);
      model.score(keys.subarray(at), counts[i]!, row);
    }
    emit.set(row, i * LABEL_COUNT);
  }
  return emit;
}

/**
 * First-order Viterbi decoding over BILOU labels (`learn/viterbi.ts`): emission scores from each
 * token's features, transition scores learned alongside them, invalid BILOU sequences excluded.
 * `withMargins` false skips the max-marginal pass (margins stay 0) when only the labels are wanted.
 * @param own the model's per-word sums of the FORM_FEATURES leading features (a fixed table's)
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
