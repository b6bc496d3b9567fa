/** Lets the event loop run other callbacks (health checks, other requests) before going on. */
export const yieldToLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Cuts a text into slices of about `size` characters, each ending just after a line break (or at
 * the end): no slice splits a line or a surrogate pair, so per-slice hashing, JSON escaping and
 * paragraph finding give what the whole text gives.
 * @example lineSlices('ab\ncd\nef', 2) // [[0, 3], [3, 6], [6, 8]]
 */
export function lineSlices(text: string, size: number): [number, number][] {
  const slices: [number, number][] = [];
  for (let from = 0; from < text.length; ) {
    const newline = from + size >= text.length ? -1 : text.indexOf('\n', from + size - 1);
    const to = newline < 0 ? text.length : newline + 1;
    slices.push([from, to]);
    from = to;
  }
  return slices;
}
