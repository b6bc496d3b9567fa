import { countBefore } from '../text/sorted-search.js';
import type { QuoteSpan } from '../text/types.js';

/**
 * Fast look-ups over an article's quotations. `findQuotes` yields them sorted and non-overlapping,
 * so every look-up is a map hit or a binary search: an article of thousands of quotes stays linear.
 */
export class QuoteIndex {
  private readonly byStart = new Map<number, QuoteSpan>();
  private readonly closedByEnd = new Map<number, QuoteSpan>();
  private readonly byEnd = new Map<number, QuoteSpan>();

  constructor(readonly quotes: QuoteSpan[]) {
    for (const q of quotes) {
      if (!this.byStart.has(q.outer[0])) this.byStart.set(q.outer[0], q);
      if (!this.byEnd.has(q.outer[1])) this.byEnd.set(q.outer[1], q);
      if (q.closed && !this.closedByEnd.has(q.outer[1])) this.closedByEnd.set(q.outer[1], q);
    }
  }

  /** Index of the first quotation whose opening mark is at or after `at`. */
  private firstFrom(at: number): number {
    return countBefore(this.quotes, (q) => q.outer[0] < at);
  }

  /** The closed quotation whose closing mark ends at `end`. */
  endingAt(end: number): QuoteSpan | undefined {
    return this.closedByEnd.get(end);
  }

  /** The quotation (closed or left open) whose outer span ends at `end`. */
  anyEndingAt(end: number): QuoteSpan | undefined {
    return this.byEnd.get(end);
  }

  /** The quotation whose opening mark starts at `start`. */
  startingAt(start: number): QuoteSpan | undefined {
    return this.byStart.get(start);
  }

  /** The quotation strictly containing position `at` (inside its marks). */
  containing(at: number): QuoteSpan | undefined {
    const q = this.quotes[this.firstFrom(at + 1) - 1];
    return q && q.inner[0] <= at && at < q.inner[1] ? q : undefined;
  }

  /** The quotations starting inside `[from, to)`. */
  startingWithin(from: number, to: number): QuoteSpan[] {
    const out: QuoteSpan[] = [];
    for (let i = this.firstFrom(from); i < this.quotes.length && this.quotes[i]!.outer[0] < to; i++)
      out.push(this.quotes[i]!);
    return out;
  }

  /** The quotations lying wholly inside `[from, to)`. */
  inside(from: number, to: number): QuoteSpan[] {
    return this.startingWithin(from, to).filter((q) => q.outer[1] <= to);
  }
}
