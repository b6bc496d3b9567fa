/**
 * How many leading items of a sorted array satisfy `before` (a binary search: `before` must hold
 * for a prefix of the array and fail for the rest), counting from index `from`: the index of the
 * first item that fails. The one sorted search of the pipeline: tokens, sentences, quotations and
 * mentions are all found by position this way.
 * @example countBefore([1, 3, 5, 7], (n) => n < 5) // 2
 * @example countBefore(tokens, (t) => t.start < at, from) // first token at or after `at`
 */
export function countBefore<T>(items: readonly T[], before: (item: T) => boolean, from = 0): number {
  let lo = from;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(items[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
