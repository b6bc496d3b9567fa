import { END_KEY, MAX_FEATURES, type SentenceFeatures, transitionKey } from './features.js';
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
    const row = trans.subarray((prev + 1) * LABEL_COUNT, (prev + 2) * LABEL_COUNT);
    model.score([transitionKey(prev)], 1, row);
    for (let next = 0; next < LABEL_COUNT; next++) if (!allowed(prev, next)) row[next] = -Infinity;
  }
  const end = new Float32Array(LABEL_COUNT);
  model.score([END_KEY], 1, end);
  for (let last = 0; last < LABEL_COUNT; last++) if (!allowed(last, -1)) end[last] = -Infinity;
  return { trans, end };
}

/**
 * First-order Viterbi decoding over BILOU labels: emission scores from each token's features,
 * transition scores learned alongside them, invalid BILOU sequences excluded. `withMargins`
 * false skips the max-marginal pass (margins stay 0) when only the labels are wanted.
 */
export function viterbi(
  model: Scorer,
  features: SentenceFeatures,
  n: number,
  { trans, end }: Transitions = transitionScores(model),
  withMargins = true,
): Decoded {
  const L = LABEL_COUNT;
  const emit = new Float32Array(n * L);
  const row = new Float32Array(L);
  for (let i = 0; i < n; i++) {
    row.fill(0);
    model.score(features.keys.subarray(i * MAX_FEATURES), features.counts[i]!, row);
    emit.set(row, i * L);
  }
  const best = new Float32Array(n * L);
  const back = new Int32Array(n * L);
  for (let c = 0; c < L; c++) best[c] = trans[c]! + emit[c]!;
  for (let i = 1; i < n; i++) {
    for (let c = 0; c < L; c++) {
      let top = -Infinity;
      let arg = 0;
      for (let p = 0; p < L; p++) {
        const s = best[(i - 1) * L + p]! + trans[(p + 1) * L + c]!;
        if (s > top) {
          top = s;
          arg = p;
        }
      }
      best[i * L + c] = top + emit[i * L + c]!;
      back[i * L + c] = arg;
    }
  }
  const labels = new Int32Array(n);
  const margins = new Float32Array(n);
  if (n === 0) return { labels, margins };
  let top = -Infinity;
  for (let c = 0; c < L; c++) {
    const s = best[(n - 1) * L + c]! + end[c]!;
    if (s > top) {
      top = s;
      labels[n - 1] = c;
    }
  }
  for (let i = n - 1; i > 0; i--) labels[i - 1] = back[i * L + labels[i]!]!;
  if (!withMargins) return { labels, margins };
  // max-marginals: the best path through (i, c) is forward best[i][c] plus backward after[i][c];
  // a token's margin is how much worse the best path with any other label there is
  const after = new Float32Array(n * L);
  for (let c = 0; c < L; c++) after[(n - 1) * L + c] = end[c]!;
  for (let i = n - 2; i >= 0; i--) {
    for (let c = 0; c < L; c++) {
      let top = -Infinity;
      for (let d = 0; d < L; d++) {
        const s = trans[(c + 1) * L + d]! + emit[(i + 1) * L + d]! + after[(i + 1) * L + d]!;
        if (s > top) top = s;
      }
      after[i * L + c] = top;
    }
  }
  for (let i = 0; i < n; i++) {
    const own = best[i * L + labels[i]!]! + after[i * L + labels[i]!]!;
    let other = -Infinity;
    for (let c = 0; c < L; c++) {
      if (c !== labels[i]) other = Math.max(other, best[i * L + c]! + after[i * L + c]!);
    }
    margins[i] = Number.isFinite(other) ? own - other : 100;
  }
  return { labels, margins };
}
