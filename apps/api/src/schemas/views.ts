import {
  ActorTypeSchema,
  EdgeTypeSchema,
  type NodeKind,
  NodeKindSchema,
  ProposalCategorySchema,
  SpanSchema,
  StanceSchema,
  StatementModeSchema,
} from '@parley/core';
import { z } from 'zod';

// Response shapes. They document the API (OpenAPI components) and type the handlers; they are not
// re-validated at run time, since the graph was validated when it was loaded.

export const ActorRefSchema = z
  .object({
    key: z.string().meta({ example: 'actor:donald-trump' }),
    label: z.string(),
    type: ActorTypeSchema,
  })
  .meta({ id: 'ActorRef' });

export const ProposalRefSchema = z
  .object({ key: z.string(), label: z.string(), category: ProposalCategorySchema })
  .meta({ id: 'ProposalRef' });

export const ArticleRefSchema = z
  .object({
    key: z.string(),
    id: z.string(),
    label: z.string(),
    date: z.string().optional(),
    publisher: z.string().optional(),
    url: z.string().optional(),
  })
  .meta({ id: 'ArticleRef' });

export const StatementViewSchema = z
  .object({
    key: z.string().meta({ example: 'statement:000_6b75679a6597cec9:3' }),
    text: z.string().meta({ description: 'what was said (the content span)' }),
    cue: z.string().meta({ description: 'lemma of the speech verb, e.g. "say"' }),
    mode: StatementModeSchema,
    speakers: z.array(ActorRefSchema),
    reportedBy: z.array(ActorRefSchema),
    addressedTo: z.array(ActorRefSchema),
    mentions: z.array(ActorRefSchema),
    about: z.array(ProposalRefSchema),
    article: ArticleRefSchema,
    span: SpanSchema,
    cueSpan: SpanSchema,
    speakerSpan: SpanSchema.nullable(),
    fragments: z
      .array(SpanSchema)
      .optional()
      .meta({ description: 'the pieces of a discontinuous content (an interrupted quote), frame left out' }),
    confidence: z
      .number()
      .nullable()
      .meta({ description: "the attribution model's confidence in [0, 1], null when the graph has none" }),
    sentenceIndex: z.number().int(),
    sentence: z
      .string()
      .nullable()
      .meta({ description: "the source sentence, or null when the article's text is not on the server" }),
  })
  .meta({ id: 'Statement' });

export const ActorSummarySchema = ActorRefSchema.extend({
  aliases: z.array(z.string()),
  title: z.string().optional(),
  mentions: z.number().int(),
  statements: z.number().int().meta({ description: 'statements the actor made' }),
  proposals: z.number().int().meta({ description: 'proposals the actor proposed, supported or rejected' }),
}).meta({ id: 'ActorSummary' });

export const ProposalSummarySchema = ProposalRefSchema.extend({
  text: z.string(),
  article: z.string(),
  span: SpanSchema,
  proposers: z.number().int(),
  supporters: z.number().int(),
  opponents: z.number().int(),
}).meta({ id: 'ProposalSummary' });

/** One value per node kind (the contract's kinds, in its order), made by `value`. */
export function perKind<T>(value: (kind: NodeKind) => T): Record<NodeKind, T> {
  return Object.fromEntries(NodeKindSchema.options.map((kind) => [kind, value(kind)])) as Record<NodeKind, T>;
}

/** A list page: `items` from `offset`, at most `limit`, out of `total`. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    total: z.number().int(),
    limit: z.number().int(),
    offset: z.number().int(),
    items: z.array(item),
  });
}

export const StatementPageSchema = pageOf(StatementViewSchema).meta({ id: 'StatementPage' });

export const StatementListSchema = StatementPageSchema.extend({
  resolved: z
    .object({ speaker: z.array(ActorRefSchema).optional(), mentions: z.array(ActorRefSchema).optional() })
    .meta({ description: 'the actors the `speaker` and `mentions` names resolved to' }),
}).meta({ id: 'StatementList' });

export const WhoSaidSchema = pageOf(StatementViewSchema.extend({ score: z.number() }))
  .extend({
    query: z.string(),
    speakers: z
      .array(z.object({ actor: ActorRefSchema, statements: z.number().int(), score: z.number() }))
      .meta({
        description: 'who said it: speakers of all matching statements, by summed relevance (top 20)',
      }),
  })
  .meta({ id: 'WhoSaid' });

export const StanceViewSchema = z
  .object({
    stance: StanceSchema,
    actor: ActorRefSchema,
    proposal: ProposalRefSchema,
    article: z.string().optional(),
    span: SpanSchema.optional(),
    evidence: StatementViewSchema.nullable(),
  })
  .meta({ id: 'Stance' });

export const ActorProfileSchema = ActorSummarySchema.extend({
  affiliations: z.array(ActorRefSchema).meta({ description: 'actors this one belongs to' }),
  members: z.array(ActorRefSchema).meta({ description: 'actors belonging to this one' }),
  said: pageOf(StatementViewSchema).meta({ description: 'statements the actor made' }),
  saidAbout: pageOf(StatementViewSchema).meta({ description: 'statements by others that mention the actor' }),
  stances: pageOf(StanceViewSchema).meta({
    description: 'proposals the actor proposed, supported or rejected',
  }),
  talksAbout: z
    .array(z.object({ actor: ActorRefSchema, statements: z.number().int() }))
    .meta({ description: 'actors mentioned most in what this actor said (top 10)' }),
}).meta({ id: 'ActorProfile' });

export const ProposalProfileSchema = ProposalSummarySchema.extend({
  stances: z.array(StanceViewSchema),
  statements: z.array(StatementViewSchema).meta({ description: 'statements about the proposal' }),
}).meta({ id: 'ProposalProfile' });

export const NodeRefSchema = z
  .object({ key: z.string(), kind: NodeKindSchema, label: z.string() })
  .meta({ id: 'NodeRef' });

export const EdgeViewSchema = z
  .object({
    key: z.string(),
    source: z.string(),
    target: z.string(),
    type: EdgeTypeSchema,
    article: z.string().optional(),
    span: SpanSchema.optional(),
    statement: z.string().optional(),
  })
  .meta({ id: 'Edge' });

/** Nodes and edges as graphology serialises them (their attributes follow the graph contract). */
export const SerializedParts = {
  nodes: z.array(z.object({ key: z.string(), attributes: z.record(z.string(), z.unknown()) })),
  edges: z.array(
    z.object({
      key: z.string(),
      source: z.string(),
      target: z.string(),
      attributes: z.record(z.string(), z.unknown()),
    }),
  ),
};

