import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { type ParleyGraph, toContractJson, toCsv, toGexf, toGraphml } from '@parley/core';
import type { Response } from 'express';
import type { ApiRoutes } from '../http/route.js';
import { ExportQuery, GraphParams } from '../schemas/params.js';
import type { GraphStore } from '../store/graph-store.js';

type Format = 'graphml' | 'gexf' | 'json' | 'csv';

const TYPES: Record<Format, string> = {
  graphml: 'application/graphml+xml; charset=utf-8',
  gexf: 'application/gexf+xml; charset=utf-8',
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
};

/** The export's text, as chunks so big graphs are streamed rather than built as one string. */
function chunks(graph: ParleyGraph, format: Format, table: 'nodes' | 'edges'): Iterable<string> {
  switch (format) {
    case 'graphml':
      return toGraphml(graph);
    case 'gexf':
      return [toGexf(graph)];
    case 'json':
      return [toContractJson(graph)];
    case 'csv':
      return toCsv(graph)[table];
  }
}

/** Streams chunks to the response, respecting back-pressure. */
async function stream(res: Response, parts: Iterable<string>): Promise<void> {
  try {
    await pipeline(Readable.from(parts, { objectMode: false }), res);
  } catch (err) {
    // A client that hangs up mid-download is not a server error.
    if ((err as { code?: string }).code !== 'ERR_STREAM_PREMATURE_CLOSE') throw err;
  }
}

/** `GET /api/graphs/{graph}/export?format=`: a download in GraphML, GEXF, contract JSON or CSV. */
export function exportRoutes(api: ApiRoutes, store: GraphStore): void {
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
      await stream(res, chunks(loaded.graph, query.format, query.table));
      return undefined;
    },
  });
}
