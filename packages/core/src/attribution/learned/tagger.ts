import type { WeightTable } from '../../learn/table.js';
import type { ParsedText } from '../../text/types.js';
import { FEATURES_PER_TOKEN } from './features.js';
import { begins, TAG_COUNT } from './tags.js';

/** Template of the tag-transition rows: key `transitionKey(previous)` holds the scores of each next tag. */
const TRANSITION = 0x7a11;

/** The feature key whose row scores each tag after tag `previous` (-1 at a sequence start). */
export function transitionKey(previous: number): number {
  // a fixed, non-zero key per previous tag, apart from every hashed feature template
  return (((TRANSITION << 8) | (previous + 1)) >>> 0) + 1;
}

/** Anything that scores features per tag (the run-time table, or a trainer's live weights). */
export interface Scorer {
  score(features: ArrayLike<number>, count: number, scores: Float32Array): unknown;
}

/** Half-open token ranges that are decoded as one sequence: the paragraphs. */
export function sequencesOf(parsed: ParsedText): [number, number][] {
  const out: [number, number][] = [];
  for (const s of parsed.sentences) {
    const last = out.at(-1);
    const prev = parsed.sentences[s.index - 1];
    if (last && prev && prev.paragraph === s.paragraph) last[1] = s.tokenEnd;
    else out.push([s.tokenStart, s.tokenEnd]);
  }
  return out;
}

/** The emission scores of tokens `[from, to)`: `(to - from) * TAG_COUNT`. */
export function emissions(scorer: Scorer, keys: Uint32Array, from: number, to: number): Float64Array {
  const out = new Float64Array((to - from) * TAG_COUNT);
  const row = new Float32Array(TAG_COUNT);
  for (let i = from; i < to; i++) {
    row.fill(0);
    scorer.score(
      keys.subarray(i * FEATURES_PER_TOKEN, (i + 1) * FEATURES_PER_TOKEN),
      FEATURES_PER_TOKEN,
      row,
    );
    out.set(row, (i - from) * TAG_COUNT);
  }
  return out;
}

/** The transition matrix: `[previous + 1][next]`, previous -1 being the start. */
export function transitions(scorer: Scorer): Float64Array {
  const out = new Float64Array((TAG_COUNT + 1) * TAG_COUNT);
  const row = new Float32Array(TAG_COUNT);
  for (let p = -1; p < TAG_COUNT; p++) {
    row.fill(0);
    scorer.score([transitionKey(p)], 1, row);
    out.set(row, (p + 1) * TAG_COUNT);
  }
  return out;
}

/** An inside tag may only follow its own begin or inside tag (BIO well-formedness). */
const allowed = (previous: number, next: number) =>
  next === 0 || next % 2 === 1 || previous === next || previous === next - 1;

/**
 * The best tag sequence (constrained Viterbi) for one sequence's emission scores.
 * @returns the tags, one per token
 */
export function viterbi(emit: Float64Array, trans: Float64Array, length: number): Uint8Array {
  const K = TAG_COUNT;
  const best = new Float64Array(length * K);
  const back = new Uint8Array(length * K);
  // a sequence opens outside or at the beginning of a span
  for (let c = 0; c < K; c++) best[c] = c === 0 || begins(c) ? emit[c]! + trans[c]! : -Infinity;
  for (let i = 1; i < length; i++) {
    for (let c = 0; c < K; c++) {
      let top = -Infinity;
      let arg = 0;
      for (let p = 0; p < K; p++) {
        if (!allowed(p, c)) continue;
        const v = best[(i - 1) * K + p]! + trans[(p + 1) * K + c]!;
        if (v > top) {
          top = v;
          arg = p;
        }
      }
      best[i * K + c] = top + emit[i * K + c]!;
      back[i * K + c] = arg;
    }
  }
  const tags = new Uint8Array(length);
  if (!length) return tags;
  let arg = 0;
  for (let c = 1; c < K; c++) if (best[(length - 1) * K + c]! > best[(length - 1) * K + arg]!) arg = c;
  for (let i = length - 1; i >= 0; i--) {
    tags[i] = arg;
    arg = back[i * K + arg]!;
  }
  return tags;
}

/** Tags every token of an article with the table's weights; also returns each token's emission margin. */
export function tagArticle(
  table: WeightTable | Scorer,
  parsed: ParsedText,
  keys: Uint32Array,
): { tags: Uint8Array; margins: Float64Array } {
  const trans = transitions(table);
  const tags = new Uint8Array(parsed.tokens.length);
  const margins = new Float64Array(parsed.tokens.length);
  for (const [from, to] of sequencesOf(parsed)) {
    const emit = emissions(table, keys, from, to);
    tags.set(viterbi(emit, trans, to - from), from);
    for (let i = from; i < to; i++) {
      const row = emit.subarray((i - from) * TAG_COUNT, (i - from + 1) * TAG_COUNT);
      const tag = tags[i]!;
      let other = -Infinity;
      for (let c = 0; c < TAG_COUNT; c++) if (c !== tag && row[c]! > other) other = row[c]!;
      margins[i] = row[tag]! - other;
    }
  }
  return { tags, margins };
}