export const SubgraphSchema = z
  .object({
    around: z.string().nullable(),
    depth: z.number().int().nullable(),
    budget: z.number().int(),
    reached: z.number().int().meta({ description: 'nodes within reach (the whole graph for an overview)' }),
    truncated: z.boolean().meta({ description: 'true when the budget left reachable nodes out' }),
    ...SerializedParts,
  })
  .meta({
    id: 'Subgraph',
    description: 'nodes and edges in the graph contract form, to merge into a drawn graph',
  });

export const NodeViewSchema = NodeRefSchema.extend({
  attributes: z
    .record(z.string(), z.unknown())
    .meta({ description: 'the node attributes, as in the graph contract' }),
  inDegree: z.number().int(),
  outDegree: z.number().int(),
  edgeTypes: z
    .record(z.string(), z.number().int())
    .meta({ description: 'how many edges of each type touch it' }),
}).meta({ id: 'Node' });

export const NeighborsSchema = pageOf(NodeRefSchema.extend({ depth: z.number().int() }))
  .extend({
    center: NodeRefSchema,
    depth: z.number().int(),
    edges: z.array(EdgeViewSchema).meta({ description: 'edges between the center and the listed nodes' }),
  })
  .meta({ id: 'Neighbors' });

export const PathSchema = z
  .object({
    from: z.string(),
    to: z.string(),
    found: z.boolean(),
    length: z.number().int().nullable().meta({ description: 'number of edges, null when not connected' }),
    nodes: z.array(NodeRefSchema),
    edges: z.array(EdgeViewSchema),
  })
  .meta({ id: 'Path' });

export const GraphSummarySchema = z
  .object({
    name: z.string(),
    builtAt: z.string().nullable(),
    counts: z.object({ ...perKind(() => z.number().int()), edges: z.number().int() }),
  })
  .meta({ id: 'GraphSummary' });

export const GraphChangeSchema = z
  .object({
    graph: z.string(),
    version: z.string().meta({ description: "the graph file's version (modification time and size)" }),
    counts: GraphSummarySchema.shape.counts,
  })
  .meta({ id: 'GraphChange', description: 'the data of a `version` event' });

export const IngestResultSchema = z
  .object({
    graph: z.string(),
    created: z.boolean().meta({ description: 'true when the graph did not exist before' }),
    article: ArticleRefSchema,
    actors: z.object({ added: z.array(ActorRefSchema), updated: z.array(ActorRefSchema) }),
    statements: z.array(StatementViewSchema),
    proposals: z.array(ProposalRefSchema),
    counts: GraphSummarySchema.shape.counts,
  })
  .meta({ id: 'IngestResult' });

export const BatchIngestResultSchema = z
  .object({
    graph: z.string(),
    created: z.boolean().meta({ description: 'true when the graph did not exist before' }),
    added: z.array(ArticleRefSchema).meta({ description: 'the articles added, in the order sent' }),
    duplicates: z
      .array(z.object({ record: z.string(), id: z.string(), existing: z.string() }))
      .meta({ description: 'articles skipped: the graph (or an earlier record) already has them' }),
    failed: z
      .array(z.object({ record: z.string(), id: z.string(), code: z.string(), detail: z.string() }))
      .meta({ description: 'articles not added: their extraction ran past the deadline' }),
    nodes: z
      .object({ actors: z.number().int(), statements: z.number().int(), proposals: z.number().int() })
      .meta({ description: 'nodes the corpus added' }),
    counts: GraphSummarySchema.shape.counts,
  })
  .meta({ id: 'BatchIngestResult' });

export type ActorRef = z.infer<typeof ActorRefSchema>;
export type ProposalRef = z.infer<typeof ProposalRefSchema>;
export type ArticleRef = z.infer<typeof ArticleRefSchema>;
export type StatementView = z.infer<typeof StatementViewSchema>;
export type ActorSummary = z.infer<typeof ActorSummarySchema>;
export type ActorProfile = z.infer<typeof ActorProfileSchema>;
export type ProposalSummary = z.infer<typeof ProposalSummarySchema>;
export type ProposalProfile = z.infer<typeof ProposalProfileSchema>;
export type StanceView = z.infer<typeof StanceViewSchema>;
export type NodeRef = z.infer<typeof NodeRefSchema>;
export type EdgeView = z.infer<typeof EdgeViewSchema>;
export type GraphSummary = z.infer<typeof GraphSummarySchema>;
