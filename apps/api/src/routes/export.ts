import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { EXPORT_FORMAT_SPECS, exportFormat } from '@parley/core';
import type { Response } from 'express';
import { badParameters } from '../http/problem.js';
import type { ApiRoutes } from '../http/route.js';
import { ExportQuery, GraphParams } from '../schemas/params.js';
import type { GraphStore } from '../store/graph-store.js';

/** Streams chunks to the response, respecting back-pressure. */
async function stream(res: Response, parts: Iterable<string>): Promise<void> {
  try {
    await pipeline(Readable.from(parts, { objectMode: false }), res);
  } catch (err) {
    // A client that hangs up mid-download is not a server error.
    if ((err as { code?: string }).code !== 'ERR_STREAM_PREMATURE_CLOSE') throw err;
  }
}

const LABELS = EXPORT_FORMAT_SPECS.map((f) => f.label).join(', ');
const NAMES = EXPORT_FORMAT_SPECS.map((f) =>
  f.tables.length > 1
    ? f.tables.map((t) => `\`<graph>-${t}.${f.extension}\``).join(' / ')
    : `\`.${f.extension}\``,
).join(', ');

/** `GET /api/graphs/{graph}/export?format=`: a download in any format of the core registry. */
export function exportRoutes(api: ApiRoutes, store: GraphStore): void {
  api.add({
    method: 'get',
    path: '/api/graphs/{graph}/export',
    summary: `Download the graph as ${LABELS}`,
    description:
      `Sent as an attachment (${NAMES}); ` +
      'a format of several tables (CSV) is one table per request, chosen with `table` (default the first).',
    tags: ['graphs'],
    params: GraphParams,
    query: ExportQuery,
    problems: [404],
    rawResponses: {
      200: {
        description: 'the graph file',
        content: Object.fromEntries(
          EXPORT_FORMAT_SPECS.map((f) => [f.mediaType, { schema: { type: 'string' } }]),
        ),
      },
    },
    handler: async ({ params, query, res }) => {
      const loaded = await store.require(params.graph);
      const format = exportFormat(query.format);
      const table = format.tables.length > 1 && query.table ? query.table : format.tables[0]!;
      if (!format.tables.includes(table))
        throw badParameters([
          { in: 'query', name: 'table', reason: `${format.label} has no table "${table}"` },
        ]);
      const suffix = format.tables.length > 1 ? `-${table}.${format.extension}` : `.${format.extension}`;
      res.status(200);
      res.attachment(`${params.graph}${suffix}`);
      res.type(`${format.mediaType}; charset=utf-8`);
      await stream(res, format.write(loaded.graph, table));
      return undefined;
    },
  });
}
