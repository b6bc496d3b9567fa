import type { NodeKind, ViewerGraph, ViewerNode } from '../graph/index.js';
import type { Child } from '../ui/dom.js';

/** What the panel needs from the rest of the app. */
export interface PanelContext {
  graph: ViewerGraph;
  graphName: string;
  colorOf: (node: string) => string;
  select: (node: string) => void;
  close: () => void;
  /** In exploration: fetches the node's neighbours from the server and draws them (absent otherwise). */
  expand?: (node: string) => void;
}

/** The attributes of a node of one kind. */
export type NodeOf<K extends NodeKind> = Extract<ViewerNode, { kind: K }>;

/** The panel of one node kind: its body, built from the node's key and attributes. */
export interface NodePanel<K extends NodeKind> {
  kind: K;
  render: (ctx: PanelContext, node: string, attr: NodeOf<K>) => Child[];
}

/** One panel per node kind; the type makes a missing kind a compile error. */
export type PanelRegistry = { readonly [K in NodeKind]: NodePanel<K> };
