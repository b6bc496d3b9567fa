import type { ViewerGraph } from '../graph/index.js';
import { articleKey } from '../graph/index.js';
import type { DrawnGraph } from '../views/index.js';
import type { Filters } from './types.js';

/**
 * Nodes within `depth` hops of `center`, following edges both ways. `contains` edges are not
 * followed: every statement hangs off its article, so through them everything is two hops away.
 * @example egoNetwork(graph, 'actor:vladimir-putin', 1).has('statement:a:3')
 */
export function egoNetwork(graph: DrawnGraph, center: string, depth: number): Set<string> {
  const seen = new Set<string>([center]);
  if (!graph.hasNode(center)) return seen;
  let frontier = [center];
  for (let hop = 0; hop < depth; hop++) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachEdge(node, (_edge, attr, source, target) => {
        if (attr.type === 'contains') return;
        const other = source === node ? target : source;
        if (!seen.has(other)) {
          seen.add(other);
          next.push(other);
        }
      });
    }
    frontier = next;
  }
  return seen;
}

/** The article's node, what it contains, and every actor linked to those. */
export function articleNodes(graph: ViewerGraph, article: string): Set<string> {
  const key = articleKey(article);
  const nodes = new Set<string>();
  if (!graph.hasNode(key)) return nodes;
  nodes.add(key);
  graph.forEachOutNeighbor(key, (content) => {
    nodes.add(content);
    graph.forEachNeighbor(content, (other, attr) => {
      if (attr.kind === 'actor') nodes.add(other);
    });
  });
  return nodes;
}

/**
 * The articles of one publisher (the article's `publisher` attribute), what they contain, and
 * every actor linked to those.
 * @example publisherNodes(graph, 'Reuters').has('article:a')
 */
export function publisherNodes(graph: ViewerGraph, publisher: string): Set<string> {
  const nodes = new Set<string>();
  graph.forEachNode((_key, attr) => {
    if (attr.kind !== 'article' || attr.publisher !== publisher) return;
    for (const n of articleNodes(graph, attr.id)) nodes.add(n);
  });
  return nodes;
}

/** The publishers of the graph's articles, most articles first, with how many articles each. */
export function articlePublishers(graph: ViewerGraph): { publisher: string; articles: number }[] {
  const counts = new Map<string, number>();
  graph.forEachNode((_key, attr) => {
    if (attr.kind === 'article' && attr.publisher)
      counts.set(attr.publisher, (counts.get(attr.publisher) ?? 0) + 1);
  });
  return [...counts]
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .map(([publisher, articles]) => ({ publisher, articles }));
}

/** The day (`YYYY-MM-DD`) of an ISO date or date and time, as the article gave it. */
const dayOf = (date: string | undefined) => date?.slice(0, 10);

/** True for a `YYYY-MM-DD` day (its shape; `state/url.ts` also checks the date is real). */
export const isDay = (value: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(value);

/**
 * The articles published inside `[since, until]` (days, either open; undated articles are outside
 * any range), what they contain, and every actor linked to those.
 * @example datedNodes(graph, '2016-01-01', null).has('article:a')
 */
export function datedNodes(graph: ViewerGraph, since: string | null, until: string | null): Set<string> {
  const nodes = new Set<string>();
  graph.forEachNode((_key, attr) => {
    if (attr.kind !== 'article') return;
    const day = dayOf(attr.date);
    if (!day || (since && day < since) || (until && day > until)) return;
    for (const n of articleNodes(graph, attr.id)) nodes.add(n);
  });
  return nodes;
}

/** The days on which the graph's articles were published, in order, with how many articles each. */
export function articleDays(graph: ViewerGraph): { day: string; articles: number }[] {
  const days = new Map<string, number>();
  graph.forEachNode((_key, attr) => {
    const day = attr.kind === 'article' ? dayOf(attr.date) : undefined;
    if (day && isDay(day)) days.set(day, (days.get(day) ?? 0) + 1);
  });
  return [...days].sort(([a], [b]) => (a < b ? -1 : 1)).map(([day, articles]) => ({ day, articles }));
}

/** True when the filters hide no node by its own attributes (edge and degree filters aside). */
export function isUnfiltered(f: Filters): boolean {
  return (
    f.hiddenKinds.length === 0 &&
    f.hiddenActorTypes.length === 0 &&
    f.hiddenEdgeTypes.length === 0 &&
    f.article === null &&
    f.ego === 0 &&
    f.minConfidence === 0 &&
    f.since === null &&
    f.until === null &&
    f.publisher === null
  );
}

/**
 * The set of nodes the node filters (kind, type, article, publisher, dates, confidence, ego) leave
 * visible, or null when everything is visible (the common case costs nothing in the reducers).
 * One pass over the nodes, plus the ego/article walks. Edge and degree filters: `drawnSubset`.
 * @example visibleNodes(graph, { ...NO_FILTERS, hiddenKinds: ['statement'] }, null)
 */
export function visibleNodes(
  graph: ViewerGraph,
  filters: Filters,
  selected: string | null,
): Set<string> | null {
  if (isUnfiltered(filters)) return null;
  const kinds = new Set(filters.hiddenKinds);
  const actorTypes = new Set(filters.hiddenActorTypes);
  const inArticle = filters.article ? articleNodes(graph, filters.article) : null;
  const inEgo = filters.ego > 0 && selected ? egoNetwork(graph, selected, filters.ego) : null;
  const inDates = filters.since || filters.until ? datedNodes(graph, filters.since, filters.until) : null;
  const inPublisher = filters.publisher ? publisherNodes(graph, filters.publisher) : null;
  const visible = new Set<string>();
  graph.forEachNode((node, attr) => {
    if (kinds.has(attr.kind)) return;
    if (attr.kind === 'actor' && actorTypes.has(attr.type)) return;
    // statements of graphs built before the model have no confidence: they stay visible
    if (attr.kind === 'statement' && (attr.confidence ?? 1) < filters.minConfidence) return;
    if (inArticle && !inArticle.has(node)) return;
    if (inEgo && !inEgo.has(node)) return;
    if (inDates && !inDates.has(node)) return;
    if (inPublisher && !inPublisher.has(node)) return;
    visible.add(node);
  });
  return visible;
}
