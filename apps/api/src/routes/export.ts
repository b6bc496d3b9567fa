import { EXPORT_FORMAT_SPECS, exportFormat } from '@parley/core';
import type { GraphExporter } from '../export/exporter.js';
import { badParameters } from '../http/problem.js';
import type { ApiRoutes } from '../http/route.js';
import { ExportQuery, GraphParams } from '../schemas/params.js';
import type { GraphStore } from '../store/graph-store.js';

const LABELS = EXPORT_FORMAT_SPECS.map((f) => f.label).join(', ');
const NAMES = EXPORT_FORMAT_SPECS.map((f) =>
  f.tables.length > 1
    ? f.tables.map((t) => `\`<graph>-${t}.${f.extension}\``).join(' / ')
    : `\`.${f.extension}\``,
).join(', ');

/** `GET /api/graphs/{graph}/export?format=`: a download in any format of the core registry. */
export function exportRoutes(api: ApiRoutes, store: GraphStore, exporter: GraphExporter): void {
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
      // Off the event loop, in pieces, stopped when the client goes away.
      await exporter.send(res, loaded.graph, store.file(params.graph), { format: query.format, table });
      return undefined;
    },
  });
}
