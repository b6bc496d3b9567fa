import type { ArticleNode } from '../contract/types.js';
import { articleKey } from '../graph/keys.js';
import type { ParleyGraph } from '../graph/types.js';
import type { Evidence } from './types.js';

/**
 * A comparable number for an ISO date (`YYYY-MM-DD` as that day at 00:00 UTC, a date and time by
 * its zone), +Infinity when there is none, so undated things sort last.
 * @example dateOrder('2016-10-12') < dateOrder('2016-10-12T08:00:00Z') // true
 */
export function dateOrder(date: string | undefined): number {
  const ms = date ? Date.parse(date) : Number.NaN;
  return Number.isFinite(ms) ? ms : Number.POSITIVE_INFINITY;
}

/** The article node of an id, when the graph has it. */
export function articleNode(graph: ParleyGraph, id: string): ArticleNode | undefined {
  const key = articleKey(id);
  return graph.hasNode(key) ? (graph.getNodeAttributes(key) as ArticleNode) : undefined;
}

/** Date and outlet of an article, for evidence. */
export function articleFacts(graph: ParleyGraph, id: string): Pick<Evidence, 'date' | 'publisher'> {
  const a = articleNode(graph, id);
  return { ...(a?.date ? { date: a.date } : {}), ...(a?.publisher ? { publisher: a.publisher } : {}) };
}

/** Sorts evidence by date (undated last), then article, then position in it: a stable reading order. */
export function byDate<T extends Evidence>(items: T[]): T[] {
  return items.sort(
    (a, b) =>
      dateOrder(a.date) - dateOrder(b.date) ||
      (a.article < b.article ? -1 : a.article > b.article ? 1 : 0) ||
      (a.span?.[0] ?? 0) - (b.span?.[0] ?? 0),
  );
}

/**
 * True when a date falls inside `[since, until]` (either open); `until` as a bare day includes all of
 * it. An undated article is outside every bounded range.
 * @example inRange('2016-10-12T20:00:00Z', undefined, '2016-10-12') // true
 */
export function inRange(date: string | undefined, since?: string, until?: string): boolean {
  if (!since && !until) return true;
  const t = dateOrder(date);
  if (t === Number.POSITIVE_INFINITY) return false;
  const [low, high] = rangeBounds(since, until);
  return t >= low && t <= high;
}

/**
 * The range `[since, until]` as {@link dateOrder} numbers, inclusive (open ends are -/+Infinity;
 * `until` as a bare day runs to its last millisecond), for stores that filter dates themselves.
 * @example rangeBounds(undefined, '2016-10-12')[1] === dateOrder('2016-10-13') - 1 // true
 */
export function rangeBounds(since?: string, until?: string): [low: number, high: number] {
  const low = since ? dateOrder(since) : Number.NEGATIVE_INFINITY;
  if (!until) return [low, Number.POSITIVE_INFINITY];
  const day = /^\d{4}-\d{2}-\d{2}$/.test(until);
  return [low, day ? dateOrder(until) + 86_400_000 - 1 : dateOrder(until)];
}
