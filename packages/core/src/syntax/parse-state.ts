// the signed forms of the hashes (same keys): the hot loop then allocates no heap numbers
import { featureKeyInt as featureKey, hashString, mixInt as mix } from '../learn/hash.js';

/**
 * The arc-hybrid transition system (Kuhlmann et al. 2011) and the parser's features (after Zhang &
 * Nivre 2011: words and tags of the stack and buffer, distance, valency, the label sets of the
 * children, second- and third-order children). Position 0 is the artificial root; words are 1..n.
 */

/** Transitions: push the first buffer word; attach s0 to b0 (left arc); attach s0 to s1 (right arc). */
export const SHIFT = 0;
export const LEFT = 1;
export const RIGHT = 2;
export const ACTIONS = 3;

const NONE = -1;
const NO_WORD = hashString('<none>') | 0;
const ROOT_WORD = hashString('<root>') | 0;
const NO_TAG = hashString('<none-tag>') | 0;
const ROOT_TAG = hashString('<root-tag>') | 0;
const NO_LABEL = 0xffff;

/** Hashed per-word values of one sentence (index 0 = root). */
export interface ParseCodes {
  n: number;
  word: Int32Array;
  upos: Int32Array;
  xpos: Int32Array;
}

// forms repeat across a corpus: their hashes are computed once (bounded)
const hashes = new Map<string, number>();
function cachedHash(s: string): number {
  let h = hashes.get(s);
  if (h === undefined) {
    h = hashString(s) | 0;
    if (hashes.size < 200_000) hashes.set(s, h);
  }
  return h;
}

/** Hashes a tagged sentence's words once for all its transitions. */
export function encodeParse(forms: string[], upos: string[], xpos: string[]): ParseCodes {
  const n = forms.length;
  const word = new Int32Array(n + 1);
  const up = new Int32Array(n + 1);
  const xp = new Int32Array(n + 1);
  word[0] = ROOT_WORD;
  up[0] = ROOT_TAG;
  xp[0] = ROOT_TAG;
  for (let i = 0; i < n; i++) {
    word[i + 1] = cachedHash(forms[i]!.toLowerCase());
    up[i + 1] = cachedHash(upos[i]!);
    xp[i + 1] = cachedHash(`x${xpos[i]!}`);
  }
  return { n, word, upos: up, xpos: xp };
}

/** A parser configuration: stack, buffer front, and the arcs built so far with their children. */
export class ParseState {
  readonly stack: Int32Array;
  depth = 1;
  /** First word of the buffer (the buffer is b..n). */
  b = 1;
  readonly head: Int32Array;
  readonly label: Int32Array;
  /** Leftmost / second leftmost / rightmost / second rightmost child. */
  readonly l1: Int32Array;
  readonly l2: Int32Array;
  readonly r1: Int32Array;
  readonly r2: Int32Array;
  readonly leftCount: Int32Array;
  readonly rightCount: Int32Array;
  /** Label sets of the left / right children (bit per label index mod 32). */
  readonly leftSet: Int32Array;
  readonly rightSet: Int32Array;

  constructor(readonly n: number) {
    const size = n + 1;
    this.stack = new Int32Array(size + 1);
    this.stack[0] = 0;
    this.head = new Int32Array(size).fill(NONE);
    this.label = new Int32Array(size).fill(NONE);
    this.l1 = new Int32Array(size).fill(NONE);
    this.l2 = new Int32Array(size).fill(NONE);
    this.r1 = new Int32Array(size).fill(NONE);
    this.r2 = new Int32Array(size).fill(NONE);
    this.leftCount = new Int32Array(size);
    this.rightCount = new Int32Array(size);
    this.leftSet = new Int32Array(size);
    this.rightSet = new Int32Array(size);
  }

  /** The i-th stack item from the top (0 = s0), or -1. */
  s(i: number): number {
    return this.depth > i ? this.stack[this.depth - 1 - i]! : NONE;
  }

  /** The i-th buffer word (0 = b0), or -1. */
  buf(i: number): number {
    const at = this.b + i;
    return at <= this.n ? at : NONE;
  }

  get done(): boolean {
    return this.b > this.n && this.depth === 1;
  }

  /**
   * Whether a transition may be taken. The root gets exactly one child: the last word left on the
   * stack once the buffer is empty.
   */
  legal(action: number): boolean {
    const s0 = this.s(0);
    if (action === SHIFT) return this.b <= this.n;
    if (action === LEFT) return s0 > 0 && this.b <= this.n;
    return this.depth > 2 || (this.depth === 2 && this.b > this.n);
  }

