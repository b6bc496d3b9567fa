import type { ViewerGraph } from '../graph/index.js';
import type { DrawnEdge, DrawnGraph } from '../views/index.js';
import { egoNetwork, visibleNodes } from './nodes.js';
import { type Filters, NO_FILTERS } from './types.js';

/** What the filters leave drawn of a drawn graph; null means all of it (nothing to test per item). */
export interface DrawnSubset {
  nodes: Set<string> | null;
  edges: Set<string> | null;
}

/**
 * The statements the article, publisher, date and confidence filters keep, or null when none of
 * those is on. A view's merged edges are weighed by these: an actor-view edge stands for the
 * statements behind it, so it only stays (and only weighs) as much as those that are kept.
 */
export function evidenceStatements(source: ViewerGraph, f: Filters): Set<string> | null {
  const { article, publisher, since, until, minConfidence } = f;
  if (!article && !publisher && !since && !until && !minConfidence) return null;
  return visibleNodes(source, { ...NO_FILTERS, article, publisher, since, until, minConfidence }, null);
}

/**
 * An edge's weight under the filters: the statements behind a merged edge that `evidence` keeps
 * (all of them when null), else its weight; 1 for a plain contract edge.
 */
export function filteredWeight(edge: DrawnEdge, evidence: Set<string> | null): number {
  const all = edge.weight ?? 1;
  if (!evidence || !edge.statements?.length) return all;
  let kept = 0;
  for (const statement of edge.statements) if (evidence.has(statement)) kept++;
  return kept === edge.statements.length ? all : kept;
}

/**
 * The drawn nodes the node filters keep. Article, date, kind and confidence filters are read on
 * the loaded graph (a view may have no articles or statements to test); the ego network is
 * walked on the drawn graph, whose edges are the ones on screen.
 */
function keptNodes(drawn: DrawnGraph, source: ViewerGraph, f: Filters, selected: string | null) {
  if ((drawn as unknown) === source) return visibleNodes(source, f, selected);
  const kept = visibleNodes(source, { ...f, ego: 0 }, null);
  const ego = f.ego > 0 && selected ? egoNetwork(drawn, selected, f.ego) : null;
  if (!kept && !ego) return null;
  return new Set(drawn.filterNodes((node) => (!kept || kept.has(node)) && (!ego || ego.has(node))));
}

/** Edges left drawn, and every node one of them touches (a self-loop too). */
interface EdgeSet {
  edges: Set<string>;
  ends: Set<string>;
}

/** The edges between kept nodes whose type is shown and whose filtered weight reaches the minimum. */
function keptEdges(
  drawn: DrawnGraph,
  nodes: Set<string> | null,
  f: Filters,
  evidence: Set<string> | null,
): EdgeSet {
  const hiddenTypes = new Set<string>(f.hiddenEdgeTypes);
  const kept: EdgeSet = { edges: new Set(), ends: new Set() };
  drawn.forEachEdge((edge, attr, source, target) => {
    if (hiddenTypes.has(attr.type)) return;
    if (nodes && !(nodes.has(source) && nodes.has(target))) return;
    const weight = filteredWeight(attr, evidence);
    if (weight <= 0 || weight < f.minWeight) return;
    kept.edges.add(edge);
    kept.ends.add(source).add(target);
  });
  return kept;
}

/**
 * True when `node` has at least `min` distinct neighbours through `edges` (parallel edges once,
 * self-loops not), as the data table's Degree column and size-by-degree count them. Stops at `min`.
 */
function hasDegree(drawn: DrawnGraph, node: string, edges: Set<string>, min: number): boolean {
  const seen = new Set<string>();
  return drawn.someEdge(node, (edge, _attr, source, target) => {
    if (source !== target && edges.has(edge)) seen.add(source === node ? target : source);
    return seen.size >= min;
  });
}

/** The edges of `from` whose both ends are in `nodes`. */
function edgesWithin(drawn: DrawnGraph, from: EdgeSet, nodes: Set<string>): EdgeSet {
  const kept: EdgeSet = { edges: new Set(), ends: new Set() };
  drawn.forEachEdge((edge, _attr, source, target) => {
    if (!from.edges.has(edge) || !nodes.has(source) || !nodes.has(target)) return;
    kept.edges.add(edge);
    kept.ends.add(source).add(target);
  });
  return kept;
}

/** True when some filter can hide an edge or a node by its edges. */
function filtersEdges(f: Filters, evidence: Set<string> | null): boolean {
  return (
    f.hiddenEdgeTypes.length > 0 || f.minWeight > 1 || evidence !== null || f.minDegree > 0 || f.hideIsolated
  );
}

/**
 * What is drawn once every filter is applied, in order: node filters, then edge filters (type,
 * both ends kept, weight of the statements kept), then the minimum degree counted over those
 * edges, then isolated nodes (none of their edges left) hidden. The status bar counts this, the
 * camera frames it and the exports write it.
 * @example drawnSubset(drawn, graph, { ...NO_FILTERS, hideIsolated: true }, null).nodes?.size
 */
export function drawnSubset(
  drawn: DrawnGraph,
  source: ViewerGraph,
  f: Filters,
  selected: string | null,
): DrawnSubset {
  let nodes = keptNodes(drawn, source, f, selected);
  const evidence = evidenceStatements(source, f);
  if (!filtersEdges(f, evidence) && !nodes) return { nodes: null, edges: null };
  let edges = keptEdges(drawn, nodes, f, evidence);
  if (f.minDegree > 0) {
    const { edges: kept, ends } = edges;
    // A node without a drawn edge has no neighbour: only the ends of drawn edges are walked.
    const enough = (node: string) => ends.has(node) && hasDegree(drawn, node, kept, f.minDegree);
    const before = nodes ? nodes.size : drawn.order;
    nodes = new Set(nodes ? [...nodes].filter(enough) : drawn.filterNodes(enough));
    // When no node was dropped, every kept edge still has both its ends.
    if (nodes.size < before) edges = edgesWithin(drawn, edges, nodes);
  }
  if (f.hideIsolated) {
    const { ends } = edges;
    nodes = new Set(nodes ? [...nodes].filter((n) => ends.has(n)) : drawn.filterNodes((n) => ends.has(n)));
  }
  return { nodes, edges: edges.edges };
}
