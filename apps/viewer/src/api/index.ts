import { NodeKindSchema } from '@parley/core/contract';
import type { z } from 'zod';
import {
  type ArticleText,
  ArticleTextSchema,
  type ContractGraph,
  ContractGraphSchema,
  type ExportFormat,
  GraphListSchema,
  type GraphPath,
  type GraphSummary,
  PathSchema,
  StatementSourcePageSchema,
  SubgraphPartSchema,
} from './types.js';

export type { ArticleText, ContractGraph, ExportFormat, GraphSummary } from './types.js';

/** An HTTP or validation failure talking to the Parley API, worded for the status bar. */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

async function getJson<T>(url: string, schema: z.ZodType<T>, mark?: string): Promise<T> {
  const res = await fetch(url, { headers: { accept: 'application/json' } });
  if (!res.ok) throw new ApiError(`${url} answered ${res.status} ${res.statusText}`, res.status);
  const body: unknown = await res.json();
  if (mark) performance.mark(mark);
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new ApiError(`${url} sent an unexpected shape: ${parsed.error.message}`);
  return parsed.data;
}

const graphPath = (graph: string) => `/api/graphs/${encodeURIComponent(graph)}`;

/**
 * Lists the graphs the server holds.
 * @example const graphs = await listGraphs(); graphs[0]?.name
 */
export function listGraphs(): Promise<GraphSummary[]> {
  return getJson('/api/graphs', GraphListSchema);
}

/** Fetches one whole graph in the graph contract (graphology serialization). */
export function fetchGraph(graph: string): Promise<ContractGraph> {
  return getJson(graphPath(graph), ContractGraphSchema, 'parley:graph-received');
}

/** How much of the graph around a node, or of its most connected part, to fetch. */
export interface SubgraphRequest {
  around?: string;
  depth?: number;
  budget: number;
}

/**
 * Fetches part of a graph from `GET /api/graphs/:graph/subgraph` (an ego network or an overview),
 * shaped as a whole graph so it loads and merges like one.
 */
export async function fetchSubgraph(graph: string, request: SubgraphRequest): Promise<ContractGraph> {
  const q = new URLSearchParams({ budget: String(request.budget) });
  if (request.around) q.set('around', request.around);
  if (request.depth) q.set('depth', String(request.depth));
  const part = await getJson(`${graphPath(graph)}/subgraph?${q}`, SubgraphPartSchema);
  return { attributes: { name: graph }, options: { type: 'directed', multi: true }, ...part };
}

/** Fetches the shortest path (edges in either direction) between two nodes of a graph. */
export function fetchPath(graph: string, from: string, to: string): Promise<GraphPath> {
  const q = new URLSearchParams({ from, to });
  return getJson(`${graphPath(graph)}/path?${q}`, PathSchema);
}

const articleCache = new Map<string, Promise<ArticleText | null>>();

/**
 * Fetches the text of one article, or null when the server has no article-text endpoint.
 * Cached per graph and article: every statement of an article shares one request.
 */
export function fetchArticleText(graph: string, article: string): Promise<ArticleText | null> {
  const key = `${graph}\u0000${article}`;
  let pending = articleCache.get(key);
  if (!pending) {
    pending = getJson(`${graphPath(graph)}/articles/${encodeURIComponent(article)}`, ArticleTextSchema).catch(
      () => null,
    );
    articleCache.set(key, pending);
  }
  return pending;
}

/**
 * The download address of a graph export.
 * @example exportUrl('ukraine-peace-talks', 'graphml') // '/api/graphs/ukraine-peace-talks/export?format=graphml'
 */
export function exportUrl(graph: string, format: ExportFormat): string {
  return `${graphPath(graph)}/export?format=${format}`;
}

const sentenceCache = new Map<string, Promise<Map<string, string | null>>>();
const PAGE = 500;

/**
 * The source sentences of an article's statements, keyed by statement key, from the statements
 * endpoint (used when the server has no article-text endpoint). One paged walk per article.
 */
export function fetchStatementSentences(graph: string, article: string): Promise<Map<string, string | null>> {
  const key = `${graph}\u0000${article}`;
  let pending = sentenceCache.get(key);
  if (!pending) {
    pending = (async () => {
      const sentences = new Map<string, string | null>();
      for (let offset = 0; ; offset += PAGE) {
        const q = new URLSearchParams({ article, limit: String(PAGE), offset: String(offset) });
        const page = await getJson(`${graphPath(graph)}/statements?${q}`, StatementSourcePageSchema);
        for (const item of page.items) sentences.set(item.key, item.sentence);
        if (page.items.length === 0 || offset + PAGE >= page.total) return sentences;
      }
    })().catch(() => new Map());
    sentenceCache.set(key, pending);
  }
  return pending;
}

/** Sums a graph summary's counts into a node count, when the API sent counts. */
export function nodeCount(summary: GraphSummary): number | undefined {
  if (summary.nodes !== undefined) return summary.nodes;
  const c = summary.counts;
  if (!c) return undefined;
  return NodeKindSchema.options.reduce((sum, k) => sum + (c[k] ?? 0), 0);
}
