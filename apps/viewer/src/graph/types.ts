import type {
  ActorNode,
  ActorType,
  ArticleNode,
  EdgeAttributes,
  EdgeType,
  GraphAttributes,
  NodeAttributes,
  NodeKind,
  ProposalNode,
  StatementNode,
} from '@parley/core';
import type { MultiDirectedGraph } from 'graphology';

export type { ActorNode, ActorType, ArticleNode, EdgeType, NodeKind, ProposalNode, StatementNode };

/** Node attributes as loaded: the contract's, plus the layout position the viewer always fills in. */
export type ViewerNode = NodeAttributes & { x: number; y: number };

/** The graph the viewer holds: the contract graph, positions guaranteed. Never holds rendering state. */
export type ViewerGraph = MultiDirectedGraph<ViewerNode, EdgeAttributes, GraphAttributes>;

/** Every node kind, in legend order. */
export const NODE_KINDS: readonly NodeKind[] = ['actor', 'statement', 'proposal', 'article'];

/** Every actor type, in legend order. */
export const ACTOR_TYPES: readonly ActorType[] = [
  'person',
  'organization',
  'country',
  'group',
  'media',
  'anonymous',
];

/** Every edge type, in legend order. */
export const EDGE_TYPES: readonly EdgeType[] = [
  'said',
  'reported_by',
  'addressed_to',
  'mentions',
  'about',
  'proposes',
  'supports',
  'rejects',
  'affiliated_with',
  'contains',
];

/** The stances an actor can take on a proposal. */
export type Stance = 'proposes' | 'supports' | 'rejects';
export const STANCES: readonly Stance[] = ['proposes', 'supports', 'rejects'];
