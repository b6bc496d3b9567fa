import type { ViewerGraph } from '../graph/index.js';
import { articleKey } from '../graph/index.js';
import type { Filters } from './types.js';

export * from './types.js';

/**
 * Nodes within `depth` hops of `center`, following edges both ways. `contains` edges are not
 * followed: every statement hangs off its article, so through them everything is two hops away.
 * @example egoNetwork(graph, 'actor:vladimir-putin', 1).has('statement:a:3')
 */
export function egoNetwork(graph: ViewerGraph, center: string, depth: number): Set<string> {
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

/** True when the filters hide nothing. */
export function isUnfiltered(f: Filters): boolean {
  return (
    f.hiddenKinds.length === 0 &&
    f.hiddenActorTypes.length === 0 &&
    f.hiddenEdgeTypes.length === 0 &&
    f.article === null &&
    f.ego === 0 &&
    f.minConfidence === 0
  );
}

/**
 * The set of nodes the filters leave visible, or null when everything is visible (the common
 * case costs nothing in the reducers). One pass over the nodes, plus the ego/article walks.
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
  const visible = new Set<string>();
  graph.forEachNode((node, attr) => {
    if (kinds.has(attr.kind)) return;
    if (attr.kind === 'actor' && actorTypes.has(attr.type)) return;
    // statements of graphs built before the model have no confidence: they stay visible
    if (attr.kind === 'statement' && (attr.confidence ?? 1) < filters.minConfidence) return;
    if (inArticle && !inArticle.has(node)) return;
    if (inEgo && !inEgo.has(node)) return;
    visible.add(node);
  });
  return visible;
}
