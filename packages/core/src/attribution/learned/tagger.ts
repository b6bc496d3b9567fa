import type { WeightTable } from '../../learn/table.js';
import { bestPath, forbidTransitions } from '../../learn/viterbi.js';
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

/** An inside tag may only follow its own begin or inside tag, and a sequence opens outside or at a begin (BIO). */
const allowed = (previous: number, next: number) =>
  previous < 0
    ? next === 0 || begins(next)
    : next === 0 || next % 2 === 1 || previous === next || previous === next - 1;

/** The transition matrix: `[previous + 1][next]`, previous -1 being the start; ill-formed BIO steps -Infinity. */
export function transitions(scorer: Scorer): Float64Array {
  const out = new Float64Array((TAG_COUNT + 1) * TAG_COUNT);
  const row = new Float32Array(TAG_COUNT);
  for (let p = -1; p < TAG_COUNT; p++) {
    row.fill(0);
    scorer.score([transitionKey(p)], 1, row);
    out.set(row, (p + 1) * TAG_COUNT);
  }
  forbidTransitions(out, TAG_COUNT, allowed);
  return out;
}

/**
 * The best tag sequence (constrained Viterbi, `learn/viterbi.ts`) for one sequence's emission scores.
 * @param trans a matrix from `transitions` (its -Infinity steps keep the tags well-formed)
 * @returns the tags, one per token
 */
export function viterbi(emit: Float64Array, trans: Float64Array, length: number): Uint8Array {
  return Uint8Array.from(bestPath(emit, trans, length, TAG_COUNT).labels);
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
