import type { ApiExportFormat } from '../export/chunks.js';
import type { GraphExporter } from '../export/exporter.js';
import type { ApiRoutes } from '../http/route.js';
import { ExportQuery, GraphParams } from '../schemas/params.js';
import type { GraphStore } from '../store/graph-store.js';

const TYPES: Record<ApiExportFormat, string> = {
  graphml: 'application/graphml+xml; charset=utf-8',
  gexf: 'application/gexf+xml; charset=utf-8',
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
};

/** `GET /api/graphs/{graph}/export?format=`: a download in GraphML, GEXF, contract JSON or CSV. */
export function exportRoutes(api: ApiRoutes, store: GraphStore, exporter: GraphExporter): void {
  api.add({
    method: 'get',
    path: '/api/graphs/{graph}/export',
    summary: 'Download the graph as GraphML, GEXF, contract JSON or CSV',
    description:
      'Sent as an attachment (`<graph>.graphml`, `.gexf`, `.json`, or `<graph>-nodes.csv` / `<graph>-edges.csv`); ' +
      'CSV is one table per request, chosen with `table` (default nodes).',
    tags: ['graphs'],
    params: GraphParams,
    query: ExportQuery,
    problems: [404],
    rawResponses: {
      200: {
        description: 'the graph file',
        content: Object.fromEntries(
          Object.values(TYPES).map((t) => [t.split(';')[0] as string, { schema: { type: 'string' } }]),
        ),
      },
    },
    handler: async ({ params, query, res }) => {
      const loaded = await store.require(params.graph);
      const suffix = query.format === 'csv' ? `-${query.table}.csv` : `.${query.format}`;
      res.status(200);
      res.attachment(`${params.graph}${suffix}`);
      res.type(TYPES[query.format]);
      // Off the event loop, in pieces, stopped when the client goes away.
      await exporter.send(res, loaded.graph, store.file(params.graph), query);
      return undefined;
    },
  });
}
