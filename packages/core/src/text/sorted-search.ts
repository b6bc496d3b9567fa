/**
 * How many leading items of a sorted array satisfy `before` (a binary search: `before` must hold
 * for a prefix of the array and fail for the rest), counting from index `from` and looking no
 * further than `to` (exclusive): the index of the first item that fails. The one sorted search of the pipeline: tokens, sentences, quotations and
 * mentions are all found by position this way.
 * @example countBefore([1, 3, 5, 7], (n) => n < 5) // 2
 * @example countBefore(tokens, (t) => t.start < at, from) // first token at or after `at`
 */
export function countBefore<T>(
  items: readonly T[],
  before: (item: T) => boolean,
  from = 0,
  to = items.length,
): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(items[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Spans indexed for overlap queries, so matching each of n statements against m others costs
 * about n log m instead of n × m: the spans sorted by start, with the running maximum of their
 * ends (a query walks back from the last span starting before its end while that maximum still
 * reaches past its start).
 * @example new SpanIndex([[0, 5], [3, 9], [12, 20]]).overlapping(4, 13) // [0, 1, 2]
 */
export class SpanIndex {
  /** Item indices sorted by start (stable). */
  private readonly order: number[];
  private readonly starts: number[];
  /** `maxEnds[k]`: the largest end among `order[0..k]`. */
  private readonly maxEnds: number[];

  constructor(private readonly spans: readonly (readonly [number, number])[]) {
    this.order = spans.map((_, i) => i).sort((a, b) => spans[a]![0] - spans[b]![0] || a - b);
    this.starts = this.order.map((i) => spans[i]![0]);
    let max = -Infinity;
    this.maxEnds = this.order.map((i) => {
      max = Math.max(max, spans[i]![1]);
      return max;
    });
  }

  /** Indices, ascending, of the spans with `start < to` and `end > from` (empty spans inside included). */
  overlapping(from: number, to: number): number[] {
    const out: number[] = [];
    for (let k = countBefore(this.starts, (s) => s < to) - 1; k >= 0 && this.maxEnds[k]! > from; k--) {
      const i = this.order[k]!;
      if (this.spans[i]![1] > from) out.push(i);
    }
    return out.sort((a, b) => a - b);
  }
}
