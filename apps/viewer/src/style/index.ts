import type { NodeKind, ViewerNode } from '../graph/index.js';
import { type DrawnGraph, METRICS, type Metric } from '../views/index.js';
import {
  ACTOR_COLORS,
  EDGE_COLORS,
  EDGE_NAMES,
  KIND_COLORS,
  VIEW_EDGE_COLORS,
  VIEW_EDGE_NAMES,
} from './palette.js';

export * from './palette.js';

/** What node size encodes: statements said, or one of the drawn graph's metrics. */
export type SizeBy = 'statements' | Metric;
/** Every size mode, in chooser order. */
export const SIZE_MODES: readonly SizeBy[] = ['statements', ...METRICS];

/** What a look is computed from besides the graph: the size measure and, optionally, colours. */
export interface LookInputs {
  /** The size measure of each node (statement counts or a metric). */
  measure: Map<string, number>;
  /** Colours replacing the kind/type colours (community colours). */
  colors?: Map<string, string> | null;
}

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

const ALL_EDGE_COLORS: Record<string, string> = { ...EDGE_COLORS, ...VIEW_EDGE_COLORS };
const ALL_EDGE_NAMES: Record<string, string> = { ...EDGE_NAMES, ...VIEW_EDGE_NAMES };

/** The words for an edge type, contract or view-derived. */
export function edgeName(type: string): string {
  return ALL_EDGE_NAMES[type] ?? type.replace(/_/g, ' ');
}

/** The colour of an edge type, contract or view-derived (unknown types fall back to neutral grey). */
export function edgeColor(type: string): string {
  return ALL_EDGE_COLORS[type] ?? '#cbd5e1';
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
 * How much a node grows with its measure. Counts grow with their square root so one very
 * talkative actor does not swallow the picture; statements only size actors (nothing else
 * speaks). Centralities are relative, so they grow with the root of their share of the maximum.
 */
function growth(kind: NodeKind, sizeBy: SizeBy, value: number, max: number): number {
  if (sizeBy === 'statements') return kind === 'actor' ? Math.sqrt(value) * 3 : 0;
  if (sizeBy === 'degree') return Math.sqrt(value) * 1.6;
  return max > 0 ? Math.sqrt(value / max) * 24 : 0;
}

/**
 * Computes every node's resting look.
 * @example const looks = nodeLooks(graph, 'statements', { measure: statementCounts(graph) });
 */
export function nodeLooks(graph: DrawnGraph, sizeBy: SizeBy, inputs: LookInputs): Map<string, NodeLook> {
  const scale = sizeScale(graph.order);
  let max = 0;
  for (const value of inputs.measure.values()) max = Math.max(max, value);
  const looks = new Map<string, NodeLook>();
  graph.forEachNode((node, attr) => {
    const grow = growth(attr.kind, sizeBy, inputs.measure.get(node) ?? 0, max);
    const size = Math.max(1, Math.min(BASE_SIZE[attr.kind] + grow, 40) * scale);
    const focusLabel = shorten(attr.label, attr.kind === 'statement' ? 60 : 48);
    looks.set(node, {
      color: inputs.colors?.get(node) ?? nodeColor(attr),
      size,
      // Statement and article labels are long sentences: shown on focus only, so names stay legible.
      label: attr.kind === 'statement' || attr.kind === 'article' ? null : focusLabel,
      focusLabel,
      zIndex: Z[attr.kind],
    });
  });
  return looks;
}
