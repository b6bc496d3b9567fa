import type { EdgeAttributes, GraphAttributes } from '@parley/core/contract';
import type { MultiDirectedGraph } from 'graphology';
import type { EdgeType, ViewerGraph, ViewerNode } from '../graph/index.js';

/** The names of the switchable views, in switcher order. */
export const VIEW_NAMES = ['full', 'actors', 'proposals'] as const;
export type ViewName = (typeof VIEW_NAMES)[number];

/** Edge types a view derives from the contract's edges (they exist only in the drawn graph). */
export const DERIVED_EDGE_TYPES = ['talks_about', 'same_stance', 'opposite_stance', 'reports'] as const;
export type DerivedEdgeType = (typeof DERIVED_EDGE_TYPES)[number];

/** Any edge type a drawn graph can hold. */
export type DrawnEdgeType = EdgeType | DerivedEdgeType;

/**
 * An edge as drawn. A view's merged edges say how many contract links they stand for (`count`)
 * and how many distinct statements back them (`weight`, also ForceAtlas2's edge weight), and
 * name those statements so a panel or table can show the evidence.
 */
export type DrawnEdge = Omit<EdgeAttributes, 'type'> & {
  type: DrawnEdgeType;
  weight?: number;
  count?: number;
  statements?: string[];
  /** Proposals behind a same/opposite stance edge. */
  proposals?: string[];
};

/** The graph handed to the renderer and layout: the loaded graph's nodes, a view's edges. */
export type DrawnGraph = MultiDirectedGraph<ViewerNode, DrawnEdge, GraphAttributes>;

/** One entry of the view registry: a pure function from the loaded graph to the graph to draw. */
export interface ViewDefinition {
  name: ViewName;
  /** The switcher's button text. */
  title: string;
  /** One line saying what the view shows (the button's tooltip). */
  description: string;
  build: (graph: ViewerGraph) => DrawnGraph;
}
