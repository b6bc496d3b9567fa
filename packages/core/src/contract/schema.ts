import { z } from 'zod';

/** Version of the graph contract this package reads and writes. */
export const CONTRACT_VERSION = 1;

/** `[start, end)` UTF-16 offsets into an article's text. */
export const SpanSchema = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]);

/** Actor types. `place` (Parley's addition to the shared contract): a location that is not a country, made an actor only when it acts ("Iowa said"). */
export const ActorTypeSchema = z.enum([
  'person',
  'organization',
  'country',
  'place',
  'group',
  'media',
  'anonymous',
]);
export const StatementModeSchema = z.enum(['direct', 'indirect', 'mixed']);
export const ProposalCategorySchema = z.enum([
  'meeting',
  'venue',
  'timing',
  'force',
  'guarantee',
  'membership',
  'immunity',
  'ceasefire',
  'aid',
  'sanction',
  'policy',
  'legislation',
  'spending',
  'appointment',
  'election',
  'trade',
  'security',
  'other',
]);
/** An actor's position on a proposal; each is also the type of the edge that records it. */
export const StanceSchema = z.enum(['proposes', 'supports', 'rejects']);
export const EdgeTypeSchema = z.enum([
  'said',
  'reported_by',
  'addressed_to',
  'mentions',
  'about',
  ...StanceSchema.options,
  'affiliated_with',
  'contains',
]);

/** The four kinds of node, in the order the node union lists them. Each node schema takes its `kind` from here. */
export const NodeKindSchema = z.enum(['article', 'actor', 'statement', 'proposal']);
const KIND = NodeKindSchema.enum;

const layout = { x: z.number().optional(), y: z.number().optional() };

export const ArticleNodeSchema = z.looseObject({
  kind: z.literal(KIND.article),
  label: z.string(),
  id: z.string(),
  date: z.string().optional(),
  publisher: z.string().optional(),
  url: z.string().optional(),
  chars: z.number().int().nonnegative(),
  sha256: z.string(),
  ...layout,
});

export const ActorNodeSchema = z.looseObject({
  kind: z.literal(KIND.actor),
  label: z.string(),
  aliases: z.array(z.string()),
  type: ActorTypeSchema,
  title: z.string().optional(),
  mentions: z.number().int().nonnegative(),
  ...layout,
});

export const StatementNodeSchema = z.looseObject({
  kind: z.literal(KIND.statement),
  label: z.string(),
  article: z.string(),
  span: SpanSchema,
  cueSpan: SpanSchema,
  speakerSpan: SpanSchema.nullable(),
  /** The content's pieces when it is discontinuous (an interrupted quote, its frame left out). */
  fragments: z.array(SpanSchema).optional(),
  text: z.string(),
  cue: z.string(),
  mode: StatementModeSchema,
  sentence: z.number().int().nonnegative(),
  /** How sure the attribution model is of the statement, in [0, 1]. */
  confidence: z.number().min(0).max(1).optional(),
  ...layout,
});

export const ProposalNodeSchema = z.looseObject({
  kind: z.literal(KIND.proposal),
  label: z.string(),
  text: z.string(),
  category: ProposalCategorySchema,
  article: z.string(),
  span: SpanSchema,
  ...layout,
});

export const NodeAttributesSchema = z.discriminatedUnion('kind', [
  ArticleNodeSchema,
  ActorNodeSchema,
  StatementNodeSchema,
  ProposalNodeSchema,
]);

export const EdgeAttributesSchema = z.looseObject({
  type: EdgeTypeSchema,
  article: z.string().optional(),
  span: SpanSchema.optional(),
  statement: z.string().optional(),
});

export const GraphAttributesSchema = z.looseObject({
  name: z.string().optional(),
  contractVersion: z.number().int().optional(),
  builtAt: z.string().optional(),
});

/** The whole graph: graphology's serialization of a directed multigraph. */
export const GraphSchema = z.object({
  attributes: GraphAttributesSchema,
  options: z.looseObject({ type: z.literal('directed'), multi: z.literal(true) }),
  nodes: z.array(z.object({ key: z.string(), attributes: NodeAttributesSchema })),
  edges: z.array(
    z.object({ key: z.string(), source: z.string(), target: z.string(), attributes: EdgeAttributesSchema }),
  ),
});
