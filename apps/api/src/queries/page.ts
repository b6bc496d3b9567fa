/** One page of a list: its items plus the paging figures echoed back. */
export interface Page<T> {
  total: number;
  limit: number;
  offset: number;
  items: T[];
}

/** Pages an array already in order. */
export function pageOf<T, U>(
  all: readonly T[],
  limit: number,
  offset: number,
  view: (item: T) => U,
): Page<U> {
  return { total: all.length, limit, offset, items: all.slice(offset, offset + limit).map(view) };
}
