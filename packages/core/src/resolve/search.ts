/**
 * How many leading items of a sorted array satisfy `before` (a binary search: `before` must hold
 * for a prefix of the array and fail for the rest). Resolution's timeline and the proposal rules'
 * token index both look up positions this way.
 * @example countBefore([1, 3, 5, 7], (n) => n < 5) // 2
 */
export function countBefore<T>(items: readonly T[], before: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(items[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
