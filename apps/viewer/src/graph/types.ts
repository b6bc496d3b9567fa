import {
  type ActorNode,
  type ActorType,
  ActorTypeSchema,
  type ArticleNode,
  type EdgeAttributes,
  type EdgeType,
  EdgeTypeSchema,
  type GraphAttributes,
  type NodeAttributes,
  type NodeKind,
  type ProposalNode,
  type Stance,
  StanceSchema,
  type StatementNode,
} from '@parley/core/contract';
import type { MultiDirectedGraph } from 'graphology';

export type { ActorNode, ActorType, ArticleNode, EdgeType, NodeKind, ProposalNode, StatementNode };

/** Node attributes as loaded: the contract's, plus the layout position the viewer always fills in. */
export type ViewerNode = NodeAttributes & { x: number; y: number };

/** The graph the viewer holds: the contract graph, positions guaranteed. Never holds rendering state. */
export type ViewerGraph = MultiDirectedGraph<ViewerNode, EdgeAttributes, GraphAttributes>;

/** Every node kind, in legend order (the contract lists them in another). */
export const NODE_KINDS: readonly NodeKind[] = ['actor', 'statement', 'proposal', 'article'];

/** Every actor type, in legend order (the contract's). */
export const ACTOR_TYPES: readonly ActorType[] = ActorTypeSchema.options;

/** Every edge type, in legend order (the contract's). */
export const EDGE_TYPES: readonly EdgeType[] = EdgeTypeSchema.options;

/** The stances an actor can take on a proposal (the contract's). */
export type { Stance };
export const STANCES: readonly Stance[] = StanceSchema.options;
