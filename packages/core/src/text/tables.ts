/**
 * A lookup table keyed by text (words, lemmas, names, codes from data) as a frozen object without a
 * prototype, so a key like "constructor", "toString" or "__proto__" finds nothing instead of
 * Object's own members. Use it (or a Map) for every plain-object table indexed by text.
 * @example textTable({ military: 'Military' }).constructor // undefined
 */
export function textTable<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}

/**
 * An empty table keyed by text, for counting or grouping by words or user input: no prototype, so
 * `table["__proto__"] = x` stores an entry instead of replacing the prototype.
 * @example const seen = emptyTextTable<number>(); seen.constructor = 1;
 */
export function emptyTextTable<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}
