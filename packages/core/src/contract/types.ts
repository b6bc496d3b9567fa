import type { z } from 'zod';
import type {
  ActorNodeSchema,
  ActorTypeSchema,
  ArticleNodeSchema,
  EdgeAttributesSchema,
  EdgeTypeSchema,
  GraphAttributesSchema,
  GraphSchema,
  NodeAttributesSchema,
  NodeKindSchema,
  ProposalCategorySchema,
  ProposalNodeSchema,
  SpanSchema,
  StanceSchema,
  StatementModeSchema,
  StatementNodeSchema,
} from './schema.js';

export type Span = z.infer<typeof SpanSchema>;
export type ActorType = z.infer<typeof ActorTypeSchema>;
export type StatementMode = z.infer<typeof StatementModeSchema>;
export type ProposalCategory = z.infer<typeof ProposalCategorySchema>;
export type Stance = z.infer<typeof StanceSchema>;
export type EdgeType = z.infer<typeof EdgeTypeSchema>;
export type ArticleNode = z.infer<typeof ArticleNodeSchema>;
export type ActorNode = z.infer<typeof ActorNodeSchema>;
export type StatementNode = z.infer<typeof StatementNodeSchema>;
export type ProposalNode = z.infer<typeof ProposalNodeSchema>;
export type NodeAttributes = z.infer<typeof NodeAttributesSchema>;
export type EdgeAttributes = z.infer<typeof EdgeAttributesSchema>;
export type GraphAttributes = z.infer<typeof GraphAttributesSchema>;
/** A serialized Parley graph, as stored in `graphs/<name>/graph.json`. */
export type SerializedParleyGraph = z.infer<typeof GraphSchema>;
export type NodeKind = z.infer<typeof NodeKindSchema>;
