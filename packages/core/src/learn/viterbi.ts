/**
 * First-order Viterbi decoding shared by Parley's sequence labellers (the entity tagger and the
 * attribution tagger). Scores live in flat arrays: `emit[i * K + c]` for token i and label c,
 * `trans[(p + 1) * K + c]` for the step from label p to c (row 0 = the sequence start). A forbidden
 * step (an ill-formed BIO/BILOU sequence) is -Infinity, so one decoder serves every label scheme.
 */

/** Score arrays: the entity tagger decodes in 32-bit floats, the attribution tagger in 64-bit. */
export type Scores = Float32Array | Float64Array;

/** A fresh zeroed array of the same float width as `like` (so each model's sums stay as trained). */
const scoresLike = (like: Scores, length: number): Scores =>
  like instanceof Float64Array ? new Float64Array(length) : new Float32Array(length);

/**
 * Sets forbidden steps of a transition matrix to -Infinity.
 * @param allowed whether label `next` may follow label `previous` (-1 = the sequence start)
 */
export function forbidTransitions(
  trans: Scores,
  classes: number,
  allowed: (previous: number, next: number) => boolean,
): void {
  for (let prev = -1; prev < classes; prev++) {
    for (let next = 0; next < classes; next++) {
      if (!allowed(prev, next)) trans[(prev + 1) * classes + next] = -Infinity;
    }
  }
}

/** The forward pass of a decode: best path scores into each (token, label) and their back pointers. */
export interface Lattice {
  best: Scores;
  back: Int32Array;
}

/** Per label, the labels that may come before it and after it (the finite steps), ascending. */
interface Steps {
  before: Int32Array[];
  after: Int32Array[];
}

/** Steps per transition matrix: a model's matrix is built once and decodes many sentences. */
const stepsOf = new WeakMap<Scores, Steps>();

/**
 * The allowed steps of a transition matrix (read once per matrix, which is never changed after it
 * has decoded): BIO and BILOU forbid most steps, so the decoder loops over a few, not K. Skipping a
 * forbidden step changes no result (it can never score above another one).
 */
function allowedSteps(trans: Scores, K: number): Steps {
  const known = stepsOf.get(trans);
  if (known) return known;
  const before: Int32Array[] = [];
  const after: Int32Array[] = [];
  for (let c = 0; c < K; c++) {
    const into: number[] = [];
    const from: number[] = [];
    for (let p = 0; p < K; p++) {
      if (trans[(p + 1) * K + c]! > -Infinity) into.push(p);
      if (trans[(c + 1) * K + p]! > -Infinity) from.push(p);
    }
    before.push(Int32Array.from(into));
    after.push(Int32Array.from(from));
  }
  const steps = { before, after };
  stepsOf.set(trans, steps);
  return steps;
}

/** Fills the forward lattice of `n` tokens. */
function forward(emit: Scores, trans: Scores, n: number, classes: number, before: Int32Array[]): Lattice {
  const K = classes;
  const best = scoresLike(emit, n * K);
  const back = new Int32Array(n * K);
  if (n === 0) return { best, back };
  for (let c = 0; c < K; c++) best[c] = trans[c]! + emit[c]!;
  for (let i = 1; i < n; i++) {
    for (let c = 0; c < K; c++) {
      const into = before[c]!;
      let top = -Infinity;
      let arg = 0;
      for (let j = 0; j < into.length; j++) {
        const p = into[j]!;
        const s = best[(i - 1) * K + p]! + trans[(p + 1) * K + c]!;
        if (s > top) {
          top = s;
          arg = p;
        }
      }
      best[i * K + c] = top + emit[i * K + c]!;
      back[i * K + c] = arg;
    }
  }
  return { best, back };
}

/** A decoded sequence: the best labels and the forward lattice (for max-marginals). */
export interface BestPath extends Lattice {
  labels: Int32Array;
}

/**
 * The best label sequence of `n` tokens (ties go to the lower label).
 * @param end optional scores of each label as the last one (-Infinity = may not end there)
 * @example bestPath(emit, trans, tokens, LABEL_COUNT).labels
 */
export function bestPath(emit: Scores, trans: Scores, n: number, classes: number, end?: Scores): BestPath {
  const K = classes;
  const lattice = forward(emit, trans, n, K, allowedSteps(trans, K).before);
  const labels = new Int32Array(n);
  if (n === 0) return { ...lattice, labels };
  let top = -Infinity;
  for (let c = 0; c < K; c++) {
    const s = end ? lattice.best[(n - 1) * K + c]! + end[c]! : lattice.best[(n - 1) * K + c]!;
    if (s > top) {
      top = s;
      labels[n - 1] = c;
    }
  }
  for (let i = n - 1; i > 0; i--) labels[i - 1] = lattice.back[i * K + labels[i]!]!;
  return { ...lattice, labels };
}

/**
 * Per token, how much the best path scores above the best path with another label at that token
 * (max-marginals: forward best plus backward best; 100 when no other label is possible).
 */
export function maxMarginalMargins(
  emit: Scores,
  trans: Scores,
  end: Scores,
  path: BestPath,
  classes: number,
): Float32Array {
  const K = classes;
  const n = path.labels.length;
  const { best, labels } = path;
  const margins = new Float32Array(n);
  if (n === 0) return margins;
  const steps = allowedSteps(trans, K).after;
  const after = scoresLike(emit, n * K);
  for (let c = 0; c < K; c++) after[(n - 1) * K + c] = end[c]!;
  for (let i = n - 2; i >= 0; i--) {
    for (let c = 0; c < K; c++) {
      const next = steps[c]!;
      let top = -Infinity;
      for (let j = 0; j < next.length; j++) {
        const d = next[j]!;
        const s = trans[(c + 1) * K + d]! + emit[(i + 1) * K + d]! + after[(i + 1) * K + d]!;
        if (s > top) top = s;
      }
      after[i * K + c] = top;
    }
  }
  for (let i = 0; i < n; i++) {
    const own = best[i * K + labels[i]!]! + after[i * K + labels[i]!]!;
    let other = -Infinity;
    for (let c = 0; c < K; c++) {
      if (c !== labels[i]) other = Math.max(other, best[i * K + c]! + after[i * K + c]!);
    }
    margins[i] = Number.isFinite(other) ? own - other : 100;
  }
  return margins;
}
