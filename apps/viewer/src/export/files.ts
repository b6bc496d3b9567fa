import type { GraphAttributes, NodeAttributes } from '@parley/core/contract';
import { EXPORT_FORMAT_SPECS, type ExportFormat } from '@parley/core/formats';
import { MultiDirectedGraph } from 'graphology';
import type { DrawnSubset } from '../filters/index.js';
import type { DrawnEdge, DrawnGraph } from '../views/index.js';

/** The graph the core's writers take (contract typed). */
type WriterGraph = Parameters<(typeof EXPORT_FORMAT_SPECS)[number]['write']>[0];

/** A graph to export: contract nodes, a view's edges (whose types the contract does not know). */
export type ExportGraph = MultiDirectedGraph<NodeAttributes, DrawnEdge, GraphAttributes>;

/** How a drawn node looked on screen, written beside its data so Gephi or yEd show the same picture. */
export interface DrawnLook {
  color: string;
  size: number;
  /** Louvain community in the actor view. */
  community?: number;
}

/**
 * A copy of what is drawn: the nodes and edges `subset` keeps (all when null), with their
 * positions, how each node looked (`look`) and the graph's attributes plus the view's name.
 * @example drawnSubgraph(session.graph, session.drawn(), (n) => looks.get(n)).order
 */
export function drawnSubgraph(
  drawn: DrawnGraph,
  subset: DrawnSubset,
  look: (node: string) => DrawnLook | undefined = () => undefined,
): ExportGraph {
  const out: ExportGraph = new MultiDirectedGraph();
  out.replaceAttributes({ ...drawn.getAttributes() });
  drawn.forEachNode((node, attr) => {
    if (subset.nodes && !subset.nodes.has(node)) return;
    out.addNode(node, { ...attr, ...look(node) });
  });
  drawn.forEachEdge((edge, attr, source, target) => {
    if (subset.edges && !subset.edges.has(edge)) return;
    if (out.hasNode(source) && out.hasNode(target)) out.addEdgeWithKey(edge, source, target, { ...attr });
  });
  return out;
}

/** One file of an export: its name, media type and text. */
export interface ExportFile {
  name: string;
  mediaType: string;
  text: string;
}

/**
 * The files of one export of `graph` (one per table: CSV gives nodes and edges), named
 * `<base>.<ext>` or `<base>-<table>.<ext>`, written by the core's registry.
 * @example exportFiles(graph, 'csv', 'demo-actors')[1]?.name // 'demo-actors-edges.csv'
 */
export function exportFiles(graph: ExportGraph, format: ExportFormat, base: string): ExportFile[] {
  const spec = EXPORT_FORMAT_SPECS.find((f) => f.id === format)!;
  return spec.tables.map((table) => ({
    name: spec.tables.length > 1 ? `${base}-${table}.${spec.extension}` : `${base}.${spec.extension}`,
    mediaType: spec.mediaType,
    // The writers infer their columns from the attributes they meet, so a view's edge types pass.
    text: [...spec.write(graph as unknown as WriterGraph, table as never)].join(''),
  }));
}
