import type { QuoteSpan } from '../text/types.js';

/** Characters that open or close a quotation (the doubled `''` of older wire copy is two of them). */
const QUOTE_CHARS = new Set(['"', '“', '”', '«', '»', '„', "'", '`']);

/** Whether a token or character is (part of) a quotation mark. */
export const isQuoteMark = (text: string) => text.length > 0 && [...text].every((c) => QUOTE_CHARS.has(c));

/** Fast look-ups over an article's quotations, sorted by position. */
export class QuoteIndex {
  constructor(readonly quotes: QuoteSpan[]) {}

  /** The quotation whose closing mark ends at `end` (ignoring spaces before it). */
  endingAt(end: number): QuoteSpan | undefined {
    return this.quotes.find((q) => q.closed && q.outer[1] === end);
  }

  /** The quotation whose opening mark starts at `start`. */
  startingAt(start: number): QuoteSpan | undefined {
    return this.quotes.find((q) => q.outer[0] === start);
  }

  /** The quotation strictly containing position `at` (inside its marks). */
  containing(at: number): QuoteSpan | undefined {
    return this.quotes.find((q) => q.inner[0] <= at && at < q.inner[1]);
  }

  /** The quotations starting inside `[from, to)`. */
  startingWithin(from: number, to: number): QuoteSpan[] {
    return this.quotes.filter((q) => q.outer[0] >= from && q.outer[0] < to);
  }
}
