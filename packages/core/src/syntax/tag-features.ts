// the signed forms of the hashes (same keys): the hot loop then allocates no heap numbers
import { featureKeyInt as featureKey, hashString, mixInt as mix } from '../learn/hash.js';

/** The universal POS tags, in the tagger's class order. */
export const UPOS = [
  'ADJ',
  'ADP',
  'ADV',
  'AUX',
  'CCONJ',
  'DET',
  'INTJ',
  'NOUN',
  'NUM',
  'PART',
  'PRON',
  'PROPN',
  'PUNCT',
  'SCONJ',
  'SYM',
  'VERB',
  'X',
] as const;

/** Number of feature templates per token of the first (left-to-right) pass. */
export const TAG_FEATURES = 31;
/** The second pass adds features of the first pass's tags to the right. */
export const TAG_FEATURES_2 = TAG_FEATURES + 4;

/** The word, suffix and shape code of positions before the sentence. */
export const START = hashString('<s>') | 0;
/** The word, suffix, shape and form code of positions after the sentence. */
export const END = hashString('</s>') | 0;
/** The tag code of positions outside the sentence. */
export const NO_TAG = UPOS.length;
/** The ambiguity code of positions outside the sentence. */
export const NO_AMBIGUITY = 1 << 30;

/** Word shape with runs collapsed: "Erdoğan" -> "Xx", "1,000" -> "d,d", "U.S." -> "X.X.". */
export function shapeOf(form: string): string {
  let out = '';
  let last = '';
  for (const ch of form) {
    const c = /\p{Lu}/u.test(ch) ? 'X' : /\p{L}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
    if (c !== last) out += c;
    last = c;
    if (out.length > 6) break;
  }
  return out;
}

/** Per-token hashed values the features combine (computed once per token, not per feature). */
export interface TokenCodes {
  /** The forms themselves (what per-form caches are keyed by). */
  forms: readonly string[];
  word: Int32Array;
  form: Int32Array;
  suffix3: Int32Array;
  suffix2: Int32Array;
  suffix4: Int32Array;
  prefix3: Int32Array;
  prefix1: Int32Array;
  /** Ambiguity class: bit mask of the tags the word had in training (0 if unseen). */
  ambiguity: Int32Array;
  shape: Int32Array;
}

// forms repeat across an article and a corpus: their hashes are computed once (bounded, per model)
const CACHE_LIMIT = 200_000;
const caches = new WeakMap<AmbiguityClasses, Map<string, Int32Array>>();

function formCache(classes: AmbiguityClasses): Map<string, Int32Array> {
  let cache = caches.get(classes);
  if (!cache) {
    cache = new Map();
    caches.set(classes, cache);
  }
  return cache;
}

/** The hashed values of one form, in TokenCodes field order. */
function codeRow(form: string, classes: AmbiguityClasses): Int32Array {
  const lower = form.toLowerCase();
  return Int32Array.of(
    hashString(lower),
    hashString(form),
    hashString(lower.slice(-3)),
    hashString(lower.slice(-2)),
    hashString(lower.slice(-4)),
    hashString(lower.slice(0, 3)),
    classes.get(lower) ?? 0,
    hashString(form.slice(0, 1)),
    hashString(shapeOf(form)),
  );
}

/** Lower-case word -> bit mask of its usual UPOS tags (learned by the trainer). */
export type AmbiguityClasses = Map<string, number>;

/** Hashes the lower-cased word, cased form, affixes and shape of each form, and looks up its ambiguity class. */
export function encodeForms(forms: string[], classes: AmbiguityClasses): TokenCodes {
  const n = forms.length;
  const codes: TokenCodes = {
    forms,
    word: new Int32Array(n),
    form: new Int32Array(n),
    suffix3: new Int32Array(n),
    suffix2: new Int32Array(n),
    suffix4: new Int32Array(n),
    prefix3: new Int32Array(n),
    prefix1: new Int32Array(n),
    ambiguity: new Int32Array(n),
    shape: new Int32Array(n),
  };
  const cache = formCache(classes);
  forms.forEach((form, i) => {
    let row = cache.get(form);
    if (!row) {
      row = codeRow(form, classes);
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(form, row);
    }
    codes.word[i] = row[0]!;
    codes.form[i] = row[1]!;
    codes.suffix3[i] = row[2]!;
    codes.suffix2[i] = row[3]!;
    codes.suffix4[i] = row[4]!;
    codes.prefix3[i] = row[5]!;
    codes.ambiguity[i] = row[6]!;
    codes.prefix1[i] = row[7]!;
    codes.shape[i] = row[8]!;
  });
  return codes;
}

