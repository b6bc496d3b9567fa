import { NodeKindSchema } from '@parley/core/contract';
import { z } from 'zod';

/** One entry of `GET /api/graphs`. Counts are optional so the viewer survives a leaner API. */
export const GraphSummarySchema = z.looseObject({
  name: z.string().min(1),
  nodes: z.number().optional(),
  edges: z.number().optional(),
  builtAt: z.string().nullable().optional(),
  counts: z.record(z.string(), z.number()).optional(),
});
export type GraphSummary = z.infer<typeof GraphSummarySchema>;

/** `GET /api/graphs`: a bare list or a paginated `{ items }` page. */
export const GraphListSchema = z.union([
  z.array(GraphSummarySchema),
  z.looseObject({ items: z.array(GraphSummarySchema) }).transform((page) => page.items),
  z.looseObject({ graphs: z.array(GraphSummarySchema) }).transform((page) => page.graphs),
]);

const SpanSchema = z.tuple([z.number(), z.number()]);

/**
 * The parts of the graph contract the viewer relies on, checked once at load. Attributes stay loose:
 * the viewer reads optional fields defensively, so a newer contract still opens.
 */
export const ContractGraphSchema = z.object({
  attributes: z.looseObject({ name: z.string().optional() }),
  options: z.looseObject({ type: z.literal('directed'), multi: z.literal(true) }),
  nodes: z.array(
    z.object({
      key: z.string(),
      attributes: z.looseObject({
        kind: NodeKindSchema,
        label: z.string(),
        x: z.number().optional(),
        y: z.number().optional(),
        span: SpanSchema.optional(),
      }),
    }),
  ),
  edges: z.array(
    z.object({
      key: z.string(),
      source: z.string(),
      target: z.string(),
      attributes: z.looseObject({ type: z.string() }),
    }),
  ),
});
export type ContractGraph = z.infer<typeof ContractGraphSchema>;

/** `GET /api/graphs/:graph/path`: the shortest path between two nodes, nodes in order. */
export const PathSchema = z.looseObject({
  found: z.boolean(),
  length: z.number().nullable(),
  nodes: z.array(z.looseObject({ key: z.string(), label: z.string(), kind: z.string() })),
});
export type GraphPath = z.infer<typeof PathSchema>;

/** `GET /api/graphs/:graph/subgraph`: nodes and edges of part of a graph, in the contract's form. */
export const SubgraphPartSchema = ContractGraphSchema.pick({ nodes: true, edges: true });

/** `GET /api/graphs/:graph/articles/:id`: the article text the statement spans index into. */
export const ArticleTextSchema = z.looseObject({ id: z.string(), text: z.string() });
export type ArticleText = z.infer<typeof ArticleTextSchema>;

/** Formats the API exports as downloads (the core registry's). */
export type { ExportFormat } from '@parley/core/formats';

/** One item of `GET /api/graphs/:graph/statements`: the viewer only needs the source sentence. */
export const StatementSourceSchema = z.looseObject({
  key: z.string(),
  text: z.string(),
  sentence: z.string().nullable(),
});
export const StatementSourcePageSchema = z.looseObject({
  items: z.array(StatementSourceSchema),
  total: z.number().int(),
});
export type StatementSource = z.infer<typeof StatementSourceSchema>;
