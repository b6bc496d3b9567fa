/**
 * Typo search over a sorted vocabulary walked as an implicit trie: neighbouring words share their
 * common start, so its edit-distance rows are computed once, and a start already more than the
 * budget away from every start of the query prunes the whole run of words beginning with it. A
 * keystroke thus touches the few words near the query instead of every word of the vocabulary.
 */

import { countBefore } from './sorted-search.js';

/**
 * Called for each word found: its index in the sorted vocabulary, its edit distance to the query
 * (`full`) and the distance between the query and the word's closest start (`prefix`), each
 * `Infinity` beyond the budget.
 */
export type TypoVisit = (index: number, full: number, prefix: number) => void;

/**
 * Visits the words of `sorted` (ascending by code unit) within `max` edits of `query`, whole or by
 * a start (adjacent transpositions count one, as in `editDistance`). Words that begin with
 * `query` itself are skipped: they are the prefix search's.
 * @example walkTypos(['lavrov', 'putin', 'putnam'], 'putn', 1, (i, full, prefix) => ...)
 *   // visits 1 (full 1, prefix 1) and 2 (full Infinity, prefix 1)
 */
export function walkTypos(sorted: readonly string[], query: string, max: number, visit: TypoVisit): void {
  const n = query.length;
  // rows[d][j]: distance between the current word's first d letters and the query's first j
  const rows: Int32Array[] = [Int32Array.from({ length: n + 1 }, (_, j) => j)];
  // closest[d]: the smallest distance between the query and a start of length <= d
  const closest: number[] = [n];
  let previous = '';
  let valid = 0;
  let i = 0;
  while (i < sorted.length) {
    const word = sorted[i]!;
    let depth = Math.min(valid, commonStart(previous, word));
    let pruned = false;
    while (depth < word.length) {
      const rowMin = fillRow(rows, depth + 1, word, query);
      depth++;
      closest[depth] = Math.min(closest[depth - 1]!, rows[depth]![n]!);
      if (closest[depth] === 0 || rowMin > max) {
        pruned = true;
        break;
      }
    }
    previous = word;
    valid = depth;
    if (!pruned) {
      const full = rows[depth]![n]!;
      const prefix = closest[depth]!;
      if (prefix <= max) visit(i, full <= max ? full : Infinity, prefix);
      i++;
      continue;
    }
    const end = runEnd(sorted, i, depth);
    // past the budget for good: every word of the run keeps the closest start seen so far
    const prefix = closest[depth]!;
    if (prefix > 0 && prefix <= max) for (let k = i; k < end; k++) visit(k, Infinity, prefix);
    i = end;
  }
}

/**
 * The end of the run of words sharing the first `depth` letters of `sorted[from]`: galloping, as
 * most runs are short, then a binary search within the last step.
 */
function runEnd(sorted: readonly string[], from: number, depth: number): number {
  const word = sorted[from]!;
  const shares = (w: string) => commonStart(word, w) >= depth;
  let step = 1;
  while (from + step < sorted.length && shares(sorted[from + step]!)) step *= 2;
  return countBefore(sorted, shares, from + (step >> 1) + 1, Math.min(sorted.length, from + step));
}

/** Length of the start `a` and `b` share. */
function commonStart(a: string, b: string): number {
  const limit = Math.min(a.length, b.length);
  let k = 0;
  while (k < limit && a.charCodeAt(k) === b.charCodeAt(k)) k++;
  return k;
}

/** Computes `rows[d]` from the rows above it (letter `word[d - 1]`); returns the row's minimum. */
function fillRow(rows: Int32Array[], d: number, word: string, query: string): number {
  const n = query.length;
  let row = rows[d];
  if (!row) {
    row = new Int32Array(n + 1);
    rows[d] = row;
  }
  const above = rows[d - 1]!;
  const twoAbove = d > 1 ? rows[d - 2]! : undefined;
  const letter = word.charCodeAt(d - 1);
  const before = d > 1 ? word.charCodeAt(d - 2) : -1;
  row[0] = d;
  let rowMin = d;
  for (let j = 1; j <= n; j++) {
    const q = query.charCodeAt(j - 1);
    let best = Math.min(above[j]! + 1, row[j - 1]! + 1, above[j - 1]! + (q === letter ? 0 : 1));
    if (twoAbove && j > 1 && letter === query.charCodeAt(j - 2) && before === q)
      best = Math.min(best, twoAbove[j - 2]! + 1);
    row[j] = best;
    if (best < rowMin) rowMin = best;
  }
  return rowMin;
}
