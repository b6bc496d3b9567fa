import type { MultiDirectedGraph } from 'graphology';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../contract/types.js';

/** The in-memory Parley graph: a graphology directed multigraph following the graph contract. */
export type ParleyGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export interface BuildOptions {
  /** Graph name stored in the graph's attributes. */
  name?: string;
  /** Compute a ForceAtlas2 layout (x, y) for every node. Default false. */
  layout?: boolean;
}