  /** The arc a transition would add: [head, dependent], or null for SHIFT. */
  arcOf(action: number): [number, number] | null {
    if (action === SHIFT) return null;
    return action === LEFT ? [this.b, this.s(0)] : [this.s(1), this.s(0)];
  }

  /** The head of the arc a LEFT or RIGHT transition would add (no tuple: the parse loop's hot path). */
  headOf(action: number): number {
    return action === LEFT ? this.b : this.s(1);
  }

  /** Takes a transition; `label` is the arc's label index (ignored for SHIFT). */
  apply(action: number, label: number): void {
    if (action === SHIFT) {
      this.stack[this.depth++] = this.b++;
      return;
    }
    const h = this.headOf(action);
    const d = this.s(0);
    this.depth--;
    this.attach(h, d, label);
  }

  private attach(h: number, d: number, label: number): void {
    this.head[d] = h;
    this.label[d] = label;
    const bit = 1 << (label & 31);
    if (d < h) {
      this.leftCount[h]!++;
      this.leftSet[h]! |= bit;
      // left arcs in arc-hybrid come nearest-first: each new one is the leftmost so far
      this.l2[h] = this.l1[h]!;
      this.l1[h] = d;
    } else {
      this.rightCount[h]!++;
      this.rightSet[h]! |= bit;
      // right arcs come nearest-first too: each new one is the rightmost so far
      this.r2[h] = this.r1[h]!;
      this.r1[h] = d;
    }
  }
}

const w = (c: ParseCodes, i: number) => (i < 0 ? NO_WORD : c.word[i]!);
const p = (c: ParseCodes, i: number) => (i < 0 ? NO_TAG : c.upos[i]!);
const x = (c: ParseCodes, i: number) => (i < 0 ? NO_TAG : c.xpos[i]!);
const at = (arr: Int32Array, i: number) => (i < 0 ? NONE : arr[i]!);
const lab = (st: ParseState, i: number) => (i < 0 ? NO_LABEL : st.label[i]! & 0xffff);

/** Number of transition features `actionFeatures` writes. */
export const ACTION_FEATURES = 92;

