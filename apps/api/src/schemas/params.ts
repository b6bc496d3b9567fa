import {
  ActorTypeSchema,
  CONTRADICTION_KINDS,
  EdgeTypeSchema,
  EXPORT_FORMAT_SPECS,
  EXPORT_FORMATS,
  isIsoDate,
  NodeKindSchema,
  ProposalCategorySchema,
  StatementModeSchema,
} from '@parley/core';
import { z } from 'zod';
import { GRAPH_NAME } from '../store/graph-store.js';

// Path and query parameters. Query objects are strict: an unknown parameter is a 400 naming it.

export const GraphNameSchema = z
  .string()
  .max(64)
  .regex(GRAPH_NAME, 'must be lowercase letters, digits and single dashes')
  .meta({ example: 'ukraine-peace-talks' });

export const GraphParams = z.object({ graph: GraphNameSchema });

const nodeKey = (example: string) => z.string().min(1).max(500).meta({ example });

export const NodeParams = GraphParams.extend({ id: nodeKey('actor:donald-trump') });

export const ActorParams = GraphParams.extend({
  id: nodeKey('actor:donald-trump').meta({ description: 'actor key (`actor:<slug>`) or the slug alone' }),
});

export const ProposalParams = GraphParams.extend({
  id: nodeKey('proposal:peacekeeping-force').meta({ description: 'proposal key or the slug alone' }),
});

/** An article id is a file name without `.txt`: no separators, NUL or leading dot (no traversal). */
export const ArticleParams = GraphParams.extend({
  id: z
    .string()
    .min(1)
    .max(200)
    .regex(/^[^./\\\0][^/\\\0]*$/, 'must be an article id: no slashes, NUL or leading dot')
    .meta({ example: '000_6b75679a6597cec9', description: 'article id (file name without .txt)' }),
});

const limit = (max: number, fallback: number) =>
  z.coerce
    .number()
    .int()
    .min(1)
    .max(max)
    .default(fallback)
    .meta({ description: `page size (1-${max})` });

/** `limit` (default 50, at most 500) and `offset` (default 0). */
export const Pagination = z.strictObject({
  limit: limit(500, 50),
  offset: z.coerce.number().int().min(0).default(0).meta({ description: 'items to skip' }),
});

const text = (description: string, example?: string) =>
  z
    .string()
    .trim()
    .min(1)
    .max(200)
    .optional()
    .meta({ description, ...(example ? { example } : {}) });

const isoDate = (description: string, example: string) =>
  z
    .string()
    .trim()
    .refine(isIsoDate, 'must be an ISO 8601 date (YYYY-MM-DD), or a date and time with a zone')
    .optional()
    .meta({ description, example });

/** A date range on the articles' dates (either end open; a bare `until` day is included whole). */
export const TimeRange = z.strictObject({
  since: isoDate('only what was published on or after this date', '2016-01-01'),
  until: isoDate(
    'only what was published on or before this date (a whole day when no time is given)',
    '2016-12-31',
  ),
});

const SORTS = ['date', '-date'] as const;
const sortOf = <T extends readonly string[]>(values: T, description: string) =>
  z.enum(values).optional().meta({ description });

export const StatementQuery = Pagination.extend({
  speaker: text('a speaker: any alias or actor key, case- and accent-insensitive', 'zelensky'),
  mentions: text('an actor the statement mentions: any alias or actor key'),
  about: text('a proposal key, or words of its label'),
  cue: text('speech verb lemma, e.g. "say", "rule out"'),
  mode: StatementModeSchema.optional(),
  minConfidence: z.coerce.number().min(0).max(1).optional().meta({
    description: 'only statements the attribution model is at least this sure of (0..1)',
    example: 0.5,
  }),
  article: text('article id (file name without .txt)'),
  q: text('words the statement text must all contain'),
  ...TimeRange.shape,
  sort: sortOf(
    SORTS,
    "by the article's date, oldest first (`date`) or newest first (`-date`); default graph order",
  ),
});

export const WhoSaidQuery = Pagination.extend({
  limit: limit(100, 20),
  q: z
    .string()
    .trim()
    .min(1)
    .max(500)
    .meta({ description: 'what was said about', example: 'security guarantees' }),
  ...TimeRange.shape,
  sort: sortOf(['relevance', ...SORTS] as const, "by relevance (default) or by the article's date"),
});

export const ActorListQuery = Pagination.extend({
  type: ActorTypeSchema.optional(),
  q: text('part of a name or alias'),
});

export const ActorProfileQuery = TimeRange.extend({
  limit: limit(200, 20).meta({ description: 'items listed under `said`, `saidAbout` and `stances`' }),
  sort: sortOf(SORTS, "`said`, `saidAbout` and `stances` by the article's date; default graph order"),
});

export const TimelineQuery = Pagination.extend(TimeRange.shape);

export const ContradictionQuery = Pagination.extend({
  ...TimeRange.shape,
  kind: z.enum(CONTRADICTION_KINDS).optional().meta({ description: 'only this kind' }),
});

export const RepeatedQuoteQuery = Pagination.extend({
  minWords: z.coerce
    .number()
    .int()
    .min(3)
    .max(50)
    .default(6)
    .meta({ description: 'shortest quote compared, in words' }),
  minOutlets: z.coerce
    .number()
    .int()
    .min(2)
    .max(100)
    .default(2)
    .meta({ description: 'carried by at least this many outlets' }),
});

export const ProposalListQuery = Pagination.extend({
  category: ProposalCategorySchema.optional(),
  q: text('words of the label or evidence text'),
});

export const NeighborsQuery = Pagination.extend({
  depth: z.coerce.number().int().min(1).max(3).default(1).meta({ description: 'hops from the node (1-3)' }),
  kind: NodeKindSchema.optional().meta({ description: 'only neighbours of this kind' }),
  edge: EdgeTypeSchema.optional().meta({ description: 'only follow edges of this type' }),
});

export const SubgraphQuery = z.strictObject({
  around: nodeKey('actor:vladimir-putin')
    .optional()
    .meta({ description: 'the node to centre on; without it, an overview of the most connected nodes' }),
  depth: z.coerce.number().int().min(1).max(3).default(1).meta({ description: 'hops from `around` (1-3)' }),
  budget: z.coerce
    .number()
    .int()
    .min(1)
    .max(5000)
    .default(300)
    .meta({ description: 'at most this many nodes (1-5000), most connected first' }),
});

export const PathQuery = z.strictObject({
  from: nodeKey('actor:donald-trump'),
  to: nodeKey('actor:vladimir-putin'),
});

/** The tables a format of several files is downloaded by, one per request ("nodes", "edges"). */
const SEVERAL_TABLES = [
  ...new Set(EXPORT_FORMAT_SPECS.flatMap((f): readonly string[] => (f.tables.length > 1 ? f.tables : []))),
];

export const ExportQuery = z.strictObject({
  format: z.enum(EXPORT_FORMATS).default('graphml'),
  table: z
    .enum(SEVERAL_TABLES as [string, ...string[]])
    .optional()
    .meta({ description: 'for a format of several tables (csv): which one to download (default the first)' }),
});
