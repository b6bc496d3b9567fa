/** A tally of element reads, shared by the arrays {@link countingReads} wraps. */
export interface ReadCounter {
  reads: number;
}

/**
 * Wraps an array so that every read of an element by index adds one to `counter`: tests show that
 * a stage's work grows linearly with the text by counting reads, not by timing it.
 * @example const counter = { reads: 0 }; countingReads(parsed.tokens, counter);
 */
export function countingReads<T>(items: T[], counter: ReadCounter): T[] {
  return new Proxy(items, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) counter.reads++;
      return Reflect.get(target, key, receiver);
    },
  });
}
