import type { NodeKind, ViewerGraph, ViewerNode } from '../graph/index.js';
import { statementCounts } from '../graph/index.js';
import { ACTOR_COLORS, EDGE_COLORS, KIND_COLORS } from './palette.js';

export * from './palette.js';

/** What node size encodes. */
export type SizeBy = 'statements' | 'degree';

/** The rendering of one node before hover/selection/filters: computed once per graph or size mode. */
export interface NodeLook {
  color: string;
  size: number;
  /** Label shown at rest; null hides it until the node is focused. */
  label: string | null;
  /** Short label shown when focused (statements' labels are long). */
  focusLabel: string;
  zIndex: number;
}

/** The colour of a node: actors by type, everything else by kind. */
export function nodeColor(attr: ViewerNode): string {
  if (attr.kind === 'actor') return ACTOR_COLORS[attr.type] ?? ACTOR_COLORS.anonymous;
  return KIND_COLORS[attr.kind];
}

/** The colour of an edge type (unknown types fall back to neutral grey). */
export function edgeColor(type: string): string {
  return (EDGE_COLORS as Record<string, string>)[type] ?? '#cbd5e1';
}

const BASE_SIZE: Record<NodeKind, number> = { actor: 5, statement: 3, proposal: 6, article: 7 };
const Z: Record<NodeKind, number> = { article: 0, statement: 1, proposal: 2, actor: 3 };

const shorten = (text: string, max: number) =>
  text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;

/**
 * Shrinks nodes as graphs grow (sizes are screen pixels): full size up to 1,000 nodes, about a
 * third at 10,000, so a big graph shows its structure instead of a carpet of discs.
 * @example sizeScale(10_000) // 0.316...
 */
export function sizeScale(order: number): number {
  return Math.min(1, Math.max(0.25, Math.sqrt(1000 / Math.max(order, 1))));
}

/**
 * Computes every node's resting look. Sizes grow with the square root of the measure so one
 * very talkative actor does not swallow the picture.
 * @example const looks = nodeLooks(graph, 'statements'); looks.get('actor:vladimir-putin')?.size
 */
export function nodeLooks(graph: ViewerGraph, sizeBy: SizeBy): Map<string, NodeLook> {
  const said = sizeBy === 'statements' ? statementCounts(graph) : null;
  const scale = sizeScale(graph.order);
  const looks = new Map<string, NodeLook>();
  graph.forEachNode((node, attr) => {
    const measure = said ? (said.get(node) ?? 0) : graph.degree(node);
    const grow = attr.kind === 'actor' || sizeBy === 'degree' ? Math.sqrt(measure) * (said ? 3 : 1.6) : 0;
    const size = Math.max(1, Math.min(BASE_SIZE[attr.kind] + grow, 40) * scale);
    const focusLabel = shorten(attr.label, attr.kind === 'statement' ? 60 : 48);
    looks.set(node, {
      color: nodeColor(attr),
      size,
      // Statement and article labels are long sentences: shown on focus only, so names stay legible.
      label: attr.kind === 'statement' || attr.kind === 'article' ? null : focusLabel,
      focusLabel,
      zIndex: Z[attr.kind],
    });
  });
  return looks;
}