/**
 * Writes the feature keys of token `i` into `out` (left-to-right greedy tagging: the tags of tokens
 * before `i` are known, `tags[j]` for j < i). With `right` (the first pass's tags) it writes the
 * TAG_FEATURES_2 keys of the second pass, else TAG_FEATURES.
 */
export function tagFeatures(
  codes: TokenCodes,
  tags: ArrayLike<number>,
  i: number,
  out: Uint32Array,
  right: ArrayLike<number> | null = null,
): void {
  const n = codes.word.length;
  const w = (j: number) => (j < 0 ? START : j >= n ? END : codes.word[j]!);
  const s3 = (j: number) => (j < 0 ? START : j >= n ? END : codes.suffix3[j]!);
  const sh = (j: number) => (j < 0 ? START : j >= n ? END : codes.shape[j]!);
  const t1 = i > 0 ? tags[i - 1]! : NO_TAG;
  const t2 = i > 1 ? tags[i - 2]! : NO_TAG;
  let k = 0;
  out[k++] = featureKey(0, 1);
  out[k++] = featureKey(1, w(i));
  out[k++] = featureKey(2, codes.form[i]!);
  out[k++] = featureKey(3, s3(i));
  out[k++] = featureKey(4, codes.suffix2[i]!);
  out[k++] = featureKey(5, codes.prefix1[i]!);
  out[k++] = featureKey(6, sh(i));
  out[k++] = featureKey(7, t1);
  out[k++] = featureKey(8, t1, t2);
  out[k++] = featureKey(9, t1, w(i));
  out[k++] = featureKey(10, w(i - 1));
  out[k++] = featureKey(11, s3(i - 1));
  out[k++] = featureKey(12, w(i + 1));
  out[k++] = featureKey(13, s3(i + 1));
  out[k++] = featureKey(14, w(i - 2));
  out[k++] = featureKey(15, w(i + 2));
  out[k++] = featureKey(16, t1, w(i + 1));
  out[k++] = featureKey(17, sh(i - 1), sh(i), sh(i + 1));
  out[k++] = featureKey(18, i === 0 ? 1 : 0, sh(i));
  out[k++] = featureKey(19, mix(w(i - 1), w(i)), w(i + 1));
  out[k++] = featureKey(20, codes.suffix4[i]!);
  out[k++] = featureKey(21, codes.prefix3[i]!);
  out[k++] = featureKey(22, t1, s3(i));
  out[k++] = featureKey(23, w(i - 1), w(i));
  const amb = (j: number) => (j < 0 || j >= n ? NO_AMBIGUITY : codes.ambiguity[j]!);
  out[k++] = featureKey(24, amb(i));
  out[k++] = featureKey(25, amb(i + 1));
  out[k++] = featureKey(26, t1, amb(i), amb(i + 1));
  out[k++] = featureKey(27, amb(i + 1), amb(i + 2));
  out[k++] = featureKey(28, sh(i), sh(i + 1));
  out[k++] = featureKey(29, i + 1 < n ? codes.form[i + 1]! : END);
  out[k++] = featureKey(30, codes.form[i]!, i + 1 < n ? codes.form[i + 1]! : END);
  if (!right) return;
  const r = (j: number) => (j >= n ? NO_TAG : right[j]!);
  out[k++] = featureKey(31, r(i + 1));
  out[k++] = featureKey(32, r(i + 1), r(i + 2));
  out[k++] = featureKey(33, t1, r(i + 1));
  out[k++] = featureKey(34, w(i), r(i + 1));
}