/** Writes the transition features of a configuration into `out` (ACTION_FEATURES keys). */
export function actionFeatures(st: ParseState, c: ParseCodes, out: Uint32Array): void {
  const s0 = st.s(0);
  const s1 = st.s(1);
  const s2 = st.s(2);
  const b0 = st.buf(0);
  const b1 = st.buf(1);
  const b2 = st.buf(2);
  const s0l = at(st.l1, s0);
  const s0l2 = at(st.l2, s0);
  const s0r = at(st.r1, s0);
  const s0r2 = at(st.r2, s0);
  const s1l = at(st.l1, s1);
  const s1r = at(st.r1, s1);
  const b0l = at(st.l1, b0);
  const b0l2 = at(st.l2, b0);
  const s0ll = at(st.l1, s0l);
  const s0rr = at(st.r1, s0r);
  const b0ll = at(st.l1, b0l);
  const s0w = w(c, s0);
  const s0p = p(c, s0);
  const s1w = w(c, s1);
  const s1p = p(c, s1);
  const b0w = w(c, b0);
  const b0p = p(c, b0);
  const b1w = w(c, b1);
  const b1p = p(c, b1);
  const b2p = p(c, b2);
  const s2p = p(c, s2);
  const s0wp = mix(s0w, s0p);
  const s1wp = mix(s1w, s1p);
  const b0wp = mix(b0w, b0p);
  const b1wp = mix(b1w, b1p);
  const dist = s0 < 0 || b0 < 0 ? 0 : Math.min(b0 - s0, 6);
  const dist1 = s0 < 0 || s1 < 0 ? 0 : Math.min(s0 - s1, 6);
  const s0vl = at(st.leftCount, s0);
  const s0vr = at(st.rightCount, s0);
  const s1vr = at(st.rightCount, s1);
  const b0vl = at(st.leftCount, b0);
  const s0ls = s0 < 0 ? 0 : st.leftSet[s0]!;
  const s0rs = s0 < 0 ? 0 : st.rightSet[s0]!;
  const b0ls = b0 < 0 ? 0 : st.leftSet[b0]!;
  const s1rs = s1 < 0 ? 0 : st.rightSet[s1]!;
  let k = 0;
  // single words
  out[k++] = featureKey(1, s0w);
  out[k++] = featureKey(2, s0p);
  out[k++] = featureKey(3, s0wp);
  out[k++] = featureKey(4, s1w);
  out[k++] = featureKey(5, s1p);
  out[k++] = featureKey(6, s1wp);
  out[k++] = featureKey(7, b0w);
  out[k++] = featureKey(8, b0p);
  out[k++] = featureKey(9, b0wp);
  out[k++] = featureKey(10, b1w);
  out[k++] = featureKey(11, b1p);
  out[k++] = featureKey(12, b1wp);
  out[k++] = featureKey(13, b2p);
  out[k++] = featureKey(14, mix(w(c, b2), b2p));
  out[k++] = featureKey(15, s2p);
  out[k++] = featureKey(16, mix(w(c, s2), s2p));
  out[k++] = featureKey(17, x(c, s0));
  out[k++] = featureKey(18, x(c, b0));
  out[k++] = featureKey(19, x(c, s1));
  // pairs
  out[k++] = featureKey(20, s0wp, b0wp);
  out[k++] = featureKey(21, s0wp, b0w);
  out[k++] = featureKey(22, s0w, b0wp);
  out[k++] = featureKey(23, s0wp, b0p);
  out[k++] = featureKey(24, s0p, b0wp);
  out[k++] = featureKey(25, s0w, b0w);
  out[k++] = featureKey(26, s0p, b0p);
  out[k++] = featureKey(27, b0p, b1p);
  out[k++] = featureKey(28, s1wp, s0wp);
  out[k++] = featureKey(29, s1p, s0p);
  out[k++] = featureKey(30, s1w, s0w);
  out[k++] = featureKey(31, s1p, s0wp);
  out[k++] = featureKey(32, s1wp, s0p);
  out[k++] = featureKey(33, s1p, b0p);
  out[k++] = featureKey(34, x(c, s0), x(c, b0));
  out[k++] = featureKey(35, x(c, s1), x(c, s0));
  out[k++] = featureKey(36, s0w, b1p);
  out[k++] = featureKey(37, b0w, b1w);
  // triples of tags
  out[k++] = featureKey(38, b0p, b1p, b2p);
  out[k++] = featureKey(39, s0p, b0p, b1p);
  out[k++] = featureKey(40, s1p, s0p, b0p);
  out[k++] = featureKey(41, s0p, p(c, s0l), b0p);
  out[k++] = featureKey(42, s0p, p(c, s0r), b0p);
  out[k++] = featureKey(43, s0p, b0p, p(c, b0l));
  out[k++] = featureKey(44, s1p, s0p, p(c, s0l));
  out[k++] = featureKey(45, s1p, s0p, p(c, s0r));
  out[k++] = featureKey(46, s1p, p(c, s1r), s0p);
  out[k++] = featureKey(47, s2p, s1p, s0p);
  out[k++] = featureKey(48, s1p, p(c, s1l), s0p);
  // distance
  out[k++] = featureKey(49, s0w, dist);
  out[k++] = featureKey(50, s0p, dist);
  out[k++] = featureKey(51, b0w, dist);
  out[k++] = featureKey(52, b0p, dist);
  out[k++] = featureKey(53, mix(s0w, b0w), dist);
  out[k++] = featureKey(54, mix(s0p, b0p), dist);
  out[k++] = featureKey(55, mix(s1p, s0p), dist1);
  out[k++] = featureKey(56, mix(s1w, s0w), dist1);
  // valency
  out[k++] = featureKey(57, s0wp, s0vr);
  out[k++] = featureKey(58, s0p, s0vr, s0vl);
  out[k++] = featureKey(59, s0wp, s0vl);
  out[k++] = featureKey(60, b0wp, b0vl);
  out[k++] = featureKey(61, b0p, b0vl);
  out[k++] = featureKey(62, s1p, s1vr);
  // children: words, tags, labels
  out[k++] = featureKey(63, w(c, s0l), lab(st, s0l));
  out[k++] = featureKey(64, p(c, s0l), lab(st, s0l));
  out[k++] = featureKey(65, w(c, s0r), lab(st, s0r));
  out[k++] = featureKey(66, p(c, s0r), lab(st, s0r));
  out[k++] = featureKey(67, w(c, b0l), lab(st, b0l));
  out[k++] = featureKey(68, p(c, b0l), lab(st, b0l));
  out[k++] = featureKey(69, p(c, s1r), lab(st, s1r));
  // third order
  out[k++] = featureKey(70, mix(s0p, p(c, s0l)), p(c, s0l2), lab(st, s0l2));
  out[k++] = featureKey(71, mix(s0p, p(c, s0r)), p(c, s0r2), lab(st, s0r2));
  out[k++] = featureKey(72, mix(b0p, p(c, b0l)), p(c, b0l2), lab(st, b0l2));
  out[k++] = featureKey(73, s0p, p(c, s0ll), p(c, s0rr));
  out[k++] = featureKey(74, b0p, p(c, b0ll), lab(st, b0ll));
  // label sets
  out[k++] = featureKey(75, s0wp, s0ls, s0rs);
  out[k++] = featureKey(76, s0p, b0p, mix(s0ls, s0rs));
  out[k++] = featureKey(77, b0wp, b0ls);
  out[k++] = featureKey(78, s1p, s1rs, s0p);
  // s1 against b0: the two candidate heads of s0 (RIGHT or LEFT)
  const dist2 = s1 < 0 || b0 < 0 ? 0 : Math.min(b0 - s1, 6);
  out[k++] = featureKey(79, s1w, s0p, b0p);
  out[k++] = featureKey(80, s1p, s0w, b0p);
  out[k++] = featureKey(81, s1p, s0p, b0w);
  out[k++] = featureKey(82, s1w, b0w);
  out[k++] = featureKey(83, s1w, b0p);
  out[k++] = featureKey(84, s1p, b0w);
  out[k++] = featureKey(85, mix(s1p, b0p), dist2);
  out[k++] = featureKey(86, mix(s1p, s0p), b0p, dist2);
  // lexical triples around the buffer front
  out[k++] = featureKey(87, s0w, b0w, b1p);
  out[k++] = featureKey(88, s0p, b0w, b1w);
  out[k++] = featureKey(89, b0w, b1p, b2p);
  out[k++] = featureKey(90, s2p, s1p, b0p);
  out[k++] = featureKey(91, s1p, lab(st, s1l), lab(st, s1r));
  out[k++] = featureKey(92, s1p, s1 < 0 ? 0 : st.leftSet[s1]!, s0p);
}

