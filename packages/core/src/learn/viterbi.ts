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

/**
 * The allowed steps of a transition matrix as lists (compressed rows): `into` the labels that may
 * precede each label (row 0 of `trans` is the start, so label p is row p + 1), `out` the labels that
 * may follow each one. BIO/BILOU forbid most steps, so the decoder skips the -Infinity ones: the
 * same maxima (a forbidden step never wins), in the same order (the same ties), at a third of the work.
 */
interface Steps {
  intoStart: Int32Array;
  into: Int32Array;
  outStart: Int32Array;
  out: Int32Array;
}

function stepsOf(trans: Scores, K: number): Steps {
  const intoStart = new Int32Array(K + 1);
  const outStart = new Int32Array(K + 1);
  const into: number[] = [];
  const out: number[] = [];
  for (let c = 0; c < K; c++) {
    for (let p = 0; p < K; p++) if (trans[(p + 1) * K + c] !== -Infinity) into.push(p);
    intoStart[c + 1] = into.length;
    for (let d = 0; d < K; d++) if (trans[(c + 1) * K + d] !== -Infinity) out.push(d);
    outStart[c + 1] = out.length;
  }
  return { intoStart, into: Int32Array.from(into), outStart, out: Int32Array.from(out) };
}

/** Fills the forward lattice of `n` tokens. */
function forward(emit: Scores, trans: Scores, n: number, classes: number, steps: Steps): Lattice {
  const K = classes;
  const best = scoresLike(emit, n * K);
  const back = new Int32Array(n * K);
  if (n === 0) return { best, back };
  const { intoStart, into } = steps;
  for (let c = 0; c < K; c++) best[c] = trans[c]! + emit[c]!;
  for (let i = 1; i < n; i++) {
    for (let c = 0; c < K; c++) {
      let top = -Infinity;
      let arg = 0;
      for (let j = intoStart[c]!; j < intoStart[c + 1]!; j++) {
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
  const lattice = forward(emit, trans, n, K, stepsOf(trans, K));
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
  const after = scoresLike(emit, n * K);
  const { outStart, out } = stepsOf(trans, K);
  for (let c = 0; c < K; c++) after[(n - 1) * K + c] = end[c]!;
  for (let i = n - 2; i >= 0; i--) {
    for (let c = 0; c < K; c++) {
      let top = -Infinity;
      for (let j = outStart[c]!; j < outStart[c + 1]!; j++) {
        const d = out[j]!;
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