/** Number of label features `labelFeatures` writes. */
export const LABEL_FEATURES = 24;

/**
 * Writes the features that choose the label of the arc head -> dep (dep is complete when it is
 * attached in arc-hybrid, so its own children are known).
 */
export function labelFeatures(st: ParseState, c: ParseCodes, h: number, d: number, out: Uint32Array): void {
  const hw = w(c, h);
  const hp = p(c, h);
  const dw = w(c, d);
  const dp = p(c, d);
  const dir = d < h ? 1 : 2;
  const dist = Math.min(Math.abs(h - d), 8);
  const dl = at(st.l1, d);
  const dr = at(st.r1, d);
  const hSet = d < h ? st.leftSet[h]! : st.rightSet[h]!;
  const near = d < h ? at(st.l1, h) : at(st.r1, h);
  let k = 0;
  out[k++] = featureKey(101, dw, dir);
  out[k++] = featureKey(102, dp, dir);
  out[k++] = featureKey(103, mix(dw, dp), dir);
  out[k++] = featureKey(104, hw, dir);
  out[k++] = featureKey(105, hp, dir);
  out[k++] = featureKey(106, mix(hp, dp), dir);
  out[k++] = featureKey(107, mix(hw, dp), dir);
  out[k++] = featureKey(108, mix(hp, dw), dir);
  out[k++] = featureKey(109, mix(hw, dw), dir);
  out[k++] = featureKey(110, mix(hp, dp), dir, dist);
  out[k++] = featureKey(111, x(c, d), x(c, h), dir);
  out[k++] = featureKey(112, dp, x(c, d), dir);
  out[k++] = featureKey(113, mix(dp, hp), dir, hSet);
  out[k++] = featureKey(114, mix(dp, p(c, dl)), lab(st, dl), dir);
  out[k++] = featureKey(115, mix(dp, p(c, dr)), lab(st, dr), dir);
  out[k++] = featureKey(116, mix(dp, hp), lab(st, near), dir);
  out[k++] = featureKey(117, mix(dp, st.leftSet[d]!), st.rightSet[d]!, dir);
  out[k++] = featureKey(118, mix(dw, w(c, dl)), dir);
  out[k++] = featureKey(119, dp, p(c, d - 1), p(c, d + 1 <= c.n ? d + 1 : -1));
  out[k++] = featureKey(120, hp, p(c, h - 1), p(c, h + 1 <= c.n ? h + 1 : -1));
  out[k++] = featureKey(121, mix(dp, hp), h === 0 ? 1 : 0, dir);
  out[k++] = featureKey(122, mix(dw, hp), lab(st, dl), dir);
  out[k++] = featureKey(123, mix(hw, dp), hSet, dir);
  out[k++] = featureKey(124, mix(dp, w(c, dr)), lab(st, dr), dir);
}
